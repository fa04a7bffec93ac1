/**
 * The Logs panel follows the run: each frame carries only the lines of invocations that finished
 * since the previous one, so the page appends instead of re-reading the whole group.
 */
import type { Simulation } from '../../engine/api.ts'
import type { LogsFrame, LogsRequest } from './types.ts'

/** Where the log view stands in one run: the group it follows and the engine's cursor into it. */
export interface LogsCursor {
  functionName: string | null
  cursor: number | null
}

export function createLogsCursor(): LogsCursor {
  return { functionName: null, cursor: null }
}

/** New lines of the requested group since `state`'s cursor, which it moves; a new group restarts. */
export function buildLogsFrame(simulation: Simulation, request: LogsRequest, state: LogsCursor): LogsFrame {
  const restart = state.functionName !== request.functionName
  if (restart) {
    state.functionName = request.functionName
    state.cursor = null
  }
  const tail = simulation.logTail({ functionName: request.functionName, cursor: state.cursor, limit: request.limit })
  state.cursor = tail.cursor
  return {
    functionName: request.functionName,
    restart,
    events: tail.events,
    skippedInvocations: restart ? 0 : tail.skippedInvocations,
    gap: restart ? false : tail.gap,
  }
}
