/** Scenario documents for the graph's tests: a small one to edit, and one with every kind of node and edge. */
import { mappingUuids } from '../../../engine/sources/mappingIds.ts'
import type { Scenario, TimelineEntry } from '../../../engine/scenario/types.ts'

export function smallDocument(extra: Partial<Scenario> = {}): Scenario {
  return {
    Format: 'lambda-playground/scenario@1',
    Name: 'graph fixture',
    Functions: [{ FunctionName: 'orders', Timeout: 10 }, { FunctionName: 'audit' }],
    Queues: [{ QueueName: 'jobs' }, { QueueName: 'jobs.fifo', FifoQueue: true }],
    Topics: [{ TopicName: 'events' }],
    ...extra,
  }
}

export function everythingDocument(): Scenario {
  return {
    Format: 'lambda-playground/scenario@1',
    Name: 'every kind',
    Functions: [
      {
        FunctionName: 'checkout',
        Versions: [{ Version: '1' }, { Version: '2' }],
        Aliases: [{ Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } } }],
        EventInvokeConfig: { DestinationConfig: { OnSuccess: { Destination: 'audit' }, OnFailure: { Destination: 'failures' } } },
        DeadLetterConfig: { TargetArn: 'arn:aws:sns:us-east-1:123456789012:alerts' },
      },
      { FunctionName: 'audit' },
    ],
    Queues: [
      { QueueName: 'work', VisibilityTimeout: 60, RedrivePolicy: { deadLetterTargetArn: 'failures', maxReceiveCount: 5 } },
      { QueueName: 'failures' },
    ],
    Topics: [
      { TopicName: 'alerts', Subscriptions: [{ Protocol: 'lambda', Endpoint: 'audit' }, { Protocol: 'sqs', Endpoint: 'work' }] },
    ],
    Buckets: [{ BucketName: 'uploads', NotificationConfiguration: { LambdaFunctionConfigurations: [{ Events: ['s3:ObjectCreated:*'], LambdaFunctionArn: 'checkout:live' }] } }],
    Tables: [{ TableName: 'users', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }],
    Streams: [{ StreamName: 'clicks', ShardCount: 2 }],
    Rules: [{ Name: 'nightly', ScheduleExpression: 'rate(1 day)', Targets: [{ Id: 'a', Arn: 'audit' }] }],
    Apis: [{ Name: 'shop', ProtocolType: 'HTTP', Routes: [{ RouteKey: 'GET /orders', Target: 'checkout:live' }] }],
    LoadBalancers: [{ Name: 'front', TargetGroups: [{ Name: 'tg', Target: 'checkout' }], DefaultTargetGroup: 'tg' }],
    EventSourceMappings: [
      { EventSourceArn: 'work', FunctionName: 'audit', BatchSize: 5 },
      { EventSourceArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/clicks', FunctionName: 'audit', StartingPosition: 'LATEST', DestinationConfig: { OnFailure: { Destination: 'failures' } } },
      { EventSourceArn: 'users', FunctionName: 'checkout:2', StartingPosition: 'TRIM_HORIZON' },
    ],
    Traffic: [
      { Target: 'checkout:live', Arrivals: { Process: 'constant', RatePerSecond: 5 } },
      { Target: 'Queue:work', InvocationType: 'Event', Arrivals: { Process: 'burst', Count: 10, AtSecond: 1 } },
    ],
  }
}

/**
 * A document whose Timeline names mappings by UUID (two of them connecting the same queue and
 * function), the function an update switches to, an update's failure destination, and aliases.
 */
export function timelineDocument(): Scenario {
  const doc: Scenario = {
    Format: 'lambda-playground/scenario@1',
    Name: 'timeline',
    Functions: [
      { FunctionName: 'worker', Versions: [{ Version: '1' }], Aliases: [{ Name: 'live', FunctionVersion: '1' }] },
      { FunctionName: 'audit' },
    ],
    Queues: [{ QueueName: 'orders' }, { QueueName: 'failures' }],
    Topics: [{ TopicName: 'alerts' }],
    Streams: [{ StreamName: 'clicks' }],
    Tables: [{ TableName: 'users', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }],
    EventSourceMappings: [
      { EventSourceArn: 'orders', FunctionName: 'worker' },
      { EventSourceArn: 'clicks', FunctionName: 'worker:live', StartingPosition: 'LATEST' },
      { EventSourceArn: 'orders', FunctionName: 'worker' },
      { EventSourceArn: 'users', FunctionName: 'audit', StartingPosition: 'TRIM_HORIZON' },
    ],
  }
  const [orders, clicks, ordersAgain, users] = mappingUuids(doc.EventSourceMappings) as string[]
  const update = (AtSecond: number, UUID: string | undefined, changes: object = {}): TimelineEntry =>
    ({ AtSecond, Do: { Action: 'UpdateEventSourceMapping', UUID: UUID ?? '', ...changes } })
  return {
    ...doc,
    Timeline: [
      update(10, orders, { Enabled: false }),
      update(20, clicks, { MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: 'failures' } } }),
      update(30, ordersAgain, { FunctionName: 'audit' }),
      update(40, users, { FunctionName: 'worker:live' }),
      { AtSecond: 50, Do: { Action: 'PublishVersion', FunctionName: 'worker' } },
      { AtSecond: 60, Do: { Action: 'UpdateAlias', FunctionName: 'worker', Name: 'live', FunctionVersion: '2' } },
      update(70, orders, { Enabled: true }),
    ],
  }
}
