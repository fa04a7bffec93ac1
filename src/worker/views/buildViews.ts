/**
 * What the worker shell calls for every frame: the views the open panels watch, each rebuilt only
 * when its interval has passed (or when `force`d, after a command), from the run's `Simulation`.
 * Keep one `ViewState` per run; a reset or a new load starts a new one.
 */
import type { Scenario, Simulation } from '../../engine/api.ts'
import { buildLogsFrame, createLogsCursor, type LogsCursor } from './logsView.ts'
import { buildMonitorFrame } from './monitorView.ts'
import { VIEW_INTERVALS_MS, type ViewFrames, type ViewRequests } from './types.ts'

type ViewName = keyof ViewRequests

export interface ViewState {
  /** Real time each view was last built; absent: never. */
  builtAtMs: Partial<Record<ViewName, number>>
  logs: LogsCursor
}

export function createViewState(): ViewState {
  return { builtAtMs: {}, logs: createLogsCursor() }
}

function due(state: ViewState, view: ViewName, realNowMs: number, force: boolean): boolean {
  const last = state.builtAtMs[view]
  if (!force && last !== undefined && realNowMs - last < VIEW_INTERVALS_MS[view]) return false
  state.builtAtMs[view] = realNowMs
  return true
}

/**
 * The frames of the watched views that are due. `force` builds every watched view (after a load,
 * a step, a pause, an apply): the page then shows exactly the state the command left.
 */
export function buildViews(
  simulation: Simulation, scenario: Scenario, requests: ViewRequests, state: ViewState, realNowMs: number, force: boolean,
): ViewFrames {
  const frames: ViewFrames = {}
  if (requests.monitor && due(state, 'monitor', realNowMs, force)) frames.monitor = buildMonitorFrame(simulation, scenario, requests.monitor)
  if (requests.logs && due(state, 'logs', realNowMs, force)) frames.logs = buildLogsFrame(simulation, requests.logs, state.logs)
  // A closed Logs panel keeps nothing, so watching again must restart the group.
  if (!requests.logs) state.logs = createLogsCursor()
  if (requests.environments && due(state, 'environments', realNowMs, force)) frames.environments = simulation.environments(requests.environments)
  return frames
}
