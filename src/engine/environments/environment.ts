/**
 * An execution environment: one request at a time, created by a cold start (or by provisioned
 * concurrency allocation), reused while warm, and ended by idle reclaim, recycling, a timeout or
 * a crash. Its states and their legal transitions are explicit so the UI can draw them and tests
 * can check them.
 */
import type { CodeEnvironment } from '../runtime/codeEnvironment.ts'
import { PhaseHistory } from '../views/phaseHistory.ts'

export type EnvironmentPhase = 'initializing' | 'busy' | 'idle' | 'ended'

/** Why an environment ended, as the UI and the logs explain it. */
export type EndReason = 'idle-reclaimed' | 'recycled' | 'timeout' | 'crash' | 'out-of-memory' | 'init-failed' | 'code-updated' | 'deallocated'

/** The lifecycle's legal moves: from each phase, the phases it may enter. */
export const ENVIRONMENT_TRANSITIONS: Readonly<Record<EnvironmentPhase, Readonly<Partial<Record<EnvironmentPhase, true>>>>> = {
  initializing: { busy: true, idle: true, ended: true },
  busy: { idle: true, ended: true },
  idle: { busy: true, ended: true },
  ended: {},
}

/** ENVIRONMENT_TRANSITIONS as code: this check runs twice per invocation, so it avoids keyed lookups. */
function canEnter(from: EnvironmentPhase, to: EnvironmentPhase): boolean {
  switch (from) {
    case 'initializing':
      return to !== 'initializing'
    case 'busy':
      return to === 'idle' || to === 'ended'
    case 'idle':
      return to === 'busy' || to === 'ended'
    case 'ended':
      return false
  }
}

export class ExecutionEnvironment {
  phase: EnvironmentPhase = 'initializing'
  /** Virtual time of the last phase change. */
  sinceMs: number
  invocations = 0
  endReason: EndReason | null = null
  /** Set when the environment must end as soon as its current request finishes. */
  retiring: EndReason | null = null
  /** Links of the pool's idle list, ordered by the time each environment went idle. */
  prevIdle: ExecutionEnvironment | null = null
  nextIdle: ExecutionEnvironment | null = null
  /** Position in a selector's own index (heap slot or array slot); -1 when not indexed. */
  selectorSlot = -1
  /** The user code running in it, for versions with code; its end ends the code's environment too. */
  code: CodeEnvironment | null = null
  /** Its recent phase changes, for the Environments timeline. */
  readonly history = new PhaseHistory()

  constructor(
    /** Creation order across the run; also seeds the environment's id. */
    readonly serial: number,
    readonly provisioned: boolean,
    readonly createdAtMs: number,
  ) {
    this.sinceMs = createdAtMs
    this.history.record('initializing', createdAtMs)
  }

  /** Moves to `next`, refusing a transition the lifecycle does not have. */
  enter(next: EnvironmentPhase, nowMs: number): void {
    if (!canEnter(this.phase, next)) {
      throw new Error(`Execution environment ${this.serial}: illegal transition ${this.phase} → ${next}`)
    }
    this.phase = next
    this.sinceMs = nowMs
    this.history.record(next, nowMs)
  }
}
