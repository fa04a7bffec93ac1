import type { Scenario } from '../../engine/api.ts'
import type { ScenarioProblem } from '../../worker/protocol.ts'

/** One scenario of the workspace. */
export interface WorkspaceEntry {
  /** Stable across renames and reloads; the storage key. */
  id: string
  /** The bundled scenario it started from, or `null` (an import, a share link). */
  bundledId: string | null
  document: Scenario
}

/** The workspace being edited: every scenario the user opened or edited, kept across reloads (src/ui/workspace). */
export interface OpenWorkspace {
  id: string
  name: string
  /**
   * In the order the user sees them. The open entry's `document` and `bundledId` here may lag behind
   * `ScenarioSlice.document`/`bundledId`, which are its truth while it is open: read the list through
   * `workspaceEntries` (./workspaceEntries.ts).
   */
  entries: readonly WorkspaceEntry[]
  openEntryId: string
}

/**
 * The scenario document being edited: the source of truth. Every panel reads `document` and edits it
 * through `editDocument` (./edits.ts); the run changes only when a command sends it to the worker.
 */
export interface ScenarioSlice {
  /** The open scenario of the workspace. */
  document: Scenario
  /** The bundled scenario the open document started from, or `null` for one loaded from elsewhere. */
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
  workspace: OpenWorkspace
}

/** A workspace holding just `document`, for a first visit and for tests. */
export function singleScenarioWorkspace(document: Scenario, bundledId: string | null): OpenWorkspace {
  return { id: 'workspace', name: 'My workspace', entries: [{ id: 'scenario', bundledId, document }], openEntryId: 'scenario' }
}

export function loadingScenario(document: Scenario, bundledId: string | null, workspace = singleScenarioWorkspace(document, bundledId)): ScenarioSlice {
  return { document, bundledId, runDocument: null, status: 'loading', problems: [], workspace }
}
