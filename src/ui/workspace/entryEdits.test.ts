import { describe, expect, test } from 'vitest'
import type { Scenario } from '../../engine/api.ts'
import { editDocument } from '../store/edits.ts'
import { selectHasUnrunEdits } from '../store/selectors.ts'
import { workspaceEntries } from '../store/workspaceEntries.ts'
import { createTestServices } from '../testing/testServices.ts'
import { addEntry, deleteEntry, duplicateEntry, openEntry, renameEntry } from './entryEdits.ts'
import { openScenario } from './openScenario.ts'
import { scenarioNamed } from './workspaceFixtures.ts'

function setUp() {
  const services = createTestServices(scenarioNamed('Mine'))
  const names = () => workspaceEntries(services.store.getState().scenario).map((e) => e.document.Name)
  const loads = () => services.sent.flatMap((c) => (c.type === 'load' ? [(c.scenario as Scenario).Name] : []))
  return { services, names, loads, state: () => services.store.getState().scenario }
}

describe("the workspace's scenarios", () => {
  test('adding opens the new one next to the others and runs it; the edits of the one open before stay in its entry', () => {
    const { services, names, loads, state } = setUp()
    editDocument(services.store, (doc) => ({ ...doc, Seed: 5 }))
    const id = addEntry(services, scenarioNamed('Imported'), null)
    expect(names()).toEqual(['Mine', 'Imported'])
    expect(state()).toMatchObject({ document: { Name: 'Imported' }, bundledId: null, status: 'loading', workspace: { openEntryId: id } })
    expect(loads()).toEqual(['Imported'])
    openEntry(services, state().workspace.entries[0]?.id ?? '')
    expect(state().document).toEqual(scenarioNamed('Mine', { Seed: 5 }))
    expect(loads()).toEqual(['Imported', 'Mine'])
  })

  test('opening a bundled scenario opens the entry the user already has for it, edits included', () => {
    const { services, names, state } = setUp()
    openScenario.run(services, { document: scenarioNamed('Canary'), bundledId: 'canary-alias' })
    editDocument(services.store, (doc) => ({ ...doc, Seed: 9 }))
    openScenario.run(services, { document: scenarioNamed('Other'), bundledId: 'scaling-spike' })
    openScenario.run(services, { document: scenarioNamed('Canary'), bundledId: 'canary-alias' })
    expect(names()).toEqual(['Mine', 'Canary', 'Other'])
    expect(state()).toMatchObject({ bundledId: 'canary-alias', document: { Seed: 9 } })
    openScenario.run(services, { document: scenarioNamed('Canary'), bundledId: 'canary-alias', asNew: true })
    expect(names()).toEqual(['Mine', 'Canary', 'Other', 'Canary'])
  })

  test('renaming the open scenario renames its document without counting as an edit to run', () => {
    const { services, names, state } = setUp()
    services.store.setState((s) => ({ scenario: { ...s.scenario, runDocument: s.scenario.document, status: 'loaded' } }))
    renameEntry(services.store, state().workspace.openEntryId, 'Renamed')
    expect(state().document.Name).toBe('Renamed')
    expect(selectHasUnrunEdits(services.store.getState())).toBe(false)
    const other = addEntry(services, scenarioNamed('Other'), null)
    renameEntry(services.store, state().workspace.entries[0]?.id ?? '', 'Closed one renamed')
    expect(names()).toEqual(['Closed one renamed', 'Other'])
    expect(state().workspace.openEntryId).toBe(other)
  })

  test('duplicating puts "(copy)" right after the original and keeps the open one open', () => {
    const { services, names, state } = setUp()
    const mine = state().workspace.openEntryId
    addEntry(services, scenarioNamed('Other'), null)
    editDocument(services.store, (doc) => ({ ...doc, Seed: 3 }))
    duplicateEntry(services.store, state().workspace.openEntryId)
    duplicateEntry(services.store, mine)
    expect(names()).toEqual(['Mine', 'Mine (copy)', 'Other', 'Other (copy)'])
    expect(workspaceEntries(state())[3]?.document.Seed).toBe(3)
    expect(state().document.Name).toBe('Other')
  })

  test('deleting the open scenario opens its neighbour; the last one cannot be deleted', () => {
    const { services, names, state } = setUp()
    const mine = state().workspace.openEntryId
    const other = addEntry(services, scenarioNamed('Other'), null)
    deleteEntry(services, other)
    expect(names()).toEqual(['Mine'])
    expect(state().workspace.openEntryId).toBe(mine)
    expect(state().document.Name).toBe('Mine')
    deleteEntry(services, mine)
    expect(names()).toEqual(['Mine'])
  })
})
