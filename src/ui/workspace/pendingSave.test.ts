import { describe, expect, test, vi } from 'vitest'
import { editDocument } from '../store/edits.ts'
import { loadWorkspace } from './loadWorkspace.ts'
import { PENDING_SAVE_KEY } from './pendingSave.ts'
import { restoreWorkspace } from './restoreWorkspace.ts'
import { FIRST, freshDatabase, memoryLocalStorage, openTestPage, scenarioNamed } from './workspaceFixtures.ts'
import type { WorkspaceStore } from './workspaceStore.ts'

type Page = Awaited<ReturnType<typeof openTestPage>>

/** The page goes away while hidden: its journal is kept, its IndexedDB write never ends. */
function closeBeforeTheWriteEnds(page: Page, storage: WorkspaceStore) {
  vi.spyOn(storage, 'write').mockReturnValueOnce(new Promise(() => undefined))
  page.hide()
}

const setSeed = (page: Page, Seed: number) => editDocument(page.store, (doc) => ({ ...doc, Seed }))
const seeds = (loaded: Awaited<ReturnType<typeof loadWorkspace>>) => (loaded.ok ? loaded.workspace.entries.map((e) => [e.document.Name, e.document.Seed]) : loaded.message)

describe('the journal of the last save before a page closes, under two tabs', () => {
  test('two tabs closing together keep one journal each; the next load replays both', async () => {
    const { store, reopen } = await freshDatabase()
    const local = memoryLocalStorage()
    const a = await openTestPage(store, local)
    const storageB = await reopen()
    const b = await openTestPage(storageB, local)
    setSeed(a, 1)
    editDocument(b.store, (doc) => ({ ...doc, DurationSeconds: 60 }))
    closeBeforeTheWriteEnds(a, store)
    closeBeforeTheWriteEnds(b, storageB)
    expect([...local.items.keys()].sort()).toEqual([`${PENDING_SAVE_KEY}/${a.tabId}`, `${PENDING_SAVE_KEY}/${b.tabId}`].sort())

    const next = await restoreWorkspace(await reopen(), local, FIRST, 2)
    // Both changed "Default" from the same revision: the first replayed keeps it, the other is its copy.
    expect(next.workspace.entries.map((e) => e.document)).toEqual(expect.arrayContaining([
      expect.objectContaining({ Seed: 1 }), expect.objectContaining({ DurationSeconds: 60 }),
    ]))
    expect(next.notices).toEqual([expect.stringMatching(/^"Default" was changed in another tab after this page last saved it; this page's last changes are kept as "Default \(conflicting copy\)"\.$/)])
    expect(local.items.size).toBe(0)
  })

  test('a journal older than another tab\'s save does not overwrite it: its changes come back as a copy, and the page says so', async () => {
    const { store, reopen } = await freshDatabase()
    const local = memoryLocalStorage()
    const a = await openTestPage(store, local)
    const b = await openTestPage(await reopen(), local)
    setSeed(a, 1)
    closeBeforeTheWriteEnds(a, store)
    setSeed(b, 2)
    await b.persister.flush()

    const next = await restoreWorkspace(await reopen(), local, FIRST, 2)
    expect(seeds(await loadWorkspace(await reopen(), a.restored.workspace.id))).toEqual([['Default', 2], ['Default (conflicting copy)', 1]])
    expect(next.notices).toEqual(['"Default" was changed in another tab after this page last saved it; this page\'s last changes are kept as "Default (conflicting copy)".'])
  })

  test('a journal already written (the page closed before forgetting it) replays as no change', async () => {
    const { store, reopen } = await freshDatabase()
    const local = memoryLocalStorage()
    const a = await openTestPage(store, local)
    setSeed(a, 1)
    a.hide()
    const journal = [...local.items]
    await a.persister.flush()
    for (const [key, value] of journal) local.items.set(key, value)

    const next = await restoreWorkspace(await reopen(), local, FIRST, 2)
    expect(next.notices).toEqual([])
    expect(seeds(await loadWorkspace(await reopen(), a.restored.workspace.id))).toEqual([['Default', 1]])
  })

  test('the journal of the build before per-tab journals (one key, removals by id) is still replayed', async () => {
    const { store, reopen } = await freshDatabase()
    const a = await openTestPage(store)
    const { record } = a.restored.stored
    const extra = { id: 'extra', workspaceId: record.id, bundledId: null, document: scenarioNamed('Extra') }
    const local = memoryLocalStorage({
      [PENDING_SAVE_KEY]: JSON.stringify({ record: { ...record, revision: undefined, name: 'Kept by the old build' }, scenarios: [extra], removed: ['gone'], theme: 'dark' }),
    })
    const next = await restoreWorkspace(await reopen(), local, FIRST, 2)
    expect(next.workspace.entries.map((e) => e.document.Name)).toEqual(['Default', 'Extra'])
    // Its workspace record has no revision, and this build saved the workspace since: that save stays.
    expect(next.workspace.name).toBe('My workspace')
    expect(next.theme).toBe('dark')
  })
})
