/** Documents, stores and pages for the workspace tests. */
import 'fake-indexeddb/auto'
import type { Scenario } from '../../engine/api.ts'
import { createAppStore } from '../store/appStore.ts'
import { persistWorkspace } from '../store/persistence.ts'
import { createTestServices } from '../testing/testServices.ts'
import { openIndexedDbStore } from './indexedDbStore.ts'
import { forgetPendingSave, keepPendingSave } from './pendingSave.ts'
import { restoreWorkspace } from './restoreWorkspace.ts'
import type { WorkspaceStore } from './workspaceStore.ts'

export function scenarioNamed(Name: string, extra: Partial<Scenario> = {}): Scenario {
  return { Format: 'lambda-playground/scenario@1', Name, Functions: [{ FunctionName: 'fn' }], ...extra }
}

let databases = 0

/** A database of its own (fake-indexeddb), and a way to open it again as a reloaded page (or another tab) would. */
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
    key: (index: number) => [...map.keys()][index] ?? null,
    get length() {
      return map.size
    },
    items: map,
  }
}

/** What a first visit opens in the tests. */
export const FIRST = { document: scenarioNamed('Default'), bundledId: 'reserved-concurrency' }

let tabs = 0

/**
 * A page as src/main.tsx starts one: restore, store, persister keeping its journal in `local`.
 * `hide()` is the page being hidden (a reload, a closed tab).
 */
export async function openTestPage(storage: WorkspaceStore, local = memoryLocalStorage()) {
  const tabId = `tab-${++tabs}`
  const restored = await restoreWorkspace(storage, local, FIRST, 1)
  const open = restored.workspace.entries.find((e) => e.id === restored.workspace.openEntryId)
  if (!open) throw new Error('The restored workspace has no open scenario')
  const services = createTestServices(open.document)
  services.store = createAppStore({
    document: open.document, bundledId: open.bundledId, theme: restored.theme ?? 'light', savedTestEvents: restored.savedTestEvents, workspace: restored.workspace,
  })
  let hidden = () => undefined as void
  const persister = persistWorkspace(services.store, storage, {
    onHidden: (flush) => { hidden = flush },
    onError: (error) => { throw error },
    stored: restored.stored,
    pending: { keep: (save) => keepPendingSave(local, tabId, save), forget: () => forgetPendingSave(local, tabId) },
  })
  return { services, store: services.store, persister, restored, tabId, hide: () => hidden(), state: () => services.store.getState() }
}
