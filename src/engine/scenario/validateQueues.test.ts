/** Queue attributes and SQS event source mappings: the ranges of CreateQueue and the rules of CreateEventSourceMapping [D-sqs-cfg] §3.3. */
import { describe, expect, test } from 'vitest'
import {
  BATCHING_WINDOW_MAX_SECONDS, ESM_FILTERS_MAX, SQS_BATCH_SIZE_MAX, SQS_DELAY_MAX_SECONDS, SQS_MAX_RECEIVE_COUNT_MAX,
  SQS_MAXIMUM_CONCURRENCY_MAX, SQS_MAXIMUM_CONCURRENCY_MIN, SQS_MAXIMUM_POLLERS_MAX, SQS_MAXIMUM_POLLERS_MIN, SQS_MINIMUM_POLLERS_MAX,
  SQS_MINIMUM_POLLERS_MIN, SQS_RETENTION_MAX_SECONDS, SQS_RETENTION_MIN_SECONDS,
  SQS_VISIBILITY_TIMEOUT_MAX_SECONDS,
} from '../facts.ts'
import { onlyMessage, problems, scenario, type Doc } from './scenarioFixtures.ts'

const withQueue = (fields: Doc, more: Doc[] = []) => scenario({ Queues: [{ QueueName: 'orders', ...fields }, ...more] })
const withMapping = (fields: Doc, queue: Doc = { QueueName: 'orders' }, fn: Doc = { FunctionName: 'api' }) => scenario({
  Functions: [fn],
  Queues: [queue],
  EventSourceMappings: [{ EventSourceArn: queue.QueueName, FunctionName: 'api', ...fields }],
})
const FIFO = { QueueName: 'orders.fifo', FifoQueue: true }

describe('queue attributes (CreateQueue)', () => {
  test.each([
    ['VisibilityTimeout', 0, SQS_VISIBILITY_TIMEOUT_MAX_SECONDS],
    ['MessageRetentionPeriod', SQS_RETENTION_MIN_SECONDS, SQS_RETENTION_MAX_SECONDS],
    ['DelaySeconds', 0, SQS_DELAY_MAX_SECONDS],
  ])('range: %s from %d to %d seconds', (name, min, max) => {
    expect(problems(withQueue({ [name]: min }))).toEqual([])
    expect(problems(withQueue({ [name]: max }))).toEqual([])
    expect(problems(withQueue({ [name]: min - 1 }))).toEqual([`Queues[0].${name} range`])
    expect(problems(withQueue({ [name]: max + 1 }))).toEqual([`Queues[0].${name} range`])
    expect(problems(withQueue({ [name]: 1.5 }))).toEqual([`Queues[0].${name} integer`])
  })

  test('fifo-only: ContentBasedDeduplication on a standard queue', () => {
    expect(problems(scenario({ Queues: [{ ...FIFO, ContentBasedDeduplication: true }] }))).toEqual([])
    expect(problems(withQueue({ ContentBasedDeduplication: true }))).toEqual(['Queues[0].ContentBasedDeduplication fifo-only'])
  })

  test(`RedrivePolicy: maxReceiveCount 1 to ${SQS_MAX_RECEIVE_COUNT_MAX}, both fields required`, () => {
    const dlq = [{ QueueName: 'dlq' }]
    expect(problems(withQueue({ RedrivePolicy: { deadLetterTargetArn: 'dlq', maxReceiveCount: 1 } }, dlq))).toEqual([])
    expect(problems(withQueue({ RedrivePolicy: { deadLetterTargetArn: 'dlq', maxReceiveCount: 0 } }, dlq))).toEqual(['Queues[0].RedrivePolicy.maxReceiveCount range'])
    expect(problems(withQueue({ RedrivePolicy: { deadLetterTargetArn: 'dlq', maxReceiveCount: 1001 } }, dlq))).toEqual(['Queues[0].RedrivePolicy.maxReceiveCount range'])
    expect(problems(withQueue({ RedrivePolicy: { deadLetterTargetArn: 'dlq' } }, dlq))).toEqual(['Queues[0].RedrivePolicy.maxReceiveCount required'])
  })

  test('reference: the dead-letter queue exists, by name or ARN in this account and Region', () => {
    expect(problems(withQueue({ RedrivePolicy: { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:dlq', maxReceiveCount: 5 } }, [{ QueueName: 'dlq' }]))).toEqual([])
    expect(problems(withQueue({ RedrivePolicy: { deadLetterTargetArn: 'nope', maxReceiveCount: 5 } }))).toEqual(['Queues[0].RedrivePolicy.deadLetterTargetArn reference'])
    expect(problems(withQueue({ RedrivePolicy: { deadLetterTargetArn: 'arn:aws:sqs:eu-west-1:123456789012:dlq', maxReceiveCount: 5 } }, [{ QueueName: 'dlq' }])))
      .toEqual(['Queues[0].RedrivePolicy.deadLetterTargetArn reference'])
  })

  test("redrive-type: a FIFO queue's dead-letter queue is FIFO, a standard queue's standard", () => {
    const fifoSource = scenario({ Queues: [{ ...FIFO, RedrivePolicy: { deadLetterTargetArn: 'dlq', maxReceiveCount: 5 } }, { QueueName: 'dlq' }] })
    expect(onlyMessage(fifoSource)).toBe('dlq is a standard queue; the dead-letter queue of a FIFO queue must be a FIFO queue')
    const standardSource = withQueue({ RedrivePolicy: { deadLetterTargetArn: 'dlq.fifo', maxReceiveCount: 5 } }, [{ QueueName: 'dlq.fifo', FifoQueue: true }])
    expect(problems(standardSource)).toEqual(['Queues[0].RedrivePolicy.deadLetterTargetArn redrive-type'])
  })
})

describe('SQS event source mappings (CreateEventSourceMapping)', () => {
  test('a minimal mapping by queue name, ARN or URL is accepted', () => {
    expect(problems(withMapping({}))).toEqual([])
    expect(problems(withMapping({ EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:orders' }))).toEqual([])
    expect(problems(withMapping({ EventSourceArn: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders' }))).toEqual([])
    expect(problems(withMapping({ EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:other' }))).toEqual(['EventSourceMappings[0].EventSourceArn reference'])
  })

  test('reference: the function exists', () => {
    expect(problems(withMapping({ FunctionName: 'nope' }))).toEqual(['EventSourceMappings[0].FunctionName reference'])
  })

  test(`range: BatchSize 1 to ${SQS_BATCH_SIZE_MAX} (standard), 1 to 10 (FIFO)`, () => {
    expect(problems(withMapping({ BatchSize: SQS_BATCH_SIZE_MAX, MaximumBatchingWindowInSeconds: 1 }))).toEqual([])
    expect(problems(withMapping({ BatchSize: SQS_BATCH_SIZE_MAX + 1, MaximumBatchingWindowInSeconds: 1 }))).toEqual(['EventSourceMappings[0].BatchSize range'])
    expect(problems(withMapping({ BatchSize: 0 }))).toEqual(['EventSourceMappings[0].BatchSize range'])
    expect(problems(withMapping({ BatchSize: 10 }, FIFO))).toEqual([])
    expect(problems(withMapping({ BatchSize: 11 }, FIFO))).toEqual(['EventSourceMappings[0].BatchSize range'])
  })

  test('batching-window: BatchSize above 10 needs a window of at least 1 s [API] [D-sqs-cfg]', () => {
    expect(problems(withMapping({ BatchSize: 11 }))).toEqual(['EventSourceMappings[0].BatchSize batching-window'])
    expect(problems(withMapping({ BatchSize: 11, MaximumBatchingWindowInSeconds: 0 }))).toEqual(['EventSourceMappings[0].BatchSize batching-window'])
    expect(problems(withMapping({ BatchSize: 11, MaximumBatchingWindowInSeconds: 1 }))).toEqual([])
  })

  test(`range: MaximumBatchingWindowInSeconds 0 to ${BATCHING_WINDOW_MAX_SECONDS}; batching-window: none on FIFO queues`, () => {
    expect(problems(withMapping({ MaximumBatchingWindowInSeconds: BATCHING_WINDOW_MAX_SECONDS }))).toEqual([])
    expect(problems(withMapping({ MaximumBatchingWindowInSeconds: BATCHING_WINDOW_MAX_SECONDS + 1 }))).toEqual(['EventSourceMappings[0].MaximumBatchingWindowInSeconds range'])
    expect(problems(withMapping({ MaximumBatchingWindowInSeconds: 5 }, FIFO))).toEqual(['EventSourceMappings[0].MaximumBatchingWindowInSeconds batching-window'])
  })

  test(`range: ScalingConfig.MaximumConcurrency ${SQS_MAXIMUM_CONCURRENCY_MIN} to ${SQS_MAXIMUM_CONCURRENCY_MAX}`, () => {
    const at = 'EventSourceMappings[0].ScalingConfig.MaximumConcurrency range'
    expect(problems(withMapping({ ScalingConfig: { MaximumConcurrency: SQS_MAXIMUM_CONCURRENCY_MIN } }))).toEqual([])
    expect(problems(withMapping({ ScalingConfig: { MaximumConcurrency: SQS_MAXIMUM_CONCURRENCY_MAX } }))).toEqual([])
    expect(problems(withMapping({ ScalingConfig: { MaximumConcurrency: 1 } }))).toEqual([at])
    expect(problems(withMapping({ ScalingConfig: { MaximumConcurrency: 1001 } }))).toEqual([at])
  })

  test(`range: ProvisionedPollerConfig MinimumPollers ${SQS_MINIMUM_POLLERS_MIN}–${SQS_MINIMUM_POLLERS_MAX}, MaximumPollers ${SQS_MAXIMUM_POLLERS_MIN}–${SQS_MAXIMUM_POLLERS_MAX} [D-api-poller]`, () => {
    const pollers = (config: Doc) => problems(withMapping({ ProvisionedPollerConfig: config }))
    const at = 'EventSourceMappings[0].ProvisionedPollerConfig'
    expect(pollers({})).toEqual([])
    expect(pollers({ MinimumPollers: SQS_MINIMUM_POLLERS_MIN, MaximumPollers: SQS_MAXIMUM_POLLERS_MAX })).toEqual([])
    expect(pollers({ MinimumPollers: SQS_MINIMUM_POLLERS_MAX, MaximumPollers: SQS_MINIMUM_POLLERS_MAX })).toEqual([])
    expect(pollers({ MinimumPollers: SQS_MINIMUM_POLLERS_MIN - 1 })).toEqual([`${at}.MinimumPollers range`])
    expect(pollers({ MinimumPollers: SQS_MINIMUM_POLLERS_MAX + 1, MaximumPollers: 1000 })).toEqual([`${at}.MinimumPollers range`])
    expect(pollers({ MaximumPollers: SQS_MAXIMUM_POLLERS_MAX + 1 })).toEqual([`${at}.MaximumPollers range`])
    expect(pollers({ MaximumPollers: SQS_MAXIMUM_POLLERS_MIN - 1 })).toEqual([`${at}.MaximumPollers range`])
    // The defaults are 2 and 200: a minimum of 201 with no maximum passes the default maximum.
    expect(pollers({ MinimumPollers: 10, MaximumPollers: 5 })).toEqual([`${at}.MinimumPollers min-max`])
    expect(pollers({ Minimum: 2 })).toEqual([`${at}.Minimum unknown-field`])
  })

  test('scaling-mode: provisioned mode and MaximumConcurrency are mutually exclusive; stream mappings take neither [D-sqs-cfg]', () => {
    expect(problems(withMapping({ ProvisionedPollerConfig: {}, ScalingConfig: { MaximumConcurrency: 10 } })))
      .toEqual(['EventSourceMappings[0].ProvisionedPollerConfig scaling-mode'])
    expect(problems(withMapping({ ProvisionedPollerConfig: { MinimumPollers: 2 } }, FIFO))).toEqual([])
  })

  test("visibility-timeout: the function's Timeout must not exceed the queue's VisibilityTimeout [D-sqs-cfg]", () => {
    expect(problems(withMapping({}, { QueueName: 'orders', VisibilityTimeout: 30 }, { FunctionName: 'api', Timeout: 30 }))).toEqual([])
    expect(onlyMessage(withMapping({}, { QueueName: 'orders', VisibilityTimeout: 30 }, { FunctionName: 'api', Timeout: 31 })))
      .toBe("The function's Timeout (31 s) is longer than the queue's VisibilityTimeout (30 s); Lambda refuses the mapping, as a message would come back while its batch still runs")
    // The default visibility timeout is 30 s.
    expect(problems(withMapping({}, { QueueName: 'orders' }, { FunctionName: 'api', Timeout: 60 }))).toEqual(['EventSourceMappings[0].FunctionName visibility-timeout'])
    const published = { FunctionName: 'api', Timeout: 10, Versions: [{ Version: '1', Timeout: 60 }] }
    expect(problems(withMapping({ FunctionName: 'api:1' }, { QueueName: 'orders' }, published))).toEqual(['EventSourceMappings[0].FunctionName visibility-timeout'])
  })

  test(`event-pattern and length: up to ${ESM_FILTERS_MAX} filters, each a valid pattern [D-filter]`, () => {
    const filters = (n: number, pattern = '{"body":{"n":[1]}}') => ({ FilterCriteria: { Filters: Array.from({ length: n }, () => ({ Pattern: pattern })) } })
    expect(problems(withMapping(filters(ESM_FILTERS_MAX)))).toEqual([])
    expect(problems(withMapping(filters(ESM_FILTERS_MAX + 1)))).toEqual(['EventSourceMappings[0].FilterCriteria.Filters length'])
    expect(problems(withMapping(filters(1, '{"body":{"n":1}}')))).toEqual(['EventSourceMappings[0].FilterCriteria.Filters[0].Pattern.body.n event-pattern'])
    expect(problems(withMapping(filters(1, 'not json')))).toEqual(['EventSourceMappings[0].FilterCriteria.Filters[0].Pattern event-pattern'])
  })

  test('mapping-field: stream settings on an SQS mapping; enum: FunctionResponseTypes', () => {
    expect(problems(withMapping({ StartingPosition: 'LATEST', ParallelizationFactor: 2 }))).toEqual([
      'EventSourceMappings[0].StartingPosition mapping-field', 'EventSourceMappings[0].ParallelizationFactor mapping-field',
    ])
    expect(problems(withMapping({ FunctionResponseTypes: ['ReportBatchItemFailures'] }))).toEqual([])
    expect(problems(withMapping({ FunctionResponseTypes: ['Partial'] }))).toEqual(['EventSourceMappings[0].FunctionResponseTypes[0] enum'])
  })
})
