import markdown from '../../../scenarios/s3-move-and-delete.md?raw'
import { multiple, right, single, wrong } from './build.ts'
import type { Lesson } from './lesson.ts'

/** A quiz, no challenge: the scenario shows one working design, with nothing in it to tune. */
export const s3MoveAndDelete: Lesson = {
  markdown,
  challenges: [],
  quiz: [
    single('delete-record',
      'What does the record of `auditor`\'s event say about the deleted object?',
      right('Its bucket, its key and a `sequencer`, under `eventName` `ObjectRemoved:Delete`; no size and no ETag.',
        'The object is gone, so there is nothing to measure; the log shows `ObjectRemoved:Delete incoming/photo-1.jpg`.'),
      wrong('Its contents, so the auditor can keep a copy.', 'S3 events never carry object data: a function reads it with `GetObject`, and after a delete there is nothing left to read.'),
      wrong('The same as the upload\'s record, with `size` 0.', 'A delete has its own event type and fields: `ObjectRemoved:Delete`, with neither `size` nor `eTag`.'),
    ),
    single('no-loop',
      'Why does the copy `processor` writes under `processed/` not invoke `processor` again?',
      right('`process-uploads` matches only keys under `incoming/`: the copy is an object event that notifies nobody.',
        'The summary counts those 100 copies as `FilteredOut`, and `processor` ran exactly 100 times.'),
      wrong('Lambda\'s recursive loop detection stops it.', 'Detection stops a loop after about 16 invocations in a chain; here there is no loop to stop. Remove the prefix filter to see one.'),
      wrong('S3 does not notify for objects that Lambda writes.', 'It does: without the prefix filter every copy invokes `processor` again, about 1,600 invocations instead of 100.'),
    ),
    multiple('asynchronous',
      'S3 invokes `processor` asynchronously. Which follow from that? (Choose all that apply.)',
      right('The upload has succeeded before `processor` runs: S3 does not wait for it.', '`AsyncEventsReceived` equals `Invocations`, 100: every event was queued by Lambda first.'),
      right('If `processor` throws, Lambda retries the event, twice by default.', 'Asynchronous events get 2 retries, about 1 and 2 minutes apart; S3 is not involved again.'),
      wrong('If `processor` fails, S3 keeps the notification and sends it again.', 'S3\'s part ended when Lambda accepted the event; the retries are Lambda\'s.'),
      wrong('`DeleteObject` waits until `auditor` has run.', 'The delete answered 204 at once; `auditor` is invoked asynchronously, like `processor`.'),
    ),
  ],
  presenter: [],
}
