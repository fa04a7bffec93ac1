/** Reads stored workspaces back into what the page edits: each record read and migrated (./records.ts). */
import type { OpenWorkspace, WorkspaceEntry } from '../store/scenarioSlice.ts'
import type { SavedTestEvent } from '../store/uiSlice.ts'
import { isObject } from '../../engine/scenario/check.ts'
import { readScenarioRecord, readWorkspaceRecord, type ScenarioRecord, type WorkspaceRecord } from './records.ts'
import type { WorkspaceStore } from './workspaceStore.ts'

/**
 * A workspace as storage holds it, each record with its revision: what a tab's saves replace, and
 * what it compares with to learn what another tab changed (./reconcile.ts). The documents are the
 * very objects the loaded entries hold, so an entry is unedited while its document is the stored one.
 */
export interface StoredWorkspace {
  record: WorkspaceRecord
  scenarios: ReadonlyMap<string, ScenarioRecord>
}

export type WorkspaceLoad =
  | {
    ok: true; workspace: OpenWorkspace; savedTestEvents: SavedTestEvent[]; stored: StoredWorkspace
    /** Stored scenarios this build cannot show, each saying why. */ notices: string[]
  }
  | { ok: false; message: string }

/** The stored workspace `id`, its scenarios in the user's order; those another tab added since follow. */
export async function loadWorkspace(store: WorkspaceStore, id: string): Promise<WorkspaceLoad> {
  const raw = await store.workspace(id)
  if (raw === undefined) return { ok: false, message: 'The workspace no longer exists (it was deleted, perhaps in another tab)' }
  const read = readWorkspaceRecord(raw)
  if (!read.ok) return read
  const { record } = read
  const notices: string[] = []
  const scenarios: ScenarioRecord[] = []
  for (const value of await store.scenariosOf(id)) {
    const scenario = readScenarioRecord(value)
    if (scenario.ok) scenarios.push(scenario.record)
    else notices.push(scenario.message)
  }
  const byId = new Map(scenarios.map((s) => [s.id, s]))
  const ordered = [...record.scenarioIds.flatMap((sid) => byId.get(sid) ?? []), ...scenarios.filter((s) => !record.scenarioIds.includes(s.id))]
  const entries = ordered.map(({ id: entryId, bundledId, document }): WorkspaceEntry => ({ id: entryId, bundledId, document }))
  const first = entries[0]
  if (!first) return { ok: false, message: notices.join('; ') || `The workspace "${record.name}" holds no scenario` }
  const openEntryId = entries.some((e) => e.id === record.openScenarioId) ? record.openScenarioId : first.id
  return {
    ok: true, workspace: { id: record.id, name: record.name, entries, openEntryId }, savedTestEvents: record.savedTestEvents,
    stored: { record, scenarios: byId }, notices,
  }
}

export interface WorkspaceSummary {
  id: string
  name: string
  scenarioCount: number
  updatedAtMs: number
  /** Why this build cannot open it (a newer build wrote it), or null. */
  unreadable: string | null
}

/** Every stored workspace, the most recently saved first. */
export async function listWorkspaces(store: WorkspaceStore): Promise<WorkspaceSummary[]> {
  const summaries = (await store.workspaces()).map((value): WorkspaceSummary | null => {
    const read = readWorkspaceRecord(value)
    if (read.ok) return { id: read.record.id, name: read.record.name, scenarioCount: read.record.scenarioIds.length, updatedAtMs: read.record.updatedAtMs, unreadable: null }
    const { id, name } = isObject(value) ? value : {}
    return typeof id === 'string' ? { id, name: typeof name === 'string' ? name : id, scenarioCount: 0, updatedAtMs: 0, unreadable: read.message } : null
  })
  return summaries.filter((s) => s !== null).sort((a, b) => b.updatedAtMs - a.updatedAtMs)
}
