import type { BillingProfile, Usage } from '../cost/bill.ts'
import type { PerSecondCounter, TokenBucket } from '../concurrency/tokenBucket.ts'
import type { EnvironmentPool } from '../environments/environmentPool.ts'
import type { ExecutionEnvironment } from '../environments/environment.ts'
import type { InvocationRing } from '../logs/invocationRing.ts'
import type { DimensionCounts, FunctionMetrics } from '../metrics/functionMetrics.ts'
import type { Sampler } from '../random/distributions.ts'
import type { Random } from '../random/seeded.ts'
import type { CodeRun } from '../runtime/codeRun.ts'
import type { VersionCode } from '../runtime/versionCode.ts'
import type { ResolvedVersionConfig } from './versionConfig.ts'

/** What a version's configuration determines: replaced whole when `$LATEST` is deployed. */
export interface ConfigDerived {
  config: ResolvedVersionConfig
  fingerprint: string
  durationFactor: number
  sampleDurationMs: Sampler
  sampleInitMs: Sampler
  sampleMemoryUsedMb: Sampler
  errorRng: Random
  billing: BillingProfile
  /** The code this version runs and the runtime that runs it; null when it is modelled only. */
  code: VersionCode | null
}

/** `$LATEST` or one published version: its configuration and its execution environments. */
export interface VersionState extends ConfigDerived {
  readonly fn: FunctionState
  /** `$LATEST` or a number as a string. */
  readonly version: string
  /** Deploys to `$LATEST` so far; 0 for published versions, which never change. */
  revision: number
  /** This version's `ExecutedVersion` counts, looked up once rather than per invocation. */
  counts: DimensionCounts
  /** Its `Resource` counts, for invocations that name it as their qualifier. */
  resourceCounts: DimensionCounts
  onDemand: EnvironmentPool
  provisionedPool: EnvironmentPool
  provisioned: ProvisionedState | null
  /** Reaper and recycler events are one object per pool, rescheduled rather than re-created. */
  reaper: PoolTimer
  recycler: PoolTimer
  provisionedRecycler: PoolTimer
}

export interface PoolTimer {
  readonly kind: 'reap' | 'recycle'
  version: VersionState
  readonly provisioned: boolean
  /** When the pending event fires; null when none is pending. */
  atMs: number | null
}

export interface ProvisionedState {
  readonly kind: 'provisioned-ready'
  /** The version or alias the configuration was made on. */
  readonly qualifier: string
  version: VersionState
  requested: number
  status: 'IN_PROGRESS' | 'READY'
  /** Environments currently allocated (0 until the whole request is ready [D-pc]). */
  allocated: number
  busy: number
  /** When metering started, for the provisioned-concurrency charge. */
  meteredSinceMs: number
  readyAtMs: number
  readonly rps: PerSecondCounter
  /** Set when the configuration was removed or moved; a pending ready event then does nothing. */
  cancelled: boolean
}

export interface AliasState {
  readonly name: string
  primary: VersionState
  additional: VersionState | null
  /** Share (0–1) of requests routed to `additional`. */
  weight: number
  readonly routingRng: Random
  /** Its `Resource` counts. */
  readonly counts: DimensionCounts
}

/** Where an async invocation's record or dead-letter message goes: a bucket takes failures only [D-async-rec]. */
export interface DeliveryTarget {
  readonly type: 'queue' | 'topic' | 'function' | 'bucket' | 'event-bus'
  readonly name: string
}

export interface FunctionState {
  readonly name: string
  readonly index: number
  latest: VersionState
  readonly versions: Map<string, VersionState>
  readonly aliases: Map<string, AliasState>
  /** Highest version number ever published: numbers are never reused [D-versions]. */
  lastVersionNumber: number
  reserved: number | null
  /** Requests in flight, on-demand and provisioned. */
  inFlight: number
  /** Requests in flight on on-demand environments (what reserved / unreserved pools bound). */
  onDemandInFlight: number
  /** Provisioned environments allocated and ready across the function's versions (claimed concurrency). */
  provisionedAllocated: number
  environmentsAlive: number
  readonly scaling: TokenBucket
  readonly metrics: FunctionMetrics
  readonly usage: Usage
  maxRetryAttempts: number
  maxEventAgeMs: number
  onSuccess: DeliveryTarget | null
  onFailure: DeliveryTarget | null
  deadLetter: DeliveryTarget | null
  /** `PutFunctionRecursionConfig`: `Allow` lets a recursive loop run on [D-recursion] (sources/recursion.ts). */
  readonly recursiveLoop: 'Terminate' | 'Allow'
  /** Async events waiting in Lambda's internal queue (for a retry or their first attempt). */
  asyncQueued: number
  /** The most recent finished invocations, for the log view. */
  readonly recent: InvocationRing
}

/** What the logs need of a finished invocation. */
export interface InvocationRecord {
  readonly serial: number
  /** The serial of the async event an attempt belongs to (all its attempts share one request id, as in Lambda); null when synchronous. */
  readonly asyncSerial: number | null
  readonly version: string
  readonly environment: ExecutionEnvironment
  readonly startMs: number
  readonly initMs: number
  readonly suppressedInit: boolean
  readonly durationMs: number
  readonly memoryMb: number
  readonly memoryUsedMb: number
  readonly timeoutMs: number
  readonly outcome: InvocationOutcome
  /** What user code did; null for modelled invocations. */
  codeRun(): CodeRun | null
}

/**
 * How an invocation ended. `crash` is a runtime that exited (Runtime.ExitError); `init-error` an
 * init that failed again when retried inside the invoke. Both, like a timeout and running out of
 * memory, end the environment [D-runtime-env].
 */
export type InvocationOutcome = 'success' | 'error' | 'timeout' | 'out-of-memory' | 'crash' | 'init-error'

export interface TopicState {
  readonly name: string
  readonly fifo: boolean
  messagesPublished: number
  readonly recent: unknown[]
}
