import { describe, expect, test } from 'vitest'
import { encodeShareFragment } from '../../interop/share/shareLink.ts'
import { editDocument } from '../store/edits.ts'
import { workspaceEntries } from '../store/workspaceEntries.ts'
import { createTestServices } from '../testing/testServices.ts'
import { openSharedLink, shareLinkFor } from './shareScenario.ts'
import { scenarioNamed } from './workspaceFixtures.ts'

const PAGE = 'https://example.org/docs/playground/?lang=en'

/** The address bar: what `history.replaceState` leaves in it. */
function addressBar(href: string) {
  const bar = { href, hash: new URL(href).hash, state: { kept: true }, replaced: [] as unknown[] }
  const history = {
    get state() { return bar.state },
    replaceState: (state: unknown, _: string, url?: string | URL | null) => {
      bar.replaced.push(state)
      bar.href = String(url)
      bar.hash = new URL(bar.href).hash
    },
  }
  return { bar, history }
}

function setUp() {
  const app = createTestServices(scenarioNamed('My own'))
  editDocument(app.store, (doc) => ({ ...doc, Seed: 3 }))
  return { app, entries: () => workspaceEntries(app.store.getState().scenario) }
}

describe('share links', () => {
  test("are this page's address with the scenario in the fragment", async () => {
    const link = await shareLinkFor(scenarioNamed('Shared', { Seed: 8 }), `${PAGE}#scenario=old`)
    expect(link.startsWith(`${PAGE}#scenario=`)).toBe(true)
    expect(link).not.toContain('old')
  })

  test('opening one adds "<Name> (shared)" next to the user\'s work, opens it, and removes the fragment', async () => {
    const { app, entries } = setUp()
    const { bar, history } = addressBar(await shareLinkFor(scenarioNamed('Canary', { Seed: 8 }), PAGE))
    expect(await openSharedLink(app, bar, history)).toBe(true)
    expect(entries().map((e) => [e.document.Name, e.document.Seed, e.bundledId])).toEqual([['My own', 3, null], ['Canary (shared)', 8, null]])
    expect(app.store.getState().scenario.document.Name).toBe('Canary (shared)')
    expect(app.sent.at(-1)).toMatchObject({ type: 'load', scenario: { Name: 'Canary (shared)' } })
    expect(bar.href).toBe(PAGE)
    expect(bar.replaced).toEqual([{ kept: true }])
    // A reload (the same address, now without the fragment) adds nothing.
    expect(await openSharedLink(app, bar, history)).toBe(false)
    expect(entries()).toHaveLength(2)
  })

  test('a damaged or invalid link shows its problem and changes nothing else', async () => {
    for (const fragment of ['#scenario=AAAA', `#${await encodeShareFragment(scenarioNamed('Bad', { Functions: [{ FunctionName: 'f', MemorySize: 64 }] }))}`]) {
      const { app } = setUp()
      const before = app.store.getState().scenario
      const { bar, history } = addressBar(`${PAGE}${fragment}`)
      expect(await openSharedLink(app, bar, history)).toBe(false)
      expect(app.store.getState().scenario).toBe(before)
      expect(app.store.getState().ui.transferReport).toMatchObject({ kind: 'refused', source: 'the share link', problems: [expect.objectContaining({ rule: expect.any(String) })] })
      expect(bar.href).toBe(PAGE)
    }
  })

  test('a fragment without a scenario is not a share link: left alone', async () => {
    const { app } = setUp()
    const { bar, history } = addressBar(`${PAGE}#tab=logs`)
    expect(await openSharedLink(app, bar, history)).toBe(false)
    expect(bar.replaced).toEqual([])
    expect(app.store.getState().ui.transferReport).toBeNull()
  })
})
