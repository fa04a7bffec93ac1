import type { Frame, WorkerEvent } from '../../worker/protocol.ts'
import type { AppState } from './appStore.ts'
import { appendLogs } from './appendLogs.ts'
import { EMPTY_RUN, type LiveSlice, type TestInvocation } from './liveSlice.ts'
import { mergeViews } from './mergeViews.ts'

/** Test invocations kept in the store; older ones are dropped. */
export const MAX_TEST_INVOCATIONS = 20

/**
 * Adds an event to a batch waiting for the next frame. Consecutive frames merge into the newest,
 * keeping the newest summary either carried, so a hidden tab's batch stays small.
 */
export function enqueueWorkerEvent(batch: WorkerEvent[], event: WorkerEvent): void {
  const last = batch.at(-1)
  if (event.type === 'frame' && last?.type === 'frame') {
    const summary = event.frame.summary ?? last.frame.summary
    const frame = { ...event.frame, views: mergeViews(last.frame.views, event.frame.views) }
    batch[batch.length - 1] = { ...event, frame: summary ? { ...frame, summary } : frame }
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
    case 'applied':
      // `applied` is handled by the command that sent it (../bridge resolves its promise).
      return state
    case 'loaded':
      return {
        ...state,
        scenario: { ...state.scenario, status: 'loaded', problems: [], runDocument: state.scenario.document },
        live: withFrame({ ...state.live, ...EMPTY_RUN }, event.frame),
      }
    case 'loadFailed':
      return { ...state, scenario: { ...state.scenario, status: 'failed', problems: event.problems, runDocument: null }, live: { ...state.live, ...EMPTY_RUN } }
    case 'frame': {
      // Until `loaded` answers a new load or reset, frames still describe the previous run.
      if (state.scenario.status !== 'loaded') return state
      return { ...state, live: withFrame(state.live, event.frame) }
    }
    case 'done': {
      if (state.scenario.status !== 'loaded') return state
      const frame = state.live.frame ? { ...state.live.frame, summary: event.summary, playing: false } : null
      return { ...state, live: { ...state.live, frame, playing: false, done: true } }
    }
    case 'invoked':
      return { ...state, live: { ...state.live, invocations: answerInvocation(state.live.invocations, event.outcome, event.pending) } }
    case 'fatal':
      return { ...state, live: { ...state.live, playing: false, fatal: event.message } }
    default: {
      const unknown: never = event
      return unknown
    }
  }
}

/** A new frame keeps the last summary and the views it omits; its log lines are added to `logs`. */
function withFrame(live: LiveSlice, next: Frame): LiveSlice {
  const previous = live.frame
  const summary = next.summary ?? previous?.summary
  const frame: Frame = { ...next, views: { ...previous?.views, ...next.views }, ...(summary ? { summary } : {}) }
  const logs = next.views.logs ? appendLogs(live.logs, next.views.logs) : live.logs
  return { ...live, frame, logs, playing: frame.playing }
}

function answerInvocation(invocations: readonly TestInvocation[], outcome: TestInvocation['outcome'], pending: boolean): TestInvocation[] {
  return invocations.map((invocation) => (invocation.requestId === outcome?.requestId ? { ...invocation, outcome, pending } : invocation))
}
