import markdown from '../../../scenarios/recursive-loop.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('recursive-loop')
/** Lambda stops a chain after about 16 invocations: 8 per function of this two-function loop, with a little room. */
const MAX_PER_FUNCTION = 12
/** The loop must still start: the message is sent, consumed and relayed a few times. */
const MIN_PER_FUNCTION = 4

export const recursiveLoop: Lesson = {
  markdown,
  challenges: [
    {
      id: 'stop-the-allowed-loop',
      title: 'Stop the second loop',
      statement: 'The pair `consumer-allowed` → `loop-allowed` → `relay-allowed` → `work-allowed` loops for the whole run. Change **one setting** so that Lambda stops it, as it stops the first pair.',
      hints: [
        'Lambda detects the loop in both pairs; it stops only where it is allowed to.',
        'Look at `RecursiveLoop` on the `-allowed` functions.',
      ],
      check: ({ document, summary }) => {
        const consumer = functionOf(summary, 'consumer-allowed')
        const relay = functionOf(summary, 'relay-allowed')
        const published = summary.Topics?.['loop-allowed']?.MessagesPublished ?? 0
        return verdict([
          oneSettingChanged(ORIGINAL, document, (path) => /^Functions\[(consumer|relay)-allowed\]/.test(path), 'a setting of `consumer-allowed` or `relay-allowed`'),
          finding(consumer.Invocations >= MIN_PER_FUNCTION && relay.Invocations >= MIN_PER_FUNCTION,
            `the loop started: consumer-allowed ran ${count(consumer.Invocations)} times, relay-allowed ${count(relay.Invocations)}`),
          finding(consumer.Invocations <= MAX_PER_FUNCTION && relay.Invocations <= MAX_PER_FUNCTION, `loop-allowed published ${count(published)} messages`),
        ])
      },
    },
  ],
  quiz: [
    single('when',
      'When does Lambda stop a recursive loop?',
      right('When one chain of requests has invoked functions about 16 times: the next invocation is stopped.', '`consumer` and `relay` ran 8 times each, 16 in the chain, and the 17th was dropped.'),
      wrong('After 16 invocations of the same function.', 'The count is per chain of requests, whichever functions it passes through: here 8 + 8.'),
      wrong('After a minute of looping.', 'Detection counts invocations, not time: the first loop stopped within seconds.'),
    ),
    multiple('detected',
      'Which loops does Lambda detect? (Choose all that apply.)',
      right('Through SQS.', 'This loop passes through the queue `work`.'),
      right('Through SNS.', 'And through the topic `loop`.'),
      right('Through S3 (since October 2024).', 'A function writing back into the bucket that triggers it.'),
      wrong('Through DynamoDB Streams.', 'Loops through DynamoDB or EventBridge are not detected: design them out.'),
    ),
    single('sqs-after',
      'The 17th invocation was stopped, and its trigger was an SQS message. What happened to that message?',
      right('It went back to the queue and was received again until `maxReceiveCount` (3) moved it to `work-dlq`.', '`work-dlq` received exactly 1 message in this run.'),
      wrong('It was deleted.', 'Lambda answers the poller with `RecursiveInvocationException`, so the message is not deleted.'),
      wrong('It was sent to the function\'s on-failure destination.', 'Functions fed by SQS keep their failures in the queue\'s dead-letter queue.'),
    ),
  ],
  presenter: [],
}
