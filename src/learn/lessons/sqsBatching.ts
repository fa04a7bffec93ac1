import markdown from '../../../scenarios/sqs-batching-and-redrive.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('sqs-batching-and-redrive')
/** 100 a second for 540 s plus a burst of 6,000. */
const MIN_MESSAGES = 59_000
/** Half the original run's invocations (about 1,270). */
const MAX_INVOCATIONS = 635
/** About 1 message in 85 is poison; healthy orders must not reach the dead-letter queue. */
const MAX_DEAD_LETTERED_SHARE = 0.015

export const sqsBatching: Lesson = {
  markdown,
  challenges: [
    {
      id: 'fewer-invocations',
      title: 'Half the invocations',
      statement: `Change **one setting of the event source mapping** so that \`process-orders\` is invoked at most ${count(MAX_INVOCATIONS)} times (half as often), while every healthy order is still processed and only poison messages reach \`orders-dlq\`.`,
      hints: [
        'A batch is sent when the first of three limits is reached: its size, its batching window, or 6 MB.',
        'At 100 messages a second, a batch of 50 fills in half a second, long before the 2-second window ends.',
        'Raise `BatchSize` so that the window cuts the batches instead (up to 10,000 for a standard queue).',
      ],
      check: ({ document, summary }) => {
        const fn = functionOf(summary, 'process-orders')
        const queue = summary.Queues.orders
        const received = queue?.MessagesReceived ?? 0
        const deleted = queue?.MessagesDeleted ?? 0
        const deadLettered = queue?.MessagesMovedToDeadLetterQueue ?? 0
        return verdict([
          oneSettingChanged(ORIGINAL, document, (path) => path.startsWith('EventSourceMappings'), 'a setting of the event source mapping'),
          finding(fn.Invocations > 0 && fn.Invocations <= MAX_INVOCATIONS, `process-orders was invoked ${count(fn.Invocations)} times`),
          finding(received >= MIN_MESSAGES, `orders received ${count(received)} messages`),
          finding(received > 0 && deleted >= received * 0.97, `${count(deleted)} were processed and deleted`),
          finding(deadLettered <= received * MAX_DEAD_LETTERED_SHARE, `${count(deadLettered)} went to orders-dlq`),
        ])
      },
    },
  ],
  quiz: [
    single('when-batch',
      'When does the event source mapping invoke the function with a batch?',
      right('When the first of these happens: the batch reaches `BatchSize`, the batching window ends, or the payload reaches 6 MB.',
        'In this run size won: 50 messages arrive in half a second, before the 2-second window ends.'),
      wrong('Only when the batch is full.', 'A partly filled batch is sent when its window ends; at low traffic that is the usual case.'),
      wrong('Every `MaximumBatchingWindowInSeconds`, whatever the batch holds.', 'A full batch goes out at once, before its window ends.'),
    ),
    multiple('partial',
      'With `ReportBatchItemFailures`, the handler lists one poison message of a batch of 50 in `batchItemFailures`. What happens? (Choose all that apply.)',
      right('The other 49 messages are deleted from the queue.', 'The log shows `batch of 50, 1 failed`, and only the poison message is received again.'),
      right('The poison message becomes visible again after the visibility timeout (30 s).', 'Its receives in the log are about 30 s apart.'),
      right('After `maxReceiveCount` (5) receives, SQS moves it to `orders-dlq`.', 'About 600 messages reached `orders-dlq`, the poison ones.'),
      wrong('Lambda retries the poison message at once, twice.', 'SQS messages are retried by the queue\'s visibility timeout, not by Lambda\'s asynchronous retries.'),
    ),
    single('dlq-where',
      'Where is the dead-letter queue of an SQS event source configured?',
      right('On the source queue, as its `RedrivePolicy` with `maxReceiveCount`.', '`orders` has `RedrivePolicy` to `orders-dlq`; the function has no dead-letter configuration.'),
      wrong('On the function, as its `DeadLetterConfig`.', 'A function\'s dead-letter queue is for asynchronous invocations; an event source mapping invokes synchronously.'),
      wrong('On the event source mapping, as an on-failure destination.', 'SQS mappings take no destination; the queue\'s redrive policy does the job.'),
    ),
  ],
  presenter: [
    { text: 'Orders arrive on the queue `orders`, 100 a second. The mapping reads them in **batches of 50** (window 2 s).', focus: { nodeId: 'queue:orders' } },
    { text: 'Play. The queue stays nearly empty: batches are cut by size, every half second.', action: { command: 'play' }, focus: { tab: 'monitor' } },
    { text: 'About 1 message in 85 is poison. With **ReportBatchItemFailures** only it comes back; the other 49 are deleted.', focus: { tab: 'logs' } },
    { text: 'At 300 s, 6,000 orders at once: the poller scales up, capped by `MaximumConcurrency` 20.', focus: { tab: 'monitor' } },
    { text: 'After 5 receives each poison message moves to `orders-dlq`: the **queue\'s** redrive policy, not the function\'s.', action: { command: 'pause' }, focus: { nodeId: 'queue:orders-dlq' } },
  ],
}
