import markdown from '../../../scenarios/sns-fan-out.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, oneSettingChanged, percent, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('sns-fan-out')
/** About 4.2 messages a second for 600 s. */
const MIN_PUBLISHED = 2300
/** Physical orders (3 a second) and big ones (0.2, physical too) of 4.2 a second: about 76 %. */
const PHYSICAL_SHARE = 3.2 / 4.2

export const snsFanOut: Lesson = {
  markdown,
  challenges: [
    {
      id: 'bill-physical-only',
      title: 'Bill physical goods only',
      statement: 'Digital orders are billed elsewhere. Change **one setting of the topic** so that `billing` receives only the **physical** orders, while the other subscribers keep what they get.',
      hints: [
        'Each subscription can carry a filter policy; a message that does not match is never delivered to it.',
        '`shipping` already receives only physical orders: look at its subscription.',
        'Give `billing`\'s subscription the same `FilterPolicy`: `{"delivery": ["physical"]}`.',
      ],
      check: ({ document, summary }) => {
        const published = summary.Topics?.orders?.MessagesPublished ?? 0
        const billing = functionOf(summary, 'billing')
        const share = published > 0 ? billing.Invocations / published : 0
        return verdict([
          oneSettingChanged(ORIGINAL, document, (path) => path.startsWith('Topics'), 'a setting of the topic'),
          finding(published >= MIN_PUBLISHED, `${count(published)} messages were published`),
          finding(Math.abs(share - PHYSICAL_SHARE) <= 0.04,
            `billing received ${count(billing.Invocations)} of them (${percent(share)}; physical orders are about ${percent(PHYSICAL_SHARE)})`),
        ])
      },
    },
  ],
  quiz: [
    single('how-invoked',
      'How does SNS invoke the subscribed functions?',
      right('Asynchronously: each notification is an event in the function\'s internal queue, retried by Lambda if the function fails.',
        'Each function\'s AsyncEventsReceived equals its Invocations in this run.'),
      wrong('Synchronously, waiting for each function before the next subscriber.', 'Subscribers are independent: a slow `fraud-check` never delays `billing`.'),
      wrong('Through an event source mapping that polls the topic.', 'Topics push; it is queues and streams that Lambda polls.'),
    ),
    multiple('filters',
      'Which statements about this topic\'s deliveries are true? (Choose all that apply.)',
      right('Every subscription sees every message once: delivered or filtered out.', 'Delivered plus filtered out is exactly 4 × messages published in the summary.'),
      right('A filter policy can match the message body, with `FilterPolicyScope: MessageBody`.', '`fraud-check` filters on `total` in the JSON body with a `numeric` condition.'),
      wrong('Filtered-out messages are kept for the subscriber to fetch later.', 'They are simply not delivered to that subscription.'),
      wrong('Raw message delivery applies to Lambda subscriptions.', 'It applies to SQS (and HTTP) subscribers like `audit`; Lambda always receives the SNS event with `Records[0].Sns`.'),
    ),
  ],
  presenter: [],
}
