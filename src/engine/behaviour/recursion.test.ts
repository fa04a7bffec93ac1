/**
 * Recursive loop detection [D-recursion] §8, one rule on every path: after about 16 invocations in
 * one chain of requests Lambda stops the next and counts RecursiveInvocationsDropped; with
 * `RecursiveLoop: Allow` the loop runs on and the metric is not emitted. SQS and SNS loops since
 * July 2023 [B-recursion-2023], S3 since October 2024 [B-recursion-s3]; EventBridge is not covered.
 */
import { describe, expect, test } from 'vitest'
import { RECURSIVE_LOOP_INVOCATIONS } from '../facts.ts'
import type { FunctionConfig, Scenario } from '../scenario/types.ts'
import { scenarioOf } from '../testing/harness.ts'
import { CODE, calls, runRecording, total } from './pushHarness.ts'

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:loop'

/** SQS → consumer → SNS → relay → SQS → consumer → …, started by one message. */
function sqsSnsLoop(recursiveLoop: FunctionConfig['RecursiveLoop']): Scenario {
  return scenarioOf({
    DurationSeconds: 120,
    Functions: [
      { FunctionName: 'consumer', Code: CODE, RecursiveLoop: recursiveLoop },
      { FunctionName: 'relay', Code: CODE, RecursiveLoop: recursiveLoop },
    ],
    Queues: [{ QueueName: 'work' }],
    Topics: [{ TopicName: 'loop', Subscriptions: [{ Protocol: 'lambda', Endpoint: 'relay' }] }],
    EventSourceMappings: [{ EventSourceArn: 'work', FunctionName: 'consumer', BatchSize: 1 }],
    Traffic: [{ Target: 'Queue:work', Arrivals: { Process: 'burst', Count: 1, AtSecond: 1 }, Payload: 'start' }],
  })
}

const loopHandlers = {
  consumer: calls('sns', 'Publish', () => ({ TopicArn: TOPIC, Message: 'again' })),
  relay: calls('sqs', 'SendMessage', () => ({ QueueUrl: 'work', MessageBody: 'again' })),
}

const dropped = (run: ReturnType<typeof runRecording>, name: string): number =>
  total(run.sim.metrics({ functionName: name, resolution: 'minute' }), 'RecursiveInvocationsDropped')

describe('a loop through SQS and SNS [D-recursion]', () => {
  test(`stops after ${RECURSIVE_LOOP_INVOCATIONS} invocations in the chain, counting RecursiveInvocationsDropped`, () => {
    const run = runRecording(sqsSnsLoop('Terminate'), loopHandlers)
    const invocations = (run.received.get('consumer')?.length ?? 0) + (run.received.get('relay')?.length ?? 0)
    expect(invocations).toBe(RECURSIVE_LOOP_INVOCATIONS)
    // The 17th would be the consumer's: the event source mapping gets RecursiveInvocationException, and keeps retrying the message.
    expect(dropped(run, 'consumer')).toBeGreaterThanOrEqual(1)
    expect(dropped(run, 'relay')).toBe(0)
  })

  test('with RecursiveLoop: Allow it runs on, and no RecursiveInvocationsDropped is emitted', () => {
    const run = runRecording({ ...sqsSnsLoop('Allow'), DurationSeconds: 15 }, loopHandlers)
    expect(run.received.get('consumer')?.length ?? 0).toBeGreaterThan(10 * RECURSIVE_LOOP_INVOCATIONS)
    expect(dropped(run, 'consumer') + dropped(run, 'relay')).toBe(0)
  })
})

describe('loops through one service', () => {
  test('SNS → Lambda → the same topic: the 17th invocation is stopped and goes to the on-failure destination', () => {
    const scenario = scenarioOf({
      DurationSeconds: 60,
      Functions: [{ FunctionName: 'echo', Code: CODE, EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: 'stopped' } } } }],
      Queues: [{ QueueName: 'stopped' }],
      Topics: [{ TopicName: 'loop', Subscriptions: [{ Protocol: 'lambda', Endpoint: 'echo' }] }],
      Traffic: [{ Target: 'Topic:loop', Arrivals: { Process: 'burst', Count: 1, AtSecond: 1 }, Payload: 'go' }],
    })
    const run = runRecording(scenario, { echo: calls('sns', 'Publish', () => ({ TopicArn: TOPIC, Message: 'again' })) })
    expect(run.received.get('echo')).toHaveLength(RECURSIVE_LOOP_INVOCATIONS)
    expect(dropped(run, 'echo')).toBe(1)
    const record = run.sim.queueMessages('stopped')[0] as { requestContext: { condition: string }; responsePayload: { errorType: string } }
    expect(record.responsePayload.errorType).toBe('RecursiveInvocationException')
  })

  test('S3 → Lambda → PutObject into the same bucket is stopped too (since Oct 2024) [B-recursion-s3]', () => {
    const scenario = scenarioOf({
      DurationSeconds: 60,
      Functions: [{ FunctionName: 'resize', Code: CODE }],
      Buckets: [{ BucketName: 'photos', NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: 'resize', Events: ['s3:ObjectCreated:*'] }] } }],
      Traffic: [{ Target: 'Bucket:photos', Arrivals: { Process: 'burst', Count: 1, AtSecond: 1 } }],
    })
    const run = runRecording(scenario, { resize: calls('s3', 'PutObject', () => ({ Bucket: 'photos', Key: 'resized.jpg', Body: 'x' })) })
    expect(run.received.get('resize')).toHaveLength(RECURSIVE_LOOP_INVOCATIONS)
    expect(dropped(run, 'resize')).toBe(1)
  })

  test('EventBridge does not carry the chain: a loop through a bus is never stopped', () => {
    const scenario = scenarioOf({
      DurationSeconds: 5,
      Functions: [{ FunctionName: 'ping', Code: CODE }],
      Rules: [{ Name: 'loop', EventPattern: { source: ['ping'] }, Targets: [{ Id: 'ping', Arn: 'ping' }] }],
      Traffic: [{ Target: 'EventBus:default', Arrivals: { Process: 'burst', Count: 1, AtSecond: 1 }, Request: { Source: 'ping', DetailType: 'Ping' } }],
    })
    const run = runRecording(scenario, {
      ping: calls('eventbridge', 'PutEvents', () => ({ Entries: [{ Source: 'ping', DetailType: 'Ping', Detail: '{}' }] })),
    })
    expect(run.received.get('ping')?.length ?? 0).toBeGreaterThan(2 * RECURSIVE_LOOP_INVOCATIONS)
    expect(dropped(run, 'ping')).toBe(0)
  })
})
