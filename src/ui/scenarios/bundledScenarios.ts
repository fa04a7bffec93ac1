/**
 * The scenario documents that ship with the app (the repository's scenarios/ folder). The worker
 * validates them like any other document before running them.
 */
import type { Scenario } from '../../engine/api.ts'
import asyncRetries from '../../../scenarios/async-retries.json'
import canaryAlias from '../../../scenarios/canary-alias.json'
import reservedConcurrency from '../../../scenarios/reserved-concurrency.json'
import scalingSpike from '../../../scenarios/scaling-spike.json'

export interface BundledScenario {
  /** The file name without `.json`. */
  id: string
  name: string
  document: Scenario
}

// JSON imports are typed loosely (strings, not the literal `Format`); the worker's validation is the check.
const documents = {
  'reserved-concurrency': reservedConcurrency,
  'scaling-spike': scalingSpike,
  'canary-alias': canaryAlias,
  'async-retries': asyncRetries,
} as unknown as Record<string, Scenario>

export const BUNDLED_SCENARIOS: readonly BundledScenario[] = Object.entries(documents).map(([id, document]) => ({
  id,
  name: document.Name,
  document,
}))

export const DEFAULT_SCENARIO_ID = 'reserved-concurrency'

export function findBundledScenario(id: string): BundledScenario | undefined {
  return BUNDLED_SCENARIOS.find((scenario) => scenario.id === id)
}
