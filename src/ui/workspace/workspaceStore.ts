/**
 * Where workspaces are kept: IndexedDB (./indexedDbStore.ts), or memory when the browser allows no
 * storage (private mode), so the page keeps working and says its work will not survive the tab.
 * Values come back as stored; ./records.ts reads (and migrates) them.
 */
import type { ScenarioRecord, WorkspaceRecord } from './records.ts'
import { writeGuarded, type RecordTable, type Removal, type WriteOutcome } from './storedWrite.ts'

export interface WorkspaceStore {
  readonly kind: 'indexeddb' | 'memory'
  /** Every stored workspace record, as stored. */
  workspaces(): Promise<unknown[]>
  workspace(id: string): Promise<unknown>
  /** Every stored scenario record of the workspace, as stored. */
  scenariosOf(workspaceId: string): Promise<unknown[]>
  /**
   * Writes the workspace record and the changed scenarios, and deletes the removed ones, all at once;
   * each only if no other tab saved it since the revision it carries (./storedWrite.ts).
   */
  write(workspace: WorkspaceRecord, scenarios: readonly ScenarioRecord[], removed: readonly Removal[]): Promise<WriteOutcome>
  /** Deletes the workspace and its scenarios. */
  remove(workspaceId: string): Promise<void>
  preference(key: PreferenceKey): Promise<unknown>
  setPreference(key: PreferenceKey, value: unknown): Promise<void>
}

/** Small values kept beside the workspaces. */
export type PreferenceKey = 'theme' | 'currentWorkspaceId' | 'legacySessionMigrated'

/** A map as a write's table of records, copying values in and out as IndexedDB's structured clone does. */
function tableOf<T extends { id: string }>(records: Map<string, T>): RecordTable {
  return {
    get: async (id) => structuredClone(records.get(id)),
    put: async (record) => void records.set((record as T).id, structuredClone(record as T)),
    delete: async (id) => void records.delete(id),
  }
}

/** The same contract in memory. */
export function createMemoryStore(): WorkspaceStore {
  const workspaces = new Map<string, WorkspaceRecord>()
  const scenarios = new Map<string, ScenarioRecord>()
  const preferences = new Map<PreferenceKey, unknown>()
  return {
    kind: 'memory',
    workspaces: async () => [...workspaces.values()].map((w) => structuredClone(w)),
    workspace: async (id) => structuredClone(workspaces.get(id)),
    scenariosOf: async (workspaceId) => [...scenarios.values()].filter((s) => s.workspaceId === workspaceId).map((s) => structuredClone(s)),
    write: (workspace, changed, removed) => writeGuarded(tableOf(workspaces), tableOf(scenarios), workspace, changed, removed),
    remove: async (workspaceId) => {
      workspaces.delete(workspaceId)
      for (const [id, scenario] of scenarios) if (scenario.workspaceId === workspaceId) scenarios.delete(id)
    },
    preference: async (key) => structuredClone(preferences.get(key)),
    setPreference: async (key, value) => void preferences.set(key, structuredClone(value)),
  }
}
