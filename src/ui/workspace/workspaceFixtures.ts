/** Documents and stores for the workspace tests. */
import 'fake-indexeddb/auto'
import type { Scenario } from '../../engine/api.ts'
import { openIndexedDbStore } from './indexedDbStore.ts'
import type { WorkspaceStore } from './workspaceStore.ts'

export function scenarioNamed(Name: string, extra: Partial<Scenario> = {}): Scenario {
  return { Format: 'lambda-playground/scenario@1', Name, Functions: [{ FunctionName: 'fn' }], ...extra }
}

let databases = 0

/** A database of its own (fake-indexeddb), and a way to open it again as a reloaded page would. */
export async function freshDatabase(): Promise<{ store: WorkspaceStore; reopen: () => Promise<WorkspaceStore> }> {
  const name = `workspace-test-${++databases}`
  return { store: await openIndexedDbStore(indexedDB, name), reopen: () => openIndexedDbStore(indexedDB, name) }
}

/** localStorage: where old builds kept the session, and where the last save before a reload waits. */
export function memoryLocalStorage(items: Record<string, string> = {}) {
  const map = new Map(Object.entries(items))
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
    items: map,
  }
}
