/**
 * What the page opens with: the workspace open when it was last saved (or the most recent one that
 * this build can read), after the one-time migration of the old localStorage session; a first visit
 * gets a new workspace holding the default scenario.
 */
import type { Scenario } from '../../engine/api.ts'
import type { OpenWorkspace } from '../store/scenarioSlice.ts'
import type { SavedTestEvent, Theme } from '../store/uiSlice.ts'
import { migrateLegacySession } from './legacySession.ts'
import { listWorkspaces, loadWorkspace, type StoredWorkspace } from './loadWorkspace.ts'
import { newId } from './newId.ts'
import { replayPendingSaves, type JournalStorage } from './pendingSave.ts'
import { recordsOf } from './records.ts'
import type { WorkspaceStore } from './workspaceStore.ts'

export interface RestoredWorkspace {
  workspace: OpenWorkspace
  savedTestEvents: SavedTestEvent[]
  /** What storage holds for it: the revisions the page's saves replace. */
  stored: StoredWorkspace
  /** The stored theme, or null to follow the system's. */
  theme: Theme | null
  /** What the user should know: a workspace or scenarios this build could not open, and why. */
  notices: string[]
}

export const FIRST_WORKSPACE_NAME = 'My workspace'

/** Writes a new workspace holding `document` alone and returns it. */
export async function createWorkspace(store: WorkspaceStore, name: string, document: Scenario, bundledId: string | null, nowMs: number): Promise<OpenWorkspace> {
  const entry = { id: newId(), bundledId, document }
  const workspace: OpenWorkspace = { id: newId(), name, entries: [entry], openEntryId: entry.id }
  const { record, scenarios } = recordsOf(workspace, workspace.entries, [], nowMs)
  await store.write(record, scenarios, [])
  return workspace
}

export async function restoreWorkspace(
  store: WorkspaceStore, legacy: JournalStorage, first: { document: Scenario; bundledId: string | null }, nowMs: number,
): Promise<RestoredWorkspace> {
  await migrateLegacySession(store, legacy, nowMs)
  const notices = await replayPendingSaves(store, legacy)
  const currentId = await store.preference('currentWorkspaceId')
  const stored = await listWorkspaces(store)
  // The current one first, then the most recently saved.
  const candidates = [...stored.filter((s) => s.id === currentId), ...stored.filter((s) => s.id !== currentId)]
  let restored: RestoredWorkspace | null = null
  for (const candidate of candidates) {
    const loaded = await loadWorkspace(store, candidate.id)
    if (!loaded.ok) {
      notices.push(`The workspace "${candidate.name}" cannot be opened: ${loaded.message}`)
      continue
    }
    notices.push(...loaded.notices)
    restored = { workspace: loaded.workspace, savedTestEvents: loaded.savedTestEvents, stored: loaded.stored, theme: null, notices }
    break
  }
  if (!restored) {
    const created = await loadWorkspace(store, (await createWorkspace(store, FIRST_WORKSPACE_NAME, first.document, first.bundledId, nowMs)).id)
    if (!created.ok) throw new Error(`The new workspace could not be read back: ${created.message}`)
    restored = { workspace: created.workspace, savedTestEvents: [], stored: created.stored, theme: null, notices }
  }
  await store.setPreference('currentWorkspaceId', restored.workspace.id)
  const theme = await store.preference('theme')
  return { ...restored, theme: theme === 'dark' || theme === 'light' ? theme : null }
}
