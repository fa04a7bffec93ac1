import { useAppServices } from '../AppServicesContext.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import type { TabConflict } from './conflictCopy.ts'
import { openEntry } from './entryEdits.ts'

const selectConflicts = (state: AppState) => state.ui.tabConflicts
const selectOpenEntryId = (state: AppState) => state.scenario.workspace.openEntryId
const selectEntryIds = (state: AppState) => state.scenario.workspace.entries.map((e) => e.id).join(' ')

/**
 * Each scenario this tab and another edited at once, as the AWS console's flash messages tell what
 * happened: until dismissed, beside the work, not in a modal. Nothing waits on a decision (both
 * versions are kept already, ./reconcile.ts), and a dialog asking "keep mine or take theirs" would
 * offer to throw one version away; deleting the unwanted one stays an ordinary, confirmed deletion.
 */
export function ConflictAlerts() {
  const app = useAppServices()
  const conflicts = useAppState(selectConflicts)
  const openEntryId = useAppState(selectOpenEntryId)
  const entryIds = useAppState(selectEntryIds).split(' ')
  if (conflicts.length === 0) return null
  const dismiss = (conflict: TabConflict) =>
    app.store.setState((state) => ({ ui: { ...state.ui, tabConflicts: state.ui.tabConflicts.filter((c) => c !== conflict) } }))
  return (
    <section className="flashbar" aria-label="Changes from other tabs">
      {conflicts.map((conflict) => {
        const other = openEntryId === conflict.copyEntryId ? { id: conflict.entryId, name: conflict.name } : { id: conflict.copyEntryId, name: conflict.copyName }
        return (
          <div key={conflict.copyEntryId} className="flash warning" role="alert" data-testid="tab-conflict">
            <div className="flash-content">
              <strong>&quot;{conflict.name}&quot; was changed in another tab while you were editing it here</strong>
              <p>
                Both versions are kept. Your changes from this tab are saved as &quot;{conflict.copyName}&quot;{openEntryId === conflict.copyEntryId && ', open now'}.
                {' '}&quot;{conflict.name}&quot; has the version saved in the other tab.
              </p>
            </div>
            <div className="flash-actions">
              {entryIds.includes(other.id) && <button type="button" onClick={() => openEntry(app, other.id)}>Open &quot;{other.name}&quot;</button>}
              <button type="button" onClick={() => dismiss(conflict)} aria-label={`Dismiss the message about "${conflict.name}"`}>Dismiss</button>
            </div>
          </div>
        )
      })}
    </section>
  )
}
