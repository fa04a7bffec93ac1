/**
 * Environments that ended lately, newest last, so the Environments view can show reclaimed ones
 * fading out instead of vanishing. A fixed ring of small records (never the environment itself,
 * whose code and pools must be free to go).
 */
import type { EndReason, ExecutionEnvironment } from '../environments/environment.ts'
import type { PhaseHistory } from './phaseHistory.ts'

/** Ended environments kept across the account. */
export const RECENTLY_ENDED_LENGTH = 2048

export interface EndedEnvironment {
  readonly functionName: string
  readonly version: string
  readonly serial: number
  readonly provisioned: boolean
  readonly createdAtMs: number
  readonly endedAtMs: number
  readonly reason: EndReason
  readonly invocations: number
  readonly history: PhaseHistory
}

export class RecentlyEnded {
  private readonly ring: (EndedEnvironment | undefined)[] = new Array(RECENTLY_ENDED_LENGTH)
  private count = 0

  add(functionName: string, version: string, env: ExecutionEnvironment, reason: EndReason, endedAtMs: number): void {
    this.ring[this.count % RECENTLY_ENDED_LENGTH] = {
      functionName, version, serial: env.serial, provisioned: env.provisioned, createdAtMs: env.createdAtMs, endedAtMs, reason,
      invocations: env.invocations, history: env.history,
    }
    this.count++
  }

  /** A function's environments that ended at or after `sinceMs`, newest first. */
  endedSince(functionName: string, sinceMs: number): EndedEnvironment[] {
    const found: EndedEnvironment[] = []
    const oldest = Math.max(0, this.count - RECENTLY_ENDED_LENGTH)
    for (let n = this.count - 1; n >= oldest; n--) {
      const ended = this.ring[n % RECENTLY_ENDED_LENGTH] as EndedEnvironment
      // Ends are recorded in time order, so the first one too old ends the search.
      if (ended.endedAtMs < sinceMs) break
      if (ended.functionName === functionName) found.push(ended)
    }
    return found
  }
}
