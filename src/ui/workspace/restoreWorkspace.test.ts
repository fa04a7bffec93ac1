import { describe, expect, test } from 'vitest'
import { LEGACY_SESSION_KEY } from './legacySession.ts'
import { listWorkspaces, loadWorkspace } from './loadWorkspace.ts'
import { recordsOf, WORKSPACE_FORMAT } from './records.ts'
import { createWorkspace, restoreWorkspace } from './restoreWorkspace.ts'
import { freshDatabase, memoryLocalStorage, scenarioNamed } from './workspaceFixtures.ts'
import { createMemoryStore } from './workspaceStore.ts'

const first = { document: scenarioNamed('Default'), bundledId: 'reserved-concurrency' }

const legacySession = JSON.stringify({
  document: scenarioNamed('Edited before workspaces', { Seed: 7 }),
  bundledId: 'canary-alias', theme: 'dark', savedTestEvents: [{ name: 'order', payloadText: '{}' }, { name: 'broken' }],
})

describe('opening the page', () => {
  test('a first visit gets "My workspace" holding the default scenario, stored at once', async () => {
    const { store } = await freshDatabase()
    const restored = await restoreWorkspace(store, memoryLocalStorage(), first, 1)
    expect(restored).toMatchObject({ theme: null, notices: [], savedTestEvents: [], workspace: { name: 'My workspace', entries: [{ bundledId: 'reserved-concurrency', document: first.document }] } })
    expect(await listWorkspaces(store)).toMatchObject([{ id: restored.workspace.id, name: 'My workspace', scenarioCount: 1 }])
  })

  test('the old localStorage session becomes a workspace once, then is removed', async () => {
    const { store } = await freshDatabase()
    const localStorage = memoryLocalStorage({ [LEGACY_SESSION_KEY]: legacySession })
    const restored = await restoreWorkspace(store, localStorage, first, 1)
    expect(restored).toMatchObject({
      theme: 'dark', savedTestEvents: [{ name: 'order', payloadText: '{}' }],
      workspace: { name: 'My workspace', entries: [{ bundledId: 'canary-alias', document: scenarioNamed('Edited before workspaces', { Seed: 7 }) }] },
    })
    expect(localStorage.items.has(LEGACY_SESSION_KEY)).toBe(false)
    // An old build in another tab writes the session again: it is not migrated a second time.
    localStorage.items.set(LEGACY_SESSION_KEY, legacySession)
    await restoreWorkspace(store, localStorage, first, 2)
    expect(await listWorkspaces(store)).toHaveLength(1)
  })

  test('without IndexedDB the session is read into memory and left where it is', async () => {
    const localStorage = memoryLocalStorage({ [LEGACY_SESSION_KEY]: legacySession })
    const restored = await restoreWorkspace(createMemoryStore(), localStorage, first, 1)
    expect(restored.workspace.entries[0]?.document.Name).toBe('Edited before workspaces')
    expect(localStorage.items.has(LEGACY_SESSION_KEY)).toBe(true)
  })

  test('a session whose document is of an unknown format is left alone', async () => {
    const { store } = await freshDatabase()
    const stored = JSON.stringify({ document: { Format: 'lambda-playground/scenario@9', Name: 'future' }, bundledId: null })
    const localStorage = memoryLocalStorage({ [LEGACY_SESSION_KEY]: stored })
    const restored = await restoreWorkspace(store, localStorage, first, 1)
    expect(restored.workspace.entries[0]?.document).toEqual(first.document)
    expect(localStorage.items.get(LEGACY_SESSION_KEY)).toBe(stored)
  })

  test('the workspace open last is opened again among several', async () => {
    const { store } = await freshDatabase()
    const a = await createWorkspace(store, 'Study', scenarioNamed('A'), null, 1)
    const b = await createWorkspace(store, 'Workshop', scenarioNamed('B'), null, 2)
    await store.setPreference('currentWorkspaceId', a.id)
    expect((await restoreWorkspace(store, memoryLocalStorage(), first, 3)).workspace).toEqual(a)
    await store.setPreference('currentWorkspaceId', 'deleted-since')
    expect((await restoreWorkspace(store, memoryLocalStorage(), first, 3)).workspace).toEqual(b)
  })

  test('a workspace written by a newer build is refused with a message naming Format, and left untouched', async () => {
    const { store } = await freshDatabase()
    const older = await createWorkspace(store, 'Older', scenarioNamed('A'), null, 1)
    const newer = await createWorkspace(store, 'Newer', scenarioNamed('B'), null, 2)
    const { record } = recordsOf(newer, newer.entries, [], 2)
    const future = { ...record, Format: 'lambda-playground/workspace@2', Colour: 'blue', revision: 1 }
    await store.write(future as unknown as typeof record, [], [])
    await store.setPreference('currentWorkspaceId', newer.id)
    const restored = await restoreWorkspace(store, memoryLocalStorage(), first, 3)
    expect(restored.workspace).toEqual(older)
    expect(restored.notices).toEqual([expect.stringMatching(/^The workspace "Newer" cannot be opened: .*newer version.*"lambda-playground\/workspace@2"/)])
    expect(await store.workspace(newer.id)).toEqual({ ...future, revision: 2 })
    expect(await listWorkspaces(store)).toContainEqual(expect.objectContaining({ id: newer.id, unreadable: expect.stringMatching(/newer version/) }))
  })

  test('a scenario of a newer format is not shown, said so, and kept in storage', async () => {
    const { store } = await freshDatabase()
    const workspace = await createWorkspace(store, 'Mixed', scenarioNamed('Readable'), null, 1)
    const futureScenario = { id: 'future', workspaceId: workspace.id, bundledId: null, document: { Format: 'lambda-playground/scenario@2', Name: 'From the future' }, revision: 1 }
    await store.write({ ...recordsOf(workspace, workspace.entries, [], 1).record, revision: 1 }, [{ ...futureScenario, revision: 0 } as never], [])
    const loaded = await loadWorkspace(store, workspace.id)
    expect(loaded).toMatchObject({ ok: true, workspace: { entries: [{ document: { Name: 'Readable' } }] }, notices: [expect.stringMatching(/^"From the future" is not shown: .*newer version/)] })
    expect(await store.scenariosOf(workspace.id)).toContainEqual(futureScenario)
  })

  test('a damaged workspace record is refused, not guessed at', async () => {
    const { store } = await freshDatabase()
    await store.write({ Format: WORKSPACE_FORMAT, id: 'w', name: 'Damaged' } as never, [], [])
    expect(await loadWorkspace(store, 'w')).toEqual({ ok: false, message: expect.stringMatching(/damaged/) })
  })
})
