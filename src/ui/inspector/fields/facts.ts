/**
 * Where each setting's rule comes from: a fact of the shared table (src/engine/factPages.ts, the
 * fact sheet's tags and the service pages), or `SIMULATION` for a setting AWS does not have.
 */
import { FACT_PAGES, type FactTag } from '../../../engine/factPages.ts'

export interface Fact {
  /** The fact sheet's tag (`D-memory`) or the page's short name. */
  readonly tag: string
  /** Absent for the simulation's own settings. */
  readonly url?: string
}

export type { FactTag }

export function fact(tag: FactTag): Fact {
  return { tag, url: FACT_PAGES[tag] }
}

/** A setting of the simulation itself (README "Where AWS documents nothing"): there is no AWS page to link. */
export const SIMULATION: Fact = { tag: 'simulation setting' }
