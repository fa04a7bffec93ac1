import type { Scenario } from '../../engine/api.ts'
import type { ScenarioProblem } from '../../worker/protocol.ts'

/**
 * The scenario document being edited: the source of truth. Every panel reads `document` and edits it
 * through `editDocument` (./edits.ts); the run changes only when a command sends it to the worker.
 */
export interface ScenarioSlice {
  document: Scenario
  /** The bundled scenario the document started from, or `null` for one loaded from elsewhere. */
  bundledId: string | null
  /**
   * The document as the current run stands: what was loaded plus what commands applied to the live
   * run (deploy, publish, reserved concurrency, alias weights). `null` until the worker accepts a load.
   * `document !== runDocument` means the page shows edits the run has not taken (reset to run them).
   */
  runDocument: Scenario | null
  /** Whether the worker has accepted the document: it validates it on every load. */
  status: 'loading' | 'loaded' | 'failed'
  /** Why the worker refused the document, each naming the field (`Functions[0].MemorySize`). */
  problems: readonly ScenarioProblem[]
}

export function loadingScenario(document: Scenario, bundledId: string | null): ScenarioSlice {
  return { document, bundledId, runDocument: null, status: 'loading', problems: [] }
}
