import { useAppServices } from '../AppServicesContext.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import { selectWorkspaceEntries } from '../store/workspaceEntries.ts'
import { canDeleteEntry, deleteEntry, duplicateEntry, openEntry, renameEntry } from './entryEdits.ts'
import { ItemRow } from './ItemRow.tsx'

const selectOpenEntryId = (state: AppState) => state.scenario.workspace.openEntryId

/** The open workspace's scenarios: open one (the open one keeps its edits), rename, duplicate, delete. */
export function ScenarioList({ onOpened }: { onOpened: () => void }) {
  const app = useAppServices()
  const entries = useAppState(selectWorkspaceEntries)
  const openEntryId = useAppState(selectOpenEntryId)
  const deletable = canDeleteEntry(entries)
  return (
    <ul className="item-list" aria-label="Scenarios">
      {entries.map((entry) => (
        <ItemRow
          key={entry.id} testId="workspace-scenario" name={entry.document.Name} current={entry.id === openEntryId}
          onOpen={() => { openEntry(app, entry.id); onOpened() }}
          onRename={(name) => renameEntry(app.store, entry.id, name)}
          onDuplicate={() => duplicateEntry(app.store, entry.id)}
          onDelete={deletable ? () => deleteEntry(app, entry.id) : undefined}
        />
      ))}
    </ul>
  )
}
