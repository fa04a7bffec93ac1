import type { WorkerEvent } from '../../worker/protocol.ts'
import type { AppState } from './appStore.ts'
import { EMPTY_LIVE } from './liveSlice.ts'

/**
 * Adds an event to a batch waiting for the next frame. Consecutive snapshots merge into the newest,
 * keeping the newest summary either carried, so a hidden tab's batch stays small.
 */
export function enqueueWorkerEvent(batch: WorkerEvent[], event: WorkerEvent): void {
  const last = batch.at(-1)
  if (event.type === 'snapshot' && last?.type === 'snapshot') {
    const summary = event.summary ?? last.summary
    batch[batch.length - 1] = summary ? { ...event, summary } : event
  } else {
    batch.push(event)
  }
}

export function applyWorkerEvents(state: AppState, events: readonly WorkerEvent[]): AppState {
  return events.reduce(applyWorkerEvent, state)
}

function applyWorkerEvent(state: AppState, event: WorkerEvent): AppState {
  switch (event.type) {
    case 'ready':
      return state
    case 'loaded':
      return {
        ...state,
        scenario: { ...state.scenario, status: 'loaded', name: event.scenarioName, description: event.description, problems: [] },
        live: { ...EMPTY_LIVE, snapshot: event.snapshot, summary: event.summary },
      }
    case 'loadFailed':
      return { ...state, scenario: { ...state.scenario, status: 'failed', problems: event.problems }, live: EMPTY_LIVE }
    case 'snapshot':
      // Until `loaded` answers a new load or reset, snapshots still describe the previous run.
      if (state.scenario.status !== 'loaded') return state
      return { ...state, live: { ...state.live, snapshot: event.snapshot, playing: event.playing, summary: event.summary ?? state.live.summary } }
    case 'done':
      if (state.scenario.status !== 'loaded') return state
      return { ...state, live: { ...state.live, summary: event.summary, playing: false, done: true } }
    case 'fatal':
      return { ...state, live: { ...state.live, playing: false, fatal: event.message } }
    default: {
      const unknown: never = event
      return unknown
    }
  }
}
