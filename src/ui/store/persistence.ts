/**
 * What survives a reload or a crash: the open workspace (every scenario in it, which one is open,
 * the saved test events) and the theme, written to the workspace store (IndexedDB) a moment after
 * each change and at once when the page is hidden. Only scenarios that changed are written, and only
 * those this page deleted are deleted, each guarded by the revision this page knew it at: what
 * another tab saved since is never overwritten. A refused write, or word that another tab saved
 * (`refresh`), brings what it saved into this page without losing this page's edits
 * (../workspace/reconcile.ts); then this page's are written.
 */
import type { StoredWorkspace } from '../workspace/loadWorkspace.ts'
import { loadWorkspace } from '../workspace/loadWorkspace.ts'
import type { PendingSave } from '../workspace/pendingSave.ts'
import { recordsOf, type ScenarioRecord } from '../workspace/records.ts'
import { reconcile } from '../workspace/reconcile.ts'
import { showReconciled } from '../workspace/showReconciled.ts'
import { sameRecordContent, type WriteOutcome } from '../workspace/storedWrite.ts'
import type { WorkspaceStore } from '../workspace/workspaceStore.ts'
import type { AppState, AppStore } from './appStore.ts'
import { workspaceEntries } from './workspaceEntries.ts'

/** Typing in the editor changes the document on every key; write at most this often. */
export const SAVE_DELAY_MS = 400

/** Writes refused because another tab saved in between, each followed by taking what it saved, before waiting for the next change. */
const MAX_ATTEMPTS = 3

export interface Persister {
  /** Writes what is pending now; resolves when every write so far has finished. */
  flush(): Promise<void>
  /** Takes what other tabs saved in the open workspace; resolves once this page shows it. */
  refresh(): Promise<void>
  /** What storage holds for a workspace about to be shown (a switch): the revisions its saves replace. */
  know(stored: StoredWorkspace): void
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
   * before the asynchronous write ends (../workspace/pendingSave.ts); `forget` once the write has ended.
   */
  pending?: { keep: (save: PendingSave) => void; forget: () => void }
  /** What storage held for the store's workspace when it was read; absent when nothing is stored yet. */
  stored?: StoredWorkspace
  /** A write stored something: the other tabs showing that workspace should refresh (../workspace/tabChannel.ts). */
  onSaved?: (workspaceId: string) => void
}

const changes = (state: AppState, previous: AppState) =>
  state.scenario.document !== previous.scenario.document || state.scenario.bundledId !== previous.scenario.bundledId
  || state.scenario.workspace !== previous.scenario.workspace || state.ui.test.saved !== previous.ui.test.saved

/** What one save writes: the records that changed since the page last knew them stored, or nothing (`idle`). */
interface Prepared {
  save: PendingSave
  idle: boolean
}

/** What is stored after `outcome`, as this page knows it: what it wrote, with the revisions they now have. */
function afterWrite(before: StoredWorkspace | undefined, { record, scenarios, removed }: PendingSave, outcome: WriteOutcome): StoredWorkspace {
  const known = new Map<string, ScenarioRecord>(before?.scenarios)
  for (const scenario of scenarios) {
    const revision = outcome.revisions.get(scenario.id)
    if (revision !== undefined) known.set(scenario.id, { ...scenario, revision })
  }
  for (const { id } of removed) if (!outcome.refused.includes(id)) known.delete(id)
  const revision = outcome.workspaceRevision
  return { record: revision === null ? before?.record ?? record : { ...record, revision }, scenarios: known }
}

/**
 * Saves the store's workspace into `storage` whenever it changes. What the store holds when this
 * starts is taken as stored already, as `stored` (it was just read, or written by the restore).
 */
export function persistWorkspace(store: AppStore, storage: WorkspaceStore, options: PersistOptions): Persister {
  const { onHidden, onError, nowMs = Date.now, pending, stored, onSaved } = options
  const known = new Map<string, StoredWorkspace>()
  if (stored) known.set(stored.record.id, stored)
  let themeWritten = store.getState().ui.theme
  let timer: ReturnType<typeof setTimeout> | null = null
  let writes: Promise<void> = Promise.resolve()
  let keptTurns = 0

  /** What a save writes now: the records of what changed since the last write, each with the revision it replaces. */
  const prepare = (): Prepared => {
    const state = store.getState()
    const { workspace } = state.scenario
    const entries = workspaceEntries(state.scenario)
    const before = known.get(workspace.id)
    const { record, scenarios } = recordsOf(workspace, entries, state.ui.test.saved, nowMs())
    const changed = scenarios.flatMap((s) => {
      const was = before?.scenarios.get(s.id)
      return was?.document === s.document && was.bundledId === s.bundledId ? [] : [{ ...s, revision: was?.revision ?? 0 }]
    })
    const removed = [...before?.scenarios.values() ?? []].filter((s) => !entries.some((e) => e.id === s.id)).map(({ id, revision }) => ({ id, revision }))
    const idle = changed.length === 0 && removed.length === 0 && before !== undefined && sameRecordContent(before.record, record)
    return { save: { record: { ...record, revision: before?.record.revision ?? 0 }, scenarios: changed, removed, theme: state.ui.theme }, idle }
  }

  /** Reads what is stored for the open workspace and shows it merged with this page's edits. */
  const refreshNow = async () => {
    const id = store.getState().scenario.workspace.id
    const loaded = await loadWorkspace(storage, id)
    const state = store.getState()
    // Deleted elsewhere (this page's next save writes it back), or another workspace opened meanwhile.
    if (!loaded.ok || state.scenario.workspace.id !== id) return
    const mine = { workspace: { ...state.scenario.workspace, entries: workspaceEntries(state.scenario) }, savedTestEvents: state.ui.test.saved }
    const result = reconcile(mine, known.get(id), loaded.stored)
    known.set(id, result.known)
    showReconciled(store, result)
  }

  const save = async ({ save: prepared, idle }: Prepared, attempts = MAX_ATTEMPTS): Promise<void> => {
    const { record, theme } = prepared
    if (!idle) {
      const outcome = await storage.write(record, prepared.scenarios, prepared.removed)
      known.set(record.id, afterWrite(known.get(record.id), prepared, outcome))
      onSaved?.(record.id)
      if (outcome.refused.length > 0 || outcome.workspaceRevision === null) {
        await refreshNow()
        // What the refresh kept of this page's edits (a conflicting copy) is written now, not at the next change: a switch may follow.
        if (attempts > 1) return save(prepare(), attempts - 1)
      }
    }
    await storage.setPreference('currentWorkspaceId', record.id)
    if (theme !== themeWritten) {
      await storage.setPreference('theme', theme)
      themeWritten = theme
    }
  }
  /** Whether `prepared` holds something no write has confirmed: records, or a theme. */
  const unsaved = (prepared: Prepared) => !prepared.idle || prepared.save.theme !== themeWritten
  /** Keeps `prepared` in localStorage until its write has ended, for a page that goes away before that. */
  const keepWhileWriting = (prepared: Prepared) => {
    if (unsaved(prepared)) pending?.keep(prepared.save)
    const turn = ++keptTurns
    // A later kept save replaces this one in localStorage: only the last write may forget it.
    writes = writes.then(() => save(prepared)).then(() => {
      if (turn === keptTurns) pending?.forget()
    }).catch(onError)
  }
  const writeNow = (keep = false) => {
    timer = null
    // Kept now, as the page may be going; else prepared when the write's turn comes, to compare with what the writes before it stored.
    if (keep) keepWhileWriting(prepare())
    else writes = writes.then(() => save(prepare())).catch(onError)
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
    } else if (keep) {
      // The save's delay may have passed with its write still under way, and a page that goes
      // away does not wait for it: what no write has confirmed yet is kept as well. Replayed over
      // a write that did end, it finds the same content stored and changes nothing.
      const prepared = prepare()
      if (unsaved(prepared)) keepWhileWriting(prepared)
    }
    return writes
  }
  onHidden(() => void flush(true))
  return {
    flush,
    refresh: () => {
      writes = writes.then(refreshNow).catch(onError)
      return writes
    },
    know: (workspace) => void known.set(workspace.record.id, workspace),
    stop: () => {
      if (timer !== null) clearTimeout(timer)
      unsubscribe()
    },
  }
}
