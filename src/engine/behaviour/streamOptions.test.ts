/**
 * Stream mapping options and stream plumbing (lambda-facts §3.2, §3.4): StartingPosition, filter
 * criteria on Kinesis data, an S3 on-failure destination, several mappings on one stream, records
 * nobody reads, and PutRecord from handler code.
 */
import { describe, expect, test } from 'vitest'
import { KINESIS_RETENTION_DEFAULT_HOURS } from '../facts.ts'
import { CALLER, awsAccount, errorOf, outputOf } from '../testing/awsHarness.ts'
import { scenarioOf, simulate } from '../testing/harness.ts'
import { dataOf, kinesisScenario, recordingRuntime, replayOf } from '../testing/streamHarness.ts'

describe('StartingPosition [D-kin-params]', () => {
  test('AT_TIMESTAMP reads from StartingPositionTimestamp on; earlier records are never read', () => {
    const { runtime, calls } = recordingRuntime()
    const traffic = [replayOf('Stream:clicks', [[1, 'early'], [5, 'late']])]
    const { sim } = simulate(kinesisScenario({ mapping: { StartingPosition: 'AT_TIMESTAMP', StartingPositionTimestamp: 3 }, traffic }), { runtime })
    sim.runToEnd()
    expect(calls.flatMap((c) => c.event.Records.map(dataOf))).toEqual(['late'])
    expect(sim.eventAccounting()['Stream:clicks']).toEqual({ Received: 2, Processed: 1, DeadLettered: 0, Dropped: { BeforeStartingPosition: 1 }, Pending: 0 })
  })
})

describe('filter criteria [D-filter]', () => {
  test('Kinesis filters match the data when it is JSON; a record no filter matches is skipped, not sent', () => {
    const { runtime, calls } = recordingRuntime()
    const lines: [number, string][] = [[1, '{"order":{"type":"buy"}}'], [1, '{"order":{"type":"sell"}}'], [1, 'not json'], [1, '{"order":{"type":"buy","n":2}}']]
    const filter = { Filters: [{ Pattern: '{ "data": { "order": { "type": ["buy"] } } }' }] }
    const { sim } = simulate(kinesisScenario({ mapping: { FilterCriteria: filter }, traffic: [replayOf('Stream:clicks', lines)] }), { runtime })
    sim.runToEnd()
    expect(calls.flatMap((c) => c.event.Records.map(dataOf))).toEqual(['{"order":{"type":"buy"}}', '{"order":{"type":"buy","n":2}}'])
    expect(sim.eventAccounting()['Stream:clicks']).toMatchObject({ Processed: 2, Dropped: { FilteredOut: 2 } })
  })
})

describe('on-failure destinations [D-kin-fail]', () => {
  test('an S3 destination gets the record and the batch under aws/lambda/<UUID>/<shard>/YYYY/MM/DD/YYYY-MM-DDTHH.MM.SS-<UUID>', () => {
    const { runtime } = recordingRuntime(() => ({ throws: 'nope' }))
    const mapping = { MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: 'arn:aws:s3:::failed-batches' } } }
    // The bucket tells a queue about each object it stores, so the test can see the key.
    const bucket = { BucketName: 'failed-batches', NotificationConfiguration: { QueueConfigurations: [{ Events: ['s3:ObjectCreated:*'], QueueArn: 'created' }] } }
    const scenario = kinesisScenario({ mapping, traffic: [replayOf('Stream:clicks', [[1, 'hello']])], extra: { Buckets: [bucket], Queues: [{ QueueName: 'created' }] } })
    const { sim } = simulate(scenario, { runtime })
    sim.runToEnd()
    const uuid = Object.keys(sim.summary().Streams?.['Stream:clicks']?.EventSourceMappings ?? {})[0] as string
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const notice = JSON.stringify(sim.queueMessages('created')[0])
    const keyPattern = `aws/lambda/${uuid}/shardId-000000000000/2026/01/01/2026-01-01T00\\.00\\.02-[0-9a-f-]{36}`
    expect(notice).toMatch(new RegExp(keyPattern))
    expect(sim.eventAccounting()['Stream:clicks']).toMatchObject({ DeadLettered: 1, Pending: 0 })
  })
})

describe('readers of a stream', () => {
  test('every mapping reads every record: two functions each process all of them', () => {
    const scenario = scenarioOf({
      ...kinesisScenario({ traffic: [replayOf('Stream:clicks', [[1, 'a'], [2, 'b']])] }),
      Functions: [{ FunctionName: 'fn' }, { FunctionName: 'audit' }],
      EventSourceMappings: [
        { EventSourceArn: 'clicks', FunctionName: 'fn', StartingPosition: 'LATEST' },
        { EventSourceArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/clicks', FunctionName: 'audit', StartingPosition: 'LATEST' },
      ],
    })
    const { sim } = simulate(scenario)
    sim.runToEnd()
    expect([sim.summary().Functions.fn?.Invocations, sim.summary().Functions.audit?.Invocations]).toEqual([2, 2])
    // The stream's accounting adds up its readers: each record counts once per reader.
    expect(sim.eventAccounting()['Stream:clicks']).toMatchObject({ Received: 4, Processed: 4 })
  })

  test(`records nobody reads stay ${KINESIS_RETENTION_DEFAULT_HOURS} hours (the default retention), then expire`, () => {
    const scenario = scenarioOf({
      Functions: [{ FunctionName: 'fn' }],
      Streams: [{ StreamName: 'clicks' }],
      Traffic: [replayOf('Stream:clicks', [[1, 'a'], [2, 'b']])],
      DurationSeconds: 24 * 3600 + 1.5,
    })
    const { sim } = simulate(scenario)
    sim.runToEnd()
    expect(sim.eventAccounting()['Stream:clicks']).toEqual({ Received: 2, Processed: 0, DeadLettered: 0, Dropped: { RetentionExpired: 1 }, Pending: 1 })
  })
})

describe('PutRecord from handler code', () => {
  const account = () => awsAccount({ Streams: [{ StreamName: 'clicks', ShardCount: 2 }] })

  test('answers with the shard and the sequence number, and the record enters the stream', () => {
    const world = account()
    const output = outputOf(world.send('kinesis', 'PutRecord', { StreamName: 'clicks', PartitionKey: 'user-1', Data: 'hello' }, CALLER))
    expect(output).toMatchObject({ ShardId: expect.stringMatching(/^shardId-00000000000[01]$/), SequenceNumber: expect.stringMatching(/^49\d{54}$/), EncryptionType: 'NONE' })
    expect(world.world.streams?.kinesis.get('clicks')?.metrics.incomingRecords).toBe(1)
  })

  test('PutRecords writes every record, or none when one is invalid', () => {
    const world = account()
    expect(errorOf(world.send('kinesis', 'PutRecords', { StreamName: 'clicks', Records: [{ PartitionKey: 'a', Data: 'x' }, { PartitionKey: '', Data: 'y' }] }, CALLER)).name).toBe('ValidationException')
    expect(world.world.streams?.kinesis.get('clicks')?.metrics.incomingRecords).toBe(0)
    const output = outputOf(world.send('kinesis', 'PutRecords', { StreamName: 'clicks', Records: [{ PartitionKey: 'a', Data: 'x' }, { PartitionKey: 'b', Data: 'y' }] }, CALLER))
    expect(output.FailedRecordCount).toBe(0)
    expect(world.world.streams?.kinesis.get('clicks')?.metrics.incomingRecords).toBe(2)
  })

  test('a partition key is 1–256 characters and the data at most 1 MB, else ValidationException', () => {
    const world = account()
    const put = (PartitionKey: string, Data: string) => world.send('kinesis', 'PutRecord', { StreamName: 'clicks', PartitionKey, Data }, CALLER)
    expect(outputOf(put('k'.repeat(256), 'x'.repeat(1024 * 1024))).ShardId).toBeDefined()
    expect(errorOf(put('k'.repeat(257), 'x')).name).toBe('ValidationException')
    expect(errorOf(put('k', 'x'.repeat(1024 * 1024 + 1))).message).toContain("Value at 'data' failed to satisfy constraint")
  })

  test('an unknown stream is ResourceNotFoundException', () => {
    expect(errorOf(account().send('kinesis', 'PutRecord', { StreamName: 'nope', PartitionKey: 'a', Data: 'x' }, CALLER))).toEqual({
      name: 'ResourceNotFoundException', message: 'Stream nope under account 123456789012 not found.',
    })
  })
})
