/**
 * What a stopped recursive loop leaves behind is counted, each event once, under a reason
 * [D-recursion] §8: the stopped invocation in the function's RecursiveInvocationsDropped (and, for
 * an asynchronous one, AsyncEventsDropped, its record going to the on-failure destination and DLQ);
 * what that record then reaches on the stopped chain is refused by every function (SNS counts a
 * failed notification and drops the message for `RecursiveLoop`, S3 drops the event for
 * `RecursiveLoop`, a Lambda destination counts DestinationDeliveryFailures) and stays in every queue
 * (RecursiveInvocationException to the mapping, until the redrive policy or retention takes it).
 */
import { describe, expect, test } from 'vitest'
import type { Simulation } from '../api.ts'
import { CODE, calls, runRecording, total } from '../behaviour/pushHarness.ts'
import { RECURSIVE_LOOP_INVOCATIONS } from '../facts.ts'
import type { FunctionConfig, Scenario } from '../scenario/types.ts'
import { scenarioOf, simulate } from '../testing/harness.ts'

const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:loop'
const queueArn = (name: string): string => `arn:aws:sqs:us-east-1:123456789012:${name}`

/** A modelled function whose every event fails at once, without retries, sending its failure record (and event) on. */
function failing(name: string, more: Partial<FunctionConfig> = {}): FunctionConfig {
  return {
    FunctionName: name,
    Simulation: { DurationMs: { Distribution: 'constant', Value: 10 }, ErrorRate: 1 },
    ...more,
    EventInvokeConfig: { MaximumRetryAttempts: 0, ...more.EventInvokeConfig },
  }
}

const onFailure = (destination: string): Partial<FunctionConfig> => ({ EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: destination } } } })

function run(scenario: Scenario): Simulation {
  const { sim } = simulate(scenario)
  sim.runToEnd()
  return sim
}

const metric = (sim: Simulation, fn: string, name: string): number => total(sim.metrics({ functionName: fn, resolution: 'minute' }), name)

/** The chain's 17th invocation, the first loop detection stops [D-recursion] §8. */
const STOPPED_AT = RECURSIVE_LOOP_INVOCATIONS + 1

describe('SNS: a function that publishes to the topic that invokes it, with that topic as its OnFailure destination [D-recursion]', () => {
  const publishesBack = { echo: calls('sns', 'Publish', () => ({ TopicArn: TOPIC_ARN, Message: 'again' })) }
  const echo: FunctionConfig = { FunctionName: 'echo', Code: CODE, ...onFailure(TOPIC_ARN) }
  const loop = (extra: Partial<Scenario> = {}): Scenario => scenarioOf({
    Functions: [echo],
    Topics: [{ TopicName: 'loop', Subscriptions: [{ Protocol: 'lambda', Endpoint: 'echo' }] }],
    Traffic: [{ Target: 'Topic:loop', Arrivals: { Process: 'burst', Count: 1, AtSecond: 1 } }],
    ...extra,
  })

  test(`the ${STOPPED_AT}th invocation is stopped; its record, published on the stopped chain, is refused and dropped for RecursiveLoop`, () => {
    const { sim } = runRecording(loop(), publishesBack)
    // The stopped 17th was queued and dropped (its record to the topic); that record's notification was refused at the Invoke.
    expect(sim.summary().Functions.echo).toMatchObject({
      Invocations: RECURSIVE_LOOP_INVOCATIONS, AsyncEventsReceived: STOPPED_AT, AsyncEventsDropped: 1, RecursiveInvocationsDropped: 2,
    })
    expect(metric(sim, 'echo', 'RecursiveInvocationsDropped')).toBe(2)
    // One message from outside, 16 from the handler and the stopped one's record.
    expect(sim.summary().Topics?.loop).toEqual({
      MessagesPublished: STOPPED_AT + 1, NotificationsDelivered: STOPPED_AT, NotificationsFailed: 1, NotificationsFilteredOut: 0,
      MessagesDropped: { RecursiveLoop: 1 },
    })
    expect(sim.eventAccounting()['Topic:loop']).toEqual({ Received: STOPPED_AT + 1, Processed: STOPPED_AT, DeadLettered: 0, Dropped: { RecursiveLoop: 1 }, Pending: 0 })
    expect(sim.accounting()).toMatchObject({ received: STOPPED_AT + 1, succeeded: RECURSIVE_LOOP_INVOCATIONS, dropped: 1, rejected: 1, queued: 0, inFlight: 0 })
  })

  test('a RecursiveLoop: Allow subscriber runs the whole chain, refuses only the stopped chain\'s message, and emits no metric', () => {
    const { sim } = runRecording(loop({
      Functions: [echo, { FunctionName: 'audit', RecursiveLoop: 'Allow' }],
      Topics: [{ TopicName: 'loop', Subscriptions: [{ Protocol: 'lambda', Endpoint: 'echo' }, { Protocol: 'lambda', Endpoint: 'audit' }] }],
    }), publishesBack)
    const { echo: echoSummary, audit } = sim.summary().Functions
    expect(audit?.Invocations).toBe(STOPPED_AT)
    expect(audit?.RecursiveInvocationsDropped).toBeUndefined()
    expect(echoSummary?.RecursiveInvocationsDropped).toBe(2)
    // Both copies of the stopped chain's message were refused: it reached no one.
    expect(sim.summary().Topics?.loop).toMatchObject({ NotificationsDelivered: 2 * STOPPED_AT, NotificationsFailed: 2, MessagesDropped: { RecursiveLoop: 1 } })
    expect(sim.accounting()).toMatchObject({ rejected: 2 })
  })
})

describe('S3: a function whose failure records go to the bucket that invokes it (the S3 on-failure destination) [D-async-rec]', () => {
  test('the stopped invocation\'s record is stored, and its notification is refused and dropped for RecursiveLoop [B-recursion-s3]', () => {
    const sim = run(scenarioOf({
      Functions: [failing('resize', onFailure('arn:aws:s3:::photos'))],
      Buckets: [{ BucketName: 'photos', NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: 'resize', Events: ['s3:ObjectCreated:*'] }] } }],
      Traffic: [{ Target: 'Bucket:photos', Arrivals: { Process: 'burst', Count: 1, AtSecond: 1 } }],
    }))
    expect(sim.summary().Functions.resize).toMatchObject({ Invocations: RECURSIVE_LOOP_INVOCATIONS, AsyncEventsDropped: STOPPED_AT, RecursiveInvocationsDropped: 2 })
    expect(sim.summary().Buckets?.photos).toEqual({
      ObjectEvents: STOPPED_AT + 1, NotificationsSent: STOPPED_AT, FilteredOut: 0, NotificationsDropped: { RecursiveLoop: 1 },
    })
    expect(sim.accounting()).toMatchObject({ received: STOPPED_AT + 1, rejected: 1 })
  })
})

describe('Lambda destinations: functions invoking each other through OnSuccess and OnFailure [D-recursion]', () => {
  test('a function that is its own OnFailure destination: the stopped record is a DestinationDeliveryFailure, refused by the function', () => {
    const sim = run(scenarioOf({
      Functions: [failing('retry', onFailure('retry'))],
      Traffic: [{ Target: 'retry', InvocationType: 'Event', Arrivals: { Process: 'burst', Count: 1, AtSecond: 1 } }],
    }))
    expect(sim.summary().Functions.retry).toMatchObject({ Invocations: RECURSIVE_LOOP_INVOCATIONS, AsyncEventsReceived: STOPPED_AT, RecursiveInvocationsDropped: 2 })
    expect(metric(sim, 'retry', 'DestinationDeliveryFailures')).toBe(1)
    expect(sim.accounting()).toMatchObject({ received: STOPPED_AT + 1, dropped: STOPPED_AT, rejected: 1 })
  })

  test('ping → pong → ping … on success: one count for the chain, the 17th (ping\'s) stopped, its failure record refused by pong', () => {
    const succeeding = (name: string, next: string): FunctionConfig => ({
      FunctionName: name,
      Simulation: { DurationMs: { Distribution: 'constant', Value: 10 } },
      EventInvokeConfig: { DestinationConfig: { OnSuccess: { Destination: next }, OnFailure: { Destination: next } } },
    })
    const sim = run(scenarioOf({
      Functions: [succeeding('ping', 'pong'), succeeding('pong', 'ping')],
      Traffic: [{ Target: 'ping', InvocationType: 'Event', Arrivals: { Process: 'burst', Count: 1, AtSecond: 1 } }],
    }))
    const { ping, pong } = sim.summary().Functions
    expect([ping?.Invocations, pong?.Invocations]).toEqual([RECURSIVE_LOOP_INVOCATIONS / 2, RECURSIVE_LOOP_INVOCATIONS / 2])
    expect(ping).toMatchObject({ AsyncEventsDropped: 1, RecursiveInvocationsDropped: 1 })
    expect(pong?.RecursiveInvocationsDropped).toBe(1)
    expect(metric(sim, 'ping', 'DestinationDeliveryFailures')).toBe(1)
    expect(sim.accounting()).toMatchObject({ received: STOPPED_AT + 1, succeeded: RECURSIVE_LOOP_INVOCATIONS, dropped: 1, rejected: 1 })
  })
})

describe('Lambda to Lambda through the SDK: nothing is lost when the chain is stopped [D-recursion] §8', () => {
  const invokesItself = (InvocationType: 'Event' | 'RequestResponse') => ({
    self: calls('lambda', 'Invoke', () => ({ FunctionName: 'self', InvocationType, Payload: '{}' })),
  })
  const loop = scenarioOf({
    Functions: [{ FunctionName: 'self', Code: CODE, Timeout: 30 }],
    Traffic: [{ Target: 'self', InvocationType: 'Event', Arrivals: { Process: 'burst', Count: 1, AtSecond: 1 } }],
  })

  test('Event: the 17th is queued and dropped (AsyncEventsDropped), not run', () => {
    const { sim } = runRecording(loop, invokesItself('Event'))
    expect(sim.summary().Functions.self).toMatchObject({
      Invocations: RECURSIVE_LOOP_INVOCATIONS, AsyncEventsReceived: STOPPED_AT, AsyncEventsDropped: 1, RecursiveInvocationsDropped: 1,
    })
    expect(sim.accounting()).toMatchObject({ received: STOPPED_AT, succeeded: RECURSIVE_LOOP_INVOCATIONS, dropped: 1, rejected: 0 })
  })

  test('RequestResponse: the 17th is refused with RecursiveInvocationException, a rejected request', () => {
    const { sim } = runRecording(loop, invokesItself('RequestResponse'))
    expect(sim.summary().Functions.self).toMatchObject({ Invocations: RECURSIVE_LOOP_INVOCATIONS, RecursiveInvocationsDropped: 1 })
    expect(sim.accounting()).toMatchObject({ received: STOPPED_AT, succeeded: RECURSIVE_LOOP_INVOCATIONS, rejected: 1, inFlight: 0 })
  })
})

describe('SQS: the stopped message stays in its queue (RecursiveInvocationException to the mapping) [D-recursion] §8', () => {
  const sendsBack = { worker: calls('sqs', 'SendMessage', () => ({ QueueUrl: 'work', MessageBody: 'again' })) }
  const worker: FunctionConfig = { FunctionName: 'worker', Code: CODE }
  const loop = (work: NonNullable<Scenario['Queues']>[number], extra: Partial<Scenario> = {}): Scenario => scenarioOf({
    DurationSeconds: 120,
    Functions: [worker],
    Queues: [work, { QueueName: 'work-dlq' }],
    EventSourceMappings: [{ EventSourceArn: 'work', FunctionName: 'worker', BatchSize: 1 }],
    Traffic: [{ Target: 'Queue:work', Arrivals: { Process: 'burst', Count: 1, AtSecond: 1 }, Payload: 'start' }],
    ...extra,
  })

  test('received again on every visibility timeout, each receive stopped, until maxReceiveCount moves it to the DLQ', () => {
    const { sim } = runRecording(loop({ QueueName: 'work', VisibilityTimeout: 10, RedrivePolicy: { deadLetterTargetArn: queueArn('work-dlq'), maxReceiveCount: 3 } }), sendsBack)
    const summary = sim.summary()
    expect(summary.Functions.worker).toMatchObject({ Invocations: RECURSIVE_LOOP_INVOCATIONS, RecursiveInvocationsDropped: 3 })
    expect(summary.Queues.work).toMatchObject({ MessagesReceived: STOPPED_AT, MessagesDeleted: RECURSIVE_LOOP_INVOCATIONS, MessagesMovedToDeadLetterQueue: 1, MessagesDropped: {} })
    expect(summary.Queues['work-dlq']?.MessagesReceived).toBe(1)
  })

  test('without a redrive policy it is stopped on every receive until its retention period ends: RetentionExpired', () => {
    const { sim } = runRecording(loop({ QueueName: 'work', VisibilityTimeout: 10, MessageRetentionPeriod: 60 }), sendsBack)
    const summary = sim.summary()
    // Received about every 10 s from a few seconds in until 60 s after it was sent.
    expect(summary.Functions.worker?.RecursiveInvocationsDropped).toBeGreaterThanOrEqual(5)
    expect(summary.Functions.worker?.RecursiveInvocationsDropped).toBeLessThanOrEqual(7)
    expect(summary.Queues.work).toMatchObject({ MessagesReceived: STOPPED_AT, MessagesDeleted: RECURSIVE_LOOP_INVOCATIONS, MessagesDropped: { RetentionExpired: 1 } })
    expect(sim.eventAccounting()['Queue:work']?.Pending).toBe(0)
  })

  test('a stopped event\'s dead-letter message, in a queue another function reads, is stopped there on every receive, then redriven', () => {
    const { sim } = runRecording(scenarioOf({
      DurationSeconds: 120,
      Functions: [
        { FunctionName: 'echo', Code: CODE, DeadLetterConfig: { TargetArn: queueArn('parked') } },
        { FunctionName: 'reader', Simulation: { DurationMs: { Distribution: 'constant', Value: 10 } } },
      ],
      Queues: [
        { QueueName: 'parked', VisibilityTimeout: 10, RedrivePolicy: { deadLetterTargetArn: queueArn('parked-dlq'), maxReceiveCount: 2 } },
        { QueueName: 'parked-dlq' },
      ],
      Topics: [{ TopicName: 'loop', Subscriptions: [{ Protocol: 'lambda', Endpoint: 'echo' }] }],
      EventSourceMappings: [{ EventSourceArn: 'parked', FunctionName: 'reader' }],
      Traffic: [{ Target: 'Topic:loop', Arrivals: { Process: 'burst', Count: 1, AtSecond: 1 } }],
    }), { echo: calls('sns', 'Publish', () => ({ TopicArn: TOPIC_ARN, Message: 'again' })) })
    const summary = sim.summary()
    expect(summary.Queues.parked).toMatchObject({ MessagesReceived: 1, MessagesDeleted: 0, MessagesMovedToDeadLetterQueue: 1 })
    expect(summary.Functions.reader).toMatchObject({ Invocations: 0, RecursiveInvocationsDropped: 2 })
    expect(summary.Queues['parked-dlq']?.MessagesReceived).toBe(1)
  })
})
