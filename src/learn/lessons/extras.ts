/** Lessons of the scenarios that go beyond the course's core topics: a quiz each, no challenge yet. */
import dynamodbMarkdown from '../../../scenarios/dynamodb-stream.md?raw'
import eventbridgeMarkdown from '../../../scenarios/eventbridge-schedule-and-pattern.md?raw'
import s3Markdown from '../../../scenarios/s3-thumbnails.md?raw'
import fifoMarkdown from '../../../scenarios/sqs-fifo-groups.md?raw'
import trafficMarkdown from '../../../scenarios/traffic-daily-cycle.md?raw'
import { right, single, wrong } from './build.ts'
import type { Lesson } from './lesson.ts'

export const sqsFifoGroups: Lesson = {
  markdown: fifoMarkdown,
  challenges: [],
  quiz: [
    single('fifo-concurrency',
      'The FIFO queue falls behind, yet `apply-payments` never runs more than 4 batches at once. Why?',
      right('SQS hands out one batch per message group at a time, and there are 4 groups.', '`MaximumConcurrentInvocations` of the queue stayed at 4 whatever its depth.'),
      wrong('FIFO event source mappings are capped at 4 concurrent invocations.', 'The cap is the number of active message groups (and `MaximumConcurrency`), not a fixed number.'),
      wrong('`BatchSize` 10 limits concurrency.', 'Batch size limits messages per batch, not batches at once.'),
    ),
    single('fifo-failure',
      'How should a FIFO handler report a failure in the middle of a batch?',
      right('Return the failed message and every later one in `batchItemFailures`, so the group keeps its order.', 'The log lines show each group\'s sequence numbers only growing, even after failures.'),
      wrong('Return only the failed message.', 'The later messages would be deleted and the failed one retried after them: out of order.'),
      wrong('Throw, so Lambda retries the message at once.', 'A throw returns the whole batch after the visibility timeout; there is no immediate retry.'),
    ),
  ],
  presenter: [],
}

export const dynamodbStream: Lesson = {
  markdown: dynamodbMarkdown,
  challenges: [],
  quiz: [
    single('filtered',
      'What happens to the stream records `notify-shipped`\'s filter does not match?',
      right('They are skipped: never sent to the function, counted as filtered out, and the iterator moves past them.', 'Its mapping\'s accounting shows them as `Dropped.FilteredOut`.'),
      wrong('They are retried until they match.', 'A record never changes; filtering is a one-time decision.'),
      wrong('They go to the mapping\'s on-failure destination.', 'Filtering is not a failure; nothing is sent anywhere.'),
    ),
    single('polling',
      'How often does Lambda poll a DynamoDB stream shard?',
      right('4 times a second (a Kinesis shard: once a second).', 'That is why `IteratorAge` stays low here.'),
      wrong('Once a minute.', 'Far slower than the documented rate: 4 times a second.'),
      wrong('Only when the table is written.', 'Lambda polls; DynamoDB does not push.'),
    ),
  ],
  presenter: [],
}

export const s3Thumbnails: Lesson = {
  markdown: s3Markdown,
  challenges: [],
  quiz: [
    single('s3-invoke',
      'How does S3 invoke `thumbnail`?',
      right('Asynchronously, one object event per invocation.', '`AsyncEventsReceived` equals `Invocations` in this run.'),
      wrong('Synchronously, waiting for the thumbnail before the upload completes.', 'The upload completes first; the notification follows.'),
      wrong('Through an event source mapping polling the bucket.', 'Buckets notify; nothing polls them.'),
    ),
    single('loop',
      'What would happen if `thumbnail` wrote its thumbnails under `uploads/`?',
      right('Each thumbnail would trigger the function again: a recursive loop, which Lambda stops after about 16 invocations in the chain.', 'S3 joined SQS and SNS among the detected services in October 2024.'),
      wrong('S3 never notifies for objects written by Lambda.', 'S3 notifies for every matching object, whoever writes it.'),
      wrong('The validator refuses it.', 'Only overlapping notification configurations are refused; the loop is a runtime problem.'),
    ),
  ],
  presenter: [],
}

export const eventbridgeScheduleAndPattern: Lesson = {
  markdown: eventbridgeMarkdown,
  challenges: [],
  quiz: [
    single('schedule-matched',
      'Why do the schedule rules show `MatchedEvents` 0 although they triggered?',
      right('A schedule is not an event on a bus, so nothing is matched: the rule simply fires on time.', '`sales-report` triggered 12 times in two hours with `MatchedEvents` 0.'),
      wrong('Schedules fail until their first match.', 'They fired on time from the first period.'),
      wrong('`MatchedEvents` counts only failed invocations.', 'It counts events a pattern matched; schedules have no pattern.'),
    ),
    single('numbers',
      'The pattern `{"detail": {"total": [900.0]}}` never matches an event with `"total": 900`. Why?',
      right('Event patterns compare exact values by their text; `numeric` compares numbers.', '`900.0` and `900` are different texts; `{"numeric": [">=", 900]}` matches.'),
      wrong('EventBridge rounds decimals down.', 'No rounding happens: the comparison is exact.'),
      wrong('Numbers can never be matched exactly.', 'They can, written exactly as in the event, or with `numeric`.'),
    ),
  ],
  presenter: [],
}

export const trafficDailyCycle: Lesson = {
  markdown: trafficMarkdown,
  challenges: [],
  quiz: [
    single('apigw-throttle',
      'During the flash sale `catalog` is throttled. What do the API\'s clients get?',
      right('500 from API Gateway: a Lambda throttle is not passed on as 429.', '`Apis.catalog.StatusCodes` counts as many 500s as `catalog` has throttles.'),
      wrong('429 Too Many Requests.', 'That is what a direct synchronous caller of Lambda gets.'),
      wrong('Their requests wait in a queue until concurrency frees up.', 'Synchronous requests are never queued by Lambda.'),
    ),
  ],
  presenter: [],
}
