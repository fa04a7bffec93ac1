/** Frames for the views' component tests: a run's state as the worker would post it. */
import type { FunctionView, Scenario, Snapshot } from '../../engine/api.ts'
import { SCENARIO_FORMAT, type FunctionConfig } from '../../engine/scenario/types.ts'
import type { Frame } from '../../worker/protocol.ts'
import type { ViewFrames } from '../../worker/views/types.ts'
import type { AppStore } from '../store/appStore.ts'

/** A document with these functions (and what else is given). */
export function documentWith(functions: FunctionConfig[], extra: Partial<Scenario> = {}): Scenario {
  return { Format: SCENARIO_FORMAT, Name: 'test', Seed: 1, DurationSeconds: 600, Functions: functions, ...extra }
}

export function snapshotAt(nowMs: number, functions: FunctionView[] = []): Snapshot {
  return { nowMs, durationMs: 600_000, done: false, accountInFlight: 0, unreservedInFlight: 0, functions, environments: [] }
}

export function functionView(functionName: string, over: Partial<FunctionView> = {}): FunctionView {
  return {
    functionName, reservedConcurrency: null, inFlight: 0, environments: { initializing: 0, busy: 0, idle: 0, provisioned: 0 },
    provisioned: [], asyncQueueDepth: 0, ...over,
  }
}

/** Puts a frame into the store as the bridge does after `loaded` (the document is then the run's). */
export function showFrame(store: AppStore, views: ViewFrames, snapshot: Snapshot = snapshotAt(views.monitor?.nowMs ?? 0)): Frame {
  const frame: Frame = { seq: 1, playing: true, snapshot, views }
  store.setState((state) => ({
    scenario: { ...state.scenario, status: 'loaded', runDocument: state.scenario.document },
    live: { ...state.live, frame, playing: true },
  }))
  return frame
}
