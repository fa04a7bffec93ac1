/**
 * How many concurrent invokes an SQS event source mapping may make (standard queues, current docs)
 * [D-sqs-scale], [D-sqs-cfg] §3.3: 5 at first; while messages wait for a free invoke, up to 300 more
 * per minute, up to 1,250 per mapping; `ScalingConfig.MaximumConcurrency` caps it lower.
 *
 * Where AWS gives no numbers, the simulator's choices (README, "Where AWS documents nothing"):
 * - scaling is counted in whole seconds: +5 per second of backlog (300 per minute);
 * - an empty queue scales back at the same rate, down to 5 (or MaximumConcurrency when lower);
 * - a throttle [D-sqs-err] lowers the limit to the invokes still running and pauses polling 1 s,
 *   doubling with each throttle in a row up to 30 s; an invoke that is admitted ends the pause streak;
 * - a failed batch lowers the limit by one, unless the mapping reports batch item failures, with
 *   which Lambda does not scale down on failures [G-sqs].
 */
import { SQS_POLLER_MAX_CONCURRENCY, SQS_POLLER_SCALE_UP_PER_MINUTE, SQS_POLLER_START_CONCURRENCY } from '../../facts.ts'

/** Scaling decisions are made once a second. */
export const SCALING_TICK_MS = 1000
const STEP_PER_TICK = (SQS_POLLER_SCALE_UP_PER_MINUTE * SCALING_TICK_MS) / 60_000
/** Ours: the first pause after a throttle, and the longest. */
export const THROTTLE_PAUSE_MIN_MS = 1000
export const THROTTLE_PAUSE_MAX_MS = 30_000

export class PollerScaling {
  /** Concurrent invokes allowed now. */
  limit: number
  readonly floor: number
  readonly cap: number
  private pausedUntilMs = 0
  private pauseMs = 0

  constructor(maximumConcurrency: number | undefined) {
    this.cap = Math.min(SQS_POLLER_MAX_CONCURRENCY, maximumConcurrency ?? Number.POSITIVE_INFINITY)
    this.floor = Math.min(SQS_POLLER_START_CONCURRENCY, this.cap)
    this.limit = this.floor
  }

  /** Whether the poller may receive now (not pausing after a throttle). */
  polling(nowMs: number): boolean {
    return nowMs >= this.pausedUntilMs
  }

  /** One scaling second: `backlogged` = messages wait while every allowed invoke runs; `idle` = nothing is visible. */
  tick(backlogged: boolean, idle: boolean): void {
    if (backlogged) this.limit = Math.min(this.cap, this.limit + STEP_PER_TICK)
    else if (idle) this.limit = Math.max(this.floor, this.limit - STEP_PER_TICK)
  }

  /** Whether ticking can stop: nothing left to scale back. */
  get settled(): boolean {
    return this.limit === this.floor
  }

  /** The function refused an invoke (429); returns when polling may resume. */
  throttled(nowMs: number, running: number): number {
    this.limit = Math.max(this.floor, Math.min(this.limit, running))
    this.pauseMs = this.pauseMs === 0 ? THROTTLE_PAUSE_MIN_MS : Math.min(THROTTLE_PAUSE_MAX_MS, this.pauseMs * 2)
    this.pausedUntilMs = nowMs + this.pauseMs
    return this.pausedUntilMs
  }

  admitted(): void {
    this.pauseMs = 0
  }

  failed(): void {
    this.limit = Math.max(this.floor, this.limit - 1)
  }
}
