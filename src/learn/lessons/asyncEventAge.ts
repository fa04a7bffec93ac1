import markdown from '../../../scenarios/async-event-age-and-dlq.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, inFunction, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('async-event-age-and-dlq')
/** 5 uploads a second for 300 s. */
const MIN_EVENTS = 1400

export const asyncEventAge: Lesson = {
  markdown,
  challenges: [
    {
      id: 'nothing-expires',
      title: 'No upload left behind',
      statement: 'Change **one setting** of `resize` so that **no event is discarded** and every upload is resized before the run ends.',
      hints: [
        '`resize` can run 2 events at a time, 1 s each: 2 a second, against 5 arriving.',
        'Letting events wait longer (`MaximumEventAgeInSeconds`) stops the discards, but the backlog is still there at the end.',
        'Give `resize` more concurrency: a reservation of 10, or no reservation at all.',
      ],
      check: ({ document, summary }) => {
        const fn = functionOf(summary, 'resize')
        return verdict([
          oneSettingChanged(ORIGINAL, document, inFunction('resize'), 'a setting of `resize`'),
          finding(fn.AsyncEventsReceived >= MIN_EVENTS, `resize received ${count(fn.AsyncEventsReceived)} events`),
          finding(fn.AsyncEventsDropped === 0, `${count(fn.AsyncEventsDropped)} were discarded`),
          finding(fn.AsyncEventsReceived > 0 && fn.Invocations - fn.Errors >= fn.AsyncEventsReceived,
            `${count(fn.Invocations - fn.Errors)} invocations succeeded`),
        ])
      },
    },
  ],
  quiz: [
    single('why-dropped',
      'Why were most of `resize`\'s events discarded without ever running?',
      right('They waited longer than `MaximumEventAgeInSeconds` (120 s) for free concurrency, and Lambda discards events that old.',
        'AsyncEventAge reached 120 s and stayed there; the records in `expired` show `approximateInvokeCount` 0 for those that never ran.'),
      wrong('They failed 3 times.', '`resize` never fails in this run: its Errors stay at 0.'),
      wrong('Throttled asynchronous events are dropped at once.', 'They go back to the queue and are retried with backoff, for as long as their age allows.'),
    ),
    multiple('dlq-vs-destination',
      'Compare `notify-dlq` (a dead-letter queue) with `expired` (an on-failure destination). Which are true? (Choose all that apply.)',
      right('The dead-letter queue receives the event itself, with `RequestID`, `ErrorCode` and `ErrorMessage` attributes.', 'The messages in `notify-dlq` are `notify`\'s events as sent.'),
      right('The destination receives an invocation record with the request, the response and the condition.', 'The messages in `expired` are records that say why the event failed.'),
      right('A destination can be Lambda, EventBridge or S3 as well as SQS or SNS.', 'Dead-letter queues are SQS or SNS only.'),
      wrong('Only destinations receive events that aged out.', 'Both mechanisms receive events that fail for good, aged out or retried out.'),
    ),
    single('rc-zero',
      'What happens to asynchronous events of a function whose reserved concurrency is 0?',
      right('They go to the dead-letter queue or on-failure destination at once, without retries.', 'Reserved concurrency 0 throttles everything, and Lambda does not wait out the event age for it.'),
      wrong('They wait in the queue until the reservation is raised, up to 6 hours.', 'Lambda sends them on at once rather than retrying.'),
      wrong('They are invoked anyway: reservations apply to synchronous calls only.', 'Reserved concurrency applies to every invocation type.'),
    ),
  ],
  presenter: [],
}
