/**
 * UpdateEventSourceMapping during a run [API] §3: a Timeline entry (or `apply`) changes a mapping
 * from that virtual time on. Disabling stops polling and enabling resumes where it stopped; a
 * batch already sent finishes as sent, and what follows its return goes by the new settings.
 */
import { describe, expect, test } from 'vitest'
import type { Action, TimelineEntry } from '../scenario/types.ts'
import { mappingUuidOf } from '../sources/mappingIds.ts'
import { simulate } from '../testing/harness.ts'
import { dataOf, kinesisScenario, recordingRuntime, replayOf, type StreamEvent } from '../testing/streamHarness.ts'
import { messages, queueScenario, recordingHandler } from './sqsRuns.ts'

const ORDERS = mappingUuidOf('orders', 'worker')
const CLICKS = mappingUuidOf('clicks', 'fn')
const update = (atSecond: number, uuid: string, changes: Omit<Extract<Action, { Action: 'UpdateEventSourceMapping' }>, 'Action' | 'UUID'>): TimelineEntry =>
  ({ AtSecond: atSecond, Do: { Action: 'UpdateEventSourceMapping', UUID: uuid, ...changes } })

/** One message a second for a minute. */
const steady = { Target: 'Queue:orders', Arrivals: { Process: 'constant' as const, RatePerSecond: 1 }, EndSecond: 60 }

describe('SQS mappings', () => {
  test('Enabled false stops receiving at once (the batch in flight finishes); Enabled true picks up the backlog', () => {
    const { runtime, batches } = recordingHandler(2000)
    const timeline = [update(10.5, ORDERS, { Enabled: false }), update(40, ORDERS, { Enabled: true })]
    const { sim } = simulate(queueScenario({ traffic: [steady], extra: { DurationSeconds: 90, Timeline: timeline } }), { runtime })
    sim.runToEnd()
    const starts = batches.map((b) => b.atMs)
    expect(starts.filter((t) => t > 10_500 && t < 40_000)).toEqual([])
    // The message of 10 s was being processed at 10.5 s: it finished, and was deleted.
    expect(batches.find((b) => b.atMs > 10_000 && b.atMs < 10_500)).toBeDefined()
    // At 40 s the 29 messages that waited are received together, one SQS round trip later.
    expect(batches.find((b) => b.atMs >= 40_000)?.bodies.length).toBe(10)
    expect(sim.eventAccounting()['Queue:orders']).toMatchObject({ Received: 60, Processed: 60, Pending: 0 })
    expect(sim.summary().Queues.orders?.EventSourceMappings?.[ORDERS]?.State).toBe('Enabled')
  })

  test('BatchSize and MaximumBatchingWindowInSeconds apply to the batches read after the update', () => {
    const { runtime, batches } = recordingHandler(10)
    const traffic = [messages(25, 1), messages(25, 31)]
    const timeline = [update(20, ORDERS, { BatchSize: 50, MaximumBatchingWindowInSeconds: 2 })]
    const { sim } = simulate(queueScenario({ traffic, extra: { DurationSeconds: 60, Timeline: timeline } }), { runtime })
    sim.runToEnd()
    expect(batches.filter((b) => b.atMs < 20_000).map((b) => b.bodies.length)).toEqual([10, 10, 5])
    // Received 10 ms after they are sent (one SQS round trip), then gathered for the 2 s window.
    expect(batches.filter((b) => b.atMs > 20_000).map((b) => [b.atMs, b.bodies.length])).toEqual([[33_010, 25]])
  })

  test('ScalingConfig.MaximumConcurrency caps the invokes from its moment; switching to provisioned mode brings pollers', () => {
    const slow = { FunctionName: 'worker', Timeout: 900, Simulation: { DurationMs: { Distribution: 'constant' as const, Value: 100_000 } } }
    const timeline = [update(30, ORDERS, { ScalingConfig: { MaximumConcurrency: 10 } }), update(300, ORDERS, { ScalingConfig: {}, ProvisionedPollerConfig: { MinimumPollers: 5 } })]
    const { sim } = simulate(queueScenario({
      fn: slow, queue: { VisibilityTimeout: 900 }, traffic: [messages(5000)], extra: { DurationSeconds: 320, Timeline: timeline },
    }))
    sim.runToEnd()
    const points = sim.resourceMetrics({ kind: 'EventSourceMapping', name: ORDERS, resolution: 'second' })
    const limit = points.map((p) => p.values.ConcurrencyLimit ?? 0)
    expect(limit[29]).toBe(150)
    expect(limit[31]).toBe(10)
    // Running invokes drain to 10 as batches finish; none start above the cap.
    expect(points[250]?.values.ConcurrentInvocations).toBe(10)
    expect(points[300]?.values.ProvisionedPollers).toBe(5)
    expect(limit[301]).toBeGreaterThan(50)
    expect(sim.summary().Queues.orders?.EventSourceMappings?.[ORDERS]?.ProvisionedPollers?.Current).toBeGreaterThan(5)
  })

  test('FilterCriteria applies to the messages received after it; the new FunctionName gets the batches', () => {
    const { runtime, batches } = recordingHandler(10)
    const traffic = [messages(3, 1, 'orders', { type: 'a' }), messages(3, 31, 'orders', { type: 'b' }), messages(3, 32, 'orders', { type: 'a' })]
    const timeline = [update(20, ORDERS, { FilterCriteria: { Filters: [{ Pattern: '{"body": {"type": ["a"]}}' }] }, FunctionName: 'other' })]
    const { sim } = simulate(queueScenario({
      traffic, extra: { DurationSeconds: 60, Timeline: timeline, Functions: [{ FunctionName: 'worker', Code: { 'index.mjs': '' } }, { FunctionName: 'other', Code: { 'index.mjs': '' } }] },
    }), { runtime })
    sim.runToEnd()
    expect(batches.map((b) => b.bodies.length)).toEqual([3, 3])
    expect(sim.summary().Functions.other?.Invocations).toBe(1)
    expect(sim.eventAccounting()['Queue:orders']).toMatchObject({ Received: 9, Processed: 6, Dropped: { FilteredOut: 3 } })
  })
})

describe('stream mappings', () => {
  const failOnPoison = (event: StreamEvent) => (event.Records.some((r) => dataOf(r) === 'poison') ? { throws: 'cannot parse poison' } : {})

  test('lowering MaximumRetryAttempts unblocks a shard a poison record holds: the next failure gives the batch up [D-kin-fail]', () => {
    const { runtime, calls } = recordingRuntime(failOnPoison)
    const traffic = [replayOf('Stream:clicks', [[0.5, 'poison'], [1.5, 'next']])]
    const timeline = [update(5.5, CLICKS, { MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: 'failures' } } })]
    const { sim } = simulate(kinesisScenario({ traffic, extra: { Queues: [{ QueueName: 'failures' }], DurationSeconds: 10, Timeline: timeline } }), { runtime })
    sim.runToEnd()
    // Five failed attempts by 5 s had used 4 retries: the attempt at 6 s is the last.
    expect(calls.map((c) => [c.atMs, c.event.Records.map(dataOf).join()])).toEqual([
      [1000, 'poison'], [2000, 'poison'], [3000, 'poison'], [4000, 'poison'], [5000, 'poison'], [6000, 'poison'], [6100, 'next'],
    ])
    expect(sim.summary().Queues.failures?.MessagesReceived).toBe(1)
    expect(sim.eventAccounting()['Stream:clicks']).toEqual({ Received: 2, Processed: 1, DeadLettered: 1, Dropped: {}, Pending: 0 })
  })

  test('a disabled stream mapping keeps its place: enabled again, it reads what arrived meanwhile, in order', () => {
    const { runtime, calls } = recordingRuntime()
    const traffic = [replayOf('Stream:clicks', [[0.5, 'a'], [3.5, 'b'], [4.5, 'c'], [8.5, 'd']])]
    const timeline = [update(2, CLICKS, { Enabled: false }), update(6, CLICKS, { Enabled: true, BatchSize: 1 })]
    const { sim } = simulate(kinesisScenario({ traffic, extra: { DurationSeconds: 10, Timeline: timeline } }), { runtime })
    sim.runToEnd()
    expect(calls.map((c) => [c.atMs, c.event.Records.map(dataOf).join()])).toEqual([[1000, 'a'], [7000, 'b'], [7100, 'c'], [9000, 'd']])
    expect(sim.summary().Streams?.['Stream:clicks']?.EventSourceMappings[CLICKS]?.State).toBe('Enabled')
  })
})

describe('apply, as the step API and the page use it', () => {
  test('refuses what Lambda refuses, naming the setting; accepts and reports the change', () => {
    const { sim } = simulate(queueScenario({}))
    expect(sim.apply({ Action: 'UpdateEventSourceMapping', UUID: 'nope' })).toEqual({ ok: false, error: 'The event source mapping nope does not exist' })
    const refused = sim.apply({ Action: 'UpdateEventSourceMapping', UUID: ORDERS, BatchSize: 100 })
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^UpdateEventSourceMapping\.BatchSize: A BatchSize above 10 needs MaximumBatchingWindowInSeconds/) })
    expect(sim.apply({ Action: 'UpdateEventSourceMapping', UUID: ORDERS, ParallelizationFactor: 2 } as Action)).toMatchObject({ ok: false, error: expect.stringContaining('ParallelizationFactor') })
    expect(sim.apply({ Action: 'UpdateEventSourceMapping', UUID: ORDERS, BatchSize: 5 })).toEqual({ ok: true, detail: `Updated event source mapping ${ORDERS}: BatchSize 5` })
    expect(sim.snapshot().queues?.[0]?.mappings[0]?.batchSize).toBe(5)
  })
})
