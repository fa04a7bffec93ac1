/** The template's queues, topics, buckets, tables, streams, event buses, rules, mappings, versions and aliases. */
import type {
  BucketNotificationConfiguration, KeySchemaElement, QueueConfig, StreamConfig, StreamViewType,
} from '../../engine/scenario/types.ts'
import type { Draft } from './draft.ts'
import { mappingSettings, targetDelivery } from './importEvents.ts'
import type { Props } from './props.ts'
import { s3KeyFilter } from './s3KeyFilter.ts'

const INERT = ['Tags', 'KmsMasterKeyId', 'KmsDataKeyReusePeriodSeconds', 'SqsManagedSseEnabled', 'BillingMode', 'ProvisionedThroughput',
  'AttributeDefinitions', 'PointInTimeRecoverySpecification', 'SSESpecification', 'StreamEncryption', 'StreamModeDetails',
  'VersioningConfiguration', 'PublicAccessBlockConfiguration', 'BucketEncryption', 'DisplayName', 'KmsMasterKeyId', 'DeletionProtectionEnabled']

function copyNumbers<T extends object>(props: Props, target: T, keys: readonly (keyof T & string)[]): void {
  for (const key of keys) {
    const value = props.number(key)
    if (value !== undefined) Object.assign(target, { [key]: value })
  }
}

export function queue(draft: Draft, props: Props, name: string): void {
  const fifo = props.boolean('FifoQueue')
  const config: QueueConfig = { QueueName: name, ...(fifo !== undefined ? { FifoQueue: fifo } : {}) }
  copyNumbers(props, config, ['VisibilityTimeout', 'MessageRetentionPeriod', 'DelaySeconds'])
  const dedup = props.boolean('ContentBasedDeduplication')
  const redrive = props.record('RedrivePolicy')
  props.value('QueueName')
  props.inertKeys(...INERT)
  draft.queues.set(name, {
    ...config,
    ...(dedup !== undefined ? { ContentBasedDeduplication: dedup } : {}),
    ...(redrive && typeof redrive.deadLetterTargetArn === 'string'
      ? { RedrivePolicy: { deadLetterTargetArn: redrive.deadLetterTargetArn, maxReceiveCount: Number(redrive.maxReceiveCount ?? 10) } }
      : {}),
  })
}

function subscriptionOf(props: Props, protocol: string | undefined, endpoint: string | undefined, at: string) {
  if ((protocol !== 'lambda' && protocol !== 'sqs') || endpoint === undefined) {
    props.note(at, `Protocol ${protocol ?? '(missing)'} is not simulated (only lambda and sqs subscriptions); left out`)
    return undefined
  }
  return { Protocol: protocol, Endpoint: endpoint } as const
}

export function topic(draft: Draft, props: Props, name: string): void {
  const fifo = props.boolean('FifoTopic')
  props.value('TopicName')
  const subscriptions = (props.list('Subscription') ?? []).flatMap((raw, i) => {
    const s = raw as { Protocol?: string; Endpoint?: string }
    const sub = subscriptionOf(props, s.Protocol, s.Endpoint, `Subscription[${i}]`)
    return sub ? [sub] : []
  })
  props.inertKeys(...INERT, 'ContentBasedDeduplication', 'ArchivePolicy', 'DeliveryStatusLogging', 'SignatureVersion', 'TracingConfig', 'DataProtectionPolicy')
  draft.topics.set(name, { TopicName: name, ...(fifo !== undefined ? { FifoTopic: fifo } : {}), ...(subscriptions.length > 0 ? { Subscriptions: subscriptions } : {}) })
}

/** `AWS::SNS::Subscription`: added to its topic. */
export function subscription(draft: Draft, props: Props): void {
  const topicName = props.string('TopicArn')
  const sub = subscriptionOf(props, props.string('Protocol'), props.string('Endpoint'), 'Protocol')
  const filter = props.record('FilterPolicy')
  const scope = props.string('FilterPolicyScope')
  const raw = props.boolean('RawMessageDelivery')
  props.inertKeys('Region', 'RedrivePolicy', 'DeliveryPolicy', 'SubscriptionRoleArn', 'ReplayPolicy')
  const target = topicName === undefined ? undefined : draft.topics.get(topicName)
  if (!target) return props.note('TopicArn', `names no topic of the template (${topicName ?? 'missing'}); left out`)
  if (!sub) return
  target.Subscriptions = [...(target.Subscriptions ?? []), {
    ...sub,
    ...(filter ? { FilterPolicy: filter } : {}),
    ...(scope === 'MessageAttributes' || scope === 'MessageBody' ? { FilterPolicyScope: scope } : {}),
    ...(raw !== undefined ? { RawMessageDelivery: raw } : {}),
  }]
}

/** CloudFormation's `NotificationConfiguration` (`LambdaConfigurations[].Event/Function`) in the S3 API's shape. */
export function bucket(draft: Draft, props: Props, name: string): void {
  props.value('BucketName')
  const raw = props.record('NotificationConfiguration') as Record<string, { Event?: string; Filter?: unknown; Function?: string; Queue?: string; Topic?: string }[]> | undefined
  props.inertKeys(...INERT, 'LifecycleConfiguration', 'CorsConfiguration', 'WebsiteConfiguration', 'OwnershipControls', 'AccessControl', 'LoggingConfiguration')
  const notification: BucketNotificationConfiguration = {}
  // CloudFormation's configurations carry no Id, so they are numbered, once across the three kinds (S3's Ids are unique per bucket).
  let count = 0
  const base = (c: { Event?: string; Filter?: unknown }) => {
    const filter = s3KeyFilter(c.Filter)
    return { Id: `Notification${++count}`, Events: c.Event === undefined ? [] : [c.Event], ...(filter ? { Filter: filter } : {}) }
  }
  raw?.LambdaConfigurations?.forEach((c) => {
    if (c.Function) (notification.LambdaFunctionConfigurations ??= []).push({ ...base(c), LambdaFunctionArn: c.Function })
  })
  raw?.QueueConfigurations?.forEach((c) => { if (c.Queue) (notification.QueueConfigurations ??= []).push({ ...base(c), QueueArn: c.Queue }) })
  raw?.TopicConfigurations?.forEach((c) => { if (c.Topic) (notification.TopicConfigurations ??= []).push({ ...base(c), TopicArn: c.Topic }) })
  if (raw?.EventBridgeConfiguration) props.note('NotificationConfiguration.EventBridgeConfiguration', 'S3 events to EventBridge are not simulated; left out')
  draft.buckets.set(name, { BucketName: name, ...(Object.keys(notification).length > 0 ? { NotificationConfiguration: notification } : {}) })
}

export function table(draft: Draft, props: Props, name: string, simple: boolean): void {
  props.value('TableName')
  const primaryKey = simple ? props.record('PrimaryKey') : undefined
  const keySchema: KeySchemaElement[] = simple
    ? [{ AttributeName: typeof primaryKey?.Name === 'string' ? primaryKey.Name : 'id', KeyType: 'HASH' }]
    : (props.list('KeySchema') ?? []) as KeySchemaElement[]
  const stream = props.record('StreamSpecification')
  const view = stream?.StreamViewType as StreamViewType | undefined
  props.inertKeys(...INERT, 'TimeToLiveSpecification', 'GlobalSecondaryIndexes', 'LocalSecondaryIndexes', 'TableClass', 'ContributorInsightsSpecification', 'KinesisStreamSpecification')
  draft.tables.set(name, { TableName: name, KeySchema: keySchema, ...(view ? { StreamSpecification: { StreamEnabled: true, StreamViewType: view } } : {}) })
}

export function stream(draft: Draft, props: Props, name: string): void {
  props.value('Name')
  const config: StreamConfig = { StreamName: name }
  copyNumbers(props, config, ['ShardCount', 'RetentionPeriodHours'])
  props.inertKeys(...INERT)
  draft.streams.set(name, config)
}

export function eventBus(draft: Draft, props: Props, name: string): void {
  props.value('Name')
  props.inertKeys('Tags', 'Description', 'KmsKeyIdentifier', 'DeadLetterConfig', 'Policy', 'LogConfig', 'EventSourceName')
  draft.eventBuses.set(name, { Name: name })
}

export function rule(draft: Draft, props: Props, name: string): void {
  props.value('Name')
  const bus = props.string('EventBusName')
  const pattern = props.record('EventPattern')
  const schedule = props.string('ScheduleExpression')
  const state = props.string('State')
  const targets = (props.list('Targets') ?? []).flatMap((raw) => {
    const t = raw as { Id?: string; Arn?: string; Input?: string; RetryPolicy?: unknown; DeadLetterConfig?: unknown }
    return typeof t.Arn === 'string' ? [{ Id: t.Id ?? t.Arn, Arn: t.Arn, ...(typeof t.Input === 'string' ? { Input: t.Input } : {}), ...targetDelivery(t) }] : []
  })
  props.inertKeys('Description', 'RoleArn')
  draft.rules.push({
    Name: name, ...(bus !== undefined ? { EventBusName: bus } : {}), ...(pattern ? { EventPattern: pattern } : {}),
    ...(schedule !== undefined ? { ScheduleExpression: schedule } : {}), State: state === 'DISABLED' ? 'DISABLED' : 'ENABLED', Targets: targets,
  })
}

export function eventSourceMapping(draft: Draft, props: Props): void {
  const source = props.string('EventSourceArn')
  const target = props.string('FunctionName')
  if (source === undefined || target === undefined) return props.note('EventSourceArn', 'a mapping needs EventSourceArn and FunctionName; left out')
  const mapping = { EventSourceArn: source, FunctionName: target }
  mappingSettings(props, mapping)
  props.inertKeys('Tags', 'KmsKeyArn', 'MetricsConfig')
  draft.mappings.push(mapping)
}
