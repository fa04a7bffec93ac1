/**
 * What the engine offers its drivers (CLI, tests, benchmarks, the Web Worker): types only.
 * `createSimulation` in ./simulation.ts implements it.
 */
import type { LogEvent } from './logs/invocationLog.ts'
import type { SeriesPoint } from './metrics/series.ts'
import type { HandlerRuntime } from './runtime/types.ts'
import type { Action, InvocationType, Scenario } from './scenario/types.ts'
import type { EnvironmentsQuery, EnvironmentTimeline } from './views/environmentTimeline.ts'
import type { LogTail, LogTailQuery } from './views/logTail.ts'
import type { ApiSummary, HttpEndpointView, LoadBalancerSummary } from './sources/http/httpViews.ts'
import type { QueueSummary, QueueView } from './sources/sqs/queueViews.ts'
import type { StreamSummary, StreamView } from './sources/streams/streamViews.ts'
import type { BucketSummary, BucketView, RuleSummary, RuleView, TopicSummary, TopicView } from './sources/push/pushViews.ts'

export interface SimulationOptions {
  /** Overrides the scenario's `Seed`. */
  seed?: number
  /** Overrides the scenario's `DurationSeconds`. */
  durationSeconds?: number
  /** Keeps this many recent invocations per function for the log view. @default 1000 */
  logRetentionPerFunction?: number
  /**
   * Runs the handlers of functions that have `Code` (src/sandbox's QuickJS runtime). Without one,
   * those functions are modelled from `Simulation` like the others, and the snapshot's `warnings` say so.
   * @default none
   */
  runtime?: HandlerRuntime
}

export type ActionResult = { ok: true; detail?: string } | { ok: false; error: string }

/** One environment as the UI draws it. */
export type EnvironmentState = 'initializing' | 'busy' | 'idle'

export interface EnvironmentView {
  id: string
  functionName: string
  version: string
  state: EnvironmentState
  provisioned: boolean
  createdAtMs: number
  /** Virtual time of the last state change. */
  sinceMs: number
  invocations: number
}

export interface FunctionView {
  functionName: string
  reservedConcurrency: number | null
  inFlight: number
  environments: { initializing: number; busy: number; idle: number; provisioned: number }
  provisioned: ProvisionedView[]
  asyncQueueDepth: number
}

export interface ProvisionedView {
  qualifier: string
  version: string
  requested: number
  allocated: number
  status: 'IN_PROGRESS' | 'READY'
}

export interface Snapshot {
  nowMs: number
  durationMs: number
  done: boolean
  accountInFlight: number
  unreservedInFlight: number
  functions: FunctionView[]
  /** Capped at `maxEnvironments`, busiest functions first. */
  environments: EnvironmentView[]
  /**
   * What the run does differently from what the document asks, one line per function: `Code` that
   * runs from its `Simulation` model because the run was given no handler runtime. Absent when none.
   */
  warnings?: string[]
  /** APIs and load balancers: requests in flight, by status class, the last few answered. Absent when there are none. */
  httpEndpoints?: HttpEndpointView[]
  /** SQS queues: depth by state, age of the oldest message, the mappings polling them. Absent when there are none. */
  queues?: QueueView[]
  /** Kinesis streams and tables' streams, per shard: records behind, batches in flight, blocked by a failing batch. Absent when there are none. */
  streams?: StreamView[]
  /** SNS topics and their subscriptions. Absent when there are none. */
  topics?: TopicView[]
  /** EventBridge rules: their bus or schedule, when they fire next, what they triggered. Absent when there are none. */
  rules?: RuleView[]
  /** S3 buckets: objects kept, notifications sent. Absent when there are none. */
  buckets?: BucketView[]
}

export interface DistributionSummary { Average: number; p50: number; p99: number }

/** A function's cost by line item of AWS's Lambda bill, in USD (each rounded to 8 places; `CostUSD` is their total). */
export interface CostBreakdown {
  Requests: number
  Duration: number
  /** Configured provisioned concurrency and the duration it served. */
  ProvisionedConcurrency: number
  EphemeralStorage: number
  /** The provisioned event pollers of the SQS mappings that invoke the function (Event Poller Units). */
  EventSourceMappingProvisionedPollers: number
}

export interface FunctionSummary {
  Invocations: number
  Errors: number
  Throttles: number
  ColdStarts: number
  ConcurrentExecutions: { Average: number; Maximum: number }
  Environments: { Average: number; Maximum: number; Created: number }
  Duration: DistributionSummary
  ExecutedVersions: Record<string, number>
  ProvisionedConcurrencyInvocations: number
  ProvisionedConcurrencySpilloverInvocations: number
  AsyncEventsReceived: number
  AsyncEventsDropped: number
  GBSeconds: number
  CostUSD: number
  /**
   * `CostUSD` by line item; present only when an SQS mapping in provisioned mode has billed pollers to
   * the function, so that every other run keeps the contract's shape.
   */
  CostBreakdownUSD?: CostBreakdown
  /** Invocations loop detection stopped (CloudWatch's RecursiveInvocationsDropped); present only when there were some. */
  RecursiveInvocationsDropped?: number
}

export interface RunSummary {
  Seed: number
  DurationSeconds: number
  Functions: Record<string, FunctionSummary>
  /** Per queue: `MessagesReceived` (every arrival), where the messages went, and what is left. */
  Queues: Record<string, QueueSummary>
  /** API Gateway APIs, when the scenario has some: requests by status, latency. */
  Apis?: Record<string, ApiSummary>
  /** Application Load Balancers, when the scenario has some. */
  LoadBalancers?: Record<string, LoadBalancerSummary>
  /** Kinesis streams (`Stream:<name>`) and tables' streams (`Table:<name>`), when the scenario has some: records and their mappings. */
  Streams?: Record<string, StreamSummary>
  /** SNS topics, when the scenario has some: `MessagesPublished` and the notifications they fanned out to. */
  Topics?: Record<string, TopicSummary>
  /** EventBridge rules, when the scenario has some (AWS/Events MatchedEvents, TriggeredRules, Invocations, FailedInvocations). */
  Rules?: Record<string, RuleSummary>
  /** S3 buckets, when the scenario has some: object events and the notifications they sent. */
  Buckets?: Record<string, BucketSummary>
}

/** Where every request ended up: the engine's ledger of final outcomes. */
export interface RequestLedger {
  /** Invoke calls, timeline traffic and destination deliveries to functions. */
  received: number
  succeeded: number
  /** Synchronous requests whose invocation failed (error, timeout, out of memory). */
  failed: number
  /** Synchronous requests refused with 429 (async throttles are retried, not outcomes). */
  throttled: number
  /** Refused before admission: unknown target (404), payload too large (413), or stopped as a recursive loop (RecursiveInvocationException). */
  rejected: number
  dryRuns: number
  /** Async events that left the queue unprocessed (retries exhausted, too old, or stopped as a recursive loop). */
  dropped: number
}

/**
 * Where every request received so far stands: `received` always equals the sum of the other
 * fields (the conservation invariant the property tests check).
 */
export interface RequestAccounting extends RequestLedger {
  /** Requests running now, synchronous ones and async attempts alike. */
  inFlight: number
  /** Async events waiting in Lambda's internal queues for their first attempt or a retry. */
  queued: number
}

export interface InvokeRequest {
  Target: string
  InvocationType?: InvocationType
  Payload?: unknown
}

/** The Invoke API's immediate answer. */
export interface InvokeResponse {
  /** 200 (the invocation runs on), 202, 204, 404, 413 or 429. */
  StatusCode: number
  /** The request id of the invocation (200) or async event (202) the call started, as its logs show it. */
  requestId?: string
}

/**
 * A synchronous invocation's response, once it has ended [API] §2.1: still `pending` while it runs.
 * `FunctionError` is `Unhandled` when it failed; `Payload` is the handler's result as JSON text (`null`
 * for modelled functions), or Lambda's error object; `LogResult` the last 4 KB of its log, base64.
 */
export type InvocationResult =
  | { status: 'pending' }
  | { status: 'done'; StatusCode: 200; FunctionError?: 'Unhandled'; ExecutedVersion: string; Payload: string; LogResult: string }

export type { LogEvent } from './logs/invocationLog.ts'
export type { HandlerRuntime } from './runtime/types.ts'
export type { SeriesPoint } from './metrics/series.ts'
export type {
  EnvironmentCell, EnvironmentCellState, EnvironmentCounts, EnvironmentLane, EnvironmentsQuery, EnvironmentTimeline, TimelinePhase,
} from './views/environmentTimeline.ts'
export type { LogTail, LogTailQuery } from './views/logTail.ts'
export type { ApiSummary, ExchangeView, HttpEndpointView, LoadBalancerSummary, StatusClasses } from './sources/http/httpViews.ts'
export type { QueueMappingView, QueueSummary, QueueView } from './sources/sqs/queueViews.ts'
export type { ShardView, StreamMappingSummary, StreamSummary, StreamView } from './sources/streams/streamViews.ts'
export type { BucketSummary, BucketView, RuleSummary, RuleView, TopicSummary, TopicView } from './sources/push/pushViews.ts'

/**
 * Which metrics, at 1 s or CloudWatch's 1 min: the account's (no function), a function's, or a
 * function's Invocations and Errors under `ExecutedVersion` or `Resource` (a qualifier invoked).
 */
export interface MetricsQuery {
  functionName?: string
  executedVersion?: string
  resource?: string
  resolution: 'second' | 'minute'
  /** The newest buckets to return. @default all kept (900 seconds or 1,440 minutes) */
  points?: number
}

/** The kinds of resource that keep their own metrics and accounting (as in `Traffic[].Target`'s `Kind:Name`). */
export type ResourceKind = 'Api' | 'LoadBalancer' | 'Queue' | 'Topic' | 'Bucket' | 'Stream' | 'Table' | 'EventBus' | 'Rule' | 'EventSourceMapping'

/** A resource's metrics under its service's CloudWatch names (AWS/SQS `ApproximateNumberOfMessagesVisible`, AWS/ApiGateway `Count`, ...). */
export interface ResourceMetricsQuery {
  kind: ResourceKind
  name: string
  resolution: 'second' | 'minute'
  points?: number
}

/**
 * Where the events a resource received stand: every one is processed, in a dead-letter queue or
 * destination, dropped with a recorded reason, or still pending (in a queue, a stream, or a retry).
 * `Received === Processed + DeadLettered + sum(Dropped) + Pending` holds at every instant.
 */
export interface ResourceAccounting {
  Received: number
  Processed: number
  DeadLettered: number
  /** By reason, e.g. `FilteredOut`, `RecordAgeExceeded`, `RetentionExpired`, `Throttled`, `RecursiveLoop`. */
  Dropped: Record<string, number>
  Pending: number
}

export interface Simulation {
  readonly nowMs: number
  readonly durationMs: number
  readonly done: boolean
  /** Advances virtual time, processing every event up to and including `untilMs` (capped at the run's end). */
  runUntil(untilMs: number): void
  /** Runs to the end of the scenario's duration. */
  runToEnd(): void
  /** Applies a change now, as the console or API would; refused changes leave the run untouched. */
  apply(action: Action): ActionResult
  /**
   * Invokes a function now, as the console's Test button or the `Invoke` API would, and returns the
   * API's immediate status: 200 (the invocation runs on), 202, 204, 413 or 429; 404 for an unknown
   * target. A 200 or 202 names the request id; a 200's response follows through `invocationResult`.
   */
  invoke(request: InvokeRequest): InvokeResponse
  /**
   * The response of a synchronous invocation started by `invoke`, by its request id: pending until it
   * ends in virtual time (advance with `runUntil`). Only the newest 100 such invocations are kept;
   * null for an older one, an unknown id, or an async event (its outcome goes to its destinations).
   */
  invocationResult(requestId: string): InvocationResult | null
  snapshot(maxEnvironments?: number): Snapshot
  /** Time-bucketed metrics with CloudWatch's names; bounded rings, so memory stays flat. */
  metrics(query: MetricsQuery): SeriesPoint[]
  /** The versions of a function that have run (its `ExecutedVersion` dimension values), `$LATEST` first, then by number. */
  executedVersions(functionName: string): string[]
  /** A function's execution environments now, and the recent history of some of them, for the Environments view. */
  environments(query: EnvironmentsQuery): EnvironmentTimeline
  /** A function's log events since a cursor, for a log view that follows the run. */
  logTail(query: LogTailQuery): LogTail
  /** CloudWatch log events of a function's most recent invocations, oldest first. */
  logEvents(functionName: string, limit?: number): LogEvent[]
  /**
   * The most recent messages a queue received (invocation records from destinations, dead-letter
   * messages), oldest first; only the last 20 are kept. Empty for an unknown queue. Read-only: a copy.
   */
  queueMessages(queueName: string): unknown[]
  summary(): RunSummary
  /** Where every request so far ended up (or stands), for invariant checks and debugging. */
  accounting(): RequestAccounting
  /** Metrics of a queue, stream, API, load balancer, topic, rule or event source mapping; [] for an unknown one. */
  resourceMetrics(query: ResourceMetricsQuery): SeriesPoint[]
  /** Event accounting per resource, keyed `Kind:Name` (`Queue:orders`, `Stream:clicks`, `Api:shop`). */
  eventAccounting(): Record<string, ResourceAccounting>
  /** Frees the handler runtime's environments (QuickJS contexts); the simulation must not be used after. */
  dispose(): void
}

export type { Scenario }
