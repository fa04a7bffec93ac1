/**
 * The SQS event source mapping's batches (lambda-facts §3.1, §3.3, §11): BatchSize, the batching
 * window, the 6 MB cap, the event's shape, and what success, errors and timeouts do to a batch.
 */
import { describe, expect, test } from 'vitest'
import { AWS_LATENCY_MS } from '../aws/latency.ts'
import { ESM_BATCH_PAYLOAD_MAX_BYTES, SQS_BATCH_SIZE_DEFAULT } from '../facts.ts'
import { VIRTUAL_EPOCH_MS } from '../time/epoch.ts'
import { simulate } from '../testing/harness.ts'
import { messages, numbers, queueScenario, recordingHandler, worker } from './sqsRuns.ts'

describe('BatchSize [API] [D-sqs-cfg]', () => {
  test(`defaults to ${SQS_BATCH_SIZE_DEFAULT}: 25 waiting messages arrive as batches of 10, 10 and 5`, () => {
    const { runtime, batches } = recordingHandler(100)
    const { sim } = simulate(queueScenario({ traffic: [messages(25)] }), { runtime })
    sim.runUntil(10_000)
    expect(batches.map((b) => b.records.length)).toEqual([10, 10, 5])
    expect(numbers(batches.flatMap((b) => b.bodies))).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
  })

  test('a BatchSize of 3 splits 7 messages 3, 3, 1', () => {
    const { runtime, batches } = recordingHandler(100)
    const { sim } = simulate(queueScenario({ mapping: { BatchSize: 3 }, traffic: [messages(7)] }), { runtime })
    sim.runUntil(10_000)
    expect(batches.map((b) => b.records.length)).toEqual([3, 3, 1])
  })
})

describe('MaximumBatchingWindowInSeconds [G-esm] §3.1: invoke on the first of window, size or 6 MB', () => {
  const trickle = { Target: 'Queue:orders', Arrivals: { Process: 'constant' as const, RatePerSecond: 1 }, StartSecond: 0, EndSecond: 20 }

  test('without a window, each message is invoked as soon as it arrives', () => {
    const { runtime, batches } = recordingHandler(100)
    const { sim } = simulate(queueScenario({ traffic: [trickle] }), { runtime })
    sim.runUntil(20_000)
    expect(batches.every((b) => b.records.length === 1)).toBe(true)
  })

  test('a 5 s window gathers the messages that arrive within it, from the first one', () => {
    const { runtime, batches } = recordingHandler(100)
    const { sim } = simulate(queueScenario({ mapping: { BatchSize: 100, MaximumBatchingWindowInSeconds: 5 }, traffic: [trickle] }), { runtime })
    sim.runUntil(20_000)
    const first = batches[0]
    expect(first?.records.length).toBe(5)
    // The window opened when the poller received the first message (one SQS round trip after it was sent) and closed 5 s later.
    const sentMs = Number(first?.records[0]?.attributes.SentTimestamp) - VIRTUAL_EPOCH_MS
    expect((first?.atMs ?? 0) - sentMs).toBe(AWS_LATENCY_MS.sqs + 5000)
  })

  test('a batch that fills up is invoked before its window ends', () => {
    const { runtime, batches } = recordingHandler(100)
    const scenario = queueScenario({ queue: { VisibilityTimeout: 900 }, mapping: { BatchSize: 20, MaximumBatchingWindowInSeconds: 300 }, traffic: [messages(50)] })
    const { sim } = simulate(scenario, { runtime })
    sim.runUntil(1000)
    expect(batches.map((b) => b.records.length)).toEqual([20, 20])
    sim.runUntil(301_000)
    expect(batches.map((b) => b.records.length)).toEqual([20, 20, 10])
    expect(batches[2]?.atMs).toBe(AWS_LATENCY_MS.sqs + 300_000)
  })

  test(`a batch stops at ${ESM_BATCH_PAYLOAD_MAX_BYTES / 1024 / 1024} MB of records, whatever BatchSize asks`, () => {
    const { runtime, batches } = recordingHandler(100)
    const body = 'x'.repeat(200_000)
    const scenario = queueScenario({ mapping: { BatchSize: 1000, MaximumBatchingWindowInSeconds: 1 }, traffic: [messages(40, 0, 'orders', body)] })
    const { sim } = simulate(scenario, { runtime })
    sim.runUntil(10_000)
    const sizes = batches.map((b) => b.records.length)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(40)
    // 31 bodies of 200,000 bytes and their records' other fields fit in 6 MB; a 32nd would not.
    expect(Math.max(...sizes)).toBe(31)
    for (const batch of batches) expect(JSON.stringify({ Records: batch.records }).length).toBeLessThanOrEqual(ESM_BATCH_PAYLOAD_MAX_BYTES)
  })
})

describe('the event [G-sqs] §11', () => {
  test('each record has the documented fields, with the queue ARN, receive count and timestamps', () => {
    const { runtime, batches } = recordingHandler(100)
    const scenario = queueScenario({
      traffic: [{ Target: 'Queue:orders', Arrivals: { Process: 'burst', Count: 1, AtSecond: 2 }, Payload: 'Test message.', Request: { MessageAttributes: { kind: 'demo' } } }],
    })
    const { sim } = simulate(scenario, { runtime })
    sim.runUntil(10_000)
    const record = batches[0]?.records[0]
    expect(Object.keys(record ?? {})).toEqual([
      'messageId', 'receiptHandle', 'body', 'attributes', 'messageAttributes', 'md5OfBody', 'eventSource', 'eventSourceARN', 'awsRegion',
    ])
    expect(record).toMatchObject({
      body: 'Test message.', md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3', eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:orders', awsRegion: 'us-east-1',
      messageAttributes: { kind: { stringValue: 'demo', dataType: 'String' } },
    })
    expect(record?.messageId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const sent = VIRTUAL_EPOCH_MS + 2000
    expect(record?.attributes).toMatchObject({
      ApproximateReceiveCount: '1', SentTimestamp: String(sent), ApproximateFirstReceiveTimestamp: String(sent + AWS_LATENCY_MS.sqs),
    })
  })
})

describe('what happens to a batch [G-sqs] [D-sqs-err] §3.3', () => {
  test('success deletes the whole batch: nothing comes back', () => {
    const { runtime, batches } = recordingHandler(100)
    const { sim } = simulate(queueScenario({ traffic: [messages(5)] }), { runtime })
    sim.runToEnd()
    expect(batches).toHaveLength(1)
    expect(sim.eventAccounting()['Queue:orders']).toEqual({ Received: 5, Processed: 5, DeadLettered: 0, Dropped: {}, Pending: 0 })
  })

  test('a thrown error brings every message back after the visibility timeout, received a second time', () => {
    const { runtime, batches } = recordingHandler(100, (batch) => (batch.records[0]?.attributes.ApproximateReceiveCount === '1' ? { throws: 'boom' } : undefined))
    const { sim } = simulate(queueScenario({ queue: { VisibilityTimeout: 40 }, traffic: [messages(3)] }), { runtime })
    sim.runToEnd()
    // Received 10 ms after the send (one SQS round trip), back 40 s later, received again 10 ms after that.
    expect(batches.map((b) => b.atMs)).toEqual([10, 40_020])
    expect(batches[1]?.records.map((r) => r.attributes.ApproximateReceiveCount)).toEqual(['2', '2', '2'])
    expect(sim.summary().Queues.orders?.MessagesDeleted).toBe(3)
  })

  test('a timeout fails the whole batch like an error', () => {
    const { runtime, batches } = recordingHandler(5000)
    const { sim } = simulate(queueScenario({ fn: worker({ Timeout: 2 }), queue: { VisibilityTimeout: 30 }, traffic: [messages(2)] }), { runtime })
    sim.runUntil(100_000)
    expect(batches.map((b) => b.atMs)).toEqual([10, 30_020, 60_030, 90_040])
    expect(sim.summary().Queues.orders?.MessagesDeleted).toBe(0)
  })

  test('a modelled function that fails (Simulation.ErrorRate 1) never deletes anything', () => {
    const fn = worker({ Simulation: { ErrorRate: 1, DurationMs: { Distribution: 'constant', Value: 10 } } }, false)
    const { sim } = simulate(queueScenario({ fn, queue: { VisibilityTimeout: 30 }, traffic: [messages(4)] }))
    sim.runUntil(95_000)
    // Received at about 0, 30, 60 and 90 s: four receives of the same four messages.
    expect(sim.summary().Functions.worker?.Invocations).toBe(4)
    expect(sim.eventAccounting()['Queue:orders']).toMatchObject({ Received: 4, Processed: 0, Pending: 4 })
  })
})
