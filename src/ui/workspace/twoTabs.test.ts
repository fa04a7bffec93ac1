import { describe, expect, test } from 'vitest'
import { editDocument, editTestForm } from '../store/edits.ts'
import { workspaceEntries } from '../store/workspaceEntries.ts'
import { addEntry, deleteEntry, renameEntry } from './entryEdits.ts'
import { loadWorkspace } from './loadWorkspace.ts'
import { freshDatabase, openTestPage, scenarioNamed } from './workspaceFixtures.ts'

type Page = Awaited<ReturnType<typeof openTestPage>>

/** Two tabs on one workspace: each its own connection to the same database, as two tabs have. */
async function twoTabs() {
  const { store, reopen } = await freshDatabase()
  const a = await openTestPage(store)
  const b = await openTestPage(await reopen())
  const stored = async () => {
    const loaded = await loadWorkspace(await reopen(), a.restored.workspace.id)
    if (!loaded.ok) throw new Error(loaded.message)
    return loaded
  }
  return { a, b, stored }
}

const names = (page: Page) => workspaceEntries(page.state().scenario).map((e) => e.document.Name)
const seeds = (entries: readonly { document: { Name: string; Seed?: number } }[]) => entries.map((e) => [e.document.Name, e.document.Seed])
const setSeed = (page: Page, Seed: number) => editDocument(page.store, (doc) => ({ ...doc, Seed }))
const lastNotice = (page: Page) => page.state().live.notices.at(-1)

describe('two tabs on one workspace', () => {
  test('a tab without edits takes what the other saved, and says "Updated from another tab"', async () => {
    const { a, b } = await twoTabs()
    setSeed(a, 42)
    await a.persister.flush()
    await b.persister.refresh()
    expect(b.state().scenario.document.Seed).toBe(42)
    expect(lastNotice(b)).toMatchObject({ kind: 'info', message: 'Updated from another tab: "Default"' })
    expect(b.state().ui.tabConflicts).toEqual([])
  })

  test('both edit the same scenario: the first save keeps it, the other tab\'s edits are saved as a copy it keeps open; nothing is lost', async () => {
    const { a, b, stored } = await twoTabs()
    setSeed(a, 1)
    setSeed(b, 2)
    await a.persister.flush()
    // B's save names the revision B read; A has saved since, so it is refused, and B keeps both.
    await b.persister.flush()
    expect(seeds(workspaceEntries(b.state().scenario))).toEqual([['Default', 1], ['Default (conflicting copy)', 2]])
    expect(b.state().scenario.document).toMatchObject({ Name: 'Default (conflicting copy)', Seed: 2 })
    expect(b.state().ui.tabConflicts).toEqual([{ entryId: a.restored.workspace.openEntryId, name: 'Default', copyEntryId: b.state().scenario.workspace.openEntryId, copyName: 'Default (conflicting copy)' }])
    expect(seeds((await stored()).workspace.entries)).toEqual([['Default', 1], ['Default (conflicting copy)', 2]])

    await a.persister.refresh()
    expect(seeds(workspaceEntries(a.state().scenario))).toEqual([['Default', 1], ['Default (conflicting copy)', 2]])
    expect(a.state().scenario.document.Seed).toBe(1)
    expect(lastNotice(a)).toMatchObject({ kind: 'info', message: 'Added in another tab: "Default (conflicting copy)"' })
  })

  test('word of the other tab\'s save reaches a tab with unsaved edits before its own save: the same copy, then saved', async () => {
    const { a, b, stored } = await twoTabs()
    addEntry(a.services, scenarioNamed('Shared'), null)
    await a.persister.flush()
    await b.persister.refresh()
    renameEntry(a.store, a.state().scenario.workspace.openEntryId, 'Shared, renamed in A')
    await a.persister.flush()
    const shared = b.state().scenario.workspace.entries.find((e) => e.document.Name === 'Shared')
    if (!shared) throw new Error('B did not take the scenario A added')
    renameEntry(b.store, shared.id, 'Shared, renamed in B')
    await b.persister.refresh()
    // Not the open one in B: B keeps its open scenario; the copy sits after the scenario it copies.
    expect(names(b)).toEqual(['Default', 'Shared, renamed in A', 'Shared, renamed in B (conflicting copy)'])
    expect(b.state().scenario.document.Name).toBe('Default')
    await b.persister.flush()
    expect((await stored()).workspace.entries.map((e) => e.document.Name)).toEqual(['Default', 'Shared, renamed in A', 'Shared, renamed in B (conflicting copy)'])
  })

  test('the same edit made in both tabs is no conflict', async () => {
    const { a, b, stored } = await twoTabs()
    setSeed(a, 7)
    setSeed(b, 7)
    await a.persister.flush()
    await b.persister.flush()
    expect(names(b)).toEqual(['Default'])
    expect(b.state().ui.tabConflicts).toEqual([])
    expect(seeds((await stored()).workspace.entries)).toEqual([['Default', 7]])
  })

  test('a scenario the other tab changed is not deleted here; the deletion is refused and said so', async () => {
    const { a, b, stored } = await twoTabs()
    addEntry(a.services, scenarioNamed('Kept'), null)
    await a.persister.flush()
    await b.persister.refresh()
    setSeed(a, 5)
    await a.persister.flush()
    const kept = b.state().scenario.workspace.entries.find((e) => e.document.Name === 'Kept')
    if (!kept) throw new Error('B did not take the scenario A added')
    deleteEntry(b.services, kept.id)
    await b.persister.flush()
    expect(seeds(workspaceEntries(b.state().scenario))).toEqual([['Default', undefined], ['Kept', 5]])
    expect(lastNotice(b)?.message).toBe('Not deleted, because another tab changed it since: "Kept"')
    expect(seeds((await stored()).workspace.entries)).toEqual([['Default', undefined], ['Kept', 5]])
  })

  test('a scenario the other tab deleted leaves this tab\'s list unless it is open here', async () => {
    const { a, b } = await twoTabs()
    addEntry(a.services, scenarioNamed('Gone'), null)
    addEntry(a.services, scenarioNamed('Open in B'), null)
    await a.persister.flush()
    await b.persister.refresh()
    const openInB = b.state().scenario.workspace.entries.find((e) => e.document.Name === 'Open in B')
    if (!openInB) throw new Error('B did not take the scenarios A added')
    b.store.setState((state) => ({ scenario: { ...state.scenario, document: openInB.document, workspace: { ...state.scenario.workspace, openEntryId: openInB.id } } }))
    for (const name of ['Gone', 'Open in B']) {
      const entry = a.state().scenario.workspace.entries.find((e) => e.document.Name === name)
      if (entry) deleteEntry(a.services, entry.id)
    }
    await a.persister.flush()
    await b.persister.refresh()
    expect(names(b)).toEqual(['Default', 'Open in B'])
    expect(lastNotice(b)?.message).toBe('Deleted in another tab: "Gone"')
  })

  test('saved test events and the workspace\'s name merge: each tab\'s additions are kept', async () => {
    const { a, b, stored } = await twoTabs()
    editTestForm(a.store, { saved: [{ name: 'from A', payloadText: '{"a":1}' }] })
    editTestForm(b.store, { saved: [{ name: 'from B', payloadText: '{"b":1}' }] })
    b.store.setState((state) => ({ scenario: { ...state.scenario, workspace: { ...state.scenario.workspace, name: 'Renamed in B' } } }))
    await a.persister.flush()
    await b.persister.flush()
    const expected = [{ name: 'from A', payloadText: '{"a":1}' }, { name: 'from B', payloadText: '{"b":1}' }]
    expect((await stored()).savedTestEvents).toEqual(expected)
    expect((await stored()).workspace.name).toBe('Renamed in B')
    await a.persister.refresh()
    expect(a.state().ui.test.saved).toEqual(expected)
    expect(a.state().scenario.workspace.name).toBe('Renamed in B')
  })

  test('a refresh that finds nothing new changes nothing, so it starts no save', async () => {
    const { a, b } = await twoTabs()
    setSeed(a, 3)
    await a.persister.flush()
    await b.persister.refresh()
    const before = b.state()
    await b.persister.refresh()
    await a.persister.refresh()
    expect(b.state()).toBe(before)
  })
})
