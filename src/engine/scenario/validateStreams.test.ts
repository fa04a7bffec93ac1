/**
 * Streams, tables' StreamSpecification and the event source mappings that read them (lambda-facts
 * §3.1, §3.4, §3.5, §12 points 6 and 10): every documented range, required field and cross-reference.
 */
import { describe, expect, test } from 'vitest'
import { onlyMessage, problems, scenario, type Doc } from './scenarioFixtures.ts'

const hash = [{ AttributeName: 'id', KeyType: 'HASH' }]
const streamTable = { TableName: 'orders', KeySchema: hash, StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }

/** Stream `clicks`, table `orders` with its stream, queue `failed`, and one mapping with these fields. */
function mapping(fields: Doc, extra: Doc = {}): Doc {
  return scenario({
    Streams: [{ StreamName: 'clicks', ShardCount: 2 }],
    Tables: [streamTable],
    Queues: [{ QueueName: 'failed' }],
    EventSourceMappings: [{ EventSourceArn: 'clicks', FunctionName: 'api', StartingPosition: 'LATEST', ...fields }],
    ...extra,
  })
}

describe('Streams', () => {
  test('accepts a stream with its shards and retention', () => {
    expect(problems(scenario({ Streams: [{ StreamName: 'clicks', ShardCount: 8, RetentionPeriodHours: 168 }] }))).toEqual([])
  })

  test('ShardCount 1–500 (the simulator\'s bound), RetentionPeriodHours 24–8,760, unique names', () => {
    expect(problems(scenario({ Streams: [{ StreamName: 'a', ShardCount: 500, RetentionPeriodHours: 24 }, { StreamName: 'b', RetentionPeriodHours: 8760 }] }))).toEqual([])
    expect(problems(scenario({ Streams: [{ StreamName: 'a', ShardCount: 0 }, { StreamName: 'b', ShardCount: 501 }] })))
      .toEqual(['Streams[0].ShardCount range', 'Streams[1].ShardCount range'])
    expect(problems(scenario({ Streams: [{ StreamName: 'a', RetentionPeriodHours: 23 }, { StreamName: 'b', RetentionPeriodHours: 8761 }] })))
      .toEqual(['Streams[0].RetentionPeriodHours range', 'Streams[1].RetentionPeriodHours range'])
    expect(problems(scenario({ Streams: [{ StreamName: 'a' }, { StreamName: 'a' }] }))).toEqual(['Streams[1].StreamName duplicate'])
    expect(problems(scenario({ Streams: [{ StreamName: 'no spaces' }] }))).toEqual(['Streams[0].StreamName pattern'])
  })
})

describe('Tables[].StreamSpecification', () => {
  test('an enabled stream needs its StreamViewType, one of the four', () => {
    expect(problems(scenario({ Tables: [{ ...streamTable, StreamSpecification: { StreamEnabled: true } }] })))
      .toEqual(['Tables[0].StreamSpecification.StreamViewType required'])
    expect(problems(scenario({ Tables: [{ ...streamTable, StreamSpecification: { StreamEnabled: true, StreamViewType: 'ALL' } }] })))
      .toEqual(['Tables[0].StreamSpecification.StreamViewType enum'])
  })
})

describe('event source mappings of streams', () => {
  test('accepts a Kinesis mapping with every stream setting, and a table mapping by name or stream ARN', () => {
    expect(problems(mapping({
      BatchSize: 500, MaximumBatchingWindowInSeconds: 5, ParallelizationFactor: 10, BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 3, MaximumRecordAgeInSeconds: 3600, TumblingWindowInSeconds: 60, FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: { Filters: [{ Pattern: '{"data":{"kind":["buy"]}}' }] }, DestinationConfig: { OnFailure: { Destination: 'failed' } },
    }))).toEqual([])
    expect(problems(mapping({ EventSourceArn: 'orders' }))).toEqual([])
    expect(problems(mapping({ EventSourceArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000' }))).toEqual([])
  })

  test('StartingPosition is required; AT_TIMESTAMP is Kinesis only and needs its timestamp', () => {
    expect(problems(mapping({ StartingPosition: undefined }))).toEqual(['EventSourceMappings[0].StartingPosition required'])
    expect(problems(mapping({ EventSourceArn: 'orders', StartingPosition: 'AT_TIMESTAMP', StartingPositionTimestamp: 5 })))
      .toEqual(['EventSourceMappings[0].StartingPosition starting-position'])
    expect(problems(mapping({ StartingPosition: 'AT_TIMESTAMP' }))).toEqual(['EventSourceMappings[0].StartingPositionTimestamp required'])
    expect(problems(mapping({ StartingPositionTimestamp: 5 }))).toEqual(['EventSourceMappings[0].StartingPositionTimestamp starting-position'])
  })

  test('ranges of §3.4: BatchSize 1–10,000, ParallelizationFactor 1–10, MaximumRetryAttempts −1–10,000, MaximumRecordAgeInSeconds −1 or 60–604,800, TumblingWindowInSeconds 0–900', () => {
    expect(problems(mapping({
      BatchSize: 10_000, MaximumBatchingWindowInSeconds: 1, ParallelizationFactor: 10, MaximumRetryAttempts: 10_000, MaximumRecordAgeInSeconds: 604_800, TumblingWindowInSeconds: 900,
    }))).toEqual([])
    expect(problems(mapping({ BatchSize: 1, ParallelizationFactor: 1, MaximumRetryAttempts: -1, MaximumRecordAgeInSeconds: 60, TumblingWindowInSeconds: 0 }))).toEqual([])
    const at = (name: string) => `EventSourceMappings[0].${name} range`
    expect(problems(mapping({ BatchSize: 10_001, MaximumBatchingWindowInSeconds: 1 }))).toEqual([at('BatchSize')])
    expect(problems(mapping({ BatchSize: 0 }))).toEqual([at('BatchSize')])
    expect(problems(mapping({ ParallelizationFactor: 11 }))).toEqual([at('ParallelizationFactor')])
    expect(problems(mapping({ MaximumRetryAttempts: 10_001 }))).toEqual([at('MaximumRetryAttempts')])
    expect(problems(mapping({ MaximumRetryAttempts: -2 }))).toEqual([at('MaximumRetryAttempts')])
    expect(problems(mapping({ MaximumRecordAgeInSeconds: 604_801 }))).toEqual([at('MaximumRecordAgeInSeconds')])
    expect(problems(mapping({ MaximumRecordAgeInSeconds: 59 }))).toEqual([at('MaximumRecordAgeInSeconds')])
    expect(problems(mapping({ TumblingWindowInSeconds: 901 }))).toEqual([at('TumblingWindowInSeconds')])
  })

  test('§12 point 6: a DynamoDB mapping takes MaximumRetryAttempts −1, as the API does (its parameter table says 0)', () => {
    expect(problems(mapping({ EventSourceArn: 'orders', MaximumRetryAttempts: -1, MaximumRecordAgeInSeconds: -1 }))).toEqual([])
  })

  test('a BatchSize set above 10 needs a batching window of at least 1 s; the default 100 does not', () => {
    expect(problems(mapping({ BatchSize: 11 }))).toEqual(['EventSourceMappings[0].BatchSize batching-window'])
    expect(problems(mapping({ BatchSize: 11, MaximumBatchingWindowInSeconds: 0 }))).toEqual(['EventSourceMappings[0].BatchSize batching-window'])
    expect(problems(mapping({ BatchSize: 10 }))).toEqual([])
  })

  test('the source: a stream or a table of the scenario, and the table\'s stream must be enabled', () => {
    expect(problems(mapping({ EventSourceArn: 'nope' }))).toEqual(['EventSourceMappings[0].EventSourceArn reference'])
    expect(problems(mapping({ EventSourceArn: 'orders' }, { Tables: [{ TableName: 'orders', KeySchema: hash }] })))
      .toEqual(['EventSourceMappings[0].EventSourceArn table-stream'])
    expect(onlyMessage(mapping({ EventSourceArn: 'orders' }, { Tables: [{ TableName: 'orders', KeySchema: hash }] }))).toContain('Table orders has no enabled stream')
    expect(problems(mapping({ EventSourceArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }))).toEqual(['EventSourceMappings[0].EventSourceArn arn'])
    expect(problems(mapping({ EventSourceArn: 'arn:aws:kinesis:eu-west-1:123456789012:stream/clicks' }))).toEqual(['EventSourceMappings[0].EventSourceArn reference'])
  })

  test('an SQS setting on a stream mapping is refused', () => {
    expect(problems(mapping({ ScalingConfig: { MaximumConcurrency: 5 } }))).toEqual(['EventSourceMappings[0].ScalingConfig mapping-field'])
    expect(problems(mapping({ ProvisionedPollerConfig: { MinimumPollers: 2 } }))).toEqual(['EventSourceMappings[0].ProvisionedPollerConfig mapping-field'])
  })

  test('the on-failure destination is a standard queue, a standard topic or a bucket', () => {
    const fifo = { Queues: [{ QueueName: 'failed' }, { QueueName: 'late.fifo', FifoQueue: true }] }
    expect(problems(mapping({ DestinationConfig: { OnFailure: { Destination: 'late.fifo' } } }, fifo))).toEqual(['EventSourceMappings[0].DestinationConfig.OnFailure.Destination fifo'])
    expect(problems(mapping({ DestinationConfig: { OnFailure: { Destination: 'arn:aws:lambda:us-east-1:123456789012:function:api' } } })))
      .toEqual(['EventSourceMappings[0].DestinationConfig.OnFailure.Destination destination-type'])
    expect(problems(mapping({ DestinationConfig: { OnFailure: { Destination: 'arn:aws:s3:::dead-batches' } } }, { Buckets: [{ BucketName: 'dead-batches' }] }))).toEqual([])
    expect(problems(mapping({ DestinationConfig: { OnSuccess: { Destination: 'failed' } } }))).toEqual(['EventSourceMappings[0].DestinationConfig.OnSuccess unknown-field'])
  })
})
