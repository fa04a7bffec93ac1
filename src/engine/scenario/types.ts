/**
 * The scenario document: the single source of truth that the engine runs, the CLI loads,
 * the UI edits and share links carry. Field names follow the AWS Lambda API and
 * CloudFormation wherever AWS has a name for the thing; simulation-only settings sit under
 * `Simulation` (per function) or in `Account` / `Traffic`.
 * Contract: ../../../../shared/scenarios/README.md (format `lambda-playground/scenario@1`).
 */

import type {
  ApiConfig, BucketNotificationConfiguration, EventSourceMappingConfig, EventSourceMappingUpdate, LoadBalancerConfig, QueueConfig, RuleConfig,
  StreamConfig, StreamSpecification, TopicConfig, TrafficRequest,
} from './sourceTypes.ts'

export type * from './sourceTypes.ts'

export const SCENARIO_FORMAT = 'lambda-playground/scenario@1'

/** A random duration in milliseconds; draws are never negative. */
export type Distribution =
  | { Distribution: 'constant'; Value: number }
  | { Distribution: 'exponential'; Mean: number }
  | { Distribution: 'uniform'; Min: number; Max: number }
  /** Truncated at 0. */
  | { Distribution: 'normal'; Mean: number; StdDev: number }
  /** `Mean` and `StdDev` are those of the distribution itself, not of its logarithm. */
  | { Distribution: 'lognormal'; Mean: number; StdDev: number }

export type ScalingModel = 'per-function' | 'legacy-burst'
export type EnvironmentSelection = 'most-recently-used' | 'newest' | 'oldest' | 'random'
export type Architecture = 'x86_64' | 'arm64'
export type InvocationType = 'RequestResponse' | 'Event' | 'DryRun'

export interface AccountConfig {
  /** @default "us-east-1" */
  Region?: string
  /** Account concurrency limit. @default 1000 */
  ConcurrentExecutions?: number
  /** @default "per-function" */
  ScalingModel?: ScalingModel
  /** Which idle execution environment a request reuses. @default "most-recently-used" */
  EnvironmentSelection?: EnvironmentSelection
  /** Subtract the monthly free tier (1 M requests, 400,000 GB-s) from the run's cost. @default false */
  ApplyFreeTier?: boolean
  /** Seconds of "preparation" before provisioned concurrency starts allocating ("a minute or two"). @default 60 */
  ProvisionedConcurrencyPreparationSeconds?: number
}

/** Simulation-only behaviour of a function (or of one version, overriding `$LATEST`'s). */
export interface FunctionSimulation {
  /** Handler work per invocation, measured at `ReferenceMemorySize`. @default constant 100 ms */
  DurationMs?: Distribution
  /** Init phase of a cold start. @default constant 200 ms */
  InitDurationMs?: Distribution
  /** Share of modelled invocations that end in a function error. @default 0 */
  ErrorRate?: number
  /** Idle environments are reclaimed this long after their last request; 0 = at once, null = never. @default 600 */
  IdleTimeoutSeconds?: number | null
  /** Environments are recycled this long after they start ("every few hours"); null = never. @default 14400 */
  MaxEnvironmentLifetimeSeconds?: number | null
  /** Share (0–1) of `DurationMs` that is CPU-bound and so speeds up with memory (1,769 MB = 1 vCPU). @default 0 */
  CpuBoundShare?: number
  /** Memory at which `DurationMs` was measured. @default the function's `MemorySize` */
  ReferenceMemorySize?: number
  /** Threads the CPU-bound work can use (caps how many vCPUs help). @default 1 */
  Threads?: number
  /** Memory the handler uses per invocation (the REPORT line's Max Memory Used); above `MemorySize` = out of memory. @default constant 70 */
  MemoryUsedMb?: Distribution
}

/** The settings a published version snapshots from `$LATEST` (fields left out are copied). */
export interface VersionConfig {
  Version: string
  Description?: string
  Code?: Record<string, string>
  Handler?: string
  Runtime?: string
  MemorySize?: number
  Timeout?: number
  Architectures?: Architecture[]
  Environment?: { Variables?: Record<string, string> }
  EphemeralStorage?: { Size: number }
  /** Layers in the order they are extracted over /opt: `Name:Version` or a layer version ARN (at most 5). */
  Layers?: string[]
  Simulation?: FunctionSimulation
}

export interface AliasConfig {
  Name: string
  FunctionVersion: string
  Description?: string
  RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> }
}

export interface ProvisionedConcurrencyConfig {
  /** A version number or an alias name, never `$LATEST`. */
  Qualifier: string
  ProvisionedConcurrentExecutions: number
}

export interface DestinationConfig {
  OnSuccess?: { Destination: string }
  OnFailure?: { Destination: string }
}

export interface EventInvokeConfig {
  /** @default 2 (range 0–2) */
  MaximumRetryAttempts?: number
  /** @default 21600 (range 60–21,600) */
  MaximumEventAgeInSeconds?: number
  DestinationConfig?: DestinationConfig
}

export interface FunctionConfig {
  FunctionName: string
  Description?: string
  /** @default "nodejs20.x" */
  Runtime?: string
  /** @default "index.handler" */
  Handler?: string
  /** File name → source. No code = the function is modelled only, from `Simulation`. */
  Code?: Record<string, string>
  /** MB, 128–10,240. @default 128 */
  MemorySize?: number
  /** Seconds, 1–900. @default 3 */
  Timeout?: number
  /** @default ["x86_64"] */
  Architectures?: Architecture[]
  Environment?: { Variables?: Record<string, string> }
  /** MB of /tmp, 512–10,240. @default 512 */
  EphemeralStorage?: { Size: number }
  /** Layers in order, each `Name:Version` or a layer version ARN; at most 5. @default none */
  Layers?: string[]
  /** 0 = every invocation throttled. Unset = the function draws on the unreserved pool. */
  ReservedConcurrentExecutions?: number
  Simulation?: FunctionSimulation
  Versions?: VersionConfig[]
  Aliases?: AliasConfig[]
  ProvisionedConcurrencyConfigs?: ProvisionedConcurrencyConfig[]
  EventInvokeConfig?: EventInvokeConfig
  /** A queue or topic, by name or ARN. */
  DeadLetterConfig?: { TargetArn: string }
  /** `PutFunctionRecursionConfig`: `Terminate` stops a loop after about 16 invocations [D-recursion]. @default "Terminate" */
  RecursiveLoop?: 'Terminate' | 'Allow'
}

/** A layer version the functions may use: its files are extracted under /opt. */
export interface LayerConfig {
  LayerName: string
  /** A published layer version number, from 1. */
  Version: number
  Description?: string
  /** Path under /opt → source; Node.js finds modules in `nodejs/node_modules/<module>/index.js`. */
  Content: Record<string, string>
}

/** An S3 bucket handler code can read and write through the SDK (objects start empty). */
export interface BucketConfig {
  BucketName: string
  /** Which object events invoke which functions, queues or topics. */
  NotificationConfiguration?: BucketNotificationConfiguration
}

export interface KeySchemaElement {
  AttributeName: string
  /** `HASH` is the partition key, `RANGE` the sort key. */
  KeyType: 'HASH' | 'RANGE'
}

/** A DynamoDB table handler code can read and write through the SDK (items start empty). */
export interface TableConfig {
  TableName: string
  /** The partition key, then optionally the sort key. */
  KeySchema: KeySchemaElement[]
  /** A stream of the table's writes, for an event source mapping. */
  StreamSpecification?: StreamSpecification
}

/** A custom EventBridge event bus; the `default` bus always exists. */
export interface EventBusConfig {
  Name: string
}

export type ArrivalProcess =
  | { Process: 'constant'; RatePerSecond: number }
  | { Process: 'poisson'; RatePerSecond: number }
  | { Process: 'ramp'; FromRatePerSecond: number; ToRatePerSecond: number }
  | { Process: 'burst'; Count: number; AtSecond: number }
  /** A piecewise-constant rate: each step holds from its `AtSecond` to the next (or the window's end). */
  | { Process: 'step'; Steps: { AtSecond: number; RatePerSecond: number }[] }
  /** A daily (or `PeriodSeconds`) cycle: Mean + Amplitude·sin(2π(t + PhaseSeconds)/Period), never below 0. */
  | { Process: 'sine'; MeanRatePerSecond: number; AmplitudePerSecond: number; PeriodSeconds?: number; PhaseSeconds?: number }
  /**
   * A recorded trace: CSV lines `seconds[,payload]`, seconds from the window's start; the payload
   * column (JSON or text, the rest of the line) replaces the entry's `Payload`. A header line is skipped.
   */
  | { Process: 'replay'; Csv: string }

export interface TrafficConfig {
  /**
   * A function name with an optional qualifier (`name`, `name:live`, `name:2`, `name:$LATEST`) or an ARN;
   * or a resource that invokes functions: `Api:<Name>`, `LoadBalancer:<Name>`, `Queue:<QueueName>`,
   * `Topic:<TopicName>`, `Bucket:<BucketName>`, `Stream:<StreamName>`, `Table:<TableName>`,
   * `EventBus:<Name>` (or its ARN).
   */
  Target: string
  /** @default "RequestResponse" */
  InvocationType?: InvocationType
  Arrivals: ArrivalProcess
  /** @default 0 */
  StartSecond?: number
  /** @default the scenario's DurationSeconds */
  EndSecond?: number
  Payload?: unknown
  /** What each arrival sends to a resource target (an HTTP request, an object key, ...). */
  Request?: TrafficRequest
}

/** A change applied at a point of the run, as a user would through the console or the API. */
export type Action =
  | { Action: 'PublishVersion'; FunctionName: string; Description?: string }
  | { Action: 'UpdateFunctionConfiguration'; FunctionName: string; Changes: Partial<Omit<VersionConfig, 'Version'>> }
  | { Action: 'PutFunctionConcurrency'; FunctionName: string; ReservedConcurrentExecutions: number }
  | { Action: 'DeleteFunctionConcurrency'; FunctionName: string }
  | { Action: 'UpdateAlias'; FunctionName: string; Name: string; FunctionVersion?: string; RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> } }
  | { Action: 'CreateAlias'; FunctionName: string; Name: string; FunctionVersion: string; RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> } }
  | { Action: 'PutProvisionedConcurrencyConfig'; FunctionName: string; Qualifier: string; ProvisionedConcurrentExecutions: number }
  | { Action: 'DeleteProvisionedConcurrencyConfig'; FunctionName: string; Qualifier: string }
  /** The mapping by its UUID (shown in the summary and the views); `FunctionName`, if given, is the function it invokes from now on. */
  | ({ Action: 'UpdateEventSourceMapping'; UUID: string } & EventSourceMappingUpdate)

export interface TimelineEntry {
  AtSecond: number
  Do: Action
}

export interface Scenario {
  Format: typeof SCENARIO_FORMAT
  Name: string
  /** Markdown shown beside the run. */
  Description?: string
  /** Same document + same seed = the same run. @default 1 */
  Seed?: number
  /** Simulated seconds. @default 3600 */
  DurationSeconds?: number
  Account?: AccountConfig
  /** Layer versions that functions list in their `Layers`. */
  Layers?: LayerConfig[]
  Functions: FunctionConfig[]
  Queues?: QueueConfig[]
  Topics?: TopicConfig[]
  Buckets?: BucketConfig[]
  Tables?: TableConfig[]
  EventBuses?: EventBusConfig[]
  /** Kinesis data streams. */
  Streams?: StreamConfig[]
  /** EventBridge rules (patterns and schedules). */
  Rules?: RuleConfig[]
  /** API Gateway REST and HTTP APIs. */
  Apis?: ApiConfig[]
  /** Application Load Balancers with Lambda target groups. */
  LoadBalancers?: LoadBalancerConfig[]
  EventSourceMappings?: EventSourceMappingConfig[]
  Traffic?: TrafficConfig[]
  /** Changes applied during the run (publish, shift an alias, change reserved concurrency, ...). */
  Timeline?: TimelineEntry[]
  /** UI only: where the playground's graph draws each node, by node id; the engine ignores it. @default automatic layout */
  Layout?: Record<string, LayoutPosition>
}

/** A graph node's position, in the graph's coordinates (pixels at zoom 1). */
export interface LayoutPosition {
  x: number
  y: number
}
