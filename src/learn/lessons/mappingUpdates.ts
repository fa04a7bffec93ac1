import markdown from '../../../scenarios/mapping-updates.md?raw'
import type { RunSummary, StreamMappingSummary } from '../../engine/api.ts'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { anySetting, count, countOf, finding, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('mapping-updates')
/** 2 clicks a second for 240 s, besides the poison record. */
const MIN_CLICKS = 480
/** The original run peaks at 119.5 s: the shard stays blocked from 31 s until the 150 s update. */
const MAX_ITERATOR_AGE_MS = 30_000

const consumerMapping = (summary: RunSummary): StreamMappingSummary | undefined =>
  Object.values(summary.Streams?.['Stream:clicks']?.EventSourceMappings ?? {}).find((mapping) => mapping.FunctionName === 'consumer')

const discarded = (mapping: StreamMappingSummary | undefined): number =>
  Object.values(mapping?.Dropped ?? {}).reduce((sum, n) => sum + n, 0)

const failureRecords = (summary: RunSummary): number => summary.Queues['poison-clicks']?.MessagesReceived ?? 0

export const mappingUpdates: Lesson = {
  markdown,
  challenges: [
    {
      id: 'unblock-sooner',
      title: 'Unblock the shard sooner',
      statement: `The 150 s update unblocks the shard, but \`consumer\` falls two minutes behind first. Change **one setting** so that \`consumer\`'s IteratorAge never passes **${count(MAX_ITERATOR_AGE_MS / 1000)} s**, while whatever Lambda gives up still reaches \`poison-clicks\` and no click is discarded.`,
      hints: [
        'IteratorAge grows a second per second from the moment the poison record blocks the shard (31 s) until something gives its batch up.',
        'Limiting the retries from the start is not enough: with no destination yet, the batch given up is discarded.',
        'The Timeline entry that limits the retries and adds the destination can run sooner: at 45 s, say.',
      ],
      check: ({ document, summary }) => {
        const mapping = consumerMapping(summary)
        const received = mapping?.Received ?? 0
        const ageMs = mapping?.IteratorAgeMaximumMs ?? 0
        return verdict([
          oneSettingChanged(ORIGINAL, document, anySetting, 'any setting'),
          finding(received >= MIN_CLICKS, `consumer's mapping read ${countOf(received, 'record')}`),
          finding(received > 0 && ageMs <= MAX_ITERATOR_AGE_MS, `its IteratorAge peaked at ${(ageMs / 1000).toFixed(1)} s`),
          finding(discarded(mapping) === 0 && (mapping?.Pending ?? 0) === 0,
            `${countOf(discarded(mapping), 'record')} discarded, ${count(mapping?.Pending ?? 0)} still waiting`),
          finding(failureRecords(summary) > 0, `poison-clicks received ${countOf(failureRecords(summary), 'failure record')}`),
        ])
      },
    },
    {
      id: 'only-the-poison',
      title: 'Give up only the poison record',
      statement: 'When the stuck batch is given up, two good clicks go to `poison-clicks` with the poison record. Change **one setting** so that **only the poison record** is given up and every other click is processed.',
      hints: [
        'Lambda gives up a whole batch: the failure record says `batchSize` 3.',
        'Lambda can split a failing batch in two and retry each half, until the poison record is alone; splitting uses no retries.',
        'Set `BisectBatchOnFunctionError` on `consumer`\'s mapping, from the start or in the 150 s update.',
      ],
      check: ({ document, summary }) => {
        const mapping = consumerMapping(summary)
        const received = mapping?.Received ?? 0
        const processed = mapping?.Processed ?? 0
        const givenUp = mapping?.DeadLettered ?? 0
        return verdict([
          oneSettingChanged(ORIGINAL, document, anySetting, 'any setting'),
          finding(received > MIN_CLICKS, `consumer's mapping read ${countOf(received, 'record')}`),
          finding(givenUp === 1, `${count(givenUp)} went to the on-failure destination`),
          finding(received > 0 && processed === received - 1, `${count(processed)} were processed`),
          finding(failureRecords(summary) > 0, `poison-clicks received ${countOf(failureRecords(summary), 'failure record')}`),
        ])
      },
    },
  ],
  quiz: [
    single('while-disabled',
      'What happens to the orders that arrive while `worker`\'s mapping is disabled, from 60 s to 120 s?',
      right('They wait in the queue and are read once the mapping is enabled again.',
        'ApproximateNumberOfMessagesVisible rose to 300, and all 1,000 orders were deleted by the end of the run.'),
      wrong('SQS refuses them while nothing reads the queue.', 'A queue takes messages whatever its consumers do: `orders` received all 1,000.'),
      wrong('They go to the queue\'s dead-letter queue.', 'SQS moves a message only after `maxReceiveCount` receives, and these were not received at all; `orders` has no redrive policy anyway.'),
    ),
    single('window',
      'Why does the 120 s update set `MaximumBatchingWindowInSeconds` 1 along with `BatchSize` 50?',
      right('A `BatchSize` above 10 needs a batching window of at least 1 s; Lambda refuses the update otherwise.',
        'Remove the window and the validator refuses the entry with `[batching-window]`, as the API would.'),
      wrong('To drain the backlog faster.', 'The backlog went at once, in 6 full batches; the window only decides when a batch that is not full goes: once a second afterwards.'),
      wrong('Because re-enabling a mapping resets its settings.', 'An update changes only what it names; the rest of the mapping stays as it was.'),
    ),
    multiple('given-up',
      'At 150 s the stuck batch is given up. Which are true? (Choose all that apply.)',
      right('`poison-clicks` receives a failure record: the shard, the sequence numbers and the batch size.', 'One message, with `batchSize` 3 and `approximateInvokeCount` 120.'),
      right('Two good clicks are given up with the poison record.', 'Lambda gives up whole batches: 478 of the 481 records were processed.'),
      right('The shard moves on without the mapping being deleted or recreated.', 'IteratorAge fell from 119.5 s to half a second at 151 s.'),
      wrong('The three records are copied into `poison-clicks`.', 'A Kinesis failure record carries metadata only; the records stay in the stream until they expire.'),
    ),
    single('default-retries',
      'Why did `consumer` fail on the same batch once a second for two minutes?',
      right('Its mapping kept the default `MaximumRetryAttempts` −1: retry until the records expire, and read nothing after them in the shard.',
        'Errors: 120, one a second from 31 s to 150 s; the failure record counts 120 invocations of that batch.'),
      wrong('Kinesis sends a failed record again every second.', 'Kinesis only keeps the records; Lambda\'s poller retries the batch.'),
      wrong('The function was throttled.', '`consumer` had no throttles: every retry ran, and threw.'),
    ),
  ],
  presenter: [
    { text: 'Two event source mappings: `orders` → `worker` (SQS, 5 orders a second) and `clicks` → `consumer` (Kinesis). The **Timeline** will change both while they run.', focus: { nodeId: 'queue:orders' } },
    { text: 'Play. At 30 s a poison record reaches `clicks`: `consumer` throws on it, and the shard is **blocked**.', action: { command: 'play' }, focus: { nodeId: 'stream:clicks' } },
    { text: '60 s: `UpdateEventSourceMapping` with `Enabled` false. Polling stops; `orders` fills, 5 a second.', focus: { tab: 'monitor' } },
    { text: '120 s: enabled again, with `BatchSize` 50 and a 1 s window. The 300 waiting orders go in 6 batches.', focus: { tab: 'monitor' } },
    { text: 'All along, `consumer`\'s **IteratorAge** climbs a second per second: the same batch fails once a second.', focus: { tab: 'monitor' } },
    { text: '150 s: `MaximumRetryAttempts` 0 and an on-failure destination. The batch is given up; the shard moves on.', focus: { nodeId: 'queue:poison-clicks' } },
    { text: 'The failure record says `batchSize` 3: two good clicks went with the poison. Bisecting the batch would have kept them.', action: { command: 'pause' }, focus: { nodeId: 'queue:poison-clicks' } },
  ],
}
