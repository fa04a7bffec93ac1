import { describe, expect, test, vi } from 'vitest'
import { createAppStore } from '../store/appStore.ts'
import { editDocument, editTestForm } from '../store/edits.ts'
import { persistWorkspace } from '../store/persistence.ts'
import { createTestServices } from '../testing/testServices.ts'
import { addEntry } from './entryEdits.ts'
import { listWorkspaces, loadWorkspace } from './loadWorkspace.ts'
import { restoreWorkspace } from './restoreWorkspace.ts'
import { deleteWorkspace, duplicateWorkspace, newWorkspace, renameWorkspace, switchWorkspace } from './workspaceActions.ts'
import type { WorkspaceServices } from './WorkspaceContext.ts'
import { freshDatabase, memoryLocalStorage, scenarioNamed } from './workspaceFixtures.ts'

async function setUp() {
  const { store: storage } = await freshDatabase()
  const restored = await restoreWorkspace(storage, memoryLocalStorage(), { document: scenarioNamed('First'), bundledId: null }, 1)
  const app = createTestServices(scenarioNamed('First'))
  app.store = createAppStore({ document: scenarioNamed('First'), bundledId: null, workspace: restored.workspace })
  const persister = persistWorkspace(app.store, storage, { onHidden: () => undefined, onError: (error) => { throw error }, stored: restored.stored })
  let clock = 10
  const ws: WorkspaceServices = { storage, persister, unavailable: null, nowMs: () => ++clock }
  const names = async () => (await listWorkspaces(storage)).map((w) => w.name).sort()
  return { app, ws, storage, names, firstId: restored.workspace.id, state: () => app.store.getState() }
}

describe('several workspaces', () => {
  test('a new workspace opens with the default scenario; switching back finds the first as it was left, test events too', async () => {
    const { app, ws, names, firstId, state } = await setUp()
    editDocument(app.store, (doc) => ({ ...doc, Seed: 11 }))
    addEntry(app, scenarioNamed('Second'), null)
    editTestForm(app.store, { saved: [{ name: 'mine', payloadText: '{}' }] })
    await newWorkspace(app, ws, 'Workshop')
    expect(state().scenario.workspace).toMatchObject({ name: 'Workshop', entries: [{ bundledId: 'reserved-concurrency' }] })
    expect(state().ui.test.saved).toEqual([])
    expect(await names()).toEqual(['My workspace', 'Workshop'])
    expect(await switchWorkspace(app, ws, firstId)).toBe(true)
    expect(state().scenario.workspace.entries.map((e) => e.document)).toEqual([scenarioNamed('First', { Seed: 11 }), scenarioNamed('Second')])
    expect(state().scenario.document.Name).toBe('Second')
    expect(state().ui.test.saved).toEqual([{ name: 'mine', payloadText: '{}' }])
    expect(app.sent.at(-1)).toMatchObject({ type: 'load', scenario: { Name: 'Second' } })
  })

  test('renaming: the open one in the store (then saved), another one in storage', async () => {
    const { app, ws, names, firstId } = await setUp()
    await newWorkspace(app, ws, 'Workshop')
    await renameWorkspace(app, ws, firstId, 'Study')
    await renameWorkspace(app, ws, app.store.getState().scenario.workspace.id, 'Demo')
    await ws.persister.flush()
    expect(await names()).toEqual(['Demo', 'Study'])
  })

  test('renaming another workspace that another tab saves meanwhile reads it again: the rename and that save both stay', async () => {
    const { app, ws, storage, firstId } = await setUp()
    await newWorkspace(app, ws, 'Workshop')
    const write = storage.write.bind(storage)
    vi.spyOn(storage, 'write').mockImplementationOnce(async (record, scenarios, removed) => {
      const other = await loadWorkspace(storage, firstId)
      if (!other.ok) throw new Error(other.message)
      await write({ ...other.stored.record, savedTestEvents: [{ name: 'from another tab', payloadText: '{}' }] }, [], [])
      return write(record, scenarios, removed)
    })
    await renameWorkspace(app, ws, firstId, 'Study')
    const loaded = await loadWorkspace(storage, firstId)
    expect(loaded.ok && [loaded.workspace.name, loaded.savedTestEvents]).toEqual(['Study', [{ name: 'from another tab', payloadText: '{}' }]])
  })

  test('duplicating copies every scenario under new ids; the copy is independent of the original', async () => {
    const { app, ws, storage, names, firstId } = await setUp()
    addEntry(app, scenarioNamed('Second'), null)
    await duplicateWorkspace(app, ws, firstId)
    expect(await names()).toEqual(['My workspace', 'My workspace (copy)'])
    const copy = (await listWorkspaces(storage)).find((w) => w.name.endsWith('(copy)'))
    const loaded = copy && await loadWorkspace(storage, copy.id)
    const original = app.store.getState().scenario.workspace
    expect(loaded?.ok && loaded.workspace.entries.map((e) => e.document.Name)).toEqual(['First', 'Second'])
    expect(loaded?.ok && loaded.workspace.entries.map((e) => e.id)).not.toContain(original.entries[0]?.id)
    expect(loaded?.ok && loaded.workspace.openEntryId).toBe(loaded?.ok && loaded.workspace.entries[1]?.id)
  })

  test('deleting removes the workspace and its scenarios; deleting the open one opens another', async () => {
    const { app, ws, storage, names, firstId } = await setUp()
    await newWorkspace(app, ws, 'Workshop')
    const workshop = app.store.getState().scenario.workspace.id
    await deleteWorkspace(app, ws, firstId)
    expect(await names()).toEqual(['Workshop'])
    expect(await storage.scenariosOf(firstId)).toEqual([])
    await deleteWorkspace(app, ws, workshop)
    expect(await names()).toEqual(['My workspace'])
    expect(app.store.getState().scenario.workspace.id).not.toBe(workshop)
  })

  test('a workspace that cannot be opened leaves the open one as it is and says why', async () => {
    const { app, ws, state } = await setUp()
    const before = state().scenario
    expect(await switchWorkspace(app, ws, 'gone')).toBe(false)
    expect(state().scenario).toBe(before)
    expect(state().live.notices.at(-1)?.message).toMatch(/cannot be opened: The workspace no longer exists/)
  })
})
