/**
 * Workspaces in IndexedDB: the database `lambda-playground` with a store of workspace records, a
 * store of scenario records indexed by workspace, and a store of preferences.
 */
import { inTransaction, openDatabase, requestResult } from './idb.ts'
import { writeGuarded, type RecordTable } from './storedWrite.ts'
import type { PreferenceKey, WorkspaceStore } from './workspaceStore.ts'

export const DATABASE_NAME = 'lambda-playground'
/** The database's schema (its stores and indexes); each version's upgrade is a case in `upgrade`. */
export const DATABASE_VERSION = 1

const WORKSPACES = 'workspaces'
const SCENARIOS = 'scenarios'
const PREFERENCES = 'preferences'
const BY_WORKSPACE = 'byWorkspace'

/** An object store as a write's table of records; its requests must be made while the transaction is active. */
function tableOf(store: IDBObjectStore): RecordTable {
  return {
    get: (id) => requestResult(store.get(id)),
    put: (record) => requestResult(store.put(record)).then(() => undefined),
    delete: (id) => requestResult(store.delete(id)),
  }
}

function upgrade(db: IDBDatabase, oldVersion: number): void {
  // Each case brings a database of that version to the next; a new one runs them all.
  if (oldVersion < 1) {
    db.createObjectStore(WORKSPACES, { keyPath: 'id' })
    db.createObjectStore(SCENARIOS, { keyPath: 'id' }).createIndex(BY_WORKSPACE, 'workspaceId')
    db.createObjectStore(PREFERENCES)
  }
}

export async function openIndexedDbStore(factory: IDBFactory, name = DATABASE_NAME): Promise<WorkspaceStore> {
  const db = await openDatabase(factory, name, DATABASE_VERSION, upgrade)
  const read = <T>(store: string, query: (objectStore: IDBObjectStore) => IDBRequest<T>) =>
    inTransaction(db, [store], 'readonly', (t) => requestResult(query(t.objectStore(store))))
  return {
    kind: 'indexeddb',
    workspaces: () => read(WORKSPACES, (s) => s.getAll()),
    workspace: (id) => read(WORKSPACES, (s) => s.get(id)),
    scenariosOf: (workspaceId) => read(SCENARIOS, (s) => s.index(BY_WORKSPACE).getAll(workspaceId)),
    // One transaction: the revisions read are still the stored ones when the records are written.
    write: (workspace, changed, removed) => inTransaction(db, [WORKSPACES, SCENARIOS], 'readwrite', (t) =>
      writeGuarded(tableOf(t.objectStore(WORKSPACES)), tableOf(t.objectStore(SCENARIOS)), workspace, changed, removed)),
    remove: (workspaceId) => inTransaction(db, [WORKSPACES, SCENARIOS], 'readwrite', async (t) => {
      const scenarios = t.objectStore(SCENARIOS)
      const ids = await requestResult(scenarios.index(BY_WORKSPACE).getAllKeys(workspaceId))
      await Promise.all([requestResult(t.objectStore(WORKSPACES).delete(workspaceId)), ...ids.map((id) => requestResult(scenarios.delete(id)))])
    }),
    preference: (key: PreferenceKey) => read(PREFERENCES, (s) => s.get(key)),
    setPreference: (key, value) => inTransaction(db, [PREFERENCES], 'readwrite', (t) => requestResult(t.objectStore(PREFERENCES).put(value, key)).then(() => undefined)),
  }
}
