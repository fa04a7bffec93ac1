import type { ExecutionEnvironment } from './environment.ts'
import type { IdleSelector } from './idleSelectors.ts'

/**
 * The environments of one version of a function, either on-demand or provisioned.
 * Idle environments sit in a list ordered by when they went idle: because that moment is always
 * "now", appending keeps the list sorted, so the head is always the next to be reclaimed and one
 * reaper event per pool suffices, however many environments there are.
 * Environments also sit, until they end, in creation order for lifetime recycling.
 */
export class EnvironmentPool {
  private idleHead: ExecutionEnvironment | null = null
  private idleTail: ExecutionEnvironment | null = null
  idleCount = 0
  /** Initializing, busy or idle. */
  aliveCount = 0
  private byCreation: ExecutionEnvironment[] = []
  private byCreationHead = 0

  constructor(private readonly selector: IdleSelector) {}

  created(env: ExecutionEnvironment): void {
    this.aliveCount++
    this.byCreation.push(env)
    // Ended environments behind a long-lived one stay queued; compact them when they dominate.
    if (this.byCreation.length > 2 * this.aliveCount + 1024) {
      this.byCreation = this.byCreation.filter((e, i) => i >= this.byCreationHead && e.phase !== 'ended')
      this.byCreationHead = 0
    }
  }

  ended(): void {
    this.aliveCount--
  }

  pushIdle(env: ExecutionEnvironment): void {
    env.prevIdle = this.idleTail
    env.nextIdle = null
    if (this.idleTail) this.idleTail.nextIdle = env
    else this.idleHead = env
    this.idleTail = env
    this.idleCount++
    this.selector.add(env)
  }

  /** The idle environment the selection policy picks, removed from the idle set; null when none. */
  takeIdle(): ExecutionEnvironment | null {
    if (!this.idleTail) return null
    const env = this.selector.pick(this.idleTail)
    this.removeIdle(env)
    return env
  }

  removeIdle(env: ExecutionEnvironment): void {
    if (env.prevIdle) env.prevIdle.nextIdle = env.nextIdle
    else this.idleHead = env.nextIdle
    if (env.nextIdle) env.nextIdle.prevIdle = env.prevIdle
    else this.idleTail = env.prevIdle
    env.prevIdle = null
    env.nextIdle = null
    this.idleCount--
    this.selector.remove(env)
  }

  /** The environment idle the longest: the next to be reclaimed. */
  longestIdle(): ExecutionEnvironment | null {
    return this.idleHead
  }

  /** The oldest environment still alive: the next to be recycled. */
  oldestAlive(): ExecutionEnvironment | null {
    const queue = this.byCreation
    while (this.byCreationHead < queue.length && (queue[this.byCreationHead] as ExecutionEnvironment).phase === 'ended') {
      this.byCreationHead++
    }
    return queue[this.byCreationHead] ?? null
  }

  /** Every alive environment, oldest first (for snapshots and code updates). */
  *alive(): Generator<ExecutionEnvironment> {
    for (let i = this.byCreationHead; i < this.byCreation.length; i++) {
      const env = this.byCreation[i] as ExecutionEnvironment
      if (env.phase !== 'ended') yield env
    }
  }
}
