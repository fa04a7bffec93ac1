/**
 * Kinesis data streams and their event source mapping (lambda-facts §3.4, §11): shards by the MD5
 * of the partition key, the record event, polling once per second, batches, batching windows,
 * ParallelizationFactor and the order it keeps, IteratorAge.
 */
import { describe, expect, test } from 'vitest'
import { md5Hex } from '../aws/md5.ts'
import { KINESIS_POLL_INTERVAL_MS, PARALLELIZATION_FACTOR_MAX, STREAM_BATCH_SIZE_DEFAULT } from '../facts.ts'
import { hashKeyRanges } from '../sources/streams/hashKeys.ts'
import { simulate } from '../testing/harness.ts'
import { kinesisScenario, partitionKeyOf, recordingRuntime, replayOf, sequenceNumberOfRecord } from '../testing/streamHarness.ts'

const burst = (count: number, atSecond = 0, keyCount = 1) => ({
  Target: 'Stream:clicks', Arrivals: { Process: 'burst' as const, Count: count, AtSecond: atSecond }, Request: { KeyCount: keyCount }, Payload: { n: 1 },
})

describe('shards and hash key ranges', () => {
  test('a stream of N shards splits the 128-bit hash key space evenly, as CreateStream does', () => {
    expect(hashKeyRanges(2)).toEqual([
      { startingHashKey: '0', endingHashKey: '170141183460469231731687303715884105727' },
      { startingHashKey: '170141183460469231731687303715884105728', endingHashKey: '340282366920938463463374607431768211455' },
    ])
    expect(hashKeyRanges(3).map((r) => r.startingHashKey)).toEqual(['0', '113427455640312821154458202477256070485', '226854911280625642308916404954512140970'])
  })

  test('each record goes to the shard whose range holds the MD5 of its partition key', () => {
    const { runtime, calls } = recordingRuntime()
    const { sim } = simulate(kinesisScenario({ shards: 4, traffic: [burst(40, 0, 40)] }), { runtime })
    sim.runToEnd()
    const ranges = hashKeyRanges(4)
    for (const call of calls) {
      for (const record of call.event.Records) {
        const hash = BigInt(`0x${md5Hex(partitionKeyOf(record))}`)
        const shard = Number((record.eventID as string).slice('shardId-'.length, 'shardId-'.length + 12))
        const range = ranges[shard]
        expect(range && hash >= BigInt(range.startingHashKey) && hash <= BigInt(range.endingHashKey)).toBe(true)
      }
    }
    expect(sim.snapshot().streams?.[0]?.shards.map((s) => s.incomingRecords).reduce((a, b) => a + b)).toBe(40)
  })
})

describe('the Kinesis record event [G-kinesis] §11', () => {
  test('carries the data in base64 and the documented fields, in order', () => {
    const { runtime, calls } = recordingRuntime()
    const { sim } = simulate(kinesisScenario({ traffic: [replayOf('Stream:clicks', [[0.5, 'Hello, this is a test.']])] }), { runtime })
    sim.runToEnd()
    const record = calls[0]?.event.Records[0] as Record<string, unknown>
    expect(Object.keys(record)).toEqual(['kinesis', 'eventSource', 'eventVersion', 'eventID', 'eventName', 'invokeIdentityArn', 'awsRegion', 'eventSourceARN'])
    expect(record.kinesis).toEqual({
      kinesisSchemaVersion: '1.0', partitionKey: 'key-1', sequenceNumber: expect.stringMatching(/^49\d{54}$/),
      data: 'SGVsbG8sIHRoaXMgaXMgYSB0ZXN0Lg==', approximateArrivalTimestamp: 1767225600.5,
    })
    expect(record).toMatchObject({
      eventSource: 'aws:kinesis', eventVersion: '1.0', eventName: 'aws:kinesis:record', awsRegion: 'us-east-1',
      eventID: `shardId-000000000000:${sequenceNumberOfRecord(record)}`,
      eventSourceARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/clicks',
      invokeIdentityArn: 'arn:aws:iam::123456789012:role/fn-role',
    })
  })

  test('sequence numbers increase along a shard', () => {
    const { runtime, calls } = recordingRuntime()
    const { sim } = simulate(kinesisScenario({ traffic: [burst(5)] }), { runtime })
    sim.runToEnd()
    const sequence = calls.flatMap((c) => c.event.Records.map((r) => BigInt(sequenceNumberOfRecord(r))))
    expect(sequence).toEqual([...sequence].sort((a, b) => (a < b ? -1 : 1)))
    expect(new Set(sequence).size).toBe(5)
  })
})

describe('polling [G-kinesis] §3.4', () => {
  test('each shard is polled once per second: a record put at 0.3 s is read at 1 s', () => {
    const { runtime, calls } = recordingRuntime()
    const { sim } = simulate(kinesisScenario({ traffic: [replayOf('Stream:clicks', [[0.3, 'a']])] }), { runtime })
    sim.runToEnd()
    expect(KINESIS_POLL_INTERVAL_MS).toBe(1000)
    expect(calls.map((c) => c.atMs)).toEqual([1000])
  })

  test(`batches hold up to BatchSize records (${STREAM_BATCH_SIZE_DEFAULT} by default), and while more wait the next starts as soon as one ends`, () => {
    const { runtime, calls } = recordingRuntime(() => ({ durationMs: 300 }))
    const { sim } = simulate(kinesisScenario({ traffic: [burst(250)] }), { runtime })
    sim.runToEnd()
    expect(calls.map((c) => c.event.Records.length)).toEqual([100, 100, 50])
    // The first invocation is a cold start (no init duration is modelled): 300 ms each, back to back.
    expect(calls.map((c) => c.atMs)).toEqual([1000, 1300, 1600])
  })

  test('a batching window gathers records for up to MaximumBatchingWindowInSeconds before invoking [G-esm]', () => {
    const { runtime, calls } = recordingRuntime(() => ({ durationMs: 10 }))
    const traffic = [{ Target: 'Stream:clicks', Arrivals: { Process: 'constant' as const, RatePerSecond: 2 }, EndSecond: 30, Payload: 'x' }]
    const { sim } = simulate(kinesisScenario({ mapping: { BatchSize: 100, MaximumBatchingWindowInSeconds: 10 }, traffic }), { runtime })
    sim.runToEnd()
    // The window counts from the previous invocation's end: about 20 records per batch instead of 2.
    expect(calls.length).toBeLessThanOrEqual(4)
    expect(calls[1]?.event.Records.length).toBeGreaterThanOrEqual(19)
  })
})

describe('concurrency and order [G-kinesis] §3.4', () => {
  const slowStream = (shards: number, parallelization: number) => {
    const { runtime, calls } = recordingRuntime(() => ({ durationMs: 2000 }))
    const scenario = kinesisScenario({
      shards, mapping: { ParallelizationFactor: parallelization, BatchSize: 5, MaximumBatchingWindowInSeconds: 1 },
      traffic: [{ Target: 'Stream:clicks', Arrivals: { Process: 'constant', RatePerSecond: 50 }, EndSecond: 60, Request: { KeyCount: 64 }, Payload: 'x' }],
    })
    const run = simulate(scenario, { runtime })
    run.sim.runToEnd()
    return { ...run, calls }
  }

  test('one batch per shard at a time: 3 shards run at most 3 concurrent invocations', () => {
    const { sim } = slowStream(3, 1)
    expect(sim.summary().Functions.fn?.ConcurrentExecutions.Maximum).toBe(3)
  })

  test(`ParallelizationFactor up to ${PARALLELIZATION_FACTOR_MAX}: concurrency reaches shards × PF (3 × 4 = 12)`, () => {
    const { sim } = slowStream(3, 4)
    expect(sim.summary().Functions.fn?.ConcurrentExecutions.Maximum).toBe(12)
  })

  test('with ParallelizationFactor > 1 the records of each partition key still arrive in order', () => {
    const { calls } = slowStream(2, 10)
    const lastByKey = new Map<string, bigint>()
    for (const call of calls) {
      for (const record of call.event.Records) {
        const sequence = BigInt(sequenceNumberOfRecord(record))
        const key = partitionKeyOf(record)
        expect(sequence > (lastByKey.get(key) ?? -1n)).toBe(true)
        lastByKey.set(key, sequence)
      }
    }
    expect(lastByKey.size).toBe(64)
  })
})

describe('IteratorAge [D-metrics]', () => {
  test('is the age of the batch\'s last record when its processing finished, on the function\'s metrics', () => {
    const { runtime } = recordingRuntime(() => ({ durationMs: 400 }))
    const { sim } = simulate(kinesisScenario({ traffic: [replayOf('Stream:clicks', [[0.2, 'a'], [0.7, 'b']])] }), { runtime })
    sim.runToEnd()
    // Read at 1 s, done at 1.4 s; the last record arrived at 0.7 s.
    const ages = sim.metrics({ functionName: 'fn', resolution: 'second' }).map((p) => p.values.IteratorAge ?? 0)
    expect(Math.max(...ages)).toBe(700)
    const mapping = Object.values(sim.summary().Streams?.['Stream:clicks']?.EventSourceMappings ?? {})[0]
    expect(mapping?.IteratorAgeMaximumMs).toBe(700)
  })
})

describe('metrics and state', () => {
  test('a stream reports AWS/Kinesis IncomingRecords and IncomingBytes; its mapping, Lambda\'s event source mapping counts', () => {
    const { runtime } = recordingRuntime()
    const { sim } = simulate(kinesisScenario({ traffic: [replayOf('Stream:clicks', [[0.5, 'abc'], [0.6, 'de']])] }), { runtime })
    sim.runToEnd()
    const total = (points: { values: Record<string, number> }[], name: string) => points.reduce((sum, p) => sum + (p.values[name] ?? 0), 0)
    const stream = sim.resourceMetrics({ kind: 'Stream', name: 'clicks', resolution: 'second' })
    expect([total(stream, 'IncomingRecords'), total(stream, 'IncomingBytes'), total(stream, 'GetRecords.Records')]).toEqual([2, 5, 2])
    const uuid = Object.keys(sim.summary().Streams?.['Stream:clicks']?.EventSourceMappings ?? {})[0] as string
    const mapping = sim.resourceMetrics({ kind: 'EventSourceMapping', name: uuid, resolution: 'minute' })
    expect([total(mapping, 'PolledEventCount'), total(mapping, 'InvokedEventCount'), total(mapping, 'FailedInvokeEventCount')]).toEqual([2, 2, 0])
  })

  test('a disabled mapping reads nothing: the stream keeps its records until they expire', () => {
    const { runtime, calls } = recordingRuntime()
    const { sim } = simulate(kinesisScenario({ mapping: { Enabled: false }, traffic: [replayOf('Stream:clicks', [[0.5, 'a']])] }), { runtime })
    sim.runToEnd()
    expect(calls).toEqual([])
    const summary = sim.summary().Streams?.['Stream:clicks']
    expect(Object.values(summary?.EventSourceMappings ?? {})[0]?.State).toBe('Disabled')
    expect(sim.eventAccounting()['Stream:clicks']).toEqual({ Received: 1, Processed: 0, DeadLettered: 0, Dropped: {}, Pending: 1 })
  })
})

