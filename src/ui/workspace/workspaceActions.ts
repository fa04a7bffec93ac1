/**
 * Changes across workspaces: create, switch, rename, duplicate, delete. Whatever the open one holds
 * is written first, so switching never loses the last edits.
 */
import type { AppServices } from '../commands/command.ts'
import { addNotice } from '../store/edits.ts'
import { DEFAULT_DOCUMENT, DEFAULT_SCENARIO_ID } from '../scenarios/bundledScenarios.ts'
import { showWorkspace } from './entryEdits.ts'
import { listWorkspaces, loadWorkspace } from './loadWorkspace.ts'
import { newId } from './newId.ts'
import { recordsOf } from './records.ts'
import { createWorkspace, FIRST_WORKSPACE_NAME } from './restoreWorkspace.ts'
import type { WorkspaceServices } from './WorkspaceContext.ts'

/** A rename of a workspace another tab is saving is read again and retried this often. */
const RENAME_ATTEMPTS = 3

/** Opens stored workspace `id`; returns whether it could (if not, a notice says why). */
export async function switchWorkspace(app: AppServices, ws: WorkspaceServices, id: string): Promise<boolean> {
  await ws.persister.flush()
  const loaded = await loadWorkspace(ws.storage, id)
  if (!loaded.ok) {
    addNotice(app.store, 'error', `That workspace cannot be opened: ${loaded.message}`)
    return false
  }
  ws.persister.know(loaded.stored)
  app.store.setState((state) => ({ ui: { ...state.ui, test: { ...state.ui.test, saved: loaded.savedTestEvents } } }))
  showWorkspace(app, loaded.workspace)
  for (const notice of loaded.notices) addNotice(app.store, 'error', notice)
  return true
}

/** A new workspace named `name`, holding the default bundled scenario, opened. */
export async function newWorkspace(app: AppServices, ws: WorkspaceServices, name: string): Promise<void> {
  await ws.persister.flush()
  const created = await createWorkspace(ws.storage, name, DEFAULT_DOCUMENT, DEFAULT_SCENARIO_ID, ws.nowMs())
  await switchWorkspace(app, ws, created.id)
}

/** Renames the open workspace in the store (then saved), another one in storage, read again if another tab saves it meanwhile. */
export async function renameWorkspace(app: AppServices, ws: WorkspaceServices, id: string, name: string): Promise<void> {
  const { workspace } = app.store.getState().scenario
  if (id === workspace.id) {
    app.store.setState((state) => ({ scenario: { ...state.scenario, workspace: { ...state.scenario.workspace, name } } }))
    return
  }
  for (let attempt = 0; attempt < RENAME_ATTEMPTS; attempt++) {
    const loaded = await loadWorkspace(ws.storage, id)
    if (!loaded.ok) return
    const { record } = recordsOf({ ...loaded.workspace, name }, loaded.workspace.entries, loaded.savedTestEvents, ws.nowMs())
    const outcome = await ws.storage.write({ ...record, revision: loaded.stored.record.revision }, [], [])
    if (outcome.workspaceRevision !== null) return
  }
  addNotice(app.store, 'error', 'The workspace was not renamed: another tab keeps saving it. Try again.')
}

/** Writes a copy of workspace `id` named "<name> (copy)", with new ids; the open one stays open. */
export async function duplicateWorkspace(app: AppServices, ws: WorkspaceServices, id: string): Promise<void> {
  await ws.persister.flush()
  const loaded = await loadWorkspace(ws.storage, id)
  if (!loaded.ok) {
    addNotice(app.store, 'error', `That workspace cannot be copied: ${loaded.message}`)
    return
  }
  const ids = new Map(loaded.workspace.entries.map((e) => [e.id, newId()]))
  const entries = loaded.workspace.entries.map((e) => ({ ...e, id: ids.get(e.id) ?? newId() }))
  const copy = { id: newId(), name: `${loaded.workspace.name} (copy)`, entries, openEntryId: ids.get(loaded.workspace.openEntryId) ?? '' }
  const { record, scenarios } = recordsOf(copy, entries, loaded.savedTestEvents, ws.nowMs())
  await ws.storage.write(record, scenarios, [])
}

/** Deletes workspace `id` and its scenarios. Deleting the open one opens the most recent other (a new one if none is left). */
export async function deleteWorkspace(app: AppServices, ws: WorkspaceServices, id: string): Promise<void> {
  const { workspace } = app.store.getState().scenario
  if (id === workspace.id) {
    const others = (await listWorkspaces(ws.storage)).filter((w) => w.id !== id && w.unreadable === null)
    const opened = others[0] ? await switchWorkspace(app, ws, others[0].id) : false
    if (!opened) await newWorkspace(app, ws, FIRST_WORKSPACE_NAME)
  }
  await ws.storage.remove(id)
}
