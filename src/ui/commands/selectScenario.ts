import { findBundledScenario } from '../scenarios/bundledScenarios.ts'
import { EMPTY_LIVE } from '../store/liveSlice.ts'
import { loadingScenario } from '../store/scenarioSlice.ts'
import type { Command } from './command.ts'

/** Loads a bundled scenario into the worker, replacing the current run. */
export const selectScenario: Command<string> = {
  id: 'scenario.select',
  label: 'Scenario',
  canRun: () => true,
  run: ({ store, bridge }, id) => {
    const scenario = findBundledScenario(id)
    if (!scenario) throw new Error(`No bundled scenario "${id}"`)
    store.setState({ scenario: loadingScenario(id), live: EMPTY_LIVE })
    bridge.send({ type: 'load', scenarioText: scenario.text })
  },
}
