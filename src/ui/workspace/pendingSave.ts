/**
 * The last save before the page goes away. IndexedDB writes are asynchronous, and a reload or a
 * closed tab does not wait for one started in `pagehide`, so edits of the last moments would be
 * lost. The same records are therefore also written synchronously to localStorage, and the next
 * load replays them into the workspace store before reading it.
 *
 * Each tab keeps its own (the key ends with the tab's id), so tabs closing together never overwrite
 * or forget each other's. A replay is a save like any other, guarded by revisions: a record another
 * tab saved since is not overwritten; this page's version of a scenario is then kept as a copy, and
 * the workspace's saved test events and scenario list are merged.
 */
import { isObject } from '../../engine/scenario/check.ts'
import type { Theme } from '../store/uiSlice.ts'
import { conflictCopy } from './conflictCopy.ts'
import { mergeLists } from './mergeLists.ts'
import { readScenarioRecord, readWorkspaceRecord, savedTestEventKey, type ScenarioRecord, type WorkspaceRecord } from './records.ts'
import type { Removal } from './storedWrite.ts'
import type { WorkspaceStore } from './workspaceStore.ts'

/** The key, and the prefix of each tab's key. Builds before per-tab journals used the key alone; theirs is replayed too. */
export const PENDING_SAVE_KEY = 'lambda-playground/pending-save@1'

export interface PendingSave {
  record: WorkspaceRecord
  scenarios: readonly ScenarioRecord[]
  removed: readonly Removal[]
  theme: Theme
}

export type JournalStorage = Pick<Storage, 'getItem' | 'removeItem' | 'key' | 'length'>

const keyOf = (tabId: string) => `${PENDING_SAVE_KEY}/${tabId}`

/** Keeps `save` where the next load finds it; false when localStorage refuses (full, disabled). */
export function keepPendingSave(storage: Pick<Storage, 'setItem'>, tabId: string, save: PendingSave): boolean {
  try {
    storage.setItem(keyOf(tabId), JSON.stringify(save))
    return true
  } catch {
    return false
  }
}

/** Removes a kept save; there is nothing to remove when storage is disabled. */
function removeQuietly(storage: Pick<Storage, 'removeItem'>, key: string): void {
  try {
    storage.removeItem(key)
  } catch {
    // Nothing kept, nothing to remove.
  }
}

/** Forgets the tab's kept save once the workspace store holds it. */
export function forgetPendingSave(storage: Pick<Storage, 'removeItem'>, tabId: string): void {
  removeQuietly(storage, keyOf(tabId))
}

function journalKeys(storage: JournalStorage): string[] {
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (key === PENDING_SAVE_KEY || key?.startsWith(`${PENDING_SAVE_KEY}/`)) keys.push(key)
  }
  return keys
}

/** A removal as kept; older builds kept ids alone, of records written before revisions (revision 0). */
const removalOf = (value: unknown): Removal[] =>
  typeof value === 'string' ? [{ id: value, revision: 0 }]
    : isObject(value) && typeof value.id === 'string' && typeof value.revision === 'number' ? [{ id: value.id, revision: value.revision }] : []

/** The kept save in `text`, or why it cannot be read. */
function readPendingSave(text: string): PendingSave | string {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return 'they are not readable.'
  }
  if (!isObject(value) || !Array.isArray(value.scenarios) || !Array.isArray(value.removed)) return 'they are not a saved workspace.'
  const workspace = readWorkspaceRecord(value.record)
  if (!workspace.ok) return workspace.message
  const scenarios: ScenarioRecord[] = []
  for (const item of value.scenarios) {
    const scenario = readScenarioRecord(item)
    if (!scenario.ok) return scenario.message
    scenarios.push(scenario.record)
  }
  return { record: workspace.record, scenarios, removed: value.removed.flatMap(removalOf), theme: value.theme === 'dark' ? 'dark' : 'light' }
}

/** Writes one kept save; returns what the user should know about what another tab had saved since. */
async function replay(store: WorkspaceStore, save: PendingSave): Promise<string[]> {
  const outcome = await store.write(save.record, save.scenarios, save.removed)
  const refused = save.scenarios.filter((s) => outcome.refused.includes(s.id))
  const copies = refused.map((s): ScenarioRecord => ({ ...conflictCopy(s.document, s.bundledId), workspaceId: s.workspaceId, revision: 0 }))
  if (copies.length > 0 || outcome.workspaceRevision === null) {
    // What this page kept joins what the other tab saved: nothing either listed or saved is dropped.
    const stored = readWorkspaceRecord(await store.workspace(save.record.id))
    const record = stored.ok ? {
      ...stored.record,
      scenarioIds: [...mergeLists([], save.record.scenarioIds, stored.record.scenarioIds, String), ...copies.map((c) => c.id)],
      savedTestEvents: [...mergeLists([], save.record.savedTestEvents, stored.record.savedTestEvents, savedTestEventKey)],
    } : save.record
    await store.write(record, copies, [])
  }
  return refused.map((s, i) => `"${s.document.Name}" was changed in another tab after this page last saved it; this page's last changes are kept as "${copies[i]?.document.Name}".`)
}

/**
 * Writes the saves kept by pages that went away into `store` and forgets them. A kept save that
 * cannot be read is left alone (it may come from a newer build) and reported.
 */
export async function replayPendingSaves(store: WorkspaceStore, storage: JournalStorage): Promise<string[]> {
  let kept: [string, string][]
  try {
    kept = journalKeys(storage).map((key) => [key, storage.getItem(key) ?? ''])
  } catch {
    return []
  }
  const notices: string[] = []
  for (const [key, text] of kept) {
    const save = readPendingSave(text)
    if (typeof save === 'string') {
      notices.push(`The last changes before the page closed could not be restored: ${save}`)
      continue
    }
    notices.push(...await replay(store, save))
    await store.setPreference('currentWorkspaceId', save.record.id)
    await store.setPreference('theme', save.theme)
    removeQuietly(storage, key)
  }
  return notices
}
