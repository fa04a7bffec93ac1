/**
 * The scenario documents that ship with the app (the repository's scenarios/ folder). The worker
 * validates them like any other document, so they travel as JSON text.
 */
import asyncRetries from '../../../scenarios/async-retries.json'
import canaryAlias from '../../../scenarios/canary-alias.json'
import reservedConcurrency from '../../../scenarios/reserved-concurrency.json'
import scalingSpike from '../../../scenarios/scaling-spike.json'

export interface BundledScenario {
  /** The file name without `.json`. */
  id: string
  name: string
  text: string
}

const documents = {
  'reserved-concurrency': reservedConcurrency,
  'scaling-spike': scalingSpike,
  'canary-alias': canaryAlias,
  'async-retries': asyncRetries,
}

export const BUNDLED_SCENARIOS: readonly BundledScenario[] = Object.entries(documents).map(([id, document]) => ({
  id,
  name: document.Name,
  text: JSON.stringify(document, null, 2),
}))

export const DEFAULT_SCENARIO_ID = 'reserved-concurrency'

export function findBundledScenario(id: string): BundledScenario | undefined {
  return BUNDLED_SCENARIOS.find((scenario) => scenario.id === id)
}
