/**
 * What survives a reload or a crash: the open workspace (every scenario in it, which one is open,
 * the saved test events) and the theme, written to the workspace store (IndexedDB) a moment after
 * each change and at once when the page is hidden. Only scenarios that changed are written, and only
 * those this page deleted are deleted, so another tab's additions to the same workspace survive.
 */
import type { Scenario } from '../../engine/api.ts'
import type { PendingSave } from '../workspace/pendingSave.ts'
import { recordsOf } from '../workspace/records.ts'
import type { WorkspaceStore } from '../workspace/workspaceStore.ts'
import type { AppState, AppStore } from './appStore.ts'
import { workspaceEntries } from './workspaceEntries.ts'

/** Typing in the editor changes the document on every key; write at most this often. */
export const SAVE_DELAY_MS = 400

export interface Persister {
  /** Writes what is pending now; resolves when every write so far has finished. */
  flush(): Promise<void>
  stop(): void
}

export interface PersistOptions {
  /** Registers the flush to run when the page is hidden (a reload, a closed tab). */
  onHidden: (flush: () => void) => void
  /** A write failed (storage full, revoked): the page keeps working, the user should know. */
  onError: (error: unknown) => void
  /** The wall clock, for the workspace's `updatedAtMs`. */
  nowMs?: () => number
  /**
   * Keeps, synchronously, what a flush on leaving the page writes, because the page may be gone
   * before the asynchronous write ends (./pendingSave.ts); `forget` once the write has ended.
   */
  pending?: { keep: (save: PendingSave) => void; forget: () => void }
}

/** What was last written for a scenario, by reference: documents are never mutated. */
interface Written {
  document: Scenario
  bundledId: string | null
}

const changes = (state: AppState, previous: AppState) =>
  state.scenario.document !== previous.scenario.document || state.scenario.bundledId !== previous.scenario.bundledId
  || state.scenario.workspace !== previous.scenario.workspace || state.ui.test.saved !== previous.ui.test.saved

/**
 * Saves the store's workspace into `storage` whenever it changes. What the store holds when this
 * starts is taken as stored already (it was just read, or written by the restore).
 */
export function persistWorkspace(store: AppStore, storage: WorkspaceStore, { onHidden, onError, nowMs = Date.now, pending }: PersistOptions): Persister {
  const written = new Map<string, Map<string, Written>>()
  const remember = (state: AppState) =>
    written.set(state.scenario.workspace.id, new Map(workspaceEntries(state.scenario).map((e) => [e.id, { document: e.document, bundledId: e.bundledId }])))
  remember(store.getState())
  let themeWritten = store.getState().ui.theme
  let timer: ReturnType<typeof setTimeout> | null = null
  let writes: Promise<void> = Promise.resolve()
  let keptTurns = 0

  /** What a save writes now: the records of what changed since the last write. */
  const prepare = () => {
    const state = store.getState()
    const { workspace } = state.scenario
    const entries = workspaceEntries(state.scenario)
    const before = written.get(workspace.id) ?? new Map<string, Written>()
    const { record, scenarios } = recordsOf(workspace, entries, state.ui.test.saved, nowMs())
    const changed = scenarios.filter((s) => before.get(s.id)?.document !== s.document || before.get(s.id)?.bundledId !== s.bundledId)
    const removed = [...before.keys()].filter((id) => !entries.some((e) => e.id === id))
    return { save: { record, scenarios: changed, removed, theme: state.ui.theme }, entries }
  }
  const save = async ({ save: { record, scenarios, removed, theme }, entries }: ReturnType<typeof prepare>) => {
    await storage.write(record, scenarios, removed)
    written.set(record.id, new Map(entries.map((e) => [e.id, { document: e.document, bundledId: e.bundledId }])))
    await storage.setPreference('currentWorkspaceId', record.id)
    if (theme !== themeWritten) {
      await storage.setPreference('theme', theme)
      themeWritten = theme
    }
  }
  const writeNow = (keep = false) => {
    timer = null
    // Prepared when the write's turn comes, so it compares with what the writes before it stored.
    if (!keep) {
      writes = writes.then(() => save(prepare())).catch(onError)
      return
    }
    const prepared = prepare()
    pending?.keep(prepared.save)
    const turn = ++keptTurns
    // A later kept save replaces this one in localStorage: only the last write may forget it.
    writes = writes.then(() => save(prepared)).then(() => {
      if (turn === keptTurns) pending?.forget()
    }).catch(onError)
  }
  const schedule = () => {
    timer ??= setTimeout(writeNow, SAVE_DELAY_MS)
  }
  const unsubscribe = store.subscribe((state, previous) => {
    if (changes(state, previous) || state.ui.theme !== themeWritten) schedule()
  })
  const flush = (keep = false) => {
    if (timer !== null) {
      clearTimeout(timer)
      writeNow(keep)
    }
    return writes
  }
  onHidden(() => void flush(true))
  return {
    flush,
    stop: () => {
      if (timer !== null) clearTimeout(timer)
      unsubscribe()
    },
  }
}
