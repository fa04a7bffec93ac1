/**
 * How many batches an SQS mapping runs at once [D-sqs-scale] [D-sqs-cfg] §3.3: 5 at first, up to
 * 300 more per minute while messages wait, at most 1,250; ScalingConfig.MaximumConcurrency and the
 * function's reserved concurrency limit it; FIFO queues run one batch per message group.
 */
import { describe, expect, test } from 'vitest'
import type { Simulation } from '../api.ts'
import { SQS_POLLER_MAX_CONCURRENCY, SQS_POLLER_SCALE_UP_PER_MINUTE, SQS_POLLER_START_CONCURRENCY } from '../facts.ts'
import { simulate } from '../testing/harness.ts'
import { messages, queueScenario, recordingHandler, worker } from './sqsRuns.ts'

/** A long-running modelled worker: every batch it takes stays in flight for `seconds`. */
const slowWorker = (seconds: number, extra = {}) =>
  worker({ Timeout: 900, Simulation: { DurationMs: { Distribution: 'constant', Value: seconds * 1000 } }, ...extra }, false)

/** The mapping's running invokes and its limit, per second. */
function levels(sim: Simulation): { running: number[]; limit: number[] } {
  const uuid = sim.snapshot().queues?.[0]?.mappings[0]?.uuid ?? ''
  const points = sim.resourceMetrics({ kind: 'EventSourceMapping', name: uuid, resolution: 'second' })
  return { running: points.map((p) => p.values.ConcurrentInvocations ?? 0), limit: points.map((p) => p.values.ConcurrencyLimit ?? 0) }
}

describe('poller scaling, standard queues [D-sqs-scale]', () => {
  const backlog = queueScenario({
    fn: slowWorker(850), queue: { VisibilityTimeout: 900 }, traffic: [messages(15_000)],
    extra: { Account: { ConcurrentExecutions: 2000 }, DurationSeconds: 320 },
  })

  test(`starts with ${SQS_POLLER_START_CONCURRENCY} concurrent invokes, adds ${SQS_POLLER_SCALE_UP_PER_MINUTE} per minute, stops at ${SQS_POLLER_MAX_CONCURRENCY}`, () => {
    const { sim } = simulate(backlog)
    sim.runToEnd()
    const { running } = levels(sim)
    expect(running[0]).toBe(SQS_POLLER_START_CONCURRENCY)
    // One minute of backlog adds 300: 305 invokes in the second after t = 60 s.
    expect(running[60]).toBe(SQS_POLLER_START_CONCURRENCY + SQS_POLLER_SCALE_UP_PER_MINUTE)
    expect(running[120]).toBe(SQS_POLLER_START_CONCURRENCY + 2 * SQS_POLLER_SCALE_UP_PER_MINUTE)
    // 1,250 is reached after (1,250 − 5) / 300 minutes = 249 s, and never passed.
    expect(running[248]).toBeLessThan(SQS_POLLER_MAX_CONCURRENCY)
    expect(running[249]).toBe(SQS_POLLER_MAX_CONCURRENCY)
    expect(Math.max(...running)).toBe(SQS_POLLER_MAX_CONCURRENCY)
    expect(sim.summary().Queues.orders?.MaximumConcurrentInvocations).toBe(SQS_POLLER_MAX_CONCURRENCY)
  })

  test('ScalingConfig.MaximumConcurrency caps the invokes (2–1,000)', () => {
    const scenario = queueScenario({ fn: slowWorker(100), queue: { VisibilityTimeout: 900 }, mapping: { ScalingConfig: { MaximumConcurrency: 12 } }, traffic: [messages(2000)] })
    const { sim } = simulate(scenario)
    sim.runUntil(200_000)
    const { running, limit } = levels(sim)
    expect(Math.max(...running)).toBe(12)
    expect(Math.max(...limit)).toBe(12)
    expect(running[0]).toBe(SQS_POLLER_START_CONCURRENCY)
    expect(running[2]).toBe(12)
  })

  test('MaximumConcurrency below 5 also caps the first invokes', () => {
    const scenario = queueScenario({ fn: slowWorker(100), queue: { VisibilityTimeout: 900 }, mapping: { ScalingConfig: { MaximumConcurrency: 2 } }, traffic: [messages(100)] })
    const { sim } = simulate(scenario)
    sim.runUntil(50_000)
    expect(Math.max(...levels(sim).running)).toBe(2)
  })

  test('when the queue empties the limit scales back down to 5', () => {
    const scenario = queueScenario({ fn: slowWorker(20), queue: { VisibilityTimeout: 900 }, traffic: [messages(3000)], extra: { DurationSeconds: 900 } })
    const { sim } = simulate(scenario)
    sim.runToEnd()
    const { limit } = levels(sim)
    const peak = Math.max(...limit)
    expect(peak).toBeGreaterThan(100)
    expect(limit[limit.length - 1]).toBe(SQS_POLLER_START_CONCURRENCY)
    expect(sim.eventAccounting()['Queue:orders']).toMatchObject({ Received: 3000, Processed: 3000, Pending: 0 })
  })
})

describe("the function's reserved concurrency limits the mapping [D-sqs-err] §2.2", () => {
  test('throttled batches come back after the visibility timeout; the poller backs off; nothing is lost', () => {
    const scenario = queueScenario({
      fn: slowWorker(5, { ReservedConcurrentExecutions: 2, Timeout: 10 }), queue: { VisibilityTimeout: 30 }, traffic: [messages(200)],
      extra: { DurationSeconds: 900 },
    })
    const { sim } = simulate(scenario)
    sim.runToEnd()
    const summary = sim.summary()
    expect(summary.Functions.worker?.Throttles).toBeGreaterThan(0)
    expect(summary.Functions.worker?.ConcurrentExecutions.Maximum).toBe(2)
    expect(sim.eventAccounting()['Queue:orders']).toEqual({ Received: 200, Processed: 200, DeadLettered: 0, Dropped: {}, Pending: 0 })
    // Backing off: far fewer throttles than one per poll at 5 concurrent invokes every 5 s.
    expect(summary.Functions.worker?.Throttles).toBeLessThan(200 / 10)
  })
})

describe('FIFO queues: message groups in order [D-sqs-scale] §3.3', () => {
  test('one batch per message group at a time, each group in the order sent', () => {
    const { runtime, batches } = recordingHandler(1000)
    const csv = Array.from({ length: 60 }, (_, i) => `${i * 0.1},{"n":${i + 1}}`).join('\n')
    const scenario = queueScenario({
      queue: { FifoQueue: true, ContentBasedDeduplication: true },
      mapping: { BatchSize: 2 },
      traffic: [{ Target: 'Queue:orders.fifo', Arrivals: { Process: 'replay', Csv: csv }, Request: { KeyCount: 3 } }],
    })
    const { sim } = simulate(scenario, { runtime })
    sim.runToEnd()
    const byGroup = new Map<string, { n: number; atMs: number }[]>()
    for (const batch of batches) {
      for (const record of batch.records) {
        const group = record.attributes.MessageGroupId as string
        byGroup.set(group, [...(byGroup.get(group) ?? []), { n: (JSON.parse(record.body) as { n: number }).n, atMs: batch.atMs }])
      }
    }
    expect([...byGroup.keys()].sort()).toEqual(['group-1', 'group-2', 'group-3'])
    for (const seen of byGroup.values()) {
      const ns = seen.map((s) => s.n)
      expect(ns).toEqual([...ns].sort((a, b) => a - b))
      expect(ns).toHaveLength(20)
    }
    // Three groups, never more than three batches at once.
    expect(sim.summary().Queues['orders.fifo']?.MaximumConcurrentInvocations).toBe(3)
  })
})
