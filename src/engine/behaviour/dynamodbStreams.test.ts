/**
 * DynamoDB Streams and their event source mapping (lambda-facts §3.5, §11): writes become INSERT,
 * MODIFY and REMOVE records with the images the StreamViewType keeps; shards are polled 4 times per
 * second; records expire after 24 hours, which is how long a bad record can block its shard.
 */
import { describe, expect, test } from 'vitest'
import { DYNAMODB_STREAMS_POLL_INTERVAL_MS, DYNAMODB_STREAMS_RETENTION_HOURS } from '../facts.ts'
import type { Scenario, StreamViewType, TrafficConfig } from '../scenario/types.ts'
import { CALLER, awsAccount, outputOf } from '../testing/awsHarness.ts'
import { scenarioOf, simulate } from '../testing/harness.ts'
import { recordingRuntime, type StreamEvent } from '../testing/streamHarness.ts'

const TABLE = 'orders'
const write = (atSecond: number, eventName: 'INSERT' | 'MODIFY' | 'REMOVE', payload: unknown, keyCount = 1): TrafficConfig => ({
  Target: `Table:${TABLE}`, Arrivals: { Process: 'burst', Count: 1, AtSecond: atSecond }, Request: { EventName: eventName, KeyCount: keyCount }, Payload: payload,
})

function tableScenario(viewType: StreamViewType, traffic: TrafficConfig[], mapping: Partial<NonNullable<Scenario['EventSourceMappings']>[number]> = {}, extra: Partial<Scenario> = {}): Scenario {
  return scenarioOf({
    Functions: [{ FunctionName: 'fn', Code: { 'index.mjs': 'export const handler = async () => null' } }],
    Tables: [{ TableName: TABLE, KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], StreamSpecification: { StreamEnabled: true, StreamViewType: viewType } }],
    EventSourceMappings: [{ EventSourceArn: TABLE, FunctionName: 'fn', StartingPosition: 'LATEST', ...mapping }],
    Traffic: traffic,
    DurationSeconds: 20,
    ...extra,
  })
}

const dynamodbOf = (event: StreamEvent | undefined, i = 0) => event?.Records[i]?.dynamodb as Record<string, unknown>

describe('stream records of table writes [G-ddb] §11', () => {
  test('a new item is an INSERT, a changed one a MODIFY with both images, a deleted one a REMOVE', () => {
    const { runtime, calls } = recordingRuntime()
    const traffic = [write(0, 'INSERT', { Message: 'New item!' }), write(2, 'MODIFY', { Message: 'This item has changed' }), write(4, 'REMOVE', null)]
    const { sim } = simulate(tableScenario('NEW_AND_OLD_IMAGES', traffic), { runtime })
    sim.runToEnd()
    const records = calls.flatMap((c) => c.event.Records)
    expect(records.map((r) => r.eventName)).toEqual(['INSERT', 'MODIFY', 'REMOVE'])
    expect(Object.keys(records[0] ?? {})).toEqual(['eventID', 'eventVersion', 'dynamodb', 'awsRegion', 'eventName', 'eventSourceARN', 'eventSource'])
    expect(records[0]).toMatchObject({
      eventSource: 'aws:dynamodb', eventVersion: '1.0', awsRegion: 'us-east-1', eventID: expect.stringMatching(/^[0-9a-f]{32}$/),
      eventSourceARN: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000',
    })
    expect(records[1]?.dynamodb).toMatchObject({
      Keys: { id: { S: 'key-1' } },
      NewImage: { Message: { S: 'This item has changed' }, id: { S: 'key-1' } },
      OldImage: { Message: { S: 'New item!' }, id: { S: 'key-1' } },
      StreamViewType: 'NEW_AND_OLD_IMAGES',
      SequenceNumber: expect.stringMatching(/^\d{21}$/),
    })
    expect(records[2]?.dynamodb).not.toHaveProperty('NewImage')
  })

  test.each([
    ['KEYS_ONLY', []],
    ['NEW_IMAGE', ['NewImage']],
    ['OLD_IMAGE', ['OldImage']],
    ['NEW_AND_OLD_IMAGES', ['NewImage', 'OldImage']],
  ] as const)('StreamViewType %s keeps the keys and %j', (viewType, images) => {
    const { runtime, calls } = recordingRuntime()
    const { sim } = simulate(tableScenario(viewType, [write(0, 'INSERT', { a: 1 }), write(2, 'MODIFY', { a: 2 })]), { runtime })
    sim.runToEnd()
    const modify = dynamodbOf(calls[1]?.event)
    expect(Object.keys(modify).filter((k) => k.endsWith('Image'))).toEqual(images)
    expect(modify.Keys).toEqual({ id: { S: 'key-1' } })
  })

  test('a write that changes nothing adds no record, and neither does removing a missing item', () => {
    const { runtime, calls } = recordingRuntime()
    const traffic = [write(0, 'INSERT', { a: 1 }), write(2, 'MODIFY', { a: 1 }), write(4, 'REMOVE', null), write(6, 'REMOVE', null)]
    const { sim } = simulate(tableScenario('KEYS_ONLY', traffic), { runtime })
    sim.runToEnd()
    expect(calls.flatMap((c) => c.event.Records.map((r) => r.eventName))).toEqual(['INSERT', 'REMOVE'])
  })

  test('PutItem and DeleteItem from handler code write records too', () => {
    const account = awsAccount({
      Tables: [{ TableName: TABLE, KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }],
    })
    outputOf(account.send('dynamodb', 'PutItem', { TableName: TABLE, Item: { id: { S: 'a' }, n: { N: '1' } } }, CALLER))
    expect(outputOf(account.send('dynamodb', 'DeleteItem', { TableName: TABLE, Key: { id: { S: 'a' } }, ReturnValues: 'ALL_OLD' }, CALLER))).toEqual({
      Attributes: { id: { S: 'a' }, n: { N: '1' } },
    })
    const stream = account.world.streams?.tables.get(TABLE)
    expect(stream?.metrics.incomingRecords).toBe(2)
    expect(account.world.aws.tables.get(TABLE)?.items.size).toBe(0)
  })
})

describe('polling and retention [G-ddb], [D-ddb-params] §3.5', () => {
  test(`shards are polled 4 times per second: a write at 0.1 s is read at ${DYNAMODB_STREAMS_POLL_INTERVAL_MS} ms`, () => {
    const { runtime, calls } = recordingRuntime()
    const { sim } = simulate(tableScenario('KEYS_ONLY', [write(0.1, 'INSERT', {})]), { runtime })
    sim.runToEnd()
    expect(calls.map((c) => c.atMs)).toEqual([250])
  })

  test(`a failing record blocks its shard for up to ${DYNAMODB_STREAMS_RETENTION_HOURS} hours, until it expires`, () => {
    const hour = 3600
    const traffic = [write(0, 'INSERT', {}), write(10 * hour, 'INSERT', { b: 1 })]
    // A slow failing function keeps the run short: one attempt every 10 s or so.
    const scenario = scenarioOf({
      ...tableScenario('KEYS_ONLY', traffic),
      Functions: [{ FunctionName: 'fn', Timeout: 30, Simulation: { ErrorRate: 1, DurationMs: { Distribution: 'constant', Value: 10_000 } } }],
      DurationSeconds: 25 * hour,
    })
    const { sim } = simulate(scenario)
    sim.runUntil(24 * hour * 1000 - 1)
    expect(sim.eventAccounting()[`Table:${TABLE}`]).toMatchObject({ Received: 2, Pending: 2 })
    sim.runToEnd()
    // The first expires at 24 h; the second, 10 hours later, had not yet when the run ends.
    expect(sim.eventAccounting()[`Table:${TABLE}`]).toEqual({ Received: 2, Processed: 0, DeadLettered: 0, Dropped: { RetentionExpired: 1 }, Pending: 1 })
  })

  test('AT_TIMESTAMP is for Kinesis only: a table mapping starting there is refused', () => {
    const checked = () => simulate(tableScenario('KEYS_ONLY', [], { StartingPosition: 'AT_TIMESTAMP', StartingPositionTimestamp: 5 }))
    expect(checked).toThrow(/StartingPosition: AT_TIMESTAMP is for Kinesis streams/)
  })
})

describe('filters [D-filter] §3.2', () => {
  test('a DynamoDB filter matches the record, its data key dynamodb; records it does not match are skipped', () => {
    const { runtime, calls } = recordingRuntime()
    const traffic = [write(0, 'INSERT', { a: 1 }), write(2, 'MODIFY', { a: 2 }), write(4, 'REMOVE', null)]
    const filter = { Filters: [{ Pattern: JSON.stringify({ eventName: ['MODIFY'], dynamodb: { NewImage: { a: { N: ['2'] } } } }) }] }
    const { sim } = simulate(tableScenario('NEW_IMAGE', traffic, { FilterCriteria: filter }), { runtime })
    sim.runToEnd()
    expect(calls.flatMap((c) => c.event.Records.map((r) => r.eventName))).toEqual(['MODIFY'])
    expect(sim.eventAccounting()[`Table:${TABLE}`]).toEqual({ Received: 3, Processed: 1, DeadLettered: 0, Dropped: { FilteredOut: 2 }, Pending: 0 })
  })
})
