import type { Scenario } from '../../engine/api.ts'
import { EMPTY_RUN } from '../store/liveSlice.ts'
import type { Command } from './command.ts'

export interface LoadArg {
  document: Scenario
  /** The bundled scenario it is, or `null` for a document from elsewhere. */
  bundledId: string | null
}

/**
 * Makes `document` the open scenario's document and runs it from virtual time 0, paused (reset, the
 * page's first load). To open another scenario next to the user's, use the workspace's `openScenario`
 * (src/ui/workspace/openScenario.ts): this replaces the open one.
 */
export const loadScenario: Command<LoadArg> = {
  id: 'scenario.load',
  label: 'Open scenario',
  canRun: () => true,
  run: ({ store, bridge }, { document, bundledId }) => {
    store.setState((state) => ({
      scenario: { ...state.scenario, document, bundledId, runDocument: null, status: 'loading', problems: [] },
      live: { ...state.live, ...EMPTY_RUN },
    }))
    bridge.send({ type: 'load', scenario: document })
  },
}
