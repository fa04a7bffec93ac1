/**
 * Before workspaces, the page kept one edited document, the theme and the saved test events in
 * localStorage under `lambda-playground/session@1`. The first load with IndexedDB turns that session
 * into a workspace, once, then removes it.
 */
import type { Scenario } from '../../engine/api.ts'
import { migrate } from '../../interop/migrate.ts'
import { SCENARIO_MIGRATIONS } from '../../interop/scenarioMigrations.ts'
import type { SavedTestEvent, Theme } from '../store/uiSlice.ts'
import { newId } from './newId.ts'
import { isObject } from '../../engine/scenario/check.ts'
import { recordsOf, savedTestEventsOf } from './records.ts'
import type { WorkspaceStore } from './workspaceStore.ts'

export const LEGACY_SESSION_KEY = 'lambda-playground/session@1'

export interface LegacySession {
  document: Scenario
  bundledId: string | null
  theme: Theme
  savedTestEvents: SavedTestEvent[]
}

type LegacyStorage = Pick<Storage, 'getItem' | 'removeItem'>

/** The stored session, or null when there is none or it is not one this build reads (it is then left alone). */
export function readLegacySession(storage: Pick<Storage, 'getItem'>): LegacySession | null {
  let value: unknown
  try {
    value = JSON.parse(storage.getItem(LEGACY_SESSION_KEY) ?? 'null')
  } catch {
    return null
  }
  if (!isObject(value) || !isObject(value.document)) return null
  const document = migrate(value.document, SCENARIO_MIGRATIONS)
  if (!document.ok) return null
  return {
    document: document.document as Scenario,
    bundledId: typeof value.bundledId === 'string' ? value.bundledId : null,
    theme: value.theme === 'dark' ? 'dark' : 'light',
    savedTestEvents: savedTestEventsOf(value.savedTestEvents),
  }
}

/**
 * Turns the localStorage session into the workspace "My workspace" and makes it the current one,
 * the first time only; returns whether it did. A memory store only copies it (nothing is kept).
 */
export async function migrateLegacySession(store: WorkspaceStore, storage: LegacyStorage, nowMs: number): Promise<boolean> {
  if (await store.preference('legacySessionMigrated')) return false
  const session = readLegacySession(storage)
  if (session) {
    const entry = { id: newId(), bundledId: session.bundledId, document: session.document }
    const workspace = { id: newId(), name: 'My workspace', entries: [entry], openEntryId: entry.id }
    const { record, scenarios } = recordsOf(workspace, [entry], session.savedTestEvents, nowMs)
    await store.write(record, scenarios, [])
    await store.setPreference('currentWorkspaceId', workspace.id)
    await store.setPreference('theme', session.theme)
  }
  if (store.kind === 'memory') return session !== null
  await store.setPreference('legacySessionMigrated', true)
  if (!session) return false
  // Removed only once the workspace is written: a failed write leaves the session to migrate next time.
  storage.removeItem(LEGACY_SESSION_KEY)
  return true
}
