/** The resources around functions, and the mappings, subscriptions, notifications and rules between them. */
import type { S3NotificationTarget, Scenario } from '../../engine/scenario/types.ts'
import type { LogicalIds } from './exportNames.ts'
import type { ImportFinding } from './props.ts'

export type Resources = Record<string, { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] }>

const defined = (entries: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined))

function stores(scenario: Scenario, ids: LogicalIds, resources: Resources, omitted: ImportFinding[]): void {
  for (const q of scenario.Queues ?? []) {
    const redrive = q.RedrivePolicy
    resources[ids.id('queue', q.QueueName) ?? ''] = { Type: 'AWS::SQS::Queue', Properties: defined({
      QueueName: q.QueueName, FifoQueue: q.FifoQueue, VisibilityTimeout: q.VisibilityTimeout, MessageRetentionPeriod: q.MessageRetentionPeriod,
      DelaySeconds: q.DelaySeconds, ContentBasedDeduplication: q.ContentBasedDeduplication,
      RedrivePolicy: redrive && { deadLetterTargetArn: ids.resourceArn(redrive.deadLetterTargetArn) ?? redrive.deadLetterTargetArn, maxReceiveCount: redrive.maxReceiveCount },
    }) }
  }
  for (const t of scenario.Topics ?? []) {
    resources[ids.id('topic', t.TopicName) ?? ''] = { Type: 'AWS::SNS::Topic', Properties: defined({ TopicName: t.TopicName, FifoTopic: t.FifoTopic }) }
    t.Subscriptions?.forEach((s, i) => {
      const endpoint = s.Protocol === 'lambda' ? ids.functionRef(s.Endpoint) : ids.resourceArn(s.Endpoint)
      resources[ids.fresh(`${ids.id('topic', t.TopicName)}Subscription${i + 1}`)] = { Type: 'AWS::SNS::Subscription', Properties: defined({
        TopicArn: { Ref: ids.id('topic', t.TopicName) }, Protocol: s.Protocol, Endpoint: endpoint ?? s.Endpoint,
        FilterPolicy: s.FilterPolicy, FilterPolicyScope: s.FilterPolicyScope, RawMessageDelivery: s.RawMessageDelivery,
      }) }
    })
  }
  for (const b of scenario.Buckets ?? []) {
    const n = b.NotificationConfiguration
    const filter = (f: S3NotificationTarget) =>
      f.Filter ? { Filter: { S3Key: { Rules: f.Filter.Key.FilterRules } } } : {}
    const each = <T extends S3NotificationTarget>(list: T[] | undefined, target: (c: T) => Record<string, unknown>) =>
      list?.flatMap((c) => c.Events.map((event) => ({ Event: event, ...target(c), ...filter(c) })))
    const notification = n && defined({
      LambdaConfigurations: each(n.LambdaFunctionConfigurations, (c) => ({ Function: ids.functionRef(c.LambdaFunctionArn) ?? c.LambdaFunctionArn })),
      QueueConfigurations: each(n.QueueConfigurations, (c) => ({ Queue: ids.resourceArn(c.QueueArn) ?? c.QueueArn })),
      TopicConfigurations: each(n.TopicConfigurations, (c) => ({ Topic: ids.resourceArn(c.TopicArn) ?? c.TopicArn })),
    })
    resources[ids.id('bucket', b.BucketName) ?? ''] = { Type: 'AWS::S3::Bucket', Properties: defined({ BucketName: b.BucketName, NotificationConfiguration: notification }) }
  }
  scenario.Tables?.forEach((t, i) => {
    omitted.push({ path: `Tables[${i}].KeySchema`, message: `${t.TableName}: key attributes are declared as strings (AttributeType S); change them if yours are numbers` })
    resources[ids.id('table', t.TableName) ?? ''] = { Type: 'AWS::DynamoDB::Table', Properties: defined({
      TableName: t.TableName, BillingMode: 'PAY_PER_REQUEST', KeySchema: t.KeySchema,
      AttributeDefinitions: t.KeySchema.map((k) => ({ AttributeName: k.AttributeName, AttributeType: 'S' })),
      StreamSpecification: t.StreamSpecification?.StreamEnabled ? { StreamViewType: t.StreamSpecification.StreamViewType ?? 'NEW_AND_OLD_IMAGES' } : undefined,
    }) }
  })
  for (const s of scenario.Streams ?? []) {
    resources[ids.id('stream', s.StreamName) ?? ''] = { Type: 'AWS::Kinesis::Stream', Properties: defined({
      Name: s.StreamName, ShardCount: s.ShardCount ?? 1, RetentionPeriodHours: s.RetentionPeriodHours,
    }) }
  }
}

/** API routes as Api / HttpApi events on their functions, referring to an explicit API resource. */
function apis(scenario: Scenario, ids: LogicalIds, resources: Resources, omitted: ImportFinding[]): void {
  for (const api of scenario.Apis ?? []) {
    const apiId = ids.id('api', api.Name) ?? ''
    const http = api.ProtocolType === 'HTTP'
    resources[apiId] = { Type: http ? 'AWS::Serverless::HttpApi' : 'AWS::Serverless::Api', Properties: defined({ Name: api.Name, StageName: api.StageName ?? (http ? undefined : 'prod') }) }
    api.Routes.forEach((route, i) => {
      const [name = '', qualifier] = route.Target.split(':')
      const fnId = ids.id('function', name)
      const fn = fnId === undefined ? undefined : resources[fnId]
      if (!fn) return
      if (qualifier !== undefined) omitted.push({ path: `Apis[${scenario.Apis?.indexOf(api)}].Routes[${i}].Target`, message: `SAM events invoke the function itself; the qualifier ${qualifier} is left out` })
      const [method, path] = route.RouteKey === '$default' ? [undefined, undefined] : route.RouteKey.split(' ')
      const events = (fn.Properties.Events ??= {}) as Record<string, unknown>
      events[`${apiId}Route${i + 1}`] = { Type: http ? 'HttpApi' : 'Api', Properties: defined({
        [http ? 'ApiId' : 'RestApiId']: { Ref: apiId }, Path: path, Method: method?.toLowerCase(),
        PayloadFormatVersion: http ? route.PayloadFormatVersion : undefined, TimeoutInMillis: route.TimeoutInMillis,
      }) }
    })
  }
}

function rulesAndMappings(scenario: Scenario, ids: LogicalIds, resources: Resources): void {
  for (const bus of scenario.EventBuses ?? []) resources[ids.id('bus', bus.Name) ?? ''] = { Type: 'AWS::Events::EventBus', Properties: { Name: bus.Name } }
  for (const rule of scenario.Rules ?? []) {
    // A rule on a custom bus needs the bus to exist first; Ref gives its name (the bus's primary identifier).
    const bus = rule.EventBusName === undefined ? undefined : ids.id('bus', rule.EventBusName.split('/').pop() ?? '')
    resources[ids.id('rule', rule.Name) ?? ''] = { Type: 'AWS::Events::Rule', Properties: defined({
      Name: rule.Name, EventBusName: bus === undefined ? rule.EventBusName : { Ref: bus }, EventPattern: rule.EventPattern, ScheduleExpression: rule.ScheduleExpression, State: rule.State ?? 'ENABLED',
      Targets: rule.Targets.map((t) => defined({
        Id: t.Id, Arn: ids.resourceArn(t.Arn) ?? t.Arn, Input: t.Input, RetryPolicy: t.RetryPolicy,
        DeadLetterConfig: t.DeadLetterConfig?.Arn === undefined ? undefined : { Arn: ids.resourceArn(t.DeadLetterConfig.Arn) ?? t.DeadLetterConfig.Arn },
      })),
    }) }
  }
  scenario.EventSourceMappings?.forEach((m, i) => {
    const { EventSourceArn, FunctionName, DestinationConfig, ...settings } = m
    // CloudFormation takes the on-failure destination as an ARN only (cfn-lint E3031), never a bare name.
    const onFailure = DestinationConfig?.OnFailure?.Destination
    resources[ids.fresh(`EventSourceMapping${i + 1}`)] = { Type: 'AWS::Lambda::EventSourceMapping', Properties: {
      EventSourceArn: ids.resourceArn(EventSourceArn) ?? EventSourceArn, FunctionName: ids.functionRef(FunctionName) ?? FunctionName, ...settings,
      ...(DestinationConfig ? { DestinationConfig: onFailure === undefined ? DestinationConfig : { OnFailure: { Destination: ids.resourceArn(onFailure) ?? onFailure } } } : {}),
    } }
  })
}

export function exportSources(scenario: Scenario, ids: LogicalIds, resources: Resources, omitted: ImportFinding[]): void {
  stores(scenario, ids, resources, omitted)
  apis(scenario, ids, resources, omitted)
  rulesAndMappings(scenario, ids, resources)
}
