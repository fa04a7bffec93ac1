import { describe, expect, test } from 'vitest'
import type { WorkspaceEntry } from '../store/scenarioSlice.ts'
import type { StoredWorkspace } from './loadWorkspace.ts'
import { reconcile, type TabView } from './reconcile.ts'
import { recordsOf, type ScenarioRecord } from './records.ts'
import { scenarioNamed } from './workspaceFixtures.ts'

const entry = (id: string, Seed?: number): WorkspaceEntry => ({ id, bundledId: null, document: scenarioNamed(id, { Seed }) })

/** What storage holds for `entries` (each at `revision`), with their documents as the very objects given. */
function storedOf(entries: WorkspaceEntry[], revision = 1, name = 'Work'): StoredWorkspace {
  const workspace = { id: 'w', name, entries, openEntryId: entries[0]?.id ?? '' }
  const { record, scenarios } = recordsOf(workspace, entries, [], 1)
  return { record: { ...record, revision }, scenarios: new Map(scenarios.map((s): [string, ScenarioRecord] => [s.id, { ...s, revision }])) }
}

const view = (entries: WorkspaceEntry[], openEntryId = entries[0]?.id ?? '', name = 'Work'): TabView => ({ workspace: { id: 'w', name, entries, openEntryId }, savedTestEvents: [] })

describe('reconciling with what another tab saved', () => {
  test('nothing new: the same known, no view, nothing to tell', () => {
    const entries = [entry('a'), entry('b')]
    const known = storedOf(entries)
    const result = reconcile(view(entries), known, storedOf(entries))
    expect(result.view).toBeNull()
    expect(result.report).toEqual({ updated: [], added: [], deleted: [], undeleted: [], conflicts: [] })
  })

  test('a scenario deleted elsewhere stays while it is open or edited here, and is dropped otherwise', () => {
    const [open, edited, untouched] = [entry('open'), entry('edited'), entry('untouched')]
    const known = storedOf([open, edited, untouched])
    const mine = [open, { ...edited, document: { ...edited.document, Seed: 3 } }, untouched]
    const result = reconcile(view(mine), known, storedOf([]))
    expect(result.view?.workspace.entries.map((e) => e.id)).toEqual(['open', 'edited'])
    expect(result.report.deleted).toEqual(['untouched'])
    // Still known at its revision: a later save of the edited one writes it back.
    expect([...result.known.scenarios.keys()]).toEqual(['open', 'edited'])
  })

  test('a deletion made here, not yet saved, is not undone by a refresh', () => {
    const [a, b] = [entry('a'), entry('b')]
    const known = storedOf([a, b])
    const result = reconcile(view([a]), known, storedOf([a, b]))
    expect(result.view).toBeNull()
    expect(result.known.scenarios.has('b')).toBe(true)
  })

  test('a name changed here wins; otherwise the stored one is taken', () => {
    const a = entry('a')
    // This tab's name stays: nothing to show.
    expect(reconcile(view([a], 'a', 'Mine'), storedOf([a]), storedOf([a], 2, 'Theirs')).view).toBeNull()
    expect(reconcile(view([a], 'a', 'Work'), storedOf([a]), storedOf([a], 2, 'Theirs')).view?.workspace.name).toBe('Theirs')
  })
})
