/**
 * What a workspace looks like in storage. A workspace record holds the workspace's name, the order
 * of its scenarios, which one is open and its saved test events; each scenario is a record of its
 * own, so two tabs adding scenarios to one workspace never drop each other's. Every record read
 * goes through its migrations: the workspace's own `Format`, and each scenario document's.
 */
import type { Scenario } from '../../engine/api.ts'
import { isObject } from '../../engine/scenario/check.ts'
import { migrate, type MigrationChain } from '../../interop/migrate.ts'
import { SCENARIO_MIGRATIONS } from '../../interop/scenarioMigrations.ts'
import type { OpenWorkspace, WorkspaceEntry } from '../store/scenarioSlice.ts'
import type { SavedTestEvent } from '../store/uiSlice.ts'

export const WORKSPACE_FORMAT = 'lambda-playground/workspace@1'

/**
 * Earlier workspace record formats and what each becomes: none yet, workspace@1 is the first. (The
 * only older storage, the localStorage session `lambda-playground/session@1`, is converted once into
 * a workspace by ./legacySession.ts.)
 */
export const WORKSPACE_MIGRATIONS: MigrationChain = { current: WORKSPACE_FORMAT, steps: [] }

export interface WorkspaceRecord {
  Format: typeof WORKSPACE_FORMAT
  id: string
  name: string
  /** The order the user sees. Scenarios stored for the workspace but missing here (another tab added them) follow. */
  scenarioIds: string[]
  openScenarioId: string
  savedTestEvents: SavedTestEvent[]
  /** When it was last written (wall clock), to open the most recent one. */
  updatedAtMs: number
  /** See `Revisioned`. */
  revision: number
}

/**
 * How many saves a stored record has had. A save carries the revision it replaces (0 for a record
 * never stored) and storage refuses it when the stored one has moved on since, because another tab
 * saved it: the check Lambda makes on `RevisionId` [API], so two tabs never overwrite each other's work
 * unseen (./storedWrite.ts). Records from before revisions read as revision 0.
 */
export interface Revisioned {
  revision: number
}

export interface ScenarioRecord {
  id: string
  workspaceId: string
  /** The bundled scenario it started from, or null (an import, a share link). */
  bundledId: string | null
  /** Each document carries its own `Format` and is migrated when read. */
  document: Scenario
  /** See `Revisioned`. */
  revision: number
}

export type RecordRead<T> = { ok: true; record: T } | { ok: false; message: string }

const isString = (value: unknown): value is string => typeof value === 'string'

/** A stored record's revision (see `Revisioned`). */
export const revisionOf = (value: unknown): number => (isObject(value) && typeof value.revision === 'number' ? value.revision : 0)

/** What tells two saved test events apart when lists of them are merged (./mergeLists.ts): their name and payload. */
export const savedTestEventKey = (event: SavedTestEvent): string => JSON.stringify([event.name, event.payloadText])

function isSavedTestEvent(value: unknown): value is SavedTestEvent {
  return isObject(value) && isString(value.name) && isString(value.payloadText)
}

/** Saved test events from stored data, dropping any that are not `{ name, payloadText }`. */
export function savedTestEventsOf(value: unknown): SavedTestEvent[] {
  return Array.isArray(value) ? value.filter(isSavedTestEvent).map(({ name, payloadText }) => ({ name, payloadText })) : []
}

export function readWorkspaceRecord(value: unknown): RecordRead<WorkspaceRecord> {
  const migrated = migrate(value, WORKSPACE_MIGRATIONS)
  if (!migrated.ok) return { ok: false, message: migrated.errors.map((e) => e.message).join('; ') }
  const stored = migrated.document
  if (!isObject(stored) || stored.Format !== WORKSPACE_FORMAT || !isString(stored.id) || !isString(stored.name)
    || !Array.isArray(stored.scenarioIds) || !stored.scenarioIds.every(isString) || !isString(stored.openScenarioId)) {
    return { ok: false, message: 'The stored workspace is damaged (a field is missing or of the wrong type)' }
  }
  return {
    ok: true,
    record: {
      Format: WORKSPACE_FORMAT, id: stored.id, name: stored.name, scenarioIds: stored.scenarioIds, openScenarioId: stored.openScenarioId,
      savedTestEvents: savedTestEventsOf(stored.savedTestEvents), updatedAtMs: typeof stored.updatedAtMs === 'number' ? stored.updatedAtMs : 0,
      revision: revisionOf(stored),
    },
  }
}

/**
 * A stored scenario, its document migrated to the current format. It is not validated here: stored
 * work is never dropped because a later build checks more strictly; it opens and shows its problems.
 */
export function readScenarioRecord(value: unknown): RecordRead<ScenarioRecord> {
  if (!isObject(value) || !isString(value.id) || !isString(value.workspaceId) || !isObject(value.document)) {
    return { ok: false, message: 'A stored scenario is damaged (a field is missing or of the wrong type)' }
  }
  const migrated = migrate(value.document, SCENARIO_MIGRATIONS)
  if (!migrated.ok) {
    const name = isString(value.document.Name) ? `"${value.document.Name}"` : 'A scenario'
    return { ok: false, message: `${name} is not shown: ${migrated.errors.map((e) => e.message).join('; ')}` }
  }
  return {
    ok: true,
    record: {
      id: value.id, workspaceId: value.workspaceId, bundledId: isString(value.bundledId) ? value.bundledId : null, document: migrated.document as Scenario,
      revision: revisionOf(value),
    },
  }
}

/** The records that store `entries` as workspace `workspace`, as new records (revision 0: see `Revisioned`). */
export function recordsOf(workspace: OpenWorkspace, entries: readonly WorkspaceEntry[], savedTestEvents: readonly SavedTestEvent[], nowMs: number) {
  const record: WorkspaceRecord = {
    Format: WORKSPACE_FORMAT, id: workspace.id, name: workspace.name, scenarioIds: entries.map((e) => e.id),
    openScenarioId: workspace.openEntryId, savedTestEvents: [...savedTestEvents], updatedAtMs: nowMs, revision: 0,
  }
  const scenarios = entries.map((entry): ScenarioRecord => ({ id: entry.id, workspaceId: workspace.id, bundledId: entry.bundledId, document: entry.document, revision: 0 }))
  return { record, scenarios }
}
