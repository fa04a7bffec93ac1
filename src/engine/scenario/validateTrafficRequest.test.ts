/**
 * Traffic aimed at a resource: `Kind:Name` and ARN targets, and the `Request` fields each kind
 * takes; a field that does not apply to the target's kind is refused by name.
 */
import { describe, expect, test } from 'vitest'
import { onlyMessage, problems, scenario } from './scenarioFixtures.ts'

const resources = {
  Apis: [{ Name: 'shop', ProtocolType: 'HTTP', Routes: [{ RouteKey: '$default', Target: 'api' }] }],
  LoadBalancers: [{ Name: 'edge', TargetGroups: [{ Name: 'web', Target: 'api' }], DefaultTargetGroup: 'web' }],
  Queues: [{ QueueName: 'jobs' }],
  Topics: [{ TopicName: 'news' }],
  Buckets: [{ BucketName: 'uploads' }],
  Streams: [{ StreamName: 'clicks' }],
  Tables: [{ TableName: 'users', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] }],
  EventBuses: [{ Name: 'orders' }],
}
const traffic = (source: Record<string, unknown>) => scenario({
  ...resources,
  Traffic: [{ Arrivals: { Process: 'constant', RatePerSecond: 1 }, ...source }],
})
const target = (Target: string) => traffic({ Target })

describe('Target: a resource as Kind:Name or by its ARN', () => {
  test('accepts every kind by Kind:Name', () => {
    for (const t of ['Api:shop', 'LoadBalancer:edge', 'Queue:jobs', 'Topic:news', 'Bucket:uploads', 'Stream:clicks', 'Table:users', 'EventBus:orders', 'EventBus:default']) {
      expect(problems(target(t)), t).toEqual([])
    }
  })

  test('accepts every kind by ARN', () => {
    for (const t of [
      'arn:aws:apigateway:us-east-1::/apis/shop', 'arn:aws:apigateway:us-east-1::/restapis/shop',
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/edge/50dc6c495c0c9188',
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/edge',
      'arn:aws:sqs:us-east-1:123456789012:jobs', 'arn:aws:sns:us-east-1:123456789012:news', 'arn:aws:s3:::uploads',
      'arn:aws:kinesis:us-east-1:123456789012:stream/clicks', 'arn:aws:dynamodb:us-east-1:123456789012:table/users',
      'arn:aws:events:us-east-1:123456789012:event-bus/orders',
    ]) {
      expect(problems(target(t)), t).toEqual([])
    }
  })

  test('reference: the resource must be defined, and the message says where', () => {
    expect(problems(target('Queue:missing'))).toEqual(['Traffic[0].Target reference'])
    expect(onlyMessage(target('Api:missing'))).toBe("The scenario's Apis define no Api named missing")
    expect(problems(target('arn:aws:s3:::missing'))).toEqual(['Traffic[0].Target reference'])
  })

  test('reference: a resource ARN in another Region or account', () => {
    expect(problems(target('arn:aws:sqs:eu-west-1:123456789012:jobs'))).toEqual(['Traffic[0].Target reference'])
    expect(problems(target('arn:aws:kinesis:us-east-1:999999999999:stream/clicks'))).toEqual(['Traffic[0].Target reference'])
  })

  test('arn: an ARN of a kind traffic cannot feed, or malformed, lists the forms', () => {
    expect(problems(target('arn:aws:kinesis:us-east-1:123456789012:clicks'))).toEqual(['Traffic[0].Target arn'])
    expect(onlyMessage(target('arn:aws:s3:us-east-1:123456789012:uploads'))).toMatch(/arn:aws:s3:::<BucketName>/)
  })

  test('pattern: a kind with no name', () => {
    expect(problems(target('Queue:'))).toEqual(['Traffic[0].Target pattern'])
  })

  test('a function is still targeted by name', () => {
    expect(problems(target('api'))).toEqual([])
  })
})

describe('Request fields by kind', () => {
  test('an HTTP request for an API or a load balancer', () => {
    const request = { Method: 'POST', Path: '/orders?id=1&id=2', Headers: { 'Content-Type': 'application/json', Cookie: ['a=1', 'b=2'] }, Body: '{"n":1}' }
    expect(problems(traffic({ Target: 'Api:shop', Request: request }))).toEqual([])
    expect(problems(traffic({ Target: 'LoadBalancer:edge', Request: request }))).toEqual([])
  })

  test('what each other kind takes', () => {
    expect(problems(traffic({ Target: 'Bucket:uploads', Request: { EventName: 's3:ObjectRemoved:Delete', Key: 'in/{n}.csv', Size: 2048 } }))).toEqual([])
    expect(problems(traffic({ Target: 'Table:users', Request: { EventName: 'MODIFY', Key: 'user-{n}', KeyCount: 10 } }))).toEqual([])
    expect(problems(traffic({ Target: 'Queue:jobs', Request: { KeyCount: 4, MessageAttributes: { type: 'order' } } }))).toEqual([])
    expect(problems(traffic({ Target: 'Stream:clicks', Request: { KeyCount: 100 } }))).toEqual([])
    expect(problems(traffic({ Target: 'Topic:news', Request: { Subject: 'Hello', MessageAttributes: { kind: 'a' } } }))).toEqual([])
    expect(problems(traffic({ Target: 'EventBus:orders', Request: { Source: 'shop.orders', DetailType: 'OrderPlaced' } }))).toEqual([])
  })

  test('request-field: fields that do not apply to the kind are named, each one', () => {
    expect(problems(traffic({ Target: 'Queue:jobs', Request: { Path: '/x', Subject: 'no', KeyCount: 2 } }))).toEqual([
      'Traffic[0].Request.Path request-field',
      'Traffic[0].Request.Subject request-field',
    ])
    expect(onlyMessage(traffic({ Target: 'Api:shop', Request: { Key: 'k' } }))).toBe('Key does not apply to an Api target; it is for Bucket and Table targets')
  })

  test('request-field: a function target takes Payload, not Request', () => {
    expect(problems(traffic({ Target: 'api', Request: { Path: '/' } }))).toEqual(['Traffic[0].Request request-field'])
  })

  test('request-field: InvocationType is for function targets', () => {
    expect(problems(traffic({ Target: 'Api:shop', InvocationType: 'Event' }))).toEqual(['Traffic[0].InvocationType request-field'])
  })

  test('request-field: an HTTP body given both as Payload and as Request.Body', () => {
    expect(problems(traffic({ Target: 'LoadBalancer:edge', Payload: { a: 1 }, Request: { Body: 'x' } }))).toEqual(['Traffic[0].Request.Body request-field'])
  })

  test('unknown-field: a misspelt Request field', () => {
    expect(problems(traffic({ Target: 'Api:shop', Request: { Pth: '/' } }))).toEqual(['Traffic[0].Request.Pth unknown-field'])
  })

  test('the values: method, path, headers, event names, sizes, counts, subject length', () => {
    expect(problems(traffic({ Target: 'Api:shop', Request: { Method: 'FETCH', Path: 'orders', Headers: { 'bad name': 'x', ok: [1] } } }))).toEqual([
      'Traffic[0].Request.Method enum',
      'Traffic[0].Request.Path pattern',
      'Traffic[0].Request.Headers["bad name"] pattern',
      'Traffic[0].Request.Headers["ok"][0] type',
    ])
    expect(problems(traffic({ Target: 'Bucket:uploads', Request: { EventName: 'INSERT', Size: -1, Key: '' } }))).toEqual([
      'Traffic[0].Request.EventName enum',
      'Traffic[0].Request.Key pattern',
      'Traffic[0].Request.Size range',
    ])
    expect(problems(traffic({ Target: 'Table:users', Request: { EventName: 's3:ObjectCreated:Put', KeyCount: 0 } }))).toEqual([
      'Traffic[0].Request.EventName enum',
      'Traffic[0].Request.KeyCount range',
    ])
    expect(problems(traffic({ Target: 'Topic:news', Request: { Subject: 'x'.repeat(101), MessageAttributes: { n: 1 } } }))).toEqual([
      'Traffic[0].Request.Subject length',
      'Traffic[0].Request.MessageAttributes["n"] type',
    ])
  })
})
