import type { LogEvent } from '../../engine/api.ts'
import type { Frame, InvocationOutcome, Speed } from '../../worker/protocol.ts'
import { DEFAULT_SPEED } from '../../worker/pacing.ts'

/** A Test-tab invocation as the page tracks it: sent, then answered (and, if synchronous, ended). */
export interface TestInvocation {
  requestId: string
  target: string
  invocationType: 'RequestResponse' | 'Event'
  /** The worker's answer; `null` until it arrives. */
  outcome: InvocationOutcome | null
  /** A synchronous invocation still running in virtual time. */
  pending: boolean
}

/** A command's result the user should read (a refused change names its reason). */
export interface Notice {
  id: number
  kind: 'info' | 'error'
  message: string
}

/** Log lines kept for the Logs panel; older ones are dropped. */
export const MAX_LIVE_LOG_EVENTS = 2_000

/**
 * The watched log group's lines so far, accumulated from the frames' increments (`views.logs`):
 * the Logs panel reads this, not the increments.
 */
export interface LiveLogs {
  functionName: string
  /** Oldest first; at most `MAX_LIVE_LOG_EVENTS`, the newest. */
  events: readonly LogEvent[]
  /** Invocations whose lines were left out because too many finished in one frame. */
  skippedInvocations: number
  /** True once more invocations finished between two frames than the engine keeps: some were missed. */
  gap: boolean
}

/** The run as the worker last reported it, plus how the user asked it to be paced. */
export interface LiveSlice {
  /**
   * The newest frame; replaced at most once per animation frame. `frame.views` holds the newest of
   * each watched view (a frame that omits one keeps the previous); logs accumulate in `logs`.
   */
  frame: Frame | null
  logs: LiveLogs | null
  playing: boolean
  done: boolean
  /** Why the worker stopped, when it stopped unexpectedly. */
  fatal: string | null
  speed: Speed
  /** Test invocations, newest last; bounded (./edits.ts keeps the last few). */
  invocations: readonly TestInvocation[]
  notices: readonly Notice[]
}

export const EMPTY_RUN: Pick<LiveSlice, 'frame' | 'logs' | 'playing' | 'done' | 'fatal'> = { frame: null, logs: null, playing: false, done: false, fatal: null }

export const INITIAL_LIVE: LiveSlice = { ...EMPTY_RUN, speed: DEFAULT_SPEED, invocations: [], notices: [] }
