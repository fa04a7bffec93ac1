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

export interface Pacing {
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

export function createPacing(durationMs: number, speed: Speed): Pacing {
  return { playing: false, speed, targetMs: 0, durationMs, lastRealMs: null, sliceMs: INITIAL_SLICE_VIRTUAL_MS }
}

export function play(pacing: Pacing, realNowMs: number): Pacing {
  return { ...pacing, playing: true, lastRealMs: realNowMs }
}

export function pause(pacing: Pacing): Pacing {
  return { ...pacing, playing: false, lastRealMs: null }
}

export function setSpeed(pacing: Pacing, speed: Speed, realNowMs: number): Pacing {
  // Time already elapsed at the old speed is dropped rather than replayed at the new one.
  return { ...pacing, speed, lastRealMs: pacing.playing ? realNowMs : null }
}

/** Pauses and moves the target `virtualMs` ahead. */
export function step(pacing: Pacing, virtualMs: number): Pacing {
  return { ...pause(pacing), targetMs: clampToRun(pacing, pacing.targetMs + Math.max(0, virtualMs)) }
}

/**
 * The run reached only `virtualMs` within a tick's real-time budget: the rest of the target is
 * dropped, so a slow stretch (runaway handlers, a huge burst) slows the clock instead of piling up
 * virtual time to make up later.
 */
export function fallBehind(pacing: Pacing, virtualMs: number): Pacing {
  return virtualMs < pacing.targetMs ? { ...pacing, targetMs: virtualMs } : pacing
}

/** Moves the target up to `virtualMs` when the run went further without pacing (a test invocation on a paused run). */
export function catchUp(pacing: Pacing, virtualMs: number): Pacing {
  return virtualMs > pacing.targetMs ? { ...pacing, targetMs: clampToRun(pacing, virtualMs) } : pacing
}

/** Moves the target for one tick: by elapsed real time × speed, or by one slice at max speed. */
export function tick(pacing: Pacing, realNowMs: number): Pacing {
  if (!pacing.playing) return pacing
  if (pacing.speed === 'max') return { ...pacing, targetMs: clampToRun(pacing, pacing.targetMs + pacing.sliceMs) }
  const elapsedMs = Math.min(MAX_CATCH_UP_REAL_MS, Math.max(0, realNowMs - (pacing.lastRealMs ?? realNowMs)))
  return { ...pacing, targetMs: clampToRun(pacing, pacing.targetMs + (elapsedMs * pacing.speed) / 1000), lastRealMs: realNowMs }
}

/** Resizes the next max-speed slice from the real time the last one took. */
export function recordSliceCost(pacing: Pacing, costRealMs: number): Pacing {
  const factor = costRealMs > 0 ? SLICE_BUDGET_REAL_MS / costRealMs : MAX_SLICE_FACTOR
  const bounded = Math.min(MAX_SLICE_FACTOR, Math.max(1 / MAX_SLICE_FACTOR, factor))
  const sliceMs = Math.min(MAX_SLICE_VIRTUAL_MS, Math.max(MIN_SLICE_VIRTUAL_MS, pacing.sliceMs * bounded))
  return { ...pacing, sliceMs }
}

/** Whether something last done at `lastRealMs` (null = never) is due again after `intervalMs`. */
export function isDue(lastRealMs: number | null, realNowMs: number, intervalMs: number): boolean {
  return lastRealMs === null || realNowMs - lastRealMs >= intervalMs
}

function clampToRun(pacing: Pacing, targetMs: number): number {
  return Math.min(pacing.durationMs, targetMs)
}
