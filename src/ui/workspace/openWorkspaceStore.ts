/**
 * Opens IndexedDB for the workspaces, or falls back to memory and says why: some browsers refuse
 * storage in private windows (or when the user blocked it), and the page must keep working then.
 */
import { openIndexedDbStore } from './indexedDbStore.ts'
import { createMemoryStore, type WorkspaceStore } from './workspaceStore.ts'
import { describeError } from './describeError.ts'

/** Some browsers never answer `open` when storage is blocked; the page waits this long at most. */
export const OPEN_TIMEOUT_MS = 3_000

export interface OpenedStore {
  store: WorkspaceStore
  /** Why the work is kept in memory only, or null when it is saved. */
  unavailable: string | null
}

export async function openWorkspaceStore(factory: IDBFactory | undefined, timeoutMs = OPEN_TIMEOUT_MS): Promise<OpenedStore> {
  if (!factory) return { store: createMemoryStore(), unavailable: 'this browser offers no IndexedDB' }
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the browser did not open its storage within ${timeoutMs / 1000} s`)), timeoutMs)
  })
  try {
    return { store: await Promise.race([openIndexedDbStore(factory), timeout]), unavailable: null }
  } catch (error) {
    return { store: createMemoryStore(), unavailable: `the browser refused its storage (${describeError(error)}); private windows often do` }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * localStorage, where the old session and the last save before a reload may be; reaching it throws
 * where the user blocked site data, and then there is nothing in it.
 */
export function pageStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'> {
  try {
    return globalThis.localStorage
  } catch {
    return { getItem: () => null, setItem: () => undefined, removeItem: () => undefined, key: () => null, length: 0 }
  }
}
