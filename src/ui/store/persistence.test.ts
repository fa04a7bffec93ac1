import { afterEach, describe, expect, test, vi } from 'vitest'
import { addEntry, renameEntry } from '../workspace/entryEdits.ts'
import { loadWorkspace } from '../workspace/loadWorkspace.ts'
import { forgetPendingSave, keepPendingSave, PENDING_SAVE_KEY } from '../workspace/pendingSave.ts'
import { restoreWorkspace } from '../workspace/restoreWorkspace.ts'
import { FIRST, freshDatabase, memoryLocalStorage, openTestPage, scenarioNamed } from '../workspace/workspaceFixtures.ts'
import type { WorkspaceStore } from '../workspace/workspaceStore.ts'
import { createAppStore } from './appStore.ts'
import { editDocument, editTestForm, setTheme } from './edits.ts'
import { persistWorkspace, SAVE_DELAY_MS } from './persistence.ts'

afterEach(() => {
  vi.useRealTimers()
})

/**
 * A page persisting into a fresh database, with its own localStorage journal and the flush it runs
 * when hidden. `prepare` runs before persisting starts (to stall the store's writes, say);
 * `forgets: false` is a page gone before it could forget what it kept.
 */
async function pageWithJournal({ prepare = () => undefined, forgets = true }: { prepare?: (store: WorkspaceStore) => void; forgets?: boolean } = {}) {
  const { store, reopen } = await freshDatabase()
  const local = memoryLocalStorage()
  let hidden = () => undefined as void
  const restored = await restoreWorkspace(store, local, FIRST, 1)
  const appStore = createAppStore({ document: FIRST.document, bundledId: FIRST.bundledId, workspace: restored.workspace })
  prepare(store)
  const persister = persistWorkspace(appStore, store, {
    onHidden: (flush) => { hidden = flush },
    onError: () => undefined,
    stored: restored.stored,
    pending: { keep: (save) => keepPendingSave(local, 'tab', save), forget: () => (forgets ? forgetPendingSave(local, 'tab') : undefined) },
  })
  return { store, reopen, local, appStore, persister, hide: () => hidden(), workspaceId: restored.workspace.id }
}

const JOURNAL_KEY = `${PENDING_SAVE_KEY}/tab`

describe('the workspace survives a reload', () => {
  test('every scenario, code included, which one is open, the saved test events and the theme come back exactly', async () => {
    const { store, reopen } = await freshDatabase()
    const page = await openTestPage(store)
    editDocument(page.services.store, (doc) => ({ ...doc, Seed: 42, Functions: [{ FunctionName: 'fn', Code: { 'index.mjs': 'export const handler = async () => 1\n' } }] }))
    addEntry(page.services, scenarioNamed('Second', { DurationSeconds: 60 }), null)
    editTestForm(page.services.store, { saved: [{ name: 'order', payloadText: '{"id":1}' }] })
    setTheme(page.services.store, 'dark')
    await page.persister.flush()
    const before = page.services.store.getState()

    const reloaded = await openTestPage(await reopen())
    const after = reloaded.services.store.getState()
    expect(after.scenario.workspace).toEqual({ ...before.scenario.workspace, entries: expect.any(Array) })
    expect(after.scenario.workspace.entries.map((e) => e.document)).toEqual([
      { ...FIRST.document, Seed: 42, Functions: [{ FunctionName: 'fn', Code: { 'index.mjs': 'export const handler = async () => 1\n' } }] },
      scenarioNamed('Second', { DurationSeconds: 60 }),
    ])
    expect(after.scenario.document).toEqual(scenarioNamed('Second', { DurationSeconds: 60 }))
    expect(after.scenario.bundledId).toBeNull()
    expect(after.ui.test.saved).toEqual([{ name: 'order', payloadText: '{"id":1}' }])
    expect(after.ui.theme).toBe('dark')
  })

  test(`typing is written at most once per ${SAVE_DELAY_MS} ms, only the scenario that changed`, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { store } = await freshDatabase()
    const page = await openTestPage(store)
    addEntry(page.services, scenarioNamed('Other'), null)
    await page.persister.flush()
    const writes = vi.spyOn(store, 'write')
    for (let i = 0; i < 10; i++) editDocument(page.services.store, (doc) => ({ ...doc, Name: `Typed ${i}` }))
    expect(writes).not.toHaveBeenCalled()
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    await page.persister.flush()
    expect(writes).toHaveBeenCalledTimes(1)
    expect(writes.mock.calls[0]?.[1].map((s) => s.document.Name)).toEqual(['Typed 9'])
  })

  test('hiding the page writes what is pending at once', async () => {
    const { store, reopen } = await freshDatabase()
    let hidden = () => undefined as void
    const restored = await restoreWorkspace(store, memoryLocalStorage(), FIRST, 1)
    const appStore = createAppStore({ document: FIRST.document, bundledId: FIRST.bundledId, workspace: restored.workspace })
    persistWorkspace(appStore, store, { onHidden: (flush) => { hidden = flush }, onError: () => undefined, stored: restored.stored })
    editDocument(appStore, (doc) => ({ ...doc, Name: 'Last keystroke' }))
    hidden()
    await vi.waitFor(async () => {
      const loaded = await loadWorkspace(await reopen(), restored.workspace.id)
      expect(loaded.ok && loaded.workspace.entries[0]?.document.Name).toBe('Last keystroke')
    })
  })

  test('a page that goes away before the write on hiding ends loses nothing: the next load replays the kept save', async () => {
    // The page is gone: its IndexedDB write never happens.
    const page = await pageWithJournal({ prepare: (store) => void vi.spyOn(store, 'write').mockReturnValue(new Promise(() => undefined)) })
    editTestForm(page.appStore, { saved: [{ name: 'just saved', payloadText: '{}' }] })
    setTheme(page.appStore, 'dark')
    page.hide()
    expect(page.local.items.has(JOURNAL_KEY)).toBe(true)

    const next = await restoreWorkspace(await page.reopen(), page.local, FIRST, 2)
    expect(next.savedTestEvents).toEqual([{ name: 'just saved', payloadText: '{}' }])
    expect(next.workspace.id).toBe(page.workspaceId)
    expect(next.theme).toBe('dark')
    expect(page.local.items.size).toBe(0)
  })

  test('a page that goes away while the save after the delay is still being written loses nothing either', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    // The write the delay starts never ends: the page is reloaded while it is under way.
    const page = await pageWithJournal({ prepare: (store) => void vi.spyOn(store, 'write').mockReturnValue(new Promise(() => undefined)) })
    editDocument(page.appStore, (doc) => ({ ...doc, Seed: 1234 }))
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    await vi.waitFor(() => expect(page.store.write).toHaveBeenCalledTimes(1))
    page.hide()
    expect(page.local.items.has(JOURNAL_KEY)).toBe(true)

    const next = await restoreWorkspace(await page.reopen(), page.local, FIRST, 2)
    expect(next.workspace.entries[0]?.document.Seed).toBe(1234)
    expect(next.notices).toEqual([])
  })

  test('a kept save replayed over the write that did end in time changes nothing and makes no copy', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    // The page is gone before it could forget what it kept.
    const page = await pageWithJournal({ prepare: (store) => void vi.spyOn(store, 'write'), forgets: false })
    editDocument(page.appStore, (doc) => ({ ...doc, Seed: 1234 }))
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    await vi.waitFor(() => expect(page.store.write).toHaveBeenCalledTimes(1))
    page.hide()
    await page.persister.flush()

    const next = await restoreWorkspace(await page.reopen(), page.local, FIRST, 2)
    expect(next.workspace.entries.map((e) => [e.document.Name, e.document.Seed])).toEqual([[FIRST.document.Name, 1234]])
    expect(next.notices).toEqual([])
  })

  test('hiding a page whose every change is stored keeps and writes nothing', async () => {
    const page = await pageWithJournal()
    editDocument(page.appStore, (doc) => ({ ...doc, Seed: 99 }))
    await page.persister.flush()
    const write = vi.spyOn(page.store, 'write')
    page.hide()
    await page.persister.flush()
    expect(page.local.items.size).toBe(0)
    expect(write).not.toHaveBeenCalled()
  })

  test('once the write on hiding has ended, the kept save is forgotten', async () => {
    const page = await pageWithJournal()
    editDocument(page.appStore, (doc) => ({ ...doc, Name: 'Written' }))
    page.hide()
    expect(page.local.items.has(JOURNAL_KEY)).toBe(true)
    await page.persister.flush()
    expect(page.local.items.size).toBe(0)
  })

  test('a kept save that cannot be read is reported and left for a build that can', async () => {
    const { store } = await freshDatabase()
    const local = memoryLocalStorage({ [PENDING_SAVE_KEY]: JSON.stringify({ record: { Format: 'lambda-playground/workspace@9' }, scenarios: [], removed: [], theme: 'light' }) })
    const restored = await restoreWorkspace(store, local, FIRST, 1)
    expect(restored.notices).toEqual([expect.stringMatching(/^The last changes before the page closed could not be restored: /)])
    expect(local.items.has(PENDING_SAVE_KEY)).toBe(true)
  })

  test('a scenario another tab added to the same workspace is not dropped when this tab saves', async () => {
    const { store, reopen } = await freshDatabase()
    const tabA = await openTestPage(store)
    const tabB = await openTestPage(await reopen())
    addEntry(tabB.services, scenarioNamed('From tab B'), null)
    await tabB.persister.flush()
    renameEntry(tabA.services.store, tabA.services.store.getState().scenario.workspace.openEntryId, 'Renamed in tab A')
    await tabA.persister.flush()
    const loaded = await loadWorkspace(await reopen(), tabA.restored.workspace.id)
    expect(loaded.ok && loaded.workspace.entries.map((e) => e.document.Name)).toEqual(['Renamed in tab A', 'From tab B'])
  })

  test('a failed write is reported and the page goes on', async () => {
    const { store } = await freshDatabase()
    const restored = await restoreWorkspace(store, memoryLocalStorage(), FIRST, 1)
    const appStore = createAppStore({ document: FIRST.document, bundledId: FIRST.bundledId, workspace: restored.workspace })
    vi.spyOn(store, 'write').mockRejectedValue(new Error('QuotaExceededError'))
    const errors: unknown[] = []
    const persister = persistWorkspace(appStore, store, { onHidden: () => undefined, onError: (error) => errors.push(error), stored: restored.stored })
    editDocument(appStore, (doc) => ({ ...doc, Name: 'Too big' }))
    await persister.flush()
    expect(errors).toEqual([new Error('QuotaExceededError')])
  })
})
