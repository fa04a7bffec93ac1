import { useEffect, useState } from 'react'
import { useAppServices } from '../AppServicesContext.ts'
import { addNotice } from '../store/edits.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import { ItemRow } from './ItemRow.tsx'
import { listWorkspaces, type WorkspaceSummary } from './loadWorkspace.ts'
import { deleteWorkspace, duplicateWorkspace, newWorkspace, renameWorkspace, switchWorkspace } from './workspaceActions.ts'
import { useWorkspaceServices } from './WorkspaceContext.ts'
import { describeError } from './describeError.ts'

const selectWorkspace = (state: AppState) => state.scenario.workspace

const countOf = (n: number) => (n === 1 ? '1 scenario' : `${n} scenarios`)

/** Every stored workspace: switch, rename, duplicate, delete, or start a new one. */
export function WorkspaceList({ onOpened }: { onOpened: () => void }) {
  const app = useAppServices()
  const ws = useWorkspaceServices()
  const open = useAppState(selectWorkspace)
  const [stored, setStored] = useState<WorkspaceSummary[]>([])
  // Bumped after each change, to list the workspaces again.
  const [changes, setChanges] = useState(0)
  const fail = (error: unknown) => addNotice(app.store, 'error', `The workspace change failed: ${describeError(error)}`)
  useEffect(() => {
    let current = true
    // The open one is written first, so the list shows it as it stands.
    ws.persister.flush().then(() => listWorkspaces(ws.storage)).then((list) => {
      if (current) setStored(list)
    }, (error: unknown) => addNotice(app.store, 'error', `The workspaces could not be listed: ${describeError(error)}`))
    return () => {
      current = false
    }
  }, [app, ws, changes])
  /** Runs a change, then lists the workspaces again; a failure is told, not thrown into React. */
  const act = (change: () => Promise<unknown>, after?: () => void) => {
    change().then(() => setChanges((n) => n + 1)).then(after).catch(fail)
  }
  // The open workspace as it stands in the page (its name and scenarios may not be written yet).
  const rows = stored.some((w) => w.id === open.id) ? stored : [{ id: open.id, name: open.name, scenarioCount: open.entries.length, updatedAtMs: 0, unreadable: null }, ...stored]
  return (
    <>
      <ul className="item-list" aria-label="Workspaces">
        {rows.map((w) => {
          const current = w.id === open.id
          const readable = w.unreadable === null
          return (
            <ItemRow
              key={w.id} testId="workspace-row" name={current ? open.name : w.name} current={current}
              detail={readable ? countOf(current ? open.entries.length : w.scenarioCount) : `cannot be opened: ${w.unreadable}`}
              onOpen={readable ? () => act(() => switchWorkspace(app, ws, w.id), onOpened) : undefined}
              onRename={readable ? (name) => act(() => renameWorkspace(app, ws, w.id, name)) : undefined}
              onDuplicate={readable ? () => act(() => duplicateWorkspace(app, ws, w.id)) : undefined}
              onDelete={() => act(() => deleteWorkspace(app, ws, w.id))}
            />
          )
        })}
      </ul>
      <button type="button" onClick={() => act(() => newWorkspace(app, ws, `Workspace ${rows.length + 1}`), onOpened)}>New workspace</button>
    </>
  )
}
