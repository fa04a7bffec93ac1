/**
 * Changes to the open workspace's list of scenarios: open, add, rename, duplicate, delete. The open
 * scenario's document is kept in its entry before another opens, so switching loses nothing; the
 * persister (../store/persistence.ts) saves the result.
 */
import type { Scenario } from '../../engine/api.ts'
import type { AppServices } from '../commands/command.ts'
import { loadScenario } from '../commands/loadScenario.ts'
import type { AppStore } from '../store/appStore.ts'
import type { OpenWorkspace, WorkspaceEntry } from '../store/scenarioSlice.ts'
import { workspaceEntries } from '../store/workspaceEntries.ts'
import { newId } from './newId.ts'

function setEntries(store: AppStore, entries: readonly WorkspaceEntry[]): void {
  store.setState((state) => ({ scenario: { ...state.scenario, workspace: { ...state.scenario.workspace, entries } } }))
}

/**
 * Makes `workspace` the one edited, its entry `openEntryId` open (document and list change together,
 * so the list never shows one scenario's document under another's entry), and runs it from 0:00.
 */
export function showWorkspace(app: AppServices, workspace: OpenWorkspace): void {
  const entry = workspace.entries.find((e) => e.id === workspace.openEntryId)
  if (!entry) throw new Error(`The workspace "${workspace.name}" has no scenario ${workspace.openEntryId}`)
  app.store.setState((state) => ({ scenario: { ...state.scenario, workspace, document: entry.document, bundledId: entry.bundledId } }))
  loadScenario.run(app, { document: entry.document, bundledId: entry.bundledId })
}

/** Opens entry `id` and runs it from 0:00 (the one open before keeps its edits in its entry). */
export function openEntry(app: AppServices, id: string): void {
  const { scenario } = app.store.getState()
  if (id === scenario.workspace.openEntryId || !scenario.workspace.entries.some((e) => e.id === id)) return
  showWorkspace(app, { ...scenario.workspace, entries: workspaceEntries(scenario), openEntryId: id })
}

/** Adds `document` after the workspace's scenarios and opens it; returns its id. */
export function addEntry(app: AppServices, document: Scenario, bundledId: string | null): string {
  const entry: WorkspaceEntry = { id: newId(), bundledId, document }
  setEntries(app.store, [...app.store.getState().scenario.workspace.entries, entry])
  openEntry(app, entry.id)
  return entry.id
}

/** A scenario's name is its document's `Name`. The open one's run takes the new name too: a name is not an edit to run. */
export function renameEntry(store: AppStore, id: string, name: string): void {
  const { scenario } = store.getState()
  if (id !== scenario.workspace.openEntryId) {
    setEntries(store, scenario.workspace.entries.map((e) => (e.id === id ? { ...e, document: { ...e.document, Name: name } } : e)))
    return
  }
  const document = { ...scenario.document, Name: name }
  const runDocument = scenario.runDocument === scenario.document ? document : scenario.runDocument
  store.setState((state) => ({ scenario: { ...state.scenario, document, runDocument } }))
}

/** Puts a copy named "<Name> (copy)" right after the original, leaving the open one open. */
export function duplicateEntry(store: AppStore, id: string): void {
  const entries = workspaceEntries(store.getState().scenario)
  const index = entries.findIndex((e) => e.id === id)
  const original = entries[index]
  if (!original) return
  const copy: WorkspaceEntry = { id: newId(), bundledId: original.bundledId, document: { ...original.document, Name: `${original.document.Name} (copy)` } }
  setEntries(store, [...entries.slice(0, index + 1), copy, ...entries.slice(index + 1)])
}

/** Whether a scenario of `entries` can be deleted: a workspace always holds at least one. */
export const canDeleteEntry = (entries: readonly WorkspaceEntry[]) => entries.length > 1

/** Deletes entry `id`; deleting the open one opens its neighbour first. */
export function deleteEntry(app: AppServices, id: string): void {
  const { entries, openEntryId } = app.store.getState().scenario.workspace
  const index = entries.findIndex((e) => e.id === id)
  if (index < 0 || !canDeleteEntry(entries)) return
  if (id === openEntryId) {
    const neighbour = entries[index + 1] ?? entries[index - 1]
    if (neighbour) openEntry(app, neighbour.id)
  }
  setEntries(app.store, app.store.getState().scenario.workspace.entries.filter((e) => e.id !== id))
}
