import markdown from '../../../scenarios/account-limit-contention.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, offered, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('account-limit-contention')
/** `checkout` gets 40 requests a second for 420 s. */
const CHECKOUT_OFFERED = 40 * 420
/** Still a spike: `reports` must reach a real share of the account (its reservation may cap it, not stop it). */
const REPORTS_MIN_PEAK = 100

export const accountLimitContention: Lesson = {
  markdown,
  challenges: [
    {
      id: 'protect-checkout',
      title: 'Protect checkout',
      statement: 'Change **one setting** so that `checkout` is never throttled while `reports` spikes. The account\'s limit is a quota you cannot raise in a minute: change a **function**\'s setting.',
      hints: [
        '`checkout` needs about 40 × 0.25 s = 10 concurrent executions; `reports` takes every unit the account has.',
        'Reserved concurrency sets units aside for one function that no other function can use.',
        'Reserve a margin above `checkout`\'s need, say 30, with `ReservedConcurrentExecutions`. (Capping `reports` works too, if it leaves `checkout` enough.)',
      ],
      check: ({ document, summary }) => {
        const checkout = functionOf(summary, 'checkout')
        const reports = functionOf(summary, 'reports')
        return verdict([
          oneSettingChanged(ORIGINAL, document, (path) => path.startsWith('Functions['), 'a setting of a function'),
          finding(checkout.Throttles === 0, `checkout throttled ${count(checkout.Throttles)} of ${count(offered(checkout))} requests`),
          finding(offered(checkout) >= CHECKOUT_OFFERED * 0.99, `checkout received ${count(offered(checkout))} requests (the traffic sends ${count(CHECKOUT_OFFERED)})`),
          finding(reports.ConcurrentExecutions.Maximum >= REPORTS_MIN_PEAK,
            `reports still spiked to ${count(reports.ConcurrentExecutions.Maximum)} concurrent executions (throttled ${count(reports.Throttles)} times)`),
        ])
      },
    },
  ],
  quiz: [
    single('why-checkout',
      'Nothing changed about `checkout`, yet it was throttled from 120 s to 300 s. Why?',
      right('All unreserved functions share the account\'s concurrency limit, and `reports` took all of it.',
        'The account ConcurrentExecutions chart sat at 400 exactly while `checkout`\'s throttles lasted.'),
      wrong('`checkout` hit its own reserved concurrency.', '`checkout` has no reservation in this scenario: that is the problem.'),
      wrong('The scaling rate of `checkout` was used up by `reports`.', 'Since November 2023 each function scales on its own, 1,000 environments per 10 s; the shared resource is the account limit.'),
      wrong('API Gateway throttled it.', 'There is no API here: these are direct synchronous invocations, throttled by Lambda with 429.'),
    ),
    multiple('fixes',
      'Which changes would stop `checkout`\'s throttles in this scenario? (Choose all that apply.)',
      right('Reserve 30 for `checkout`.', 'Its 30 units are then out of `reports`\' reach; `checkout` needs about 10.'),
      right('Reserve 300 for `reports`.', 'That caps `reports` at 300 and leaves 100 unreserved for `checkout`, which needs about 10.'),
      wrong('Reserve 350 for `checkout`.', 'Refused: it would leave 50 unreserved, and Lambda keeps at least 100.'),
      wrong('Give `checkout` more memory.', 'Memory changes its speed, not its share of the account limit; 250 ms of this work barely changes.'),
    ),
  ],
  presenter: [
    { text: 'One account, limit **400**, shared. `checkout` needs about 10; at 120 s `reports` will want 600.', focus: { tab: 'monitor' } },
    { text: 'Play and watch the account ConcurrentExecutions chart.', action: { command: 'play' }, focus: { tab: 'monitor' } },
    { text: '`reports` takes the whole account: `checkout` is throttled, through no fault of its own.', focus: { nodeId: 'function:checkout' } },
    { text: 'Reserve 30 for `checkout`: a guarantee no other function can take.', action: { command: 'setReservedConcurrency', args: { functionName: 'checkout', reserved: 30 } } },
    { text: '`checkout`\'s throttles stop; `reports` is capped at 370. Reservations divide the account; 100 units always stay unreserved.', action: { command: 'pause' } },
  ],
}
