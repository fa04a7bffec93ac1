/**
 * The scenarios that ship with the app: the study library's catalog (src/learn/catalog.ts), in course
 * order. The picker lists them from the catalog alone; a scenario's document is fetched when it is
 * opened (a chunk of its own, a kilobyte or two), so the first load carries none of them but the
 * default, which a first visit opens at once. The worker validates them like any other document.
 */
import type { Scenario } from '../../engine/api.ts'
import { CATALOG, scenarioFile } from '../../learn/catalog.ts'
import { describeError } from '../workspace/describeError.ts'
import defaultDocument from '../../../scenarios/reserved-concurrency.json'

export interface BundledScenario {
  /** The file name without `.json`; also the study library entry's id. */
  id: string
  /** The document's `Name`. */
  name: string
}

export const BUNDLED_SCENARIOS: readonly BundledScenario[] = CATALOG.map(({ id, name }) => ({ id, name }))

export const DEFAULT_SCENARIO_ID = 'reserved-concurrency'

/** The default scenario's document, in the first load: a first visit (or a new workspace) opens it without a wait. */
export const DEFAULT_DOCUMENT = defaultDocument as Scenario

// One lazy import per scenarios/*.json (the default's resolves to the module already loaded).
const LOADERS = import.meta.glob<Scenario>('/scenarios/*.json', { import: 'default' })

export function findBundledScenario(id: string): BundledScenario | undefined {
  return BUNDLED_SCENARIOS.find((scenario) => scenario.id === id)
}

/**
 * Bundled scenario `id`'s document, fetched on first use. Rejects with a message naming the
 * scenario when there is no such scenario or its chunk cannot be fetched (offline before the
 * service worker has cached it, or a build replaced since the page loaded).
 */
export async function loadBundledScenario(id: string): Promise<Scenario> {
  const scenario = findBundledScenario(id)
  const load = LOADERS[scenarioFile(id)]
  if (!scenario || !load) throw new Error(`There is no bundled scenario "${id}".`)
  try {
    return await load()
  } catch (error) {
    throw new Error(`The scenario "${scenario.name}" could not be loaded: ${describeError(error)}`, { cause: error })
  }
}
