import type { ExecutionEnvironment } from '../environments/environment.ts'
import type { FunctionState, InvocationOutcome, InvocationRecord, ProvisionedState, VersionState } from '../model/state.ts'
import type { DimensionCounts } from '../metrics/functionMetrics.ts'
import type { CodeRun } from '../runtime/codeRun.ts'
import type { AsyncEvent } from './asyncEvent.ts'
import type { SyncWatcher } from './syncWatchers.ts'

/** How provisioned concurrency took part: served on it, spilled over from it, or none configured. */
export type ProvisionedRole = 'on-provisioned' | 'spillover' | 'none'

/**
 * One request running in one environment. It is its own agenda entry: first at the end of the
 * Init phase (cold starts), then at the end of the Invoke phase. When it ends, the function's log
 * ring copies what its log lines need (logs/invocationRing.ts) and lets it go.
 */
export class Invocation implements InvocationRecord {
  readonly kind = 'invocation'
  phase: 'init' | 'invoke' = 'invoke'
  initMs = 0
  /** Init beyond the 10 s limit is retried inside the invoke, whose Duration then includes it [D-runtime-env]. */
  suppressedInit = false
  durationMs = 0
  outcome: InvocationOutcome = 'success'
  memoryUsedMb = 0
  /** Whether this request took a unit of the unreserved pool (fixed at start: reservations may change mid-flight). */
  countedUnreserved = false
  /** The provisioned configuration whose environment serves it (fixed at start: it may be removed or replaced mid-flight). */
  provisionedConfig: ProvisionedState | null = null
  /** Who waits for this synchronous invocation to end (syncWatchers.ts); null when nobody does. */
  watcher: SyncWatcher | null = null
  readonly memoryMb: number
  readonly timeoutMs: number
  readonly version: string
  readonly asyncSerial: number | null

  constructor(
    readonly serial: number,
    readonly fn: FunctionState,
    readonly versionState: VersionState,
    readonly environment: ExecutionEnvironment,
    readonly startMs: number,
    readonly provisionedRole: ProvisionedRole,
    /**
     * The async event this attempt belongs to, until the attempt ends; null for synchronous requests.
     * Let go at the end, so the log ring keeps the event's serial but not its payload.
     */
    public asyncEvent: AsyncEvent | null,
    /** The `Resource` dimension (the qualifier invoked); null when unqualified. */
    readonly resourceCounts: DimensionCounts | null,
  ) {
    this.version = versionState.version
    this.asyncSerial = asyncEvent === null ? null : asyncEvent.serial
    this.memoryMb = versionState.config.memoryMb
    this.timeoutMs = versionState.config.timeoutMs
  }

  get cold(): boolean {
    return this.initMs > 0 || this.suppressedInit
  }

  get failed(): boolean {
    return this.outcome !== 'success'
  }

  /** On the prototype, so modelled invocations carry no field for code they do not run; CodeInvocation overrides it. */
  codeRun(): CodeRun | null {
    return null
  }
}
