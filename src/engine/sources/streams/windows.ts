/**
 * Tumbling windows [D-kin-win]: fixed windows of `TumblingWindowInSeconds` by record arrival time,
 * each aggregated by invocations that pass the function the `state` it returned last. A window
 * ends with a final invocation (`isFinalInvokeForWindow`, no records) once a record of a later window
 * is read, or 2 minutes after its end with none; a state over 1 MB ends it at once
 * (`isWindowTerminatedEarly`), and the rest of its records start afresh. State is kept per lane:
 * per shard, as AWS says, when ParallelizationFactor is 1.
 */
import { TUMBLING_WINDOW_IDLE_CLOSE_MS, TUMBLING_WINDOW_STATE_MAX_BYTES } from '../../facts.ts'
import { VIRTUAL_EPOCH_MS } from '../../time/epoch.ts'
import { utf8Length } from '../../traffic/payloadSize.ts'
import type { WindowView } from './streamEvents.ts'
import type { Lane, Segment, StreamRecord, WindowState } from './streamTypes.ts'

/** Windows line up on the Unix epoch, so a 60 s window starts on the minute. */
function windowStartOf(arrivalMs: number, tumblingMs: number): number {
  const epochMs = VIRTUAL_EPOCH_MS + arrivalMs
  return epochMs - (epochMs % tumblingMs) - VIRTUAL_EPOCH_MS
}

/** The lane's window, opened for `record` when none is open; a new window's state is `{}`. */
export function windowFor(lane: Lane, record: StreamRecord, tumblingMs: number): WindowState {
  if (lane.window !== null) return lane.window
  const startMs = windowStartOf(record.arrivalMs, tumblingMs)
  const window: WindowState = { startMs, endMs: startMs + tumblingMs, stateJson: '{}', terminatedEarly: false }
  lane.window = window
  return window
}

/** Whether the lane's open window ends now: terminated early, a later record waiting, or idle for 2 minutes past its end. */
export function windowEnds(lane: Lane, nowMs: number): boolean {
  const window = lane.window
  if (window === null) return false
  if (window.terminatedEarly) return true
  if (nowMs < window.endMs) return false
  const next = lane.queue.peekFront()
  return next === undefined ? nowMs >= window.endMs + TUMBLING_WINDOW_IDLE_CLOSE_MS : next.arrivalMs >= window.endMs
}

/** When a window with nothing more to read closes; null when no window is open. */
export function windowClosesAtMs(lane: Lane): number | null {
  const window = lane.window
  if (window === null) return null
  return window.terminatedEarly ? 0 : window.endMs + TUMBLING_WINDOW_IDLE_CLOSE_MS
}

/** What an invocation of `segment` tells the function about the window. */
export function windowView(lane: Lane, segment: Segment): WindowView | null {
  const window = lane.window
  if (window === null) return null
  return {
    startMs: window.startMs, endMs: window.endMs, stateJson: window.stateJson,
    final: segment.finalInvoke, terminatedEarly: segment.finalInvoke && window.terminatedEarly,
  }
}

/** The state an invocation returned; over 1 MB it ends the window early [D-kin-win]. */
export function keepState(lane: Lane, segment: Segment, stateJson: string): void {
  const window = lane.window
  if (window === null) return
  if (segment.finalInvoke) {
    lane.window = null
    return
  }
  window.stateJson = stateJson
  if (utf8Length(stateJson) > TUMBLING_WINDOW_STATE_MAX_BYTES) window.terminatedEarly = true
}
