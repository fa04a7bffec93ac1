import markdown from '../../../scenarios/timeouts-remaining-time.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, inFunction, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('timeouts-remaining-time')
/** A request a second for 120 s. */
const MIN_INVOCATIONS = 100
/** The items still get processed: at least 5 of 10, 400 ms each. */
const MIN_AVERAGE_MS = 2000

export const timeoutsRemainingTime: Lesson = {
  markdown,
  challenges: [
    {
      id: 'reckless-finishes',
      title: 'No more timeouts',
      statement: 'Change **one setting** of `reckless` so that it never times out, while it still works through the items.',
      hints: [
        'Ten items of 400 ms need 4 s; the `Timeout` is 3 s.',
        'Either give it the time (`Timeout`) or teach its code to stop in time, as `careful` does with `context.getRemainingTimeInMillis()`.',
      ],
      check: ({ document, summary }) => {
        const fn = functionOf(summary, 'reckless')
        return verdict([
          oneSettingChanged(ORIGINAL, document, inFunction('reckless'), 'a setting of `reckless`'),
          finding(fn.Invocations >= MIN_INVOCATIONS, `reckless ran ${count(fn.Invocations)} times`),
          finding(fn.Invocations > 0 && fn.Errors === 0, `${count(fn.Errors)} of them failed`),
          finding(fn.Duration.Average >= MIN_AVERAGE_MS, `each took ${count(fn.Duration.Average)} ms on average`),
        ])
      },
    },
  ],
  quiz: [
    single('what-happens',
      'What happens when `reckless` reaches its 3-second timeout?',
      right('Lambda stops it: the invocation fails with `Task timed out after 3.00 seconds`, is billed 3 s, and the environment is reset.',
        'Every `reckless` invocation shows exactly 3,000 ms, counts as an error, and the next request is a cold start.'),
      wrong('Lambda lets it finish and logs a warning.', 'Its Duration is pinned at exactly 3,000 ms: it was stopped.'),
      wrong('Lambda retries it with a longer timeout.', 'There is no such retry; a synchronous caller just gets the error.'),
    ),
    multiple('remaining',
      'What does `context.getRemainingTimeInMillis()` give `careful`? (Choose all that apply.)',
      right('The milliseconds left before the function\'s timeout.', '`careful` logged `stopping with 600 ms left` after 6 items.'),
      right('A way to return partial results instead of failing.', '`careful` never failed, and returned the 4 items it did not reach.'),
      wrong('More time, when called near the end.', 'It only reads the clock; the timeout stays 3 s.'),
      wrong('The time left in the whole run or batch of requests.', 'It is per invocation: each one starts with the full 3 s.'),
    ),
  ],
  presenter: [
    { text: 'Same job for both: 10 items of 400 ms, `Timeout` 3 s.', focus: { tab: 'code', nodeId: 'function:reckless' } },
    { text: 'Play, and open the Logs.', action: { command: 'play' }, focus: { tab: 'logs' } },
    { text: '`reckless`: `Task timed out after 3.00 seconds`, every time. Billed 3 s, work lost, environment reset.', focus: { tab: 'monitor' } },
    { text: '`careful` asks `getRemainingTimeInMillis()` before each item and returns what is left while it can.', focus: { tab: 'code', nodeId: 'function:careful' } },
    { text: 'Use the remaining time to stop cleanly: hand back the rest, or checkpoint it.', action: { command: 'pause' } },
  ],
}
