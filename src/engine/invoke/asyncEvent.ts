import type { FunctionState } from '../model/state.ts'
import type { TargetRef } from './targets.ts'

/**
 * An event in a function's internal async queue [D-async-err]. It is its own agenda entry for its
 * next attempt, which a throttle or a function error pushes later.
 */
export interface AsyncEvent {
  readonly kind: 'async'
  readonly serial: number
  readonly fn: FunctionState
  readonly target: TargetRef
  readonly payload: unknown
  readonly payloadBytes: number
  readonly receivedAtMs: number
  /** Invocations in this event's chain of requests, this one included: 1 for an event from outside. */
  readonly chainDepth: number
  /** Attempts that ran the function (throttles are not attempts). */
  attempts: number
  /** Throttled tries so far, for the exponential backoff. */
  throttledTries: number
  /** The last attempt's failure, for the invocation record and the DLQ attributes. */
  lastError: { errorType: string; errorMessage: string } | null
  lastExecutedVersion: string | null
}
