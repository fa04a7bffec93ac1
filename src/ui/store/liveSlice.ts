import type { RunSummary, Snapshot } from '../../engine/api.ts'

/** The run as the worker last reported it. */
export interface LiveSlice {
  snapshot: Snapshot | null
  summary: RunSummary | null
  playing: boolean
  done: boolean
  /** Why the worker stopped, when it stopped unexpectedly. */
  fatal: string | null
}

export const EMPTY_LIVE: LiveSlice = { snapshot: null, summary: null, playing: false, done: false, fatal: null }
