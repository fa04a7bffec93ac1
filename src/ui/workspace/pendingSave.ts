/**
 * The last save before the page goes away. IndexedDB writes are asynchronous, and a reload or a
 * closed tab does not wait for one started in `pagehide`, so edits of the last moments would be
 * lost. The same records are therefore also written synchronously to localStorage, and the next
 * load replays them into the workspace store before reading it. Writing records twice is harmless:
 * a store write replaces records by id.
 */
import { isObject } from '../../engine/scenario/check.ts'
import { readScenarioRecord, readWorkspaceRecord, type ScenarioRecord, type WorkspaceRecord } from './records.ts'
import type { Theme } from '../store/uiSlice.ts'
import type { WorkspaceStore } from './workspaceStore.ts'

export const PENDING_SAVE_KEY = 'lambda-playground/pending-save@1'

export interface PendingSave {
  record: WorkspaceRecord
  scenarios: readonly ScenarioRecord[]
  removed: readonly string[]
  theme: Theme
}

/** Keeps `save` where the next load finds it; false when localStorage refuses (full, disabled). */
export function keepPendingSave(storage: Pick<Storage, 'setItem'>, save: PendingSave): boolean {
  try {
    storage.setItem(PENDING_SAVE_KEY, JSON.stringify(save))
    return true
  } catch {
    return false
  }
}

/** Forgets the kept save once the workspace store holds it. */
export function forgetPendingSave(storage: Pick<Storage, 'removeItem'>): void {
  try {
    storage.removeItem(PENDING_SAVE_KEY)
  } catch {
    // Nothing to forget when storage is disabled.
  }
}

/**
 * Writes a save kept by the previous page into `store` and forgets it. A kept save that cannot be
 * read is left alone (it may come from a newer build) and reported.
 */
export async function replayPendingSave(store: WorkspaceStore, storage: Pick<Storage, 'getItem' | 'removeItem'>): Promise<string | null> {
  let text: string | null
  try {
    text = storage.getItem(PENDING_SAVE_KEY)
  } catch {
    return null
  }
  if (text === null) return null
  const problem = 'The last changes before the page closed could not be restored'
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return `${problem}: they are not readable.`
  }
  if (!isObject(value) || !Array.isArray(value.scenarios) || !Array.isArray(value.removed)) return `${problem}: they are not a saved workspace.`
  const workspace = readWorkspaceRecord(value.record)
  if (!workspace.ok) return `${problem}: ${workspace.message}`
  const scenarios: ScenarioRecord[] = []
  for (const item of value.scenarios) {
    const scenario = readScenarioRecord(item)
    if (!scenario.ok) return `${problem}: ${scenario.message}`
    scenarios.push(scenario.record)
  }
  await store.write(workspace.record, scenarios, value.removed.filter((id): id is string => typeof id === 'string'))
  await store.setPreference('currentWorkspaceId', workspace.record.id)
  if (value.theme === 'dark' || value.theme === 'light') await store.setPreference('theme', value.theme)
  forgetPendingSave(storage)
  return null
}
