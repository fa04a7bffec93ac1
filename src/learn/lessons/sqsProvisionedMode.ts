import markdown from '../../../scenarios/sqs-provisioned-mode.md?raw'
import type { QueueSummary } from '../../engine/api.ts'
import { EVENT_POLLER_UNIT_USD_PER_HOUR } from '../../engine/cost/prices.ts'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, oneSettingChanged, percent, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('sqs-provisioned-mode')
/** The burst: 50,000 orders at 60 s. */
const BURST = 50_000
/**
 * The Event Poller Unit-hours the original run meters: 5 pollers kept all 600 s (0.83 h) and the
 * burst's (src/engine/behaviour/featureScenarios.test.ts checks the figure). The challenge's bar is a
 * share of its bill, priced with the engine's own EPU-hour [P-pricing], so a new price moves the bar
 * with the bill instead of leaving a dollar figure that any edit passes.
 */
const ORIGINAL_EPU_HOURS = 2.183333
const ORIGINAL_POLLER_COST_USD = ORIGINAL_EPU_HOURS * EVENT_POLLER_UNIT_USD_PER_HOUR
/**
 * The share of the pollers' bill to save. `MinimumPollers` 2 saves 18 %; 3 and 4 save only 12 % and
 * 6 %. The mapping's other settings save at most 2 % (`MaximumPollers` 45), and only by losing the
 * burst's 500, its orders (`Enabled`, `FilterCriteria`) or provisioned mode itself.
 */
const MIN_SAVING = 0.15
const MAX_POLLER_COST_USD = ORIGINAL_POLLER_COST_USD * (1 - MIN_SAVING)
/** Both mappings' ceiling in the original: 50 pollers of 10 concurrent invokes. */
const BURST_CONCURRENCY = 500

type MappingSummary = NonNullable<QueueSummary['EventSourceMappings']>[string]

const provisionedMapping = (mappings: QueueSummary['EventSourceMappings']): MappingSummary | undefined =>
  Object.values(mappings ?? {}).find((mapping) => mapping.FunctionName === 'provisioned-worker')

const usd = (amount: number): string => `$${amount.toFixed(4)}`

/** `18.3 % less than the original's $0.0202`, or `... more than ...`. */
function comparedWithOriginal(cost: number): string {
  const saving = 1 - cost / ORIGINAL_POLLER_COST_USD
  return `${percent(Math.abs(saving))} ${saving >= 0 ? 'less' : 'more'} than the original's ${usd(ORIGINAL_POLLER_COST_USD)}`
}

export const sqsProvisionedMode: Lesson = {
  markdown,
  challenges: [
    {
      id: 'cheaper-pollers',
      title: 'Pay less for idle pollers',
      statement: `Change **one setting** of \`provisioned-orders\`' event source mapping so that its pollers cost at least **${Math.round(MIN_SAVING * 100)} % less** than in the original run (${ORIGINAL_EPU_HOURS.toFixed(2)} Event Poller Unit-hours, ${usd(ORIGINAL_POLLER_COST_USD)}: at most ${usd(MAX_POLLER_COST_USD)}), while the mapping stays in provisioned mode, still reaches ${count(BURST_CONCURRENCY)} concurrent batches in the burst, and deletes all ${count(BURST)} orders.`,
      hints: [
        'Pollers are billed per second for as long as they exist, busy or idle.',
        'Outside the burst the mapping keeps `MinimumPollers` (5) for the whole run: 0.83 of its 2.18 poller-hours.',
        'Lower `MinimumPollers` to 2, the smallest allowed (3 saves only 12 %): the burst starts from 20 concurrent batches instead of 50 and still reaches 500 within 30 s.',
      ],
      check: ({ document, summary }) => {
        const queue = summary.Queues['provisioned-orders']
        const mapping = provisionedMapping(queue?.EventSourceMappings)
        const cost = mapping?.EventPollerCostUSD ?? 0
        const peak = functionOf(summary, 'provisioned-worker').ConcurrentExecutions.Maximum
        const deleted = queue?.MessagesDeleted ?? 0
        return verdict([
          oneSettingChanged(ORIGINAL, document, (path) => path.startsWith('EventSourceMappings[provisioned-worker]'), '`provisioned-orders`\' mapping'),
          finding(mapping?.ProvisionedPollers !== undefined,
            mapping?.ProvisionedPollers === undefined ? 'the mapping is no longer in provisioned mode' : `the mapping keeps ${count(mapping.ProvisionedPollers.Current)} to ${count(mapping.ProvisionedPollers.Maximum)} pollers`),
          finding(cost <= MAX_POLLER_COST_USD, `its pollers cost ${usd(cost)}, ${comparedWithOriginal(cost)}`),
          finding(peak >= BURST_CONCURRENCY, `provisioned-worker peaked at ${count(peak)} concurrent executions`),
          finding(deleted >= BURST, `${count(deleted)} of ${count(BURST)} orders were deleted`),
        ])
      },
    },
  ],
  quiz: [
    single('why-faster',
      'Both mappings stop at 500 concurrent batches. Why does `provisioned-orders` get there 72 s sooner?',
      right('Its pollers start from the minimum (5 pollers, 50 batches) and Lambda adds up to 1,000 concurrency a minute, against 300 a minute in standard mode.',
        '`provisioned-worker` climbed from 50 to 500 in 27 s; `standard-worker` from 5 to 500 in 99 s, 5 a second.'),
      wrong('Provisioned mode keeps the function\'s execution environments warm.',
        'Both functions had 500 cold starts: pollers read the queue, they do not initialize the function. Warm environments are provisioned **concurrency**, another setting.'),
      wrong('`MaximumConcurrency` 500 slows the standard mapping down.',
        'It is a ceiling, the same 500 that 50 pollers give; below it the standard mapping climbs as fast as standard scaling allows.'),
    ),
    multiple('what-is-billed',
      'Which of these are billed in this run? (Choose all that apply.)',
      right('The provisioned mapping\'s pollers, by Event Poller Unit-hour, including the hours they sit idle at their minimum.',
        '`EventPollerUnitHours` 2.18 at $0.00925 each, $0.0202; the 5 minimum pollers alone account for 0.83 of those hours.'),
      right('Both functions\' requests and duration.', '$0.2098 each: 5,000 batches of 10 s at 256 MB. `provisioned-worker`\'s `CostUSD` adds its mapping\'s pollers: $0.2299.'),
      wrong('The standard mapping\'s `MaximumConcurrency`.', 'A cap costs nothing, and neither does standard scaling.'),
      wrong('The standard mapping\'s pollers while they scale up.', 'Standard mode\'s pollers are not billed: its summary shows no poller-hours.'),
    ),
    single('when-worth-it',
      'When is provisioned mode worth its price?',
      right('When bursts must be drained fast and a climb of 300 concurrent invokes a minute is too slow.',
        'Here it emptied the queue 36 s sooner for $0.0202 of pollers. For a steady trickle the minimum pollers are billed for nothing: 5 of them kept all month cost $33.76.'),
      wrong('When the function has slow cold starts.', 'Pollers do not initialize environments: both functions started 500 cold.'),
      wrong('When you want to cap how much concurrency a queue can take.', 'That is `MaximumConcurrency`, which is free; a mapping in provisioned mode cannot have it.'),
    ),
  ],
  presenter: [
    { text: 'Two queues, the same burst: **50,000 orders at 60 s**, read into two identical functions, 10 s per batch.', focus: { nodeId: 'queue:standard-orders' } },
    { text: '`provisioned-orders` keeps **5 event pollers** ready: 50 concurrent batches before anything arrives.', focus: { nodeId: 'queue:provisioned-orders' } },
    { text: 'Play. At 60 s both queues fill.', action: { command: 'play' }, focus: { tab: 'monitor' } },
    { text: 'Provisioned mode climbs **1,000 a minute**: 500 concurrent batches at 87 s. Standard mode adds 300 a minute: 500 only at 159 s.', focus: { tab: 'monitor' } },
    { text: '`provisioned-orders` is empty at 170 s, `standard-orders` at 206 s.', focus: { tab: 'monitor' } },
    { text: 'The pollers fall back to 5, and stay: **billed every second**, $0.0202 in this run, $33.76 a month for the 5 alone. The standard mapping\'s scaling cost nothing.', action: { command: 'pause' }, focus: { nodeId: 'queue:provisioned-orders' } },
  ],
}
