import { describe, expect, test } from 'vitest'
import { validateScenario } from '../../../engine/scenario/validate.ts'
import type { Scenario } from '../../../engine/scenario/types.ts'
import { connect, type ConnectResult } from './connect.ts'
import { smallDocument } from './graphFixtures.ts'

function done(result: ConnectResult): Scenario {
  if (result.status !== 'done') throw new Error(`expected the connection to be made, got ${JSON.stringify(result)}`)
  expect(validateScenario(result.doc).ok).toBe(true)
  return result.doc
}

function refusal(result: ConnectResult): string {
  if (result.status !== 'refused') throw new Error(`expected a refusal, got ${JSON.stringify(result)}`)
  return result.reason
}

const withAlias = (): Scenario => smallDocument({
  Functions: [{ FunctionName: 'orders', Versions: [{ Version: '1' }, { Version: '2' }], Aliases: [{ Name: 'live', FunctionVersion: '1' }] }],
})

describe('a function to a queue, topic or function: asynchronous destinations and the DLQ [D-async-rec]', () => {
  test('a standard queue can be the on-success or on-failure destination or the dead-letter queue: the user picks', () => {
    const result = connect(smallDocument(), 'function:orders', 'queue:jobs')
    expect(result).toEqual({
      status: 'choose',
      options: [
        { id: 'OnSuccess', label: 'On-success destination' },
        { id: 'OnFailure', label: 'On-failure destination' },
        { id: 'DeadLetterConfig', label: 'Dead-letter queue' },
      ],
    })
    const doc = done(connect(smallDocument(), 'function:orders', 'queue:jobs', 'OnFailure'))
    expect(doc.Functions[0]?.EventInvokeConfig).toEqual({ DestinationConfig: { OnFailure: { Destination: 'jobs' } } })
    expect(done(connect(smallDocument(), 'function:orders', 'queue:jobs', 'DeadLetterConfig')).Functions[0]?.DeadLetterConfig).toEqual({ TargetArn: 'jobs' })
  })

  test('a FIFO queue is refused as destination and DLQ [D-async-rec]', () => {
    expect(refusal(connect(smallDocument(), 'function:orders', 'queue:jobs.fifo'))).toContain('only standard queues and topics')
  })

  test('a function is refused as its own destination', () => {
    expect(refusal(connect(smallDocument(), 'function:orders', 'function:orders'))).toContain('cannot be its own destination')
  })

  test('another function can be a destination, but not a dead-letter queue', () => {
    const result = connect(smallDocument(), 'function:orders', 'function:audit')
    expect(result.status === 'choose' && result.options.map((o) => o.id)).toEqual(['OnSuccess', 'OnFailure'])
  })

  test('a name shared by a queue and a topic is written as an ARN, so it is not ambiguous', () => {
    const doc = smallDocument({ Topics: [{ TopicName: 'jobs' }] })
    const result = done(connect(doc, 'function:orders', 'topic:jobs', 'OnSuccess'))
    expect(result.Functions[0]?.EventInvokeConfig?.DestinationConfig?.OnSuccess?.Destination).toBe('arn:aws:sns:us-east-1:123456789012:jobs')
  })
})

describe('a queue to a function: an event source mapping [D-sqs-cfg]', () => {
  test('creates the mapping', () => {
    const doc = done(connect(smallDocument({ Queues: [{ QueueName: 'jobs', VisibilityTimeout: 60 }] }), 'queue:jobs', 'function:orders'))
    expect(doc.EventSourceMappings).toEqual([{ EventSourceArn: 'jobs', FunctionName: 'orders' }])
  })

  test('refused when the function Timeout exceeds the queue VisibilityTimeout [D-sqs-cfg]', () => {
    const doc = smallDocument({ Queues: [{ QueueName: 'jobs', VisibilityTimeout: 9 }] })
    expect(refusal(connect(doc, 'queue:jobs', 'function:orders'))).toContain("Timeout (10 s) exceeds jobs's VisibilityTimeout (9 s)")
    // Equal is allowed: the rule is Timeout ≤ VisibilityTimeout.
    done(connect(smallDocument({ Queues: [{ QueueName: 'jobs', VisibilityTimeout: 10 }] }), 'queue:jobs', 'function:orders'))
  })

  test("the default VisibilityTimeout is SQS's 30 s", () => {
    const doc = smallDocument({ Functions: [{ FunctionName: 'orders', Timeout: 31 }] })
    expect(refusal(connect(doc, 'queue:jobs', 'function:orders'))).toContain('VisibilityTimeout (30 s)')
  })

  test('a second mapping of the same queue to the same function is refused', () => {
    const once = done(connect(smallDocument({ Queues: [{ QueueName: 'jobs', VisibilityTimeout: 60 }] }), 'queue:jobs', 'function:orders'))
    expect(refusal(connect(once, 'queue:jobs', 'function:orders'))).toContain('already mapped')
  })

  test('a queue to another queue of the same type sets its redrive policy', () => {
    const doc = smallDocument({ Queues: [{ QueueName: 'jobs' }, { QueueName: 'dead' }] })
    expect(done(connect(doc, 'queue:jobs', 'queue:dead')).Queues?.[0]?.RedrivePolicy).toEqual({ deadLetterTargetArn: 'dead', maxReceiveCount: 5 })
    expect(refusal(connect(smallDocument(), 'queue:jobs', 'queue:jobs.fifo'))).toContain('same type')
  })
})

describe('streams, topics, buckets, buses and rules', () => {
  test('a stream cannot feed a queue directly', () => {
    const doc = smallDocument({ Streams: [{ StreamName: 'clicks' }] })
    expect(refusal(connect(doc, 'stream:clicks', 'queue:jobs'))).toContain('read only by an event source mapping')
    expect(done(connect(doc, 'stream:clicks', 'function:audit')).EventSourceMappings).toEqual([
      { EventSourceArn: 'clicks', FunctionName: 'audit', StartingPosition: 'TRIM_HORIZON' },
    ])
  })

  test("a table's mapping turns its stream on", () => {
    const doc = smallDocument({ Tables: [{ TableName: 'users', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] }] })
    const connected = done(connect(doc, 'table:users', 'function:audit'))
    expect(connected.Tables?.[0]?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' })
  })

  test('a topic subscribes a function or a queue', () => {
    expect(done(connect(smallDocument(), 'topic:events', 'function:audit')).Topics?.[0]?.Subscriptions).toEqual([{ Protocol: 'lambda', Endpoint: 'audit' }])
    expect(done(connect(smallDocument(), 'topic:events', 'queue:jobs')).Topics?.[0]?.Subscriptions).toEqual([{ Protocol: 'sqs', Endpoint: 'jobs' }])
  })

  test('a bucket notifies a function on object creation', () => {
    const doc = smallDocument({ Buckets: [{ BucketName: 'uploads' }] })
    expect(done(connect(doc, 'bucket:uploads', 'function:orders')).Buckets?.[0]?.NotificationConfiguration).toEqual({
      LambdaFunctionConfigurations: [{ Events: ['s3:ObjectCreated:*'], LambdaFunctionArn: 'orders' }],
    })
  })

  test('a bucket is an on-failure destination only [API@2024-11-22]; a bus takes either record', () => {
    const doc = smallDocument({ Buckets: [{ BucketName: 'uploads' }], EventBuses: [{ Name: 'orders-bus' }] })
    const bucket = connect(doc, 'function:orders', 'bucket:uploads')
    expect(bucket).toMatchObject({ status: 'done', label: 'On-failure destination' })
    expect(done(bucket).Functions[0]?.EventInvokeConfig?.DestinationConfig).toEqual({ OnFailure: { Destination: 'uploads' } })
    const bus = connect(doc, 'function:orders', 'bus:orders-bus')
    expect(bus.status === 'choose' && bus.options.map((o) => o.id)).toEqual(['OnSuccess', 'OnFailure'])
  })

  test('a function cannot send to a table, stream or API: handler code reaches those through the SDK', () => {
    const doc = smallDocument({ Tables: [{ TableName: 'users', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] }] })
    expect(refusal(connect(doc, 'function:orders', 'table:users'))).toContain('destinations are SQS queues, SNS topics, functions')
  })

  test('a bus connected to a function creates a rule matching every event', () => {
    const doc = smallDocument({ EventBuses: [{ Name: 'orders-bus' }] })
    expect(done(connect(doc, 'bus:orders-bus', 'function:audit')).Rules).toEqual([{
      Name: 'orders-bus-to-audit', EventBusName: 'orders-bus', EventPattern: { source: [{ prefix: '' }] }, Targets: [{ Id: 'target-1', Arn: 'audit' }],
    }])
  })
})

describe('aliases and traffic', () => {
  test('an alias to another version of its function: repoint it, or route a 10 % canary', () => {
    const result = connect(withAlias(), 'alias:orders:live', 'version:orders:2')
    expect(result.status === 'choose' && result.options.map((o) => o.id)).toEqual(['primary', 'additional'])
    const routed = done(connect(withAlias(), 'alias:orders:live', 'version:orders:2', 'additional'))
    expect(routed.Functions[0]?.Aliases?.[0]).toEqual({ Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } } })
    const repointed = done(connect(routed, 'alias:orders:live', 'version:orders:2', 'primary'))
    expect(repointed.Functions[0]?.Aliases?.[0]).toEqual({ Name: 'live', FunctionVersion: '2' })
  })

  test('the validator has the last word: a routed alias cannot point to $LATEST', () => {
    const routed = done(connect(withAlias(), 'alias:orders:live', 'version:orders:2', 'additional'))
    expect(refusal(connect(routed, 'alias:orders:live', 'function:orders'))).toContain('routing configuration cannot point to $LATEST')
  })

  test("an alias never points to another function's version", () => {
    expect(refusal(connect(withAlias(), 'alias:orders:live', 'function:audit'))).toContain('only to versions of its own function')
  })

  test('traffic retargets to a function, version or alias; nothing sends to a generator', () => {
    const doc = withAlias()
    const withTraffic = { ...doc, Traffic: [{ Target: 'orders', Arrivals: { Process: 'constant' as const, RatePerSecond: 1 } }] }
    expect(done(connect(withTraffic, 'traffic:0', 'alias:orders:live')).Traffic?.[0]?.Target).toBe('orders:live')
    expect(refusal(connect(withTraffic, 'function:orders', 'traffic:0'))).toContain('only sends')
  })

  test('traffic sent to a resource drops InvocationType: the service invokes its functions its own way', () => {
    const doc = smallDocument({ Traffic: [{ Target: 'orders', InvocationType: 'Event', Arrivals: { Process: 'constant', RatePerSecond: 1 } }] })
    expect(done(connect(doc, 'traffic:0', 'queue:jobs')).Traffic?.[0]).toEqual({ Target: 'Queue:jobs', Arrivals: { Process: 'constant', RatePerSecond: 1 } })
  })
})
