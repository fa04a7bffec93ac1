/**
 * The scenario documents that ship with the app: the study library's scenarios (src/learn/catalog.ts,
 * from the repository's scenarios/ folder), in course order. The worker validates them like any other
 * document before running them. The catalog, not the full library, keeps the lessons out of the first load.
 */
import type { Scenario } from '../../engine/api.ts'
import { CATALOG } from '../../learn/catalog.ts'

export interface BundledScenario {
  /** The file name without `.json`; also the study library entry's id. */
  id: string
  name: string
  document: Scenario
}

export const BUNDLED_SCENARIOS: readonly BundledScenario[] = CATALOG.map(({ id, document }) => ({ id, name: document.Name, document }))

export const DEFAULT_SCENARIO_ID = 'reserved-concurrency'

export function findBundledScenario(id: string): BundledScenario | undefined {
  return BUNDLED_SCENARIOS.find((scenario) => scenario.id === id)
}
