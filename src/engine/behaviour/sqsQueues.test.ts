/**
 * SQS queues themselves: visibility timeout, redrive to a dead-letter queue after maxReceiveCount
 * [D-sqs-cfg] §3.3, retention, delay, and the accounting every queue keeps (Received = Processed + DeadLettered + Dropped + Pending).
 */
import { describe, expect, test } from 'vitest'
import { scenarioOf, simulate } from '../testing/harness.ts'
import { messages, queueScenario, recordingHandler, worker } from './sqsRuns.ts'

const failing = worker({ Simulation: { ErrorRate: 1, DurationMs: { Distribution: 'constant', Value: 10 } } }, false)

describe('RedrivePolicy [D-sqs-cfg] §3.3', () => {
  test('a message that keeps failing is received maxReceiveCount times, then moved to the dead-letter queue', () => {
    const scenario = queueScenario({
      fn: failing,
      queue: { VisibilityTimeout: 30, RedrivePolicy: { deadLetterTargetArn: 'orders-dlq', maxReceiveCount: 3 } },
      queues: [{ QueueName: 'orders-dlq' }],
      traffic: [messages(1)],
    })
    const { sim } = simulate(scenario)
    sim.runToEnd()
    expect(sim.summary().Functions.worker?.Invocations).toBe(3)
    const accounting = sim.eventAccounting()
    expect(accounting['Queue:orders']).toEqual({ Received: 1, Processed: 0, DeadLettered: 1, Dropped: {}, Pending: 0 })
    expect(accounting['Queue:orders-dlq']).toEqual({ Received: 1, Processed: 0, DeadLettered: 0, Dropped: {}, Pending: 1 })
    expect(sim.queueMessages('orders-dlq')).toEqual([{ n: 1 }])
    expect(sim.summary().Queues.orders?.MessagesMovedToDeadLetterQueue).toBe(1)
  })

  test('maxReceiveCount 1 sends a failed message to the dead-letter queue after its first receive', () => {
    const scenario = queueScenario({
      fn: failing,
      queue: { VisibilityTimeout: 30, RedrivePolicy: { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:orders-dlq', maxReceiveCount: 1 } },
      queues: [{ QueueName: 'orders-dlq' }],
      traffic: [messages(2)],
    })
    const { sim } = simulate(scenario)
    sim.runUntil(29_000)
    expect(sim.summary().Queues['orders-dlq']?.MessagesReceived).toBe(0)
    sim.runUntil(31_000)
    expect(sim.summary().Queues['orders-dlq']?.MessagesReceived).toBe(2)
    expect(sim.summary().Functions.worker?.Invocations).toBe(1)
  })

  test('the dead-letter queue of a standard queue keeps the original SentTimestamp: retention counts from the first send', () => {
    const scenario = queueScenario({
      fn: failing,
      queue: { VisibilityTimeout: 30, RedrivePolicy: { deadLetterTargetArn: 'orders-dlq', maxReceiveCount: 2 } },
      queues: [{ QueueName: 'orders-dlq', MessageRetentionPeriod: 90 }],
      traffic: [messages(1)],
    })
    const { sim } = simulate(scenario)
    sim.runUntil(70_000)
    expect(sim.eventAccounting()['Queue:orders-dlq']).toMatchObject({ Received: 1, Pending: 1 })
    // Moved at ~60 s, expired at 90 s after its first send, not 90 s after the move.
    sim.runUntil(92_000)
    expect(sim.eventAccounting()['Queue:orders-dlq']).toEqual({ Received: 1, Processed: 0, DeadLettered: 0, Dropped: { RetentionExpired: 1 }, Pending: 0 })
  })
})

describe('queue attributes', () => {
  test('VisibilityTimeout: a failed message is hidden for exactly the visibility timeout after its receive', () => {
    const { runtime, batches } = recordingHandler(50, (b) => (b.records[0]?.attributes.ApproximateReceiveCount === '3' ? undefined : { throws: 'not yet' }))
    const { sim } = simulate(queueScenario({ queue: { VisibilityTimeout: 45 }, traffic: [messages(1)] }), { runtime })
    sim.runToEnd()
    const times = batches.map((b) => b.atMs)
    expect(times).toEqual([10, 45_020, 90_030])
    expect(sim.eventAccounting()['Queue:orders']).toMatchObject({ Processed: 1, Pending: 0 })
  })

  test('VisibilityTimeout equal to the function timeout, as Lambda accepts [D-sqs-cfg]: a batch timing out at its deadline ends before its messages come back', () => {
    // Two message groups, one message each, read one at a time; every attempt times out at 2 s, the visibility timeout.
    const { runtime } = recordingHandler(5000)
    const scenario = queueScenario({
      fn: worker({ Timeout: 2 }), queue: { FifoQueue: true, VisibilityTimeout: 2 }, mapping: { BatchSize: 1 },
      traffic: [{ ...messages(2, 0, 'orders.fifo'), Request: { KeyCount: 2 } }], extra: { DurationSeconds: 9 },
    })
    const { sim, trace } = simulate(scenario, { runtime })
    sim.runToEnd()
    let running = 0
    let peak = 0
    for (const event of trace) {
      if (event.type === 'invocation-start') peak = Math.max(peak, ++running)
      else if (event.type === 'invocation-end') running--
    }
    // A FIFO group never has two batches in flight: at most one invocation per group at any instant.
    expect(peak).toBe(2)
    expect(trace.filter((e) => e.type === 'invocation-start' && e.atMs >= 2000 && e.atMs < 2100)).toHaveLength(2)
  })

  test('MessageRetentionPeriod: a message nobody deletes is dropped when its retention period ends (RetentionExpired)', () => {
    const scenario = scenarioOf({
      DurationSeconds: 300,
      Functions: [worker({}, false)],
      Queues: [{ QueueName: 'orders', MessageRetentionPeriod: 60 }],
      Traffic: [messages(3, 10)],
    })
    const { sim } = simulate(scenario)
    sim.runUntil(69_000)
    expect(sim.eventAccounting()['Queue:orders']).toMatchObject({ Received: 3, Pending: 3 })
    expect(sim.snapshot().queues?.[0]?.oldestAgeMs).toBe(59_000)
    sim.runUntil(71_000)
    expect(sim.eventAccounting()['Queue:orders']).toEqual({ Received: 3, Processed: 0, DeadLettered: 0, Dropped: { RetentionExpired: 3 }, Pending: 0 })
  })

  test('DelaySeconds: a new message stays invisible for the delay, then is received', () => {
    const { runtime, batches } = recordingHandler(50)
    const { sim } = simulate(queueScenario({ queue: { DelaySeconds: 20 }, traffic: [messages(2, 5)] }), { runtime })
    sim.runUntil(24_000)
    expect(batches).toEqual([])
    expect(sim.snapshot().queues?.[0]).toMatchObject({ visible: 0, inFlight: 0, delayed: 2 })
    sim.runToEnd()
    expect(batches.map((b) => b.atMs)).toEqual([25_010])
  })
})

describe('accounting: every message is processed, dead-lettered, dropped with a reason, or pending', () => {
  test('Received = Processed + DeadLettered + Dropped + Pending at every instant', () => {
    const scenario = queueScenario({
      fn: worker({ Simulation: { ErrorRate: 0.3, DurationMs: { Distribution: 'exponential', Mean: 800 } } }, false),
      queue: { VisibilityTimeout: 30, MessageRetentionPeriod: 120, RedrivePolicy: { deadLetterTargetArn: 'orders-dlq', maxReceiveCount: 2 } },
      queues: [{ QueueName: 'orders-dlq', MessageRetentionPeriod: 60 }],
      traffic: [{ Target: 'Queue:orders', Arrivals: { Process: 'poisson', RatePerSecond: 30 }, EndSecond: 300 }],
    })
    const { sim } = simulate(scenario)
    for (let t = 0; t <= 600_000; t += 7_000) {
      sim.runUntil(t)
      for (const [key, a] of Object.entries(sim.eventAccounting())) {
        const dropped = Object.values(a.Dropped).reduce((x, y) => x + y, 0)
        expect(a.Processed + a.DeadLettered + dropped + a.Pending, `${key} at ${t} ms`).toBe(a.Received)
      }
    }
    const orders = sim.eventAccounting()['Queue:orders']
    expect(orders?.Processed).toBeGreaterThan(0)
    expect(orders?.DeadLettered).toBeGreaterThan(0)
  })
})
