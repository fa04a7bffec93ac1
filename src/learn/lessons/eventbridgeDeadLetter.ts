import markdown from '../../../scenarios/eventbridge-dead-letter.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { anySetting, count, countOf, finding, functionOf, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('eventbridge-dead-letter')
/** `rate(1 minute)` over the 600 s run: at 60 s, 120 s, ... 600 s. */
const SCHEDULED_EVENTS = 10

export const eventbridgeDeadLetter: Lesson = {
  markdown,
  challenges: [
    {
      id: 'every-report-runs',
      title: 'Every report runs',
      statement: `Change **one setting** so that all ${count(SCHEDULED_EVENTS)} of \`report-every-minute\`'s scheduled events invoke \`report\`: no failed invocation, nothing in \`report-dlq\`.`,
      hints: [
        'The first two events fail because `report:live` does not exist yet: Lambda answers `ResourceNotFoundException`.',
        'More retries will not help: EventBridge does not retry a target that does not exist.',
        'Let the alias exist before the first event (the Timeline\'s `CreateAlias`), or target something that exists from the start, such as version `report:1`.',
      ],
      check: ({ document, summary }) => {
        const rule = summary.Rules?.['report-every-minute']
        const triggered = rule?.TriggeredRules ?? 0
        const report = functionOf(summary, 'report')
        return verdict([
          oneSettingChanged(ORIGINAL, document, anySetting, 'any setting'),
          finding(triggered >= SCHEDULED_EVENTS, `report-every-minute triggered ${countOf(triggered, 'time')}`),
          finding((rule?.FailedInvocations ?? 0) === 0 && (rule?.InvocationsSentToDLQ ?? 0) === 0,
            `${countOf(rule?.FailedInvocations ?? 0, 'invocation')} failed, ${count(rule?.InvocationsSentToDLQ ?? 0)} went to report-dlq`),
          finding(triggered > 0 && report.Invocations >= triggered && report.Errors === 0,
            `report ran ${countOf(report.Invocations, 'time')}, ${count(report.Errors)} with an error`),
        ])
      },
    },
  ],
  quiz: [
    single('no-retry',
      'Why did the target\'s `RetryPolicy` (10 attempts within an hour) not save the first two reports?',
      right('EventBridge retries throttling and service errors; a target that does not exist (`NO_RESOURCE`) goes straight to the dead-letter queue.',
        'Both messages in `report-dlq` say `RETRY_ATTEMPTS` 0, and arrived the second their events fired.'),
      wrong('The retries ran, and all failed within the hour.', 'None ran: `RETRY_ATTEMPTS` is 0. Raising the policy to 185 attempts changes nothing here.'),
      wrong('Events from schedules are never retried.', 'A scheduled rule\'s targets have the same retry policy as a pattern rule\'s; this error is simply not one EventBridge retries.'),
    ),
    single('billing-failures',
      '`billing` failed 57 times. Why is the rule\'s dead-letter queue `orders-dlq` empty?',
      right('EventBridge invokes Lambda asynchronously: once Lambda accepted an event, delivery had succeeded. Retries and the final failure are Lambda\'s, ending in `billing-failures`.',
        'The rule shows 60 invocations and 0 failed; `billing-failures` holds 10 invocation records with `approximateInvokeCount` 3.'),
      wrong('The target\'s `MaximumRetryAttempts` 0 turns its dead-letter queue off.', 'It sets how often EventBridge retries a delivery; the dead-letter queue still takes what cannot be delivered, as `report-dlq` shows.'),
      wrong('Dead-letter queues only take events from scheduled rules.', 'Any rule\'s target can have one; every order was simply delivered.'),
    ),
    multiple('two-queues',
      'Compare `report-dlq` with `billing-failures`. Which are true? (Choose all that apply.)',
      right('`report-dlq` belongs to the rule\'s target: it takes the events EventBridge could not deliver.', 'Two events, with `RULE_ARN`, `TARGET_ARN` and `ERROR_CODE` `NO_RESOURCE` among their attributes.'),
      right('`billing-failures` belongs to the function: it takes the events Lambda could not process after its retries.', 'Invocation records with `condition: RetriesExhausted`, configured in `billing`\'s `EventInvokeConfig`.'),
      right('A `billing-failures` message carries the function\'s error response; a `report-dlq` message is the event as it was sent.', 'The records\' `responsePayload` holds `errorType` and `errorMessage`; the dead-letter message\'s body is the scheduled event itself.'),
      wrong('Both receive every event that failed, from either rule.', 'Each queue hears only of its own failures: `orders-dlq` stayed empty, and nothing of `report` reached `billing-failures`.'),
    ),
  ],
  presenter: [
    { text: 'Two rules on the default bus: a schedule, every minute, that targets `report:live`; a pattern for orders that targets `billing`.', focus: { nodeId: 'function:report' } },
    { text: 'The alias `live` does not exist yet: a late deployment creates it at 180 s, pointing at version 1.', focus: { nodeId: 'version:report:1' } },
    { text: 'Play. At 60 s and 120 s the schedule fires: `ResourceNotFoundException`, **no retry**, straight to `report-dlq`.', action: { command: 'play' }, focus: { nodeId: 'queue:report-dlq' } },
    { text: '`billing` fails half its invocations. EventBridge\'s part ended when Lambda accepted the event: **Lambda** retries, after about 1 and 2 minutes.', focus: { tab: 'monitor' } },
    { text: 'From 180 s `report` runs every minute. At 180.5 s the first order that failed three times reaches `billing-failures`.', focus: { nodeId: 'queue:billing-failures' } },
    { text: '`orders-dlq` stays empty: every order was delivered. Two dead-letter queues, two services, two kinds of failure.', action: { command: 'pause' }, focus: { nodeId: 'queue:orders-dlq' } },
  ],
}
