import { describe, expect, test } from 'vitest'
import { openDatabase } from './idb.ts'
import { DATABASE_VERSION, openIndexedDbStore } from './indexedDbStore.ts'
import { openWorkspaceStore } from './openWorkspaceStore.ts'
import { WORKSPACE_FORMAT, type ScenarioRecord, type WorkspaceRecord } from './records.ts'
import { freshDatabase, scenarioNamed } from './workspaceFixtures.ts'
import { createMemoryStore, type WorkspaceStore } from './workspaceStore.ts'

const workspace = (id: string, name = id, revision = 0): WorkspaceRecord => ({ Format: WORKSPACE_FORMAT, id, name, scenarioIds: [], openScenarioId: '', savedTestEvents: [], updatedAtMs: 1, revision })
const scenario = (id: string, workspaceId: string, revision = 0, Seed?: number): ScenarioRecord => ({ id, workspaceId, bundledId: null, document: scenarioNamed(id, { Seed }), revision })
/** How a record reads back after writes: one revision further. */
const stored = <T extends { revision: number }>(record: T, revision = record.revision + 1): T => ({ ...record, revision })

/** The same contract, whichever store: IndexedDB (fake-indexeddb here) or memory. */
describe.each([
  ['IndexedDB', async () => (await freshDatabase()).store],
  ['memory', async () => createMemoryStore()],
] as [string, () => Promise<WorkspaceStore>][])('the %s workspace store', (_, open) => {
  test('writes a workspace with its scenarios in one go, and reads them back by workspace', async () => {
    const store = await open()
    await store.write(workspace('w1'), [scenario('a', 'w1'), scenario('b', 'w1')], [])
    await store.write(workspace('w2'), [scenario('c', 'w2')], [])
    expect(await store.workspace('w1')).toEqual(stored(workspace('w1')))
    expect(await store.workspace('missing')).toBeUndefined()
    expect((await store.workspaces()).length).toBe(2)
    expect(await store.scenariosOf('w1')).toEqual([stored(scenario('a', 'w1')), stored(scenario('b', 'w1'))])
  })

  test('deletes the scenarios a write names as removed, and a whole workspace with its scenarios', async () => {
    const store = await open()
    await store.write(workspace('w1'), [scenario('a', 'w1'), scenario('b', 'w1')], [])
    await store.write(workspace('w2'), [scenario('c', 'w2')], [])
    await store.write(workspace('w1', 'renamed', 1), [], [{ id: 'a', revision: 1 }])
    expect(await store.scenariosOf('w1')).toEqual([stored(scenario('b', 'w1'))])
    expect(await store.workspace('w1')).toMatchObject({ name: 'renamed', revision: 2 })
    await store.remove('w1')
    expect(await store.workspace('w1')).toBeUndefined()
    expect(await store.scenariosOf('w1')).toEqual([])
    expect(await store.scenariosOf('w2')).toEqual([stored(scenario('c', 'w2'))])
  })

  test('a write names the revision it replaces; what another tab saved since is refused and left as stored', async () => {
    const store = await open()
    await store.write(workspace('w1'), [scenario('a', 'w1'), scenario('b', 'w1')], [])
    // Another tab saves "a" and the workspace (revision 1 becomes 2); this tab still knows revision 1.
    await store.write(workspace('w1', 'theirs', 1), [scenario('a', 'w1', 1, 7)], [])
    const outcome = await store.write(workspace('w1', 'mine', 1), [scenario('a', 'w1', 1, 8), scenario('b', 'w1', 1, 9)], [])
    expect(outcome).toEqual({ workspaceRevision: null, revisions: new Map([['b', 2]]), refused: ['a'] })
    expect(await store.workspace('w1')).toMatchObject({ name: 'theirs', revision: 2 })
    expect(await store.scenariosOf('w1')).toEqual([stored(scenario('a', 'w1', 1, 7)), stored(scenario('b', 'w1', 1, 9))])
  })

  test('a record stored exactly as written elsewhere is no conflict; one deleted elsewhere is written back', async () => {
    const store = await open()
    await store.write(workspace('w1'), [scenario('a', 'w1'), scenario('b', 'w1')], [])
    await store.write(workspace('w1', 'w1', 1), [scenario('a', 'w1', 1, 7)], [{ id: 'b', revision: 1 }])
    const outcome = await store.write(workspace('w1'), [scenario('a', 'w1', 1, 7), scenario('b', 'w1', 1, 9)], [])
    expect(outcome).toEqual({ workspaceRevision: 2, revisions: new Map([['a', 2], ['b', 2]]), refused: [] })
    expect(await store.scenariosOf('w1')).toEqual([stored(scenario('a', 'w1', 1, 7)), stored(scenario('b', 'w1', 1, 9))])
  })

  test('a deletion of a scenario another tab changed since is refused', async () => {
    const store = await open()
    await store.write(workspace('w1'), [scenario('a', 'w1')], [])
    await store.write(workspace('w1', 'w1', 1), [scenario('a', 'w1', 1, 7)], [])
    expect(await store.write(workspace('w1', 'w1', 2), [], [{ id: 'a', revision: 1 }])).toMatchObject({ refused: ['a'] })
    expect(await store.scenariosOf('w1')).toEqual([stored(scenario('a', 'w1', 1, 7))])
  })

  test('keeps copies: changing what was written or read changes nothing stored', async () => {
    const store = await open()
    const written = workspace('w1')
    await store.write(written, [], [])
    written.name = 'changed after writing'
    const read = await store.workspace('w1') as WorkspaceRecord
    read.name = 'changed after reading'
    expect(await store.workspace('w1')).toMatchObject({ name: 'w1' })
  })

  test('keeps preferences', async () => {
    const store = await open()
    expect(await store.preference('theme')).toBeUndefined()
    await store.setPreference('theme', 'dark')
    expect(await store.preference('theme')).toBe('dark')
  })
})

describe('opening the storage', () => {
  test(`a new database is created at version ${DATABASE_VERSION} with its stores and the scenarios' index by workspace`, async () => {
    await openIndexedDbStore(indexedDB, 'upgrade-test')
    const db = await openDatabase(indexedDB, 'upgrade-test', DATABASE_VERSION, () => { throw new Error('no upgrade expected') })
    expect([db.version, ...db.objectStoreNames]).toEqual([1, 'preferences', 'scenarios', 'workspaces'])
    expect([...db.transaction('scenarios').objectStore('scenarios').indexNames]).toEqual(['byWorkspace'])
    db.close()
  })

  test('without IndexedDB, or when the browser refuses it or never answers, the page works in memory and says why', async () => {
    expect(await openWorkspaceStore(undefined)).toMatchObject({ store: { kind: 'memory' }, unavailable: 'this browser offers no IndexedDB' })
    const refusing = { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError') } } as unknown as IDBFactory
    expect(await openWorkspaceStore(refusing)).toMatchObject({ store: { kind: 'memory' }, unavailable: expect.stringMatching(/refused its storage \(The operation is insecure.\)/) })
    const silent = { open: () => ({}) } as unknown as IDBFactory
    expect(await openWorkspaceStore(silent, 20)).toMatchObject({ store: { kind: 'memory' }, unavailable: expect.stringMatching(/did not open its storage within 0.02 s/) })
  })
})
