/**
 * Tumbling windows [D-kin-win]: fixed windows of `TumblingWindowInSeconds` by record arrival time,
 * each aggregated by invocations that pass the function the `state` it returned last. A window
 * ends with a final invocation (`isFinalInvokeForWindow`, no records) once a record of a later window
 * is read, or 2 minutes after its end with none; a state over 1 MB ends it at once
 * (`isWindowTerminatedEarly`), and the rest of its records start afresh. State is kept per lane:
 * per shard, as AWS says, when ParallelizationFactor is 1.
 *
 * UpdateEventSourceMapping of TumblingWindowInSeconds (AWS documents no more than that it may be
 * updated): the new duration applies to windows that open after the update. A window open at that
 * moment keeps the bounds it opened with, which every invocation of it has already told the function,
 * and the state built for them: it takes the records that arrived within them and ends as any window
 * does, with its final invocation. The next window starts where it ended, then windows line up on
 * the new duration; so windows never overlap, and a window of 0 s (no windows) starts no new one.
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

/**
 * The lane's window for a batch starting at `record`: the one open, else a new one when the mapping
 * has windows (state `{}`), else null. A new window never starts before the lane's last one ended
 * (or, when that one was terminated early, before it started: the same window goes on afresh).
 */
export function windowFor(lane: Lane, record: StreamRecord, tumblingMs: number): WindowState | null {
  if (lane.window !== null || tumblingMs === 0) return lane.window
  const gridStartMs = windowStartOf(record.arrivalMs, tumblingMs)
  const window: WindowState = {
    startMs: Math.max(gridStartMs, lane.nextWindowFromMs), endMs: gridStartMs + tumblingMs, stateJson: '{}', terminatedEarly: false,
  }
  lane.window = window
  return window
}

/** The lane's window is over (its final invocation succeeded, or was given up). */
export function closeWindow(lane: Lane): void {
  const window = lane.window
  if (window === null) return
  lane.nextWindowFromMs = window.terminatedEarly ? window.startMs : window.endMs
  lane.window = null
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
    closeWindow(lane)
    return
  }
  window.stateJson = stateJson
  if (utf8Length(stateJson) > TUMBLING_WINDOW_STATE_MAX_BYTES) window.terminatedEarly = true
}
