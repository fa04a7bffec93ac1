import type { LogsFrame } from '../../worker/views/types.ts'
import { MAX_LIVE_LOG_EVENTS, type LiveLogs } from './liveSlice.ts'

/** Adds a frame's new log lines to what the Logs panel shows; a restart (another group, a new run) starts over. */
export function appendLogs(logs: LiveLogs | null, increment: LogsFrame): LiveLogs {
  const restart = increment.restart || logs === null || logs.functionName !== increment.functionName
  const before = restart ? [] : logs.events
  // Nothing new: keep the same object, so the panel does not re-render.
  if (!restart && increment.events.length === 0 && increment.skippedInvocations === 0 && !increment.gap) return logs
  return {
    functionName: increment.functionName,
    events: [...before, ...increment.events].slice(-MAX_LIVE_LOG_EVENTS),
    skippedInvocations: (restart ? 0 : logs.skippedInvocations) + increment.skippedInvocations,
    gap: (restart ? false : logs.gap) || increment.gap,
  }
}
