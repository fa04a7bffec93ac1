/**
 * The scenario document's event sources: the services that invoke functions (API Gateway, ALB, S3,
 * SNS, EventBridge) and the event source mappings that poll queues and streams for them (SQS,
 * Kinesis, DynamoDB Streams). Field names are CloudFormation's and the Lambda API's, so a learner
 * reads the same words as in a template or the console. Contract: ../../../../shared/scenarios/README.md.
 *
 * References between resources use names (`"orders"`) or ARNs, like the rest of the document:
 * a function reference may carry a qualifier (`"checkout:live"`).
 */

/** An EventBridge event pattern, also the syntax of SNS filter policies and event source mapping filters [D-filter]. */
export type EventPattern = { readonly [key: string]: unknown }

/** An SQS queue: a destination, a dead-letter queue, or the source of an event source mapping. */
export interface QueueConfig {
  QueueName: string
  /** FIFO queues cannot be destinations or dead-letter queues. @default false */
  FifoQueue?: boolean
  /** Seconds a received message stays hidden (0–43,200). @default 30 */
  VisibilityTimeout?: number
  /** Seconds a message is kept (60–1,209,600). @default 345600 (4 days) */
  MessageRetentionPeriod?: number
  /** Seconds before a new message becomes visible (0–900). @default 0 */
  DelaySeconds?: number
  /** FIFO only: deduplicate by the body's SHA-256 within 5 minutes. @default false */
  ContentBasedDeduplication?: boolean
  /** Moves a message to `deadLetterTargetArn` after `maxReceiveCount` receives. */
  RedrivePolicy?: { deadLetterTargetArn: string; maxReceiveCount: number }
}

/** An SNS subscription: SNS pushes each message to a function (asynchronously) or a queue. */
export interface SubscriptionConfig {
  Protocol: 'lambda' | 'sqs'
  /** A function (with optional qualifier) or a queue, by name or ARN. */
  Endpoint: string
  /** Only messages matching it are delivered. */
  FilterPolicy?: EventPattern
  /** @default "MessageAttributes" */
  FilterPolicyScope?: 'MessageAttributes' | 'MessageBody'
  /** SQS subscriptions: deliver the message alone, not wrapped in the SNS envelope. @default false */
  RawMessageDelivery?: boolean
}

export interface TopicConfig {
  TopicName: string
  /** @default false */
  FifoTopic?: boolean
  /** Fan-out: every matching subscription receives each message. */
  Subscriptions?: SubscriptionConfig[]
}

/** `Filter.Key.FilterRules` of an S3 notification: object key prefix and suffix. */
export interface S3KeyFilter {
  Key: { FilterRules: { Name: 'prefix' | 'suffix'; Value: string }[] }
}

/** One S3 notification target; `Events` such as `s3:ObjectCreated:*` or `s3:ObjectRemoved:Delete`. */
export interface S3NotificationTarget {
  Id?: string
  Events: string[]
  Filter?: S3KeyFilter
}

export interface BucketNotificationConfiguration {
  LambdaFunctionConfigurations?: (S3NotificationTarget & { LambdaFunctionArn: string })[]
  QueueConfigurations?: (S3NotificationTarget & { QueueArn: string })[]
  TopicConfigurations?: (S3NotificationTarget & { TopicArn: string })[]
}

/** A Kinesis data stream; records are spread over shards by the MD5 of their partition key. */
export interface StreamConfig {
  StreamName: string
  /** 1–500 shards (the simulator's bound); each owns an even slice of the MD5 hash key space. @default 1 */
  ShardCount?: number
  /** Hours records stay readable (24–8,760). @default 24 */
  RetentionPeriodHours?: number
}

export type StreamViewType = 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES'

/** A DynamoDB table's stream: every write that changes an item becomes a record (INSERT, MODIFY, REMOVE), kept 24 hours. `StreamViewType` is required with `StreamEnabled`. */
export interface StreamSpecification {
  StreamEnabled: boolean
  StreamViewType?: StreamViewType
}

/** An EventBridge rule on a bus: an event pattern or a schedule, and up to 5 targets. */
export interface RuleConfig {
  Name: string
  /** @default "default" */
  EventBusName?: string
  EventPattern?: EventPattern
  /** `rate(5 minutes)` or `cron(0 12 * * ? *)`; rules with a schedule live on the default bus. */
  ScheduleExpression?: string
  /** @default "ENABLED" */
  State?: 'ENABLED' | 'DISABLED'
  /** Functions (invoked asynchronously), queues or topics. */
  Targets: RuleTargetConfig[]
}

/** One target of a rule (PutTargets). */
export interface RuleTargetConfig {
  Id: string
  /** A function (invoked asynchronously, with an optional qualifier), a standard queue or a standard topic, by name or ARN. */
  Arn: string
  /** JSON text the target receives instead of the event. */
  Input?: string
  /** How long EventBridge retries a delivery that failed with a retriable error (throttling, 5xx). */
  RetryPolicy?: {
    /** @default 185 (range 0–185) */
    MaximumRetryAttempts?: number
    /** @default 86400 (range 60–86,400) */
    MaximumEventAgeInSeconds?: number
  }
  /** A standard queue, by name or ARN, for the events EventBridge could not deliver. */
  DeadLetterConfig?: { Arn?: string }
}

/** An API Gateway route: `GET /orders`, `ANY /{proxy+}` or `$default`, integrated with a function (Lambda proxy). */
export interface RouteConfig {
  RouteKey: string
  /** A function, with an optional qualifier, by name or ARN. */
  Target: string
  /** HTTP APIs: `2.0` (default) or `1.0`; REST APIs always send 1.0. */
  PayloadFormatVersion?: '1.0' | '2.0'
  /** Integration timeout in ms: 50–29,000 for REST APIs, 50–30,000 for HTTP APIs [G-apigw-limits]. @default the maximum */
  TimeoutInMillis?: number
}

export interface ApiConfig {
  Name: string
  /** `REST` (API Gateway REST API, proxy integration) or `HTTP` (HTTP API). */
  ProtocolType: 'REST' | 'HTTP'
  Routes: RouteConfig[]
  /** @default "$default" for HTTP APIs, "prod" for REST */
  StageName?: string
}

/** An Application Load Balancer target group with a function as its target. */
export interface TargetGroupConfig {
  Name: string
  /** A function, with an optional qualifier, by name or ARN. */
  Target: string
  /** Target group attribute `lambda.multi_value_headers.enabled`. @default false */
  MultiValueHeadersEnabled?: boolean
}

export interface LoadBalancerConfig {
  Name: string
  TargetGroups: TargetGroupConfig[]
  /** Listener rules in priority order; a request no rule matches gets the default action (404 unless `DefaultTargetGroup`). */
  Rules?: { PathPattern: string; TargetGroup: string }[]
  DefaultTargetGroup?: string
}

export type StartingPosition = 'TRIM_HORIZON' | 'LATEST' | 'AT_TIMESTAMP'

/** `ProvisionedPollerConfig` of an SQS mapping [D-sqs-cfg]: each event poller runs up to 10 concurrent invokes. */
export interface ProvisionedPollerConfig {
  /** @default 2 (range 2–200) */
  MinimumPollers?: number
  /** @default 200 (range 2–10,000) */
  MaximumPollers?: number
}

/**
 * An event source mapping: Lambda's poller reading a queue, a Kinesis stream or a DynamoDB table's
 * stream and invoking the function synchronously with batches [G-esm].
 */
export interface EventSourceMappingConfig {
  /** A queue, a stream or a table (its stream), by name or ARN. */
  EventSourceArn: string
  /** A function with an optional qualifier, by name or ARN. */
  FunctionName: string
  /** @default true */
  Enabled?: boolean
  /** @default 10 for SQS, 100 for streams */
  BatchSize?: number
  /** 0–300 s. @default 0 */
  MaximumBatchingWindowInSeconds?: number
  FunctionResponseTypes?: 'ReportBatchItemFailures'[]
  /** Up to 5 filters, ORed; each `Pattern` is an event pattern as JSON text [D-filter]. */
  FilterCriteria?: { Filters: { Pattern: string }[] }
  /** SQS: the most concurrent invocations this mapping makes (2–1,000). */
  ScalingConfig?: { MaximumConcurrency?: number }
  /** SQS provisioned mode: event pollers kept ready (2–200, default 2) and scaled up to the maximum (2–10,000, default 200); not with `MaximumConcurrency`. */
  ProvisionedPollerConfig?: ProvisionedPollerConfig
  /** Streams (required for them). */
  StartingPosition?: StartingPosition
  /** Seconds since the start of the run, with `AT_TIMESTAMP`. */
  StartingPositionTimestamp?: number
  /** Streams: concurrent batches per shard (1–10). @default 1 */
  ParallelizationFactor?: number
  /** Streams. @default false */
  BisectBatchOnFunctionError?: boolean
  /** Streams: -1 = until the record expires. @default -1 */
  MaximumRetryAttempts?: number
  /** Streams: -1 = until the record expires (60–604,800 otherwise). @default -1 */
  MaximumRecordAgeInSeconds?: number
  /** Streams: 0–900 s. */
  TumblingWindowInSeconds?: number
  /** Streams: where a batch that gives up goes (a queue, a topic or a bucket). */
  DestinationConfig?: { OnFailure?: { Destination: string } }
}

/**
 * What UpdateEventSourceMapping changes on a running mapping: any of these settings, each replacing
 * the mapping's own (a nested setting such as `ScalingConfig` is replaced whole). The source and the
 * starting position are fixed for a mapping's life.
 */
export type EventSourceMappingUpdate = Partial<Omit<EventSourceMappingConfig, 'EventSourceArn' | 'StartingPosition' | 'StartingPositionTimestamp'>>

/**
 * What each arrival of a `Traffic` entry sends when its `Target` is a resource rather than a
 * function. Fields that do not apply to the target's kind are refused by the validator.
 */
export interface TrafficRequest {
  /** Api / LoadBalancer: e.g. `GET`. @default "GET" */
  Method?: string
  /** Api / LoadBalancer: path and query, e.g. `/orders?id=1`. @default "/" */
  Path?: string
  /** Api / LoadBalancer: header name → values (several values = a repeated header). */
  Headers?: Record<string, string | string[]>
  /** Api / LoadBalancer: request body text. */
  Body?: string
  /**
   * Bucket: `s3:ObjectCreated:Put` and the like (default `s3:ObjectCreated:Put`). Table: `INSERT` or `MODIFY` (the default
   * `INSERT`) puts the item, `REMOVE` deletes it; the stream record says what the write did.
   */
  EventName?: string
  /**
   * Bucket: the object key; `{n}` is replaced by the arrival's number (default `object-{n}`). Table: the partition key
   * value; `{n}` is the key's number among `KeyCount` (default `key-{n}`, as a stream's partition keys are named).
   */
  Key?: string
  /** Bucket: object size in bytes. @default 1024 */
  Size?: number
  /** Queue (FIFO), Stream, Table: how many distinct message groups / partition keys the arrivals cycle through. @default 1 */
  KeyCount?: number
  /** Topic: the message's subject. */
  Subject?: string
  /** Topic / Queue: message attributes (String values). */
  MessageAttributes?: Record<string, string>
  /** EventBus: the event's `source` and `detail-type`. */
  Source?: string
  DetailType?: string
}
