/**
 * Pacing: how far virtual time should move for the real time that passed. Pure, so it is tested
 * without timers; the worker shell supplies real time and runs the simulation to `targetMs`.
 */
import type { Speed } from './protocol.ts'

/** One virtual minute per real second. */
export const DEFAULT_SPEED: Speed = 60_000
/** Most real time one paced tick makes up, so after a stall (a background tab, a slow tick) the run slows down rather than leaps. */
export const MAX_CATCH_UP_REAL_MS = 100
/** Real time one max-speed slice should take: short enough to read a `pause` between slices. */
export const SLICE_BUDGET_REAL_MS = 12
export const INITIAL_SLICE_VIRTUAL_MS = 1_000
const MIN_SLICE_VIRTUAL_MS = 1
const MAX_SLICE_VIRTUAL_MS = 3_600_000
/** A slice grows or shrinks by at most this factor at a time, so one odd measurement cannot swing it. */
const MAX_SLICE_FACTOR = 2

export interface Driver {
  readonly playing: boolean
  readonly speed: Speed
  /** Virtual time the simulation should have reached. */
  readonly targetMs: number
  readonly durationMs: number
  /** Real time of the previous paced tick; null while paused. */
  readonly lastRealMs: number | null
  /** Virtual span of the next max-speed slice, adapted so one slice costs about `SLICE_BUDGET_REAL_MS`. */
  readonly sliceMs: number
}

export function createDriver(durationMs: number, speed: Speed): Driver {
  return { playing: false, speed, targetMs: 0, durationMs, lastRealMs: null, sliceMs: INITIAL_SLICE_VIRTUAL_MS }
}

export function play(driver: Driver, realNowMs: number): Driver {
  return { ...driver, playing: true, lastRealMs: realNowMs }
}

export function pause(driver: Driver): Driver {
  return { ...driver, playing: false, lastRealMs: null }
}

export function setSpeed(driver: Driver, speed: Speed, realNowMs: number): Driver {
  // Time already elapsed at the old speed is dropped rather than replayed at the new one.
  return { ...driver, speed, lastRealMs: driver.playing ? realNowMs : null }
}

/** Pauses and moves the target `virtualMs` ahead. */
export function step(driver: Driver, virtualMs: number): Driver {
  return { ...pause(driver), targetMs: clampToRun(driver, driver.targetMs + Math.max(0, virtualMs)) }
}

/** Moves the target for one tick: by elapsed real time × speed, or by one slice at max speed. */
export function tick(driver: Driver, realNowMs: number): Driver {
  if (!driver.playing) return driver
  if (driver.speed === 'max') return { ...driver, targetMs: clampToRun(driver, driver.targetMs + driver.sliceMs) }
  const elapsedMs = Math.min(MAX_CATCH_UP_REAL_MS, Math.max(0, realNowMs - (driver.lastRealMs ?? realNowMs)))
  return { ...driver, targetMs: clampToRun(driver, driver.targetMs + (elapsedMs * driver.speed) / 1000), lastRealMs: realNowMs }
}

/** Resizes the next max-speed slice from the real time the last one took. */
export function recordSliceCost(driver: Driver, costRealMs: number): Driver {
  const factor = costRealMs > 0 ? SLICE_BUDGET_REAL_MS / costRealMs : MAX_SLICE_FACTOR
  const bounded = Math.min(MAX_SLICE_FACTOR, Math.max(1 / MAX_SLICE_FACTOR, factor))
  const sliceMs = Math.min(MAX_SLICE_VIRTUAL_MS, Math.max(MIN_SLICE_VIRTUAL_MS, driver.sliceMs * bounded))
  return { ...driver, sliceMs }
}

/** Whether something last done at `lastRealMs` (null = never) is due again after `intervalMs`. */
export function isDue(lastRealMs: number | null, realNowMs: number, intervalMs: number): boolean {
  return lastRealMs === null || realNowMs - lastRealMs >= intervalMs
}

function clampToRun(driver: Driver, targetMs: number): number {
  return Math.min(driver.durationMs, targetMs)
}
