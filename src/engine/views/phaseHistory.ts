/**
 * The recent phase changes of one execution environment, for the Environments timeline: when its
 * Init ran, each invocation, and the idle gaps between them. A fixed ring, written on every phase
 * change (twice per invocation), so it is one typed array and two stores, never an allocation.
 */
import type { EnvironmentPhase } from '../environments/environment.ts'

/** Phase changes kept per environment: the Init, then about 32 invocations with their idle gaps. */
export const PHASE_HISTORY_LENGTH = 64

const PHASES: readonly EnvironmentPhase[] = ['initializing', 'busy', 'idle', 'ended']

function codeOf(phase: EnvironmentPhase): number {
  switch (phase) {
    case 'initializing':
      return 0
    case 'busy':
      return 1
    case 'idle':
      return 2
    case 'ended':
      return 3
  }
}

/** One stretch of an environment's life in one phase; `ended` never has a stretch of its own. */
export type TimelinePhase = Exclude<EnvironmentPhase, 'ended'>

/** Segments of a lane: segment i runs from `startsMs[i]` to `startsMs[i + 1]`, the last to the lane's end. */
export interface PhaseSegments {
  phases: TimelinePhase[]
  startsMs: number[]
  /** Earliest time the segments are complete from: the creation, or the oldest change still in the ring. */
  knownFromMs: number
}

export class PhaseHistory {
  /** Interleaved (atMs, phase code) pairs. */
  private readonly ring = new Float64Array(PHASE_HISTORY_LENGTH * 2)
  /** Changes recorded since creation; the newest is at slot (count - 1) mod length. */
  private count = 0
  /** Where the next change goes: (count mod length) × 2, kept rather than divided on the hot path. */
  private next = 0

  record(phase: EnvironmentPhase, atMs: number): void {
    const slot = this.next
    this.ring[slot] = atMs
    this.ring[slot + 1] = codeOf(phase)
    this.next = slot + 2 === this.ring.length ? 0 : slot + 2
    this.count++
  }

  /**
   * The segments that overlap [fromMs, now], the first clipped to `fromMs`; zero-length segments
   * (an idle gap between back-to-back requests) are left out, since nothing could draw them.
   */
  segmentsSince(fromMs: number): PhaseSegments {
    const kept = Math.min(this.count, PHASE_HISTORY_LENGTH)
    const oldest = this.count - kept
    const phases: TimelinePhase[] = []
    const startsMs: number[] = []
    for (let n = oldest; n < this.count; n++) {
      const slot = (n % PHASE_HISTORY_LENGTH) * 2
      const atMs = this.ring[slot] as number
      const phase = PHASES[this.ring[slot + 1] as number] as EnvironmentPhase
      const nextAtMs = n + 1 < this.count ? (this.ring[((n + 1) % PHASE_HISTORY_LENGTH) * 2] as number) : Infinity
      if (phase === 'ended' || nextAtMs <= fromMs || nextAtMs === atMs) continue
      phases.push(phase)
      startsMs.push(Math.max(atMs, fromMs))
    }
    return { phases, startsMs, knownFromMs: this.ring[(oldest % PHASE_HISTORY_LENGTH) * 2] as number }
  }
}
