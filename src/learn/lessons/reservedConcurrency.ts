import markdown from '../../../scenarios/reserved-concurrency.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, inFunction, offered, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('reserved-concurrency')
/** 9 requests per second for 1,800 s arrive; allow for the Poisson draw. */
const MIN_OFFERED = 15_500

export const reservedConcurrency: Lesson = {
  markdown,
  challenges: [
    {
      id: 'no-throttles-keep-reservation',
      title: 'Serve every order, keep the guarantee',
      statement: 'Change **one setting** so that `orders` is never throttled, while it **keeps a reservation** (the guarantee that no other function can take its concurrency).',
      hints: [
        'Concurrency = requests per second × duration: about 9 × 1.2 s ≈ 11 on average. The reservation of 12 leaves no room for bursts of slow requests.',
        'Raise `ReservedConcurrentExecutions` on `orders`, well above the average: durations are exponential, so bursts are common.',
        'About 30 leaves room for any burst this traffic makes; at most 900 can be reserved, because 100 always stay unreserved.',
      ],
      check: ({ document, summary }) => {
        const orders = functionOf(summary, 'orders')
        const reserved = document.Functions.find((fn) => fn.FunctionName === 'orders')?.ReservedConcurrentExecutions
        return verdict([
          oneSettingChanged(ORIGINAL, document, inFunction('orders'), 'a setting of `orders`'),
          finding(orders.Throttles === 0, `orders throttled ${count(orders.Throttles)} of ${count(offered(orders))} requests`),
          finding(offered(orders) >= MIN_OFFERED, `${count(offered(orders))} requests arrived (the traffic sends about 16,200)`),
          finding(reserved !== undefined, reserved === undefined ? 'orders has no reservation any more' : `orders keeps ${count(reserved)} reserved`),
        ])
      },
    },
  ],
  quiz: [
    single('what-throttles',
      'In this run `orders` was throttled although its **average** concurrency stayed below 12. Why?',
      right('Concurrency varies around its average: when several slow requests overlap, all 12 environments are busy and new requests get 429.',
        'The ConcurrentExecutions chart touched 12 at its peaks while its average sat near 9: throttles came in bursts, exactly at those peaks.'),
      wrong('Lambda throttles a function when its average concurrency comes within 10 % of the reservation.',
        'There is no such margin: a request is throttled only when every unit of the reservation is in use at that moment.'),
      wrong('The account limit of 1,000 was reached.',
        'The account never came close: only `orders` runs here, at most 12 at once.'),
      wrong('Cold starts count twice against the reservation.',
        'An initializing environment counts once, like a busy one; this run had only 12 cold starts in all.'),
    ),
    multiple('reserved-does',
      'Which statements about reserved concurrency are true? (Choose all that apply.)',
      right('It is the maximum concurrency of the function.', 'The meter on the `orders` node never went past *12 reserved*.'),
      right('No other function in the account can use the reserved units.', 'That is the guarantee: the 12 units are set aside for `orders`, busy or not.'),
      wrong('It is billed per reserved unit per hour.', 'Reserved concurrency costs nothing; the run\'s cost came only from requests and duration. Provisioned concurrency is what is billed while configured.'),
      right('It must leave at least 100 units of the account limit unreserved.', 'With the account limit of 1,000, at most 900 can be reserved across all functions; the validator refuses more.'),
      wrong('It keeps environments initialised ahead of requests.', 'That is provisioned concurrency. This run still had a cold start for each of its 12 environments.'),
    ),
    single('sync-429',
      'A client calls `orders` synchronously and is throttled. What happens to that request?',
      right('It fails at once with 429 TooManyRequestsException; Lambda does not retry it, though the caller\'s SDK may.',
        'Every throttle counted in this run is a request refused at the door: none was queued or retried by Lambda.'),
      wrong('Lambda queues it until an environment is free.', 'Only asynchronous events wait in Lambda\'s internal queue; synchronous requests are refused.'),
      wrong('Lambda retries it twice, 1 and 2 minutes later.', 'That is the schedule for failed asynchronous events, not for synchronous throttles.'),
    ),
  ],
  presenter: [
    { text: '`orders` has **12 reserved**: a guarantee and a cap. About 9 requests a second of 1.2 s each need about 11.', focus: { nodeId: 'function:orders' } },
    { text: 'Play at speed: watch the meter on `orders` reach 12.', action: { command: 'play' }, focus: { tab: 'monitor' } },
    { text: 'Bursts of slow requests fill all 12 environments: new requests get **429**. Look at Errors, Throttles.', focus: { tab: 'monitor' } },
    { text: 'Raise the reservation to 30: the throttles stop, the guarantee stays.', action: { command: 'setReservedConcurrency', args: { functionName: 'orders', reserved: 30 } } },
    { text: 'Set it to 0: **every** request is throttled. This is the console\'s *Throttle* button.', action: { command: 'setReservedConcurrency', args: { functionName: 'orders', reserved: 0 } } },
    { text: 'Back to 12. At most 900 of the account\'s 1,000 can ever be reserved: 100 stay unreserved.', action: { command: 'setReservedConcurrency', args: { functionName: 'orders', reserved: 12 } } },
  ],
}
