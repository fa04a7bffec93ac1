/**
 * Shows what ../workspace/reconcile.ts decided and says what happened: one notice for scenarios
 * another tab updated, added or deleted, and an alert that stays until dismissed for each scenario
 * both tabs edited (./ConflictAlerts.tsx).
 */
import type { AppStore } from '../store/appStore.ts'
import { addNotice } from '../store/edits.ts'
import type { Reconciled } from './reconcile.ts'

const names = (list: readonly string[]) => list.map((name) => `"${name}"`).join(', ')

export function showReconciled(store: AppStore, { view, report }: Reconciled): void {
  if (view) {
    store.setState((state) => {
      const { scenario } = state
      const open = view.workspace.entries.find((e) => e.id === view.workspace.openEntryId)
      if (!open) throw new Error(`The workspace "${view.workspace.name}" has no scenario ${view.workspace.openEntryId}`)
      // The open scenario became the copy of this tab's edits: the same document renamed, so the run takes the name, as a rename does.
      const renamed = open.id !== scenario.workspace.openEntryId && scenario.runDocument === scenario.document
      return {
        scenario: { ...scenario, workspace: view.workspace, document: open.document, bundledId: open.bundledId, runDocument: renamed ? open.document : scenario.runDocument },
        ui: { ...state.ui, test: { ...state.ui.test, saved: view.savedTestEvents }, tabConflicts: [...state.ui.tabConflicts, ...report.conflicts] },
      }
    })
  }
  const told = [
    report.updated.length > 0 && `Updated from another tab: ${names(report.updated)}`,
    report.added.length > 0 && `Added in another tab: ${names(report.added)}`,
    report.deleted.length > 0 && `Deleted in another tab: ${names(report.deleted)}`,
    report.undeleted.length > 0 && `Not deleted, because another tab changed ${report.undeleted.length === 1 ? 'it' : 'them'} since: ${names(report.undeleted)}`,
  ].filter((message) => message !== false)
  if (told.length > 0) addNotice(store, 'info', told.join('. '))
}
