/**
 * One write of a workspace: its record, the scenarios that changed and those removed, each guarded
 * by the revision it replaces (`Revisioned` in ./records.ts). The IndexedDB and memory stores share
 * it, so both keep one contract: a record another tab saved since is never overwritten unseen.
 */
import { isObject } from '../../engine/scenario/check.ts'
import { revisionOf, type Revisioned, type ScenarioRecord, type WorkspaceRecord } from './records.ts'
import { sameValue } from './sameValue.ts'

/** Records by id, as one write sees them (inside one transaction, for IndexedDB). */
export interface RecordTable {
  get(id: string): Promise<unknown>
  put(record: object): Promise<void>
  delete(id: string): Promise<void>
}

/** A scenario to delete, and the revision this tab knew it at. */
export interface Removal {
  id: string
  revision: number
}

export interface WriteOutcome {
  /** The workspace record's revision now, or null when another tab saved it since: it was not written. */
  workspaceRevision: number | null
  /** The revision each scenario given to write has now: written, or found stored exactly as given. */
  revisions: ReadonlyMap<string, number>
  /** Scenarios, to write or to remove, that another tab saved since the revision given: left as stored. */
  refused: readonly string[]
}

/** Equal but for what every save changes anyway (its revision, its time): writing one over the other changes nothing. */
export const sameRecordContent = (stored: unknown, record: object) =>
  isObject(stored) && sameValue({ ...stored, revision: 0, updatedAtMs: 0 }, { ...record, revision: 0, updatedAtMs: 0 })

/** Writes `record` unless another tab saved it since; returns its revision now, or null when refused. */
async function putGuarded(table: RecordTable, record: Revisioned & { id: string }): Promise<number | null> {
  const stored = await table.get(record.id)
  // Absent: new, or deleted in another tab since; writing it back loses nothing.
  if (stored === undefined || revisionOf(stored) === record.revision) {
    await table.put({ ...record, revision: record.revision + 1 })
    return record.revision + 1
  }
  return sameRecordContent(stored, record) ? revisionOf(stored) : null
}

export async function writeGuarded(
  workspaces: RecordTable, scenarios: RecordTable, workspace: WorkspaceRecord, changed: readonly ScenarioRecord[], removed: readonly Removal[],
): Promise<WriteOutcome> {
  const revisions = new Map<string, number>()
  const refused: string[] = []
  const workspaceRevision = putGuarded(workspaces, workspace)
  await Promise.all([
    ...changed.map(async (scenario) => {
      const revision = await putGuarded(scenarios, scenario)
      if (revision === null) refused.push(scenario.id)
      else revisions.set(scenario.id, revision)
    }),
    ...removed.map(async ({ id, revision }) => {
      const stored = await scenarios.get(id)
      if (stored === undefined) return
      if (revisionOf(stored) === revision) await scenarios.delete(id)
      else refused.push(id)
    }),
  ])
  return { workspaceRevision: await workspaceRevision, revisions, refused }
}
