import { loadScenario } from './loadScenario.ts'
import type { Command } from './command.ts'

/**
 * Starts again from virtual time 0 with the document as edited: same document and seed, same run.
 * This is also how edits the live run cannot take (a new queue, traffic) reach the run.
 */
export const reset: Command = {
  id: 'run.reset',
  label: 'Reset',
  canRun: (state) => state.scenario.status !== 'loading',
  run: (app) => {
    const { document, bundledId } = app.store.getState().scenario
    loadScenario.run(app, { document, bundledId })
  },
}
