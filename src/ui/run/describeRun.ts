import type { AppState } from '../store/appStore.ts'

/** One line on where the run stands, for the status region. */
export function describeRun(state: AppState): string {
  if (state.live.fatal !== null) return `Stopped: ${state.live.fatal}`
  switch (state.scenario.status) {
    case 'loading':
      return 'Loading the scenario…'
    case 'failed':
      return 'The scenario cannot run; see the problems above the graph.'
    case 'loaded':
      if (state.live.done) return 'Finished'
      if (state.live.playing) return 'Running'
      return (state.live.frame?.snapshot.nowMs ?? 0) === 0 ? 'Ready' : 'Paused'
  }
}
