import { PerSecondCounter, TokenBucket } from './concurrency/tokenBucket.ts'
import {
  DEFAULT_ACCOUNT_CONCURRENCY, DEFAULT_REGION, LEGACY_BURST_BY_REGION, LEGACY_BURST_OTHER_REGIONS, LEGACY_SCALING_PER_MINUTE,
  MAX_EVENT_AGE_MAX_SECONDS, MAX_RETRY_ATTEMPTS_DEFAULT, PER_FUNCTION_SCALING_ENVIRONMENTS,
  PER_FUNCTION_SCALING_WINDOW_SECONDS,
} from './facts.ts'
import type { Invocation } from './invoke/invocation.ts'
import type { AsyncEvent } from './invoke/asyncEvent.ts'
import type { TrafficSource } from './traffic/trafficSource.ts'
import type { ExecutionEnvironment } from './environments/environment.ts'
import { createUsage } from './cost/bill.ts'
import { FunctionMetrics } from './metrics/functionMetrics.ts'
import { AccountMetrics } from './metrics/accountMetrics.ts'
import type { Random } from './random/seeded.ts'
import type { Action, EnvironmentSelection, Scenario, ScalingModel } from './scenario/types.ts'
import type { FunctionState, PoolTimer, ProvisionedState, TopicState, VersionState } from './model/state.ts'
import type { SqsQueue } from './sources/sqs/queue.ts'
import { startSqs } from './sources/sqs/setup.ts'
import { createPushState, startPush, type PushState } from './sources/push/pushState.ts'
import { createAlias } from './model/aliases.ts'
import { deliveryTargetOf } from './delivery/deliveryTarget.ts'
import { createVersionState } from './model/versions.ts'
import { overlayVersion, resolveLatest } from './model/versionConfig.ts'
import type { EventQueue } from './time/eventQueue.ts'
import type { TraceEvent } from './trace.ts'
import type { RequestLedger } from './api.ts'
import type { AwsService } from './aws/types.ts'
import type { CodeStep } from './runtime/codeStep.ts'
import type { HandlerRuntime, LayerSpec } from './runtime/types.ts'
import { layerKey } from './scenario/references.ts'
import { createAwsState, type AwsState } from './aws/state.ts'
import { RecentlyEnded } from './views/recentlyEnded.ts'
import type { ResourceHandle } from './sources/resources.ts'
import { createHttpState, type HttpState } from './sources/http/httpState.ts'
import { InvocationRing } from './logs/invocationRing.ts'
import { startStreams, type StreamsState } from './sources/streams/setup.ts'

/** A provisioned environment finishing its init (at allocation or when recycled). */
export interface ProvisionedInitDone {
  readonly kind: 'provisioned-init-done'
  readonly version: VersionState
  readonly env: ExecutionEnvironment
  readonly initMs: number
}

export interface TimelineAction {
  readonly kind: 'action'
  readonly action: Action
}

/** Everything on the virtual clock's agenda. */
export type SimEvent = Invocation | PoolTimer | AsyncEvent | ProvisionedState | ProvisionedInitDone | TimelineAction | CodeStep


/** The whole simulated account at one instant. Engine modules read and change it; only the engine holds it. */
export interface World {
  nowMs: number
  readonly durationMs: number
  readonly seed: number
  readonly rng: Random
  readonly queue: EventQueue<SimEvent>
  /**
   * Traffic sources by next arrival, apart from the main agenda: there are only a few, so this heap
   * is shallow, and each request costs one cheap push and pop instead of two on the agenda.
   * At equal times the agenda goes first (a request ending at t frees its environment for one arriving at t).
   */
  readonly arrivals: EventQueue<TrafficSource>
  readonly region: string
  accountLimit: number
  readonly scalingModel: ScalingModel
  /** The account-wide bucket of the legacy-burst model; null under per-function scaling. */
  readonly legacyScaling: TokenBucket | null
  readonly selection: EnvironmentSelection
  readonly functions: Map<string, FunctionState>
  readonly functionList: FunctionState[]
  /** SQS queues by name (sources/sqs): filled by `startSqs` once the functions exist. */
  readonly queues: Map<string, SqsQueue>
  readonly topics: Map<string, TopicState>
  /** S3 buckets, DynamoDB tables and EventBridge buses that handler code reaches through the SDK. */
  readonly aws: AwsState
  accountInFlight: number
  /** Requests in flight on on-demand environments of functions without reserved concurrency. */
  unreservedOnDemandInFlight: number
  reservedTotal: number
  /** Provisioned environments allocated to functions without reserved concurrency: claimed from the unreserved pool. */
  unreservedProvisioned: number
  readonly rps: PerSecondCounter
  environmentSerial: number
  invocationSerial: number
  asyncSerial: number
  /** Steps cancelled since the agenda was last swept of them (runtime/codeStep.ts). */
  cancelledSteps: number
  readonly ledger: RequestLedger
  readonly accountMetrics: AccountMetrics
  readonly pcPreparationMs: number
  readonly applyFreeTier: boolean
  readonly logRetention: number
  readonly trace: ((event: TraceEvent) => void) | null
  /** Environments that ended lately, for the Environments view. */
  readonly recentlyEnded: RecentlyEnded
  /** Runs the code of functions that have `Code`; null runs every function from its model. */
  readonly runtime: HandlerRuntime | null
  /** Answers user code's SDK calls (`EngineOptions.awsService`); null when no service is attached. */
  readonly awsService: AwsService | null
  /** The scenario's layer versions by `name:version`. */
  readonly layers: ReadonlyMap<string, LayerSpec>
  /** Event sources and resources with their own metrics and accounting, by `Kind:Name` (sources/resources.ts). */
  readonly resources: Map<string, ResourceHandle>
  /** SNS topics, bucket notifications, EventBridge buses and rules (sources/push): filled by `startPush` after the queues. */
  readonly push: PushState
  /** API Gateway APIs and Application Load Balancers (sources/http). */
  readonly http: HttpState
  /** Kinesis streams, tables' streams and the mappings reading them (sources/streams); null when the document has none. */
  streams: StreamsState | null
}

export interface WorldOptions {
  seed: number
  durationMs: number
  rng: Random
  queue: EventQueue<SimEvent>
  arrivals: EventQueue<TrafficSource>
  logRetention: number
  trace: ((event: TraceEvent) => void) | null
  /** @default null: every function is modelled */
  runtime?: HandlerRuntime | null
  /** @default null: SDK calls fail with UnknownOperationException */
  awsService?: AwsService | null
}

function legacyBucket(region: string): TokenBucket {
  const burst = LEGACY_BURST_BY_REGION[region] ?? LEGACY_BURST_OTHER_REGIONS
  return new TokenBucket(burst, LEGACY_SCALING_PER_MINUTE / 60_000)
}

/** Builds the account a validated scenario describes, at virtual time 0. */
export function createWorld(scenario: Scenario, options: WorldOptions): World {
  const account = scenario.Account ?? {}
  const region = account.Region ?? DEFAULT_REGION
  const scalingModel = account.ScalingModel ?? 'per-function'
  const selection = account.EnvironmentSelection ?? 'most-recently-used'
  const world: World = {
    nowMs: 0,
    durationMs: options.durationMs,
    seed: options.seed,
    rng: options.rng,
    queue: options.queue,
    arrivals: options.arrivals,
    region,
    accountLimit: account.ConcurrentExecutions ?? DEFAULT_ACCOUNT_CONCURRENCY,
    scalingModel,
    legacyScaling: scalingModel === 'legacy-burst' ? legacyBucket(region) : null,
    selection,
    functions: new Map(),
    functionList: [],
    queues: new Map(),
    topics: new Map((scenario.Topics ?? []).map((t) => [t.TopicName, { name: t.TopicName, fifo: t.FifoTopic ?? false, messagesPublished: 0, recent: [] }])),
    aws: createAwsState(scenario),
    accountInFlight: 0,
    unreservedOnDemandInFlight: 0,
    reservedTotal: 0,
    unreservedProvisioned: 0,
    rps: new PerSecondCounter(),
    environmentSerial: 0,
    invocationSerial: 0,
    asyncSerial: 0,
    cancelledSteps: 0,
    ledger: { received: 0, succeeded: 0, failed: 0, throttled: 0, rejected: 0, dryRuns: 0, dropped: 0 },
    accountMetrics: new AccountMetrics(),
    pcPreparationMs: (account.ProvisionedConcurrencyPreparationSeconds ?? 60) * 1000,
    applyFreeTier: account.ApplyFreeTier ?? false,
    logRetention: options.logRetention,
    trace: options.trace,
    recentlyEnded: new RecentlyEnded(),
    runtime: options.runtime ?? null,
    awsService: options.awsService ?? null,
    resources: new Map(),
    push: createPushState(),
    http: createHttpState(scenario, region, options.seed),
    streams: null,
    layers: new Map((scenario.Layers ?? []).map((l) => [layerKey(l.LayerName, l.Version), { name: l.LayerName, version: l.Version, files: l.Content }])),
  }
  // The world is all a version needs to be built from.
  const context = world
  scenario.Functions.forEach((doc, index) => {
    const fn: FunctionState = {
      name: doc.FunctionName,
      index,
      latest: undefined as unknown as VersionState,
      versions: new Map(),
      aliases: new Map(),
      lastVersionNumber: 0,
      reserved: doc.ReservedConcurrentExecutions ?? null,
      inFlight: 0,
      onDemandInFlight: 0,
      provisionedAllocated: 0,
      environmentsAlive: 0,
      scaling: new TokenBucket(PER_FUNCTION_SCALING_ENVIRONMENTS, PER_FUNCTION_SCALING_ENVIRONMENTS / (PER_FUNCTION_SCALING_WINDOW_SECONDS * 1000)),
      metrics: new FunctionMetrics(),
      usage: createUsage(),
      maxRetryAttempts: doc.EventInvokeConfig?.MaximumRetryAttempts ?? MAX_RETRY_ATTEMPTS_DEFAULT,
      maxEventAgeMs: (doc.EventInvokeConfig?.MaximumEventAgeInSeconds ?? MAX_EVENT_AGE_MAX_SECONDS) * 1000,
      onSuccess: deliveryTargetOf(doc.EventInvokeConfig?.DestinationConfig?.OnSuccess?.Destination, scenario),
      onFailure: deliveryTargetOf(doc.EventInvokeConfig?.DestinationConfig?.OnFailure?.Destination, scenario),
      deadLetter: deliveryTargetOf(doc.DeadLetterConfig?.TargetArn, scenario),
      recursiveLoop: doc.RecursiveLoop ?? 'Terminate',
      asyncQueued: 0,
      recent: new InvocationRing(options.logRetention),
    }
    const latestConfig = resolveLatest(doc)
    fn.latest = createVersionState(fn, '$LATEST', latestConfig, context)
    for (const v of doc.Versions ?? []) {
      fn.versions.set(v.Version, createVersionState(fn, v.Version, overlayVersion(latestConfig, v), context))
      fn.lastVersionNumber = Math.max(fn.lastVersionNumber, Number(v.Version))
    }
    for (const a of doc.Aliases ?? []) fn.aliases.set(a.Name, createAlias(fn, a.Name, a, options.rng))
    if (fn.reserved !== null) world.reservedTotal += fn.reserved
    world.functions.set(fn.name, fn)
    world.functionList.push(fn)
  })
  startSqs(world, scenario)
  startPush(world, scenario)
  startStreams(world, scenario)
  return world
}
