import type { LogsFrame, ViewFrames } from '../../worker/views/types.ts'

/**
 * Two consecutive frames' views as one, for frames batched before a display frame. A frame that
 * omits a view leaves it unchanged (src/worker/views/types.ts), so the older one stays. Logs travel
 * as increments: two become one, so no line is lost when the older frame is dropped.
 */
export function mergeViews(older: ViewFrames, newer: ViewFrames): ViewFrames {
  const merged: ViewFrames = { ...older, ...newer }
  if (older.logs && newer.logs) merged.logs = mergeLogs(older.logs, newer.logs)
  return merged
}

function mergeLogs(older: LogsFrame, newer: LogsFrame): LogsFrame {
  if (newer.restart || newer.functionName !== older.functionName) return newer
  return {
    ...newer,
    restart: older.restart,
    events: [...older.events, ...newer.events],
    skippedInvocations: older.skippedInvocations + newer.skippedInvocations,
    gap: older.gap || newer.gap,
  }
}
