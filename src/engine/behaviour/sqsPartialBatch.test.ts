/**
 * ReportBatchItemFailures [G-sqs] [D-sqs-cfg] §3.3, filter criteria [D-filter] §3.2, and recursive
 * loop detection through a queue [D-recursion] §8.
 */
import { describe, expect, test } from 'vitest'
import { createAwsService } from '../aws/service.ts'
import { RECURSIVE_LOOP_INVOCATIONS } from '../facts.ts'
import { awsEnginePort } from '../invoke/awsPort.ts'
import { createFakeRuntime, succeed } from '../testing/fakeRuntime.ts'
import { simulate } from '../testing/harness.ts'
import { messages, numbers, queueScenario, recordingHandler, type Answer, type Batch } from './sqsRuns.ts'

const REPORT = { FunctionResponseTypes: ['ReportBatchItemFailures' as const] }

/** Runs 5 messages through one batch whose first answer is `first`; later receives succeed. Returns the batches. */
function firstAnswer(first: Answer, mapping = REPORT, fifo = false): Batch[] {
  const { runtime, batches } = recordingHandler(50, (batch) => (batches.length === 1 ? first(batch) : undefined))
  const traffic = fifo
    ? [{ Target: 'Queue:orders.fifo', Arrivals: { Process: 'replay' as const, Csv: [1, 2, 3, 4, 5].map((n) => `0,{"n":${n}}`).join('\n') } }]
    : [messages(5)]
  const queue = fifo ? { FifoQueue: true, ContentBasedDeduplication: true, VisibilityTimeout: 30 } : { VisibilityTimeout: 30 }
  const { sim } = simulate(queueScenario({ queue, mapping: mapping ?? {}, traffic }), { runtime })
  sim.runToEnd()
  return batches
}

const failing = (...ns: number[]): Answer => (batch) => ({
  returns: { batchItemFailures: batch.records.filter((r) => ns.includes((JSON.parse(r.body) as { n: number }).n)).map((r) => ({ itemIdentifier: r.messageId })) },
})

/** Which messages came back for a second receive. */
const retried = (batches: Batch[]): number[] => numbers(batches.slice(1).flatMap((b) => b.bodies)).sort((a, b) => a - b)

describe('partial batch responses [G-sqs] §3.3', () => {
  test('only the listed messages come back; the rest are deleted', () => {
    expect(retried(firstAnswer(failing(2, 4)))).toEqual([2, 4])
  })

  test('complete success: an empty or null batchItemFailures, an empty or null response', () => {
    for (const returns of [{ batchItemFailures: [] }, { batchItemFailures: null }, {}, null]) {
      expect(retried(firstAnswer(() => ({ returns }))), JSON.stringify(returns)).toEqual([])
    }
  })

  test('complete failure: an empty-string or null itemIdentifier, a bad key name, an unknown message id', () => {
    const answers = [
      { batchItemFailures: [{ itemIdentifier: '' }] },
      { batchItemFailures: [{ itemIdentifier: null }] },
      { batchItemFailures: [{ itemIdentifer: 'x' }] },
      { batchItemFailures: [{ itemIdentifier: 'not-in-this-batch' }] },
    ]
    for (const returns of answers) expect(retried(firstAnswer(() => ({ returns }))), JSON.stringify(returns)).toEqual([1, 2, 3, 4, 5])
  })

  test('complete failure: a response that is not JSON', () => {
    const { batches } = recordingHandler(0)
    const runtime = createFakeRuntime({
      handler: ({ event, host, done }) => {
        batches.push({ atMs: host.nowMs(), records: [], bodies: (event as { Records: { body: string }[] }).Records.map((r) => r.body) })
        done(batches.length === 1 ? { type: 'success', payload: '{not json' } : succeed(null))
      },
    })
    const { sim } = simulate(queueScenario({ mapping: REPORT, traffic: [messages(3)] }), { runtime })
    sim.runToEnd()
    expect(retried(batches)).toEqual([1, 2, 3])
  })

  test('a thrown error fails the whole batch, with or without ReportBatchItemFailures', () => {
    expect(retried(firstAnswer(() => ({ throws: 'boom' })))).toEqual([1, 2, 3, 4, 5])
  })

  test('without ReportBatchItemFailures the response is not read: the whole batch is deleted', () => {
    expect(retried(firstAnswer(failing(2), {} as typeof REPORT))).toEqual([])
  })

  test('FIFO: the first failure and every message after it come back, so the group keeps its order', () => {
    const batches = firstAnswer(failing(3), REPORT, true)
    expect(retried(batches)).toEqual([3, 4, 5])
    expect(numbers(batches[1]?.bodies ?? [])).toEqual([3, 4, 5])
  })
})

describe('filter criteria [D-filter] §3.2', () => {
  test('messages no filter matches are deleted without an invoke (FilteredOut); filters are ORed', () => {
    const { runtime, batches } = recordingHandler(50)
    const filters = { Filters: [{ Pattern: '{"body":{"n":[1,2]}}' }, { Pattern: '{"body":{"n":[{"numeric":[">",4]}]}}' }] }
    const { sim } = simulate(queueScenario({ mapping: { FilterCriteria: filters }, traffic: [messages(6)] }), { runtime })
    sim.runToEnd()
    expect(numbers(batches.flatMap((b) => b.bodies))).toEqual([1, 2, 5, 6])
    expect(sim.eventAccounting()['Queue:orders']).toEqual({ Received: 6, Processed: 4, DeadLettered: 0, Dropped: { FilteredOut: 2 }, Pending: 0 })
  })

  test('a filter on a message attribute or on a plain-text body', () => {
    const { runtime, batches } = recordingHandler(50)
    const filters = { Filters: [{ Pattern: '{"body":["ping"]}' }, { Pattern: '{"messageAttributes":{"kind":{"stringValue":["urgent"]}}}' }] }
    const traffic = [
      { Target: 'Queue:orders', Arrivals: { Process: 'burst' as const, Count: 2, AtSecond: 0 }, Payload: 'ping' },
      { Target: 'Queue:orders', Arrivals: { Process: 'burst' as const, Count: 1, AtSecond: 0 }, Payload: 'pong' },
      { Target: 'Queue:orders', Arrivals: { Process: 'burst' as const, Count: 1, AtSecond: 0 }, Payload: 'pong', Request: { MessageAttributes: { kind: 'urgent' } } },
    ]
    const { sim } = simulate(queueScenario({ mapping: { FilterCriteria: filters }, traffic }), { runtime })
    sim.runToEnd()
    expect(batches.flatMap((b) => b.bodies).sort()).toEqual(['ping', 'ping', 'pong'])
  })
})

describe('recursive loop detection through a queue [D-recursion] §8', () => {
  test(`a function that sends to its own queue is stopped after ${RECURSIVE_LOOP_INVOCATIONS} invocations; the message then goes to the DLQ by maxReceiveCount`, () => {
    let invocations = 0
    const runtime = createFakeRuntime({
      handler: ({ host, done }) => {
        invocations++
        host.awsCall('sqs', 'SendMessage', { QueueUrl: 'orders', MessageBody: 'again' }, () => done(succeed(null)))
      },
    })
    const scenario = queueScenario({
      queue: { VisibilityTimeout: 30, RedrivePolicy: { deadLetterTargetArn: 'orders-dlq', maxReceiveCount: 3 } },
      queues: [{ QueueName: 'orders-dlq' }],
      traffic: [messages(1)],
    })
    const { sim } = simulate(scenario, { runtime, awsService: createAwsService(awsEnginePort) })
    sim.runToEnd()
    expect(invocations).toBe(RECURSIVE_LOOP_INVOCATIONS)
    const metrics = sim.metrics({ functionName: 'worker', resolution: 'minute' })
    const dropped = metrics.reduce((sum, p) => sum + (p.values.RecursiveInvocationsDropped ?? 0), 0)
    // Each of the 3 receives of the 17th message is refused with RecursiveInvocationException.
    expect(dropped).toBe(3)
    // The traffic's message and one per invocation; all processed but the 17th, which the DLQ takes.
    expect(sim.eventAccounting()['Queue:orders']).toMatchObject({
      Received: RECURSIVE_LOOP_INVOCATIONS + 1, Processed: RECURSIVE_LOOP_INVOCATIONS, DeadLettered: 1, Pending: 0,
    })
    expect(sim.queueMessages('orders-dlq')).toEqual(['again'])
  })

  test('RecursiveLoop Allow: the loop is never stopped', () => {
    let invocations = 0
    const runtime = createFakeRuntime({
      handler: ({ host, done }) => {
        invocations++
        if (invocations < 30) host.awsCall('sqs', 'SendMessage', { QueueUrl: 'orders', MessageBody: 'again' }, () => done(succeed(null)))
        else done(succeed(null))
      },
    })
    const scenario = queueScenario({ fn: { ...queueScenario({}).Functions[0], FunctionName: 'worker', RecursiveLoop: 'Allow' }, traffic: [messages(1)] })
    const { sim } = simulate(scenario, { runtime, awsService: createAwsService(awsEnginePort) })
    sim.runToEnd()
    expect(invocations).toBe(30)
  })
})
