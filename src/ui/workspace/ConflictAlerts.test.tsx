// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import { createAppStore } from '../store/appStore.ts'
import { renderWithServices } from '../testing/renderWithServices.tsx'
import { createTestServices } from '../testing/testServices.ts'
import { ConflictAlerts } from './ConflictAlerts.tsx'
import { scenarioNamed } from './workspaceFixtures.ts'

afterEach(cleanup)

/** A tab that met a conflict on "Orders": its edits are in the copy, open. */
function tabAfterConflict() {
  const theirs = { id: 'orders', bundledId: null, document: scenarioNamed('Orders', { Seed: 1 }) }
  const copy = { id: 'copy', bundledId: null, document: scenarioNamed('Orders (conflicting copy)', { Seed: 2 }) }
  const app = createTestServices(copy.document)
  app.store = createAppStore({ document: copy.document, bundledId: null, workspace: { id: 'w', name: 'Work', entries: [theirs, copy], openEntryId: 'copy' } })
  app.store.setState((state) => ({
    ui: { ...state.ui, tabConflicts: [{ entryId: 'orders', name: 'Orders', copyEntryId: 'copy', copyName: 'Orders (conflicting copy)' }] },
  }))
  renderWithServices(<ConflictAlerts />, app)
  return app
}

describe('the alert for a scenario edited in two tabs', () => {
  test('says what happened and where each version is, and opens the other version', () => {
    const app = tabAfterConflict()
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toBe(
      '"Orders" was changed in another tab while you were editing it here'
      + 'Both versions are kept. Your changes from this tab are saved as "Orders (conflicting copy)", open now. "Orders" has the version saved in the other tab.'
      + 'Open "Orders"Dismiss',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Open "Orders"' }))
    expect(app.store.getState().scenario.document).toMatchObject({ Name: 'Orders', Seed: 1 })
    expect(screen.getByRole('button', { name: 'Open "Orders (conflicting copy)"' })).toBeTruthy()
  })

  test('stays until dismissed', () => {
    const app = tabAfterConflict()
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss the message about "Orders"' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(app.store.getState().ui.tabConflicts).toEqual([])
  })
})
