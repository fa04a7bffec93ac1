import type { Command } from './command.ts'
import { selectScenario } from './selectScenario.ts'

/** Starts the same run again from virtual time 0: same document, same seed. */
export const reset: Command = {
  id: 'run.reset',
  label: 'Reset',
  canRun: (state) => state.scenario.status !== 'loading',
  run: (app) => {
    const state = app.store.getState()
    // After a failure the worker holds no run to reset, so load the document again.
    if (state.live.fatal !== null || state.scenario.status !== 'loaded') {
      selectScenario.run(app, state.scenario.selectedId)
      return
    }
    app.store.setState({ scenario: { ...state.scenario, status: 'loading' } })
    app.bridge.send({ type: 'reset' })
  },
}
