import markdown from '../../../scenarios/scaling-spike.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, offered, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('scaling-spike')
/** 6,000 requests a second for 90 s. */
const SPIKE_REQUESTS = 6000 * 90
/** The account limit lets 3,000 one-second requests run at once: 3,000 × 90 s of the spike at most, at today's duration. */
const ACCOUNT_CEILING = 3000 * 90
const TARGET = 265_000

const notTheQuota = (path: string): boolean => path !== 'Account.ConcurrentExecutions' && !path.startsWith('Traffic')

export const scalingSpike: Lesson = {
  markdown,
  challenges: [
    {
      id: 'serve-the-spike-sooner',
      title: 'Reach the limit sooner',
      statement: `The account limit lets at most 3,000 × 90 = ${count(ACCOUNT_CEILING)} of the spike's one-second requests run. Today's scaling rate serves about 250,000 of them, because concurrency needs about 20 s to climb to 3,000. Change **one setting**, neither the account's concurrency limit nor the traffic, so that at least ${count(TARGET)} requests are served.`,
      hints: [
        'The throttles beyond the first 20 seconds cannot be avoided at this duration; the ones during the climb can.',
        'Compare the scaling models: `Account.ScalingModel` can be `per-function` (today) or `legacy-burst` (before November 2023).',
        'In `us-east-1` the legacy model gave the account an initial burst of 3,000 environments at once. (Making each request faster would also do it.)',
      ],
      check: ({ document, summary }) => {
        const api = functionOf(summary, 'api')
        return verdict([
          oneSettingChanged(ORIGINAL, document, notTheQuota, 'a setting other than the account limit and the traffic'),
          finding(api.Invocations >= TARGET, `api served ${count(api.Invocations)} requests and throttled ${count(api.Throttles)}`),
          finding(offered(api) === SPIKE_REQUESTS, `${count(offered(api))} requests arrived (the spike sends ${count(SPIKE_REQUESTS)})`),
        ])
      },
    },
  ],
  quiz: [
    single('rate',
      'How fast can one function scale today, synchronously invoked?',
      right('By 1,000 execution environments every 10 seconds, refilled continuously, up to the account limit.',
        'In this run concurrency went from 1,000 to 3,000 in about 20 s: 100 more each second.'),
      wrong('By 500 environments per minute after an initial burst of 3,000.', 'That was the legacy, account-wide model (before November 2023).'),
      wrong('Without limit, up to the account\'s concurrency.', 'The ConcurrentExecutions chart climbs in a ramp, not a jump: the rate is limited.'),
      wrong('By 1,000 environments per minute.', 'Ten times too slow: the documented rate is 1,000 per 10 seconds.'),
    ),
    multiple('legacy',
      'Which were true of the legacy (before November 2023) scaling model? (Choose all that apply.)',
      right('The initial burst depended on the Region: 3,000, 1,000 or 500.', 'US East (N. Virginia), US West (Oregon) and Europe (Ireland) had 3,000; Tokyo, Frankfurt and Ohio 1,000; others 500.'),
      right('After the burst, concurrency grew by 500 per minute.', 'Hence "12 times faster" for today\'s 1,000 per 10 seconds.'),
      right('The burst was shared by all functions of the account in the Region.', 'Today each function scales independently.'),
      wrong('It applied only to asynchronous invocations.', 'The burst was the account\'s scaling limit for all its functions in the Region, however they were invoked.'),
    ),
    single('after-climb',
      'Once concurrency reached 3,000 in this run, about half the spike was still throttled. Why?',
      right('6,000 requests a second of 1 s need 6,000 concurrent executions, and the account limit is 3,000.',
        'Concurrency = requests per second × duration. The Throttles line settled at 3,000 a second: the half that never fits.'),
      wrong('The scaling rate kept limiting it.', 'The rate limits only the climb; after 20 s the account limit is what stops it.'),
      wrong('The requests-per-second quota of 10 × the concurrency limit.', '10 × 3,000 = 30,000 requests a second: far above 6,000.'),
    ),
  ],
  presenter: [
    { text: 'At 10 s traffic jumps to **6,000 requests a second** of 1-second work. The account limit is 3,000.', focus: { tab: 'monitor' } },
    { text: 'Play. Watch ConcurrentExecutions climb.', action: { command: 'play' }, focus: { tab: 'monitor' } },
    { text: 'One function adds at most **1,000 environments every 10 seconds**: from 1,000 to 3,000 takes about 20 s, with throttles all the way.' },
    { text: 'Then the account limit: 3,000 at once, and half the spike (3,000 a second) is throttled for good.' },
    { text: 'Before November 2023: a Regional **burst** (3,000 here in us-east-1), then only 500 a minute. Set `Account.ScalingModel` to `legacy-burst` to compare.', action: { command: 'pause' } },
  ],
}
