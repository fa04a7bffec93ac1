import markdown from '../../../scenarios/async-retries.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, inFunction, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('async-retries')
/** 2 events a second for 600 s. */
const MIN_EVENTS = 1100

export const asyncRetries: Lesson = {
  markdown,
  challenges: [
    {
      id: 'no-pointless-retries',
      title: 'Stop paying for hopeless retries',
      statement: 'These thumbnails fail for good (a corrupt upload never succeeds on a retry), so each retry only adds cost. Change **one setting** so that every event is attempted **exactly once** and still ends up in `failed-thumbnails`.',
      hints: [
        'Retries of failed asynchronous events are configured per function, in its `EventInvokeConfig`.',
        '`MaximumRetryAttempts` ranges from 0 to 2; the default 2 means 3 attempts in all.',
      ],
      check: ({ document, summary }) => {
        const fn = functionOf(summary, 'thumbnail')
        const kept = summary.Queues['failed-thumbnails']?.MessagesReceived ?? 0
        return verdict([
          oneSettingChanged(ORIGINAL, document, inFunction('thumbnail'), 'a setting of `thumbnail`'),
          finding(fn.AsyncEventsReceived >= MIN_EVENTS, `thumbnail received ${count(fn.AsyncEventsReceived)} events`),
          finding(fn.AsyncEventsReceived > 0 && fn.Invocations === fn.AsyncEventsReceived, `it was invoked ${count(fn.Invocations)} times for them`),
          finding(fn.AsyncEventsReceived > 0 && kept === fn.AsyncEventsReceived, `failed-thumbnails received ${count(kept)} records`),
        ])
      },
    },
  ],
  quiz: [
    single('attempts',
      'An asynchronous event fails every time, with the default configuration. How many times does Lambda run it?',
      right('3 times: the first attempt and 2 retries, about 1 and 2 minutes apart.', 'This run made 3,600 invocations for 1,200 events, and the Logs tab shows each request id three times.'),
      wrong('Once: asynchronous invocations are not retried.', 'Lambda retries failed asynchronous events; it is synchronous invocations it never retries.'),
      wrong('Until the event is 6 hours old.', 'The maximum event age limits retries of throttled events; function errors stop after `MaximumRetryAttempts`.'),
      wrong('5 times, like an SQS `maxReceiveCount` of 5.', 'That is a queue\'s redrive setting; Lambda\'s own retries for asynchronous events are 0 to 2.'),
    ),
    multiple('record',
      'What does the on-failure destination `failed-thumbnails` receive for each event? (Choose all that apply.)',
      right('The original event, as `requestPayload`.', 'Each record carries the S3-style event that was sent.'),
      right('`requestContext.condition` and `approximateInvokeCount`.', 'Here `RetriesExhausted` and 3.'),
      right('The function\'s error response, as `responsePayload`.', 'The error of the last attempt.'),
      wrong('A stack of all three attempts\' logs.', 'Logs stay in CloudWatch Logs; the record holds the last response only.'),
    ),
    single('caller',
      'What did the S3-style caller of `thumbnail` see when it sent an event?',
      right('202 Accepted, at once, whatever happened later.', 'The caller never learns about the 3 failures; that is why destinations exist.'),
      wrong('The error of the first attempt.', 'Asynchronous callers get no result at all.'),
      wrong('200 after the last attempt.', 'The caller does not wait: the answer comes before any attempt runs.'),
    ),
  ],
  presenter: [],
}
