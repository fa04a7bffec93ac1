/**
 * How many concurrent invokes an SQS event source mapping may make [D-sqs-scale], [D-sqs-cfg] §3.3:
 * - standard mode (current docs): 5 at first; while messages wait for a free invoke, up to 300 more
 *   per minute, up to 1,250 per mapping; `ScalingConfig.MaximumConcurrency` caps it lower;
 * - provisioned mode (since Nov 2025, `ProvisionedPollerConfig`): whole event pollers of 10 concurrent
 *   invokes each, `MinimumPollers` kept ready, up to 1,000 more concurrency (100 pollers) per minute,
 *   up to `MaximumPollers` and never past 20,000 concurrency.
 *
 * Where AWS gives no numbers, the simulator's choices (README, "Where AWS documents nothing"):
 * - scaling is counted in whole seconds: +5 invokes per second of backlog in standard mode (300 per
 *   minute), +1 or +2 pollers per second in provisioned mode (exactly 100 per minute);
 * - an empty queue scales back at the same rate, down to the floor: 5 (or MaximumConcurrency when
 *   lower), or MinimumPollers;
 * - a throttle [D-sqs-err] lowers the limit to the invokes still running (in whole pollers) and pauses
 *   polling 1 s, doubling with each throttle in a row up to 30 s; an invoke that is admitted ends the pause streak;
 * - a failed batch lowers the limit by one invoke (one poller), unless the mapping reports batch item
 *   failures, with which Lambda does not scale down on failures [G-sqs].
 * The provisioned pollers' own throughput bounds (1 MB/s and 10 receive calls per second each) are
 * not modelled: concurrency is the only limit.
 */
import {
  SQS_MAXIMUM_POLLERS_DEFAULT, SQS_MINIMUM_POLLERS_DEFAULT, SQS_POLLER_CONCURRENT_INVOKES, SQS_POLLER_MAX_CONCURRENCY,
  SQS_POLLER_SCALE_UP_PER_MINUTE, SQS_POLLER_START_CONCURRENCY, SQS_PROVISIONED_MAX_CONCURRENCY, SQS_PROVISIONED_SCALE_UP_PER_MINUTE,
} from '../../facts.ts'
import type { ProvisionedPollerConfig } from '../../scenario/types.ts'

/** Scaling decisions are made once a second. */
export const SCALING_TICK_MS = 1000
const TICKS_PER_MINUTE = 60_000 / SCALING_TICK_MS
/** Ours: the first pause after a throttle, and the longest. */
export const THROTTLE_PAUSE_MIN_MS = 1000
export const THROTTLE_PAUSE_MAX_MS = 30_000

/** A mapping's scaling, in units of concurrency: single invokes (standard mode) or event pollers. */
export interface ScalingBounds {
  /** Concurrent invokes one unit allows: 1, or a poller's 10. */
  readonly unit: number
  /** Units kept when the queue is idle, and the most there may be. */
  readonly floorUnits: number
  readonly capUnits: number
  readonly unitsPerMinute: number
  /** Units are event pollers (provisioned mode), shown and billed as such. */
  readonly provisioned: boolean
}

/** The bounds of a mapping's `ScalingConfig.MaximumConcurrency` or `ProvisionedPollerConfig` (validated: not both). */
export function scalingBoundsOf(maximumConcurrency: number | undefined, pollers: ProvisionedPollerConfig | undefined): ScalingBounds {
  if (pollers !== undefined) {
    const most = Math.min(pollers.MaximumPollers ?? SQS_MAXIMUM_POLLERS_DEFAULT, SQS_PROVISIONED_MAX_CONCURRENCY / SQS_POLLER_CONCURRENT_INVOKES)
    return {
      unit: SQS_POLLER_CONCURRENT_INVOKES, floorUnits: Math.min(pollers.MinimumPollers ?? SQS_MINIMUM_POLLERS_DEFAULT, most), capUnits: most,
      unitsPerMinute: SQS_PROVISIONED_SCALE_UP_PER_MINUTE / SQS_POLLER_CONCURRENT_INVOKES, provisioned: true,
    }
  }
  const cap = Math.min(SQS_POLLER_MAX_CONCURRENCY, maximumConcurrency ?? Number.POSITIVE_INFINITY)
  return { unit: 1, floorUnits: Math.min(SQS_POLLER_START_CONCURRENCY, cap), capUnits: cap, unitsPerMinute: SQS_POLLER_SCALE_UP_PER_MINUTE, provisioned: false }
}

export class PollerScaling {
  private units: number
  /** Scaling steps taken so far: step n adds ⌊R(n+1)/60⌋ − ⌊Rn/60⌋ units, so a minute adds exactly R. */
  private steps = 0
  private pausedUntilMs = 0
  private pauseMs = 0

  constructor(private bounds: ScalingBounds) {
    this.units = bounds.floorUnits
  }

  /** Concurrent invokes allowed now. */
  get limit(): number {
    return this.units * this.bounds.unit
  }

  /** Event pollers running now; 0 in standard mode, where Lambda does not show them. */
  get pollers(): number {
    return this.bounds.provisioned ? this.units : 0
  }

  /** Whether the poller may receive now (not pausing after a throttle). */
  polling(nowMs: number): boolean {
    return nowMs >= this.pausedUntilMs
  }

  /** One scaling second: `backlogged` = messages wait while every allowed invoke runs; `idle` = nothing is visible. */
  tick(backlogged: boolean, idle: boolean): void {
    const { floorUnits, capUnits } = this.bounds
    if (backlogged && this.units < capUnits) this.units = Math.min(capUnits, this.units + this.nextStep())
    else if (idle && this.units > floorUnits) this.units = Math.max(floorUnits, this.units - this.nextStep())
  }

  private nextStep(): number {
    const perMinute = this.bounds.unitsPerMinute
    const n = this.steps++
    return Math.floor((perMinute * (n + 1)) / TICKS_PER_MINUTE) - Math.floor((perMinute * n) / TICKS_PER_MINUTE)
  }

  /** Whether ticking can stop: nothing left to scale back. */
  get settled(): boolean {
    return this.units === this.bounds.floorUnits
  }

  /** The function refused an invoke (429); returns when polling may resume. */
  throttled(nowMs: number, running: number): number {
    this.units = Math.max(this.bounds.floorUnits, Math.min(this.units, Math.ceil(running / this.bounds.unit)))
    this.pauseMs = this.pauseMs === 0 ? THROTTLE_PAUSE_MIN_MS : Math.min(THROTTLE_PAUSE_MAX_MS, this.pauseMs * 2)
    this.pausedUntilMs = nowMs + this.pauseMs
    return this.pausedUntilMs
  }

  admitted(): void {
    this.pauseMs = 0
  }

  failed(): void {
    this.units = Math.max(this.bounds.floorUnits, this.units - 1)
  }

  /** A mapping enabled again starts over from its floor, as a new one does. */
  restart(): void {
    this.units = this.bounds.floorUnits
  }

  /** UpdateEventSourceMapping changed the scaling settings: the capacity running now carries over, within the new bounds. */
  reconfigure(bounds: ScalingBounds): void {
    const carried = Math.ceil(this.limit / bounds.unit)
    this.bounds = bounds
    this.units = Math.min(bounds.capUnits, Math.max(bounds.floorUnits, carried))
  }
}
