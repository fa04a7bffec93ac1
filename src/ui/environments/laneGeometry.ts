/**
 * The bars of one environment's timeline lane: each phase segment mapped from virtual time to
 * pixels over the view's window, clipped to it; time before the lane's history is known is marked.
 */
import type { EnvironmentLane, TimelinePhase } from '../../engine/api.ts'

export type BarKind = TimelinePhase | 'unknown'

export interface Bar {
  kind: BarKind
  x: number
  width: number
}

export interface TimeScale {
  fromMs: number
  toMs: number
  widthPx: number
}

function toPx(scale: TimeScale, atMs: number): number {
  const clamped = Math.min(scale.toMs, Math.max(scale.fromMs, atMs))
  return ((clamped - scale.fromMs) / Math.max(1, scale.toMs - scale.fromMs)) * scale.widthPx
}

/** Bars left to right; a bar narrower than a pixel is widened to one, so a short invocation still shows. */
export function laneBars(lane: EnvironmentLane, scale: TimeScale, nowMs: number): Bar[] {
  const endMs = lane.state === 'ended' ? lane.sinceMs : nowMs
  const bars: Bar[] = []
  const push = (kind: BarKind, startMs: number, stopMs: number) => {
    if (stopMs <= scale.fromMs || startMs >= scale.toMs || stopMs <= startMs) return
    const x = toPx(scale, startMs)
    bars.push({ kind, x, width: Math.max(1, toPx(scale, stopMs) - x) })
  }
  if (lane.knownFromMs > lane.createdAtMs) push('unknown', lane.createdAtMs, lane.knownFromMs)
  lane.phases.forEach((phase, i) => push(phase, lane.startsMs[i] as number, lane.startsMs[i + 1] ?? endMs))
  return bars
}
