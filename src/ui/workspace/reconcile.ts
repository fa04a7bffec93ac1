/**
 * What this tab shows once it learns what another tab saved in the same workspace, losing neither
 * tab's work. `known` is what this tab last knew to be stored (what it read or wrote), `stored` what
 * storage holds now; an entry is edited here while its document is not the known one.
 * - Another tab saved a scenario this tab has not edited: this tab takes the saved version.
 * - Both edited it: the saved version stays the scenario and this tab's becomes a copy next to it
 *   (./conflictCopy.ts), the one open if the scenario was.
 * - Another tab added a scenario: it joins the list. Another tab deleted one this tab has not
 *   edited and has not open: it leaves the list (an edited or open one stays and is saved again).
 * - This tab deleted one another tab has changed since: the deletion is refused and it comes back.
 * - The workspace's name and saved test events merge (./mergeLists.ts); a name changed here wins.
 */
import type { OpenWorkspace, WorkspaceEntry } from '../store/scenarioSlice.ts'
import type { SavedTestEvent } from '../store/uiSlice.ts'
import { conflictCopy, type TabConflict } from './conflictCopy.ts'
import type { StoredWorkspace } from './loadWorkspace.ts'
import { mergeLists } from './mergeLists.ts'
import { savedTestEventKey, type ScenarioRecord } from './records.ts'
import { sameValue } from './sameValue.ts'

export interface TabView {
  /** Its entries with the open one as it stands (`workspaceEntries`). */
  workspace: OpenWorkspace
  savedTestEvents: readonly SavedTestEvent[]
}

export interface ReconcileReport {
  /** Names of the scenarios that took another tab's version, that another tab added, that it deleted, and whose deletion here was refused. */
  updated: string[]
  added: string[]
  deleted: string[]
  undeleted: string[]
  conflicts: TabConflict[]
}

export interface Reconciled {
  /** What this tab now knows to be stored. */
  known: StoredWorkspace
  /** What this tab should show, or null when it shows that already. */
  view: TabView | null
  report: ReconcileReport
}

const entryOf = ({ id, bundledId, document }: ScenarioRecord): WorkspaceEntry => ({ id, bundledId, document })
const sameScenario = (record: ScenarioRecord, entry: WorkspaceEntry) => record.bundledId === entry.bundledId && sameValue(record.document, entry.document)

export function reconcile(mine: TabView, known: StoredWorkspace | undefined, stored: StoredWorkspace): Reconciled {
  const report: ReconcileReport = { updated: [], added: [], deleted: [], undeleted: [], conflicts: [] }
  const nextKnown = new Map<string, ScenarioRecord>()
  const entries: WorkspaceEntry[] = []
  let openEntryId = mine.workspace.openEntryId
  for (const entry of mine.workspace.entries) {
    const was = known?.scenarios.get(entry.id)
    const now = stored.scenarios.get(entry.id)
    const edited = was === undefined || was.document !== entry.document || was.bundledId !== entry.bundledId
    if (!now) {
      if (was && !edited && entry.id !== openEntryId) {
        report.deleted.push(entry.document.Name)
        continue
      }
      // New here, or deleted elsewhere but edited or open here: kept, and saved again once edited.
      if (was) nextKnown.set(entry.id, was)
      entries.push(entry)
    } else if (was?.revision === now.revision) {
      nextKnown.set(entry.id, was)
      entries.push(entry)
    } else if (sameScenario(now, entry)) {
      // Saved elsewhere exactly as it is here: nothing to tell; this tab's document stays the known one.
      nextKnown.set(entry.id, { ...now, document: entry.document })
      entries.push(entry)
    } else if (!edited) {
      nextKnown.set(entry.id, now)
      entries.push(entryOf(now))
      report.updated.push(now.document.Name)
    } else {
      const copy = conflictCopy(entry.document, entry.bundledId)
      nextKnown.set(entry.id, now)
      entries.push(entryOf(now), copy)
      report.conflicts.push({ entryId: entry.id, name: now.document.Name, copyEntryId: copy.id, copyName: copy.document.Name })
      if (entry.id === openEntryId) openEntryId = copy.id
    }
  }
  const listed = new Set(mine.workspace.entries.map((e) => e.id))
  const storedOrder = [...stored.record.scenarioIds, ...stored.scenarios.keys()]
  for (const id of new Set(storedOrder)) {
    const now = stored.scenarios.get(id)
    if (!now || listed.has(id)) continue
    const was = known?.scenarios.get(id)
    if (was?.revision === now.revision) {
      // Deleted here, the deletion not yet saved: it stays known so the save deletes it.
      nextKnown.set(id, was)
      continue
    }
    nextKnown.set(id, now)
    entries.push(entryOf(now))
    ;(was ? report.undeleted : report.added).push(now.document.Name)
  }
  const name = known && mine.workspace.name !== known.record.name ? mine.workspace.name : stored.record.name
  const savedTestEvents = mergeLists(known?.record.savedTestEvents ?? [], mine.savedTestEvents, stored.record.savedTestEvents, savedTestEventKey)
  const same = entries.length === mine.workspace.entries.length && entries.every((e, i) => e === mine.workspace.entries[i])
    && name === mine.workspace.name && savedTestEvents === mine.savedTestEvents
  return {
    known: { record: stored.record, scenarios: nextKnown },
    view: same ? null : { workspace: { ...mine.workspace, name, entries, openEntryId }, savedTestEvents },
    report,
  }
}
