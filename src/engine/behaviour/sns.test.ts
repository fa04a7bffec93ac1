/**
 * SNS topics with subscriptions [G-sns]: fan-out to every subscription, the Lambda event's shape,
 * the SQS envelope and raw delivery, filter policies on attributes or on the body [D-filter], and
 * topics as destinations [D-async-rec].
 */
import { describe, expect, test } from 'vitest'
import type { Scenario, SubscriptionConfig } from '../scenario/types.ts'
import { burst, scenarioOf } from '../testing/harness.ts'
import { CODE, runRecording, total } from './pushHarness.ts'

const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:orders'

function topicScenario(subscriptions: SubscriptionConfig[], traffic: Scenario['Traffic'], extra: Partial<Scenario> = {}): Scenario {
  return scenarioOf({
    DurationSeconds: 30,
    Functions: [{ FunctionName: 'billing', Code: CODE }, { FunctionName: 'shipping', Code: CODE }, { FunctionName: 'analytics', Code: CODE }],
    Queues: [{ QueueName: 'audit' }],
    Topics: [{ TopicName: 'orders', Subscriptions: subscriptions }],
    Traffic: traffic,
    ...extra,
  })
}

const publish = (count: number, payload: unknown, attributes?: Record<string, string>, subject?: string): NonNullable<Scenario['Traffic']>[number] => ({
  Target: 'Topic:orders', Arrivals: { Process: 'burst', Count: count, AtSecond: 1 }, Payload: payload,
  Request: { ...(attributes ? { MessageAttributes: attributes } : {}), ...(subject ? { Subject: subject } : {}) },
})

describe('fan-out [G-sns]', () => {
  test('every subscription gets every message: 5 messages to 3 functions and a queue are 20 notifications', () => {
    const { sim, received } = runRecording(topicScenario([
      { Protocol: 'lambda', Endpoint: 'billing' }, { Protocol: 'lambda', Endpoint: 'shipping' },
      { Protocol: 'lambda', Endpoint: 'analytics' }, { Protocol: 'sqs', Endpoint: 'audit' },
    ], [publish(5, { orderId: 1 })]))
    for (const name of ['billing', 'shipping', 'analytics']) expect(received.get(name)).toHaveLength(5)
    expect(sim.summary().Queues.audit?.MessagesReceived).toBe(5)
    expect(sim.summary().Topics?.orders).toEqual({ MessagesPublished: 5, NotificationsDelivered: 20, NotificationsFailed: 0, NotificationsFilteredOut: 0 })
    const metrics = sim.resourceMetrics({ kind: 'Topic', name: 'orders', resolution: 'minute' })
    expect(total(metrics, 'NumberOfMessagesPublished')).toBe(5)
    expect(total(metrics, 'NumberOfNotificationsDelivered')).toBe(20)
    expect(sim.eventAccounting()['Topic:orders']).toEqual({ Received: 5, Processed: 5, DeadLettered: 0, Dropped: {}, Pending: 0 })
  })

  test('Lambda is invoked asynchronously: each notification is an async event of its function', () => {
    const { sim } = runRecording(topicScenario([{ Protocol: 'lambda', Endpoint: 'billing' }], [publish(3, 'x')]))
    expect(sim.summary().Functions.billing?.AsyncEventsReceived).toBe(3)
  })

  test('a FIFO topic delivers to its FIFO queue, each message in its group', () => {
    const scenario = scenarioOf({
      DurationSeconds: 30,
      Functions: [{ FunctionName: 'billing' }],
      Queues: [{ QueueName: 'ledger.fifo', FifoQueue: true }],
      Topics: [{ TopicName: 'orders.fifo', FifoTopic: true, Subscriptions: [{ Protocol: 'sqs', Endpoint: 'ledger.fifo' }] }],
      Traffic: [{ Target: 'Topic:orders.fifo', Arrivals: { Process: 'burst', Count: 3, AtSecond: 1 }, Payload: 'x' }],
    })
    const { sim } = runRecording(scenario)
    expect(sim.summary().Topics?.['orders.fifo']).toMatchObject({ MessagesPublished: 3, NotificationsDelivered: 3, NotificationsFailed: 0 })
    expect(sim.summary().Queues['ledger.fifo']?.MessagesReceived).toBe(3)
  })

  test('a topic without subscriptions drops what is published to it', () => {
    const { sim } = runRecording(topicScenario([], [publish(2, 'x')]))
    expect(sim.eventAccounting()['Topic:orders']).toEqual({ Received: 2, Processed: 0, DeadLettered: 0, Dropped: { NoSubscriptions: 2 }, Pending: 0 })
  })
})

describe('what subscribers receive [G-sns]', () => {
  test('a function gets the documented SNS event, the message as text', () => {
    const { received } = runRecording(topicScenario([{ Protocol: 'lambda', Endpoint: 'billing' }], [publish(1, { orderId: 7 }, { store: 'web' }, 'New order')]))
    const event = received.get('billing')?.[0] as { Records: Record<string, unknown>[] }
    expect(event.Records).toHaveLength(1)
    const record = event.Records[0] as { EventSubscriptionArn: string; Sns: Record<string, unknown> }
    expect(Object.keys(record)).toEqual(['EventVersion', 'EventSubscriptionArn', 'EventSource', 'Sns'])
    expect(record).toMatchObject({ EventVersion: '1.0', EventSource: 'aws:sns' })
    expect(record.EventSubscriptionArn).toMatch(new RegExp(`^${TOPIC_ARN}:[0-9a-f-]{36}$`))
    expect(Object.keys(record.Sns)).toEqual([
      'SignatureVersion', 'Timestamp', 'Signature', 'SigningCertUrl', 'MessageId', 'Message', 'MessageAttributes', 'Type', 'UnsubscribeUrl', 'TopicArn', 'Subject',
    ])
    expect(record.Sns).toMatchObject({
      Type: 'Notification', TopicArn: TOPIC_ARN, Subject: 'New order', Message: '{"orderId":7}',
      MessageAttributes: { store: { Type: 'String', Value: 'web' } }, Timestamp: '2026-01-01T00:00:01.000Z',
    })
  })

  test('a queue gets the JSON envelope; with raw message delivery, the message alone', () => {
    const envelope = runRecording(topicScenario([{ Protocol: 'sqs', Endpoint: 'audit' }], [publish(1, 'hello', { store: 'web' })]))
    const body = envelope.sim.queueMessages('audit')[0] as Record<string, unknown>
    expect(body).toMatchObject({ Type: 'Notification', TopicArn: TOPIC_ARN, Message: 'hello', MessageAttributes: { store: { Type: 'String', Value: 'web' } } })
    expect(body).toHaveProperty('SigningCertURL')
    expect(body).not.toHaveProperty('Subject')
    const raw = runRecording(topicScenario([{ Protocol: 'sqs', Endpoint: 'audit', RawMessageDelivery: true }], [publish(1, 'hello', { store: 'web' })]))
    expect(raw.sim.queueMessages('audit')).toEqual([{ body: 'hello', messageAttributes: { store: { DataType: 'String', StringValue: 'web' } } }])
  })
})

describe('filter policies [D-filter]', () => {
  test('on attributes: only matching messages are delivered; the rest count as NumberOfNotificationsFilteredOut', () => {
    const { sim, received } = runRecording(topicScenario(
      [{ Protocol: 'lambda', Endpoint: 'shipping', FilterPolicy: { type: ['physical'] } }, { Protocol: 'lambda', Endpoint: 'billing' }],
      [publish(3, 'a', { type: 'physical' }), publish(2, 'b', { type: 'digital' }), publish(1, 'c')],
    ))
    expect(received.get('shipping')).toHaveLength(3)
    expect(received.get('billing')).toHaveLength(6)
    const metrics = sim.resourceMetrics({ kind: 'Topic', name: 'orders', resolution: 'minute' })
    expect(total(metrics, 'NumberOfNotificationsFilteredOut')).toBe(3)
    expect(total(metrics, 'NumberOfNotificationsFilteredOut-NoMessageAttributes')).toBe(1)
  })

  test('a message every subscription filters out is dropped as FilteredOut', () => {
    const { sim } = runRecording(topicScenario([{ Protocol: 'lambda', Endpoint: 'shipping', FilterPolicy: { type: ['physical'] } }], [publish(2, 'b', { type: 'digital' })]))
    expect(sim.eventAccounting()['Topic:orders']?.Dropped).toEqual({ FilteredOut: 2 })
  })

  test('Number attributes compare as numbers in numeric ranges', () => {
    const scenario = topicScenario([{ Protocol: 'lambda', Endpoint: 'billing', FilterPolicy: { price: [{ numeric: ['>=', 100] }] } }], [], {
      Functions: [{ FunctionName: 'publisher', Code: CODE }, { FunctionName: 'billing', Code: CODE }],
      Traffic: [burst('publisher', 1)],
    })
    const { received } = runRecording(scenario, {
      publisher: (call) => {
        const send = (price: string, then: () => void): void => call.host.awsCall('sns', 'Publish', {
          TopicArn: TOPIC_ARN, Message: price, MessageAttributes: { price: { DataType: 'Number', StringValue: price } },
        }, then)
        send('99.5', () => send('100', () => send('1e3', () => call.done({ type: 'success', payload: 'null' }))))
      },
    })
    expect(received.get('billing')?.map((e) => (e as { Records: { Sns: { Message: string } }[] }).Records[0]?.Sns.Message)).toEqual(['100', '1e3'])
  })

  test('on the body (FilterPolicyScope MessageBody), nested keys match the JSON message', () => {
    const { received } = runRecording(topicScenario(
      [{ Protocol: 'lambda', Endpoint: 'analytics', FilterPolicyScope: 'MessageBody', FilterPolicy: { order: { total: [{ numeric: ['>', 100] }] } } }],
      [publish(2, { order: { total: 150 } }), publish(3, { order: { total: 20 } }), publish(1, 'not json')],
    ))
    expect(received.get('analytics')).toHaveLength(2)
  })
})

describe('topics as destinations and dead-letter queues fan out [D-async-rec]', () => {
  test('an on-success destination topic delivers the invocation record to its subscribers', () => {
    const scenario = scenarioOf({
      DurationSeconds: 30,
      Functions: [
        { FunctionName: 'worker', EventInvokeConfig: { DestinationConfig: { OnSuccess: { Destination: 'orders' } } } },
        { FunctionName: 'billing', Code: CODE },
      ],
      Topics: [{ TopicName: 'orders', Subscriptions: [{ Protocol: 'lambda', Endpoint: 'billing' }] }],
      Traffic: [burst('worker', 2, 0, 'Event')],
    })
    const { received } = runRecording(scenario)
    const events = received.get('billing') as { Records: { Sns: { Message: string } }[] }[]
    expect(events).toHaveLength(2)
    const record = JSON.parse(events[0]?.Records[0]?.Sns.Message ?? '{}') as { requestContext: { condition: string } }
    expect(record.requestContext.condition).toBe('Success')
  })

  test('an SNS destination takes at most 256 KB: a bigger record is a DestinationDeliveryFailure [D-async-rec]', () => {
    const scenario = scenarioOf({
      DurationSeconds: 30,
      Functions: [{ FunctionName: 'worker', Code: CODE, EventInvokeConfig: { DestinationConfig: { OnSuccess: { Destination: 'orders' } } } }],
      Topics: [{ TopicName: 'orders' }],
      Traffic: [burst('worker', 2, 0, 'Event')],
    })
    let calls = 0
    const { sim } = runRecording(scenario, {
      // The first response is about 200 KB, the second 300 KB: with the record around it, only the first fits.
      worker: (call) => call.done({ type: 'success', payload: JSON.stringify('x'.repeat(++calls === 1 ? 200_000 : 300_000)) }),
    })
    expect(sim.summary().Topics?.orders?.MessagesPublished).toBe(1)
    expect(total(sim.metrics({ functionName: 'worker', resolution: 'minute' }), 'DestinationDeliveryFailures')).toBe(1)
  })

  test('handler code publishing with the SDK fans out, and answers the message id subscribers see', () => {
    let answered: unknown = null
    const scenario = topicScenario([{ Protocol: 'lambda', Endpoint: 'billing' }], [burst('shipping', 1)])
    const { received } = runRecording(scenario, {
      shipping: (call) => call.host.awsCall('sns', 'Publish', { TopicArn: 'orders', Message: 'from code', Subject: 'hi' }, (outcome) => {
        answered = outcome
        call.done({ type: 'success', payload: 'null' })
      }),
    })
    const sns = (received.get('billing')?.[0] as { Records: { Sns: { MessageId: string; Message: string } }[] }).Records[0]?.Sns
    expect(sns?.Message).toBe('from code')
    expect(answered).toEqual({ ok: true, output: { MessageId: sns?.MessageId } })
  })
})
