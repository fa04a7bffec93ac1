/**
 * What a stream mapping does when batches fail (lambda-facts §2.2, §3.4, §3.5): the whole batch is
 * retried and its shard blocked until it succeeds, runs out of retries, grows too old or expires;
 * bisecting; the on-failure destination and its documented record; throttles that consume no retry.
 */
import { describe, expect, test } from 'vitest'
import { simulate } from '../testing/harness.ts'
import { dataOf, kinesisScenario, recordingRuntime, replayOf, type StreamEvent } from '../testing/streamHarness.ts'

const hasPoison = (event: StreamEvent): boolean => event.Records.some((record) => dataOf(record) === 'poison')
const failOnPoison = (event: StreamEvent) => (hasPoison(event) ? { throws: 'cannot parse poison' } : {})
/** Records 0–7 put at 0.5 s on one key, record 5 the poison. */
const eightWithPoison = replayOf('Stream:clicks', Array.from({ length: 8 }, (_, i): [number, string] => [0.5, i === 5 ? 'poison' : `r${i}`]))
const dataIn = (event: StreamEvent): string[] => event.Records.map(dataOf)

type Sim = ReturnType<typeof simulate>['sim']

function accountingOf(sim: Sim) {
  return sim.eventAccounting()['Stream:clicks']
}

/** The failure records a queue received (as sent: objects). */
const failureRecords = (sim: Sim, queue = 'failures') => sim.queueMessages(queue) as Record<string, Record<string, unknown>>[]

describe('a poison record blocks its shard [D-kin-fail], [G-kinesis]', () => {
  test('the whole batch is retried, at each poll, and nothing after it in the shard is read', () => {
    const { runtime, calls } = recordingRuntime(failOnPoison)
    const traffic = [replayOf('Stream:clicks', [[0.5, 'r0'], [0.5, 'poison'], [2.5, 'r2'], [3.5, 'r3']])]
    const { sim } = simulate(kinesisScenario({ traffic, extra: { DurationSeconds: 10 } }), { runtime })
    sim.runToEnd()
    expect(calls.map((c) => c.atMs)).toEqual([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000])
    expect(calls.every((c) => dataIn(c.event).join() === 'r0,poison')).toBe(true)
    expect(accountingOf(sim)).toEqual({ Received: 4, Processed: 0, DeadLettered: 0, Dropped: {}, Pending: 4 })
    expect(sim.snapshot().streams?.[0]?.shards[0]).toMatchObject({ blocked: true, behind: 4, retryAttempts: 9 })
  })

  test('another shard keeps flowing while one is blocked', () => {
    const { runtime, calls } = recordingRuntime(failOnPoison)
    // key-1 and key-2 hash to different shards of a 2-shard stream.
    const traffic = [replayOf('Stream:clicks', [[0.5, 'poison'], [0.5, 'fine'], [2.5, 'poison'], [2.5, 'later']], { KeyCount: 2 })]
    const { sim } = simulate(kinesisScenario({ shards: 2, traffic, extra: { DurationSeconds: 5 } }), { runtime })
    sim.runToEnd()
    const succeeded = calls.filter((c) => !hasPoison(c.event)).flatMap((c) => dataIn(c.event))
    expect(succeeded).toEqual(['fine', 'later'])
    expect(sim.snapshot().streams?.[0]?.shards.map((s) => s.blocked).sort()).toEqual([false, true])
  })

  test('MaximumRetryAttempts 2: three attempts, then the batch goes to the on-failure destination and the shard moves on', () => {
    const { runtime, calls } = recordingRuntime(failOnPoison)
    const traffic = [replayOf('Stream:clicks', [[0.5, 'poison'], [1.5, 'next']])]
    const mapping = { MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: 'failures' } } }
    const { sim } = simulate(kinesisScenario({ mapping, traffic, extra: { Queues: [{ QueueName: 'failures' }], DurationSeconds: 10 } }), { runtime })
    sim.runToEnd()
    expect(calls.map((c) => [c.atMs, dataIn(c.event).join()])).toEqual([[1000, 'poison'], [2000, 'poison'], [3000, 'poison'], [3100, 'next']])
    expect(accountingOf(sim)).toEqual({ Received: 2, Processed: 1, DeadLettered: 1, Dropped: {}, Pending: 0 })
    expect(sim.summary().Queues.failures?.MessagesReceived).toBe(1)
  })

  test('the failure record is the documented one: metadata of the batch, condition RetryAttemptsExhausted', () => {
    const { runtime } = recordingRuntime(failOnPoison)
    const traffic = [replayOf('Stream:clicks', [[0.25, 'r0'], [0.5, 'poison']])]
    const mapping = { MaximumRetryAttempts: 1, DestinationConfig: { OnFailure: { Destination: 'failures' } } }
    const { sim } = simulate(kinesisScenario({ mapping, traffic, extra: { Queues: [{ QueueName: 'failures' }], DurationSeconds: 10 } }), { runtime })
    sim.runToEnd()
    const [record = {}] = failureRecords(sim)
    expect(Object.keys(record)).toEqual(['requestContext', 'responseContext', 'version', 'timestamp', 'KinesisBatchInfo'])
    expect(record.requestContext).toMatchObject({
      functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:fn', condition: 'RetryAttemptsExhausted', approximateInvokeCount: 2,
    })
    expect(record.responseContext).toEqual({ statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' })
    expect(record.timestamp).toBe('2026-01-01T00:00:02.100Z')
    expect(record.KinesisBatchInfo).toMatchObject({
      shardId: 'shardId-000000000000', batchSize: 2, streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/clicks',
      approximateArrivalOfFirstRecord: '2026-01-01T00:00:00.250Z', approximateArrivalOfLastRecord: '2026-01-01T00:00:00.500Z',
    })
    const info = record.KinesisBatchInfo as { startSequenceNumber: string; endSequenceNumber: string }
    expect(BigInt(info.startSequenceNumber) < BigInt(info.endSequenceNumber)).toBe(true)
  })

  test('MaximumRecordAgeInSeconds: a record older than that is given up with condition RecordAgeExceeded', () => {
    const { runtime, calls } = recordingRuntime(failOnPoison)
    const traffic = [replayOf('Stream:clicks', [[0.5, 'poison']])]
    const mapping = { MaximumRecordAgeInSeconds: 60, DestinationConfig: { OnFailure: { Destination: 'failures' } } }
    const { sim } = simulate(kinesisScenario({ mapping, traffic, extra: { Queues: [{ QueueName: 'failures' }] } }), { runtime })
    sim.runToEnd()
    // Attempts at 1 s … 60 s (age 59.5 s); at 61 s it is 60.5 s old.
    expect(calls).toHaveLength(60)
    expect(failureRecords(sim)[0]?.requestContext).toMatchObject({ condition: 'RecordAgeExceeded', approximateInvokeCount: 60 })
  })
})

describe('BisectBatchOnFunctionError [D-kin-fail]', () => {
  test('splits a failed batch in two, first half first, isolating the bad record; splitting consumes no retry', () => {
    const { runtime, calls } = recordingRuntime(failOnPoison)
    const mapping = { BisectBatchOnFunctionError: true, MaximumRetryAttempts: 1, DestinationConfig: { OnFailure: { Destination: 'failures' } } }
    const { sim } = simulate(kinesisScenario({ mapping, traffic: [eightWithPoison], extra: { Queues: [{ QueueName: 'failures' }] } }), { runtime })
    sim.runToEnd()
    expect(calls.map((c) => dataIn(c.event).join())).toEqual([
      'r0,r1,r2,r3,r4,poison,r6,r7', 'r0,r1,r2,r3', 'r4,poison,r6,r7', 'r4,poison', 'r4', 'poison', 'poison', 'r6,r7',
    ])
    expect(accountingOf(sim)).toEqual({ Received: 8, Processed: 7, DeadLettered: 1, Dropped: {}, Pending: 0 })
  })
})

describe('ReportBatchItemFailures [D-kin-pbr]', () => {
  const reportFirstPoison = (event: StreamEvent) => {
    const failed = event.Records.filter((r) => dataOf(r) === 'poison').map((r) => ({ itemIdentifier: (r.kinesis as { sequenceNumber: string }).sequenceNumber }))
    return { returns: { batchItemFailures: failed } }
  }

  test('checkpoints before the lowest sequence number returned and retries from there', () => {
    const { runtime, calls } = recordingRuntime(reportFirstPoison)
    const mapping = { FunctionResponseTypes: ['ReportBatchItemFailures' as const], MaximumRetryAttempts: 0 }
    const { sim } = simulate(kinesisScenario({ mapping, traffic: [eightWithPoison] }), { runtime })
    sim.runToEnd()
    expect(calls.map((c) => dataIn(c.event).join())).toEqual(['r0,r1,r2,r3,r4,poison,r6,r7'])
    // Five processed; from the poison on, the retry limit (0) gives up the rest.
    expect(accountingOf(sim)).toEqual({ Received: 8, Processed: 5, DeadLettered: 0, Dropped: { RetriesExhausted: 3 }, Pending: 0 })
  })

  test('an empty itemIdentifier fails the whole batch', () => {
    const { runtime, calls } = recordingRuntime(() => ({ returns: { batchItemFailures: [{ itemIdentifier: '' }] } }))
    const mapping = { FunctionResponseTypes: ['ReportBatchItemFailures' as const], MaximumRetryAttempts: 1 }
    const { sim } = simulate(kinesisScenario({ mapping, traffic: [eightWithPoison] }), { runtime })
    sim.runToEnd()
    expect(calls).toHaveLength(2)
    expect(accountingOf(sim)).toMatchObject({ Processed: 0, Dropped: { RetriesExhausted: 8 } })
  })

  test('an empty list, or a null response, is a complete success', () => {
    for (const returns of [{ batchItemFailures: [] }, null, {}]) {
      const { runtime } = recordingRuntime(() => ({ returns }))
      const { sim } = simulate(kinesisScenario({ mapping: { FunctionResponseTypes: ['ReportBatchItemFailures'] }, traffic: [eightWithPoison] }), { runtime })
      sim.runToEnd()
      expect(accountingOf(sim)?.Processed).toBe(8)
    }
  })

  test('with bisect, the batch is split at the returned sequence number; a retry failing at its first record is bisected as a failure', () => {
    const { runtime, calls } = recordingRuntime(reportFirstPoison)
    const mapping = { FunctionResponseTypes: ['ReportBatchItemFailures' as const], BisectBatchOnFunctionError: true, MaximumRetryAttempts: 0 }
    const { sim } = simulate(kinesisScenario({ mapping, traffic: [eightWithPoison] }), { runtime })
    sim.runToEnd()
    expect(calls.map((c) => dataIn(c.event).join())).toEqual([
      'r0,r1,r2,r3,r4,poison,r6,r7', 'poison,r6,r7', 'poison,r6', 'poison', 'r6', 'r7',
    ])
    expect(accountingOf(sim)).toEqual({ Received: 8, Processed: 7, DeadLettered: 0, Dropped: { RetriesExhausted: 1 }, Pending: 0 })
  })
})

describe('throttles [D-kin-fail] §2.2', () => {
  test('a batch that never reaches the function is retried without counting retries, until the record is too old', () => {
    const traffic = [replayOf('Stream:clicks', [[0.5, 'r0']])]
    const mapping = { MaximumRetryAttempts: 0, MaximumRecordAgeInSeconds: 60, DestinationConfig: { OnFailure: { Destination: 'failures' } } }
    const fn = { ReservedConcurrentExecutions: 0 }
    const { sim } = simulate(kinesisScenario({ fn, mapping, traffic, extra: { Queues: [{ QueueName: 'failures' }] } }))
    sim.runToEnd()
    expect(sim.summary().Functions.fn?.Throttles).toBe(60)
    expect(failureRecords(sim)[0]?.requestContext).toMatchObject({ condition: 'RecordAgeExceeded', approximateInvokeCount: 0 })
  })
})
