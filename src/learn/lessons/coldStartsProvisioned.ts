import markdown from '../../../scenarios/cold-starts-provisioned.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, inFunction, offered, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('cold-starts-provisioned')
/** The step traffic sends 59,520 requests to each function. */
const MIN_OFFERED = 59_000

export const coldStartsProvisioned: Lesson = {
  markdown,
  challenges: [
    {
      id: 'no-cold-starts',
      title: 'Not a single cold start',
      statement: 'Change **one setting** so that `provisioned:live` serves the whole run, peak included, without a single cold start: every request on a provisioned environment.',
      hints: [
        'Cold starts on `provisioned` happen only when its provisioned environments are all busy and requests spill over.',
        'At the peak, 300 requests a second of about 120 ms need about 36 environments on average, and the peak of ConcurrentExecutions is higher than the average.',
        'Raise `ProvisionedConcurrentExecutions` of the `live` configuration above the peak of ConcurrentExecutions you saw (AWS suggests the typical peak plus 10 %).',
      ],
      check: ({ document, summary }) => {
        const fn = functionOf(summary, 'provisioned')
        return verdict([
          oneSettingChanged(ORIGINAL, document, inFunction('provisioned'), 'a setting of `provisioned`'),
          finding(fn.ColdStarts === 0, `provisioned had ${count(fn.ColdStarts)} cold starts`),
          finding(fn.ProvisionedConcurrencySpilloverInvocations === 0 && fn.ProvisionedConcurrencyInvocations === fn.Invocations,
            `${count(fn.ProvisionedConcurrencyInvocations)} of ${count(fn.Invocations)} invocations ran on provisioned environments, ${count(fn.ProvisionedConcurrencySpilloverInvocations)} spilled over`),
          finding(offered(fn) >= MIN_OFFERED, `${count(offered(fn))} requests arrived (the traffic sends 59,520)`),
        ])
      },
    },
  ],
  quiz: [
    single('latest-refused',
      'Why does Lambda refuse provisioned concurrency on `$LATEST`?',
      right('`$LATEST` is mutable: provisioned environments are initialised with one fixed code and configuration, so they belong to a published version (directly or through an alias).',
        'In this run the 40 environments belong to version 1 through `live`; the validator rejects `Qualifier: $LATEST` with the rule `provisioned-on-latest`.'),
      wrong('Because `$LATEST` cannot be invoked through an alias.', 'An alias can point at `$LATEST` (without a routing configuration); the rule is about provisioned concurrency, which needs an immutable version.'),
      wrong('Because `$LATEST` always has reserved concurrency 0.', '`$LATEST` has no reservation of its own; reserved concurrency belongs to the function.'),
      wrong('It does not: it only warns.', 'It refuses: `PutProvisionedConcurrencyConfig` fails, and so does this document with `Qualifier: $LATEST`.'),
    ),
    multiple('spillover',
      'During the peak, `provisioned` needed more than its 40 provisioned environments. What happened to the extra requests? (Choose all that apply.)',
      right('They ran on on-demand environments, with cold starts.', 'The Cold starts chart shows a few for `provisioned` at 240 s, exactly when ConcurrentExecutions went past 40.'),
      right('They were counted as ProvisionedConcurrencySpilloverInvocations.', 'About 400 of the 59,520 invocations spilled over in this run; the rest counted as ProvisionedConcurrencyInvocations.'),
      wrong('They were throttled with 429.', 'Spillover draws on the account\'s unreserved concurrency; this run had no throttles at all.'),
      wrong('Lambda added provisioned environments automatically.', 'Provisioned concurrency stays at what is configured unless Application Auto Scaling changes it; the Environments tab shows exactly 40 marked provisioned.'),
    ),
    single('cost',
      'In this run `provisioned` cost more than `on-demand` for the same traffic. Why?',
      right('Its 40 environments are billed for every second they are configured, busy or idle, on top of a (lower) duration rate for the requests they serve.',
        'The running cost shows it: most of the time, especially in the first quiet minute, the 40 environments sat idle but were billed.'),
      wrong('Provisioned environments run requests more slowly.', 'The Duration charts of the two functions are the same: warm code runs at the same speed.'),
      wrong('Spillover requests are billed twice.', 'Spillover is billed once, at the on-demand rate.'),
    ),
  ],
  presenter: [
    { text: 'Two copies of one function, the same traffic. `on-demand` starts environments as needed; `provisioned:live` has **40 initialised before the run**.', focus: { tab: 'environments', nodeId: 'function:provisioned' } },
    { text: 'Play. At 60 s the rush begins: watch Cold starts.', action: { command: 'play' }, focus: { tab: 'monitor' } },
    { text: '`on-demand` pays a cold start (about 800 ms of Init) for every new environment; `provisioned` pays none while its 40 suffice.', focus: { tab: 'monitor' } },
    { text: 'At 240 s the peak needs more than 40: requests **spill over** to on-demand environments, with cold starts.', focus: { tab: 'monitor' } },
    { text: 'Provisioned concurrency lives on a **version or an alias, never `$LATEST`**: `$LATEST` changes with every deploy.', action: { command: 'pause' } },
  ],
}
