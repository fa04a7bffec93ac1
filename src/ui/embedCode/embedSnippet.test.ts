import { describe, expect, test, vi } from 'vitest'
import { readEmbedParams } from '../../embed/embedParams.ts'
import { encodeShareFragment } from '../../interop/share/shareLink.ts'
import { loadBundledScenario } from '../scenarios/bundledScenarios.ts'
import { embeddedScenario } from './embeddedScenario.ts'
import { DEFAULT_SNIPPET_OPTIONS, MAX_HEIGHT_PX, MIN_HEIGHT_PX, clampHeight, embedSnippet } from './embedSnippet.ts'

const APP = 'https://play.example.com/tools/lambda/index.html'

// Fails as a chunk that cannot be fetched does.
vi.mock('/scenarios/sns-fan-out.json', () => {
  throw new TypeError('Failed to fetch dynamically imported module')
})

/** The iframe's `src`, as a browser reads the attribute. */
function srcOf(snippet: string): URL {
  const attribute = /src="([^"]*)"/.exec(snippet)?.[1] ?? ''
  return new URL(attribute.replace(/&amp;/g, '&'))
}

describe('the embed code', () => {
  test('an iframe beside the app that names a bundled scenario, lazy-loaded, titled for screen readers', () => {
    expect(embedSnippet(APP, { bundledId: 'canary-alias' }, 'Canary release', DEFAULT_SNIPPET_OPTIONS)).toBe(
      '<iframe src="https://play.example.com/tools/lambda/embed.html?scenario=canary-alias" title="Lambda Playground: Canary release" ' +
        'width="100%" height="480" style="border: 1px solid #c6ccd4; border-radius: 6px" loading="lazy"></iframe>',
    )
  })

  test('options become the player\'s flags, which the player reads back', () => {
    const snippet = embedSnippet(APP, { bundledId: 'canary-alias' }, 'Canary', { heightPx: 640, editor: true, autoplay: true })
    expect(snippet).toContain('embed.html?scenario=canary-alias&amp;editor=1&amp;autoplay=1"')
    expect(snippet).toContain('height="640"')
    expect(readEmbedParams(srcOf(snippet))).toMatchObject({ scenarioId: 'canary-alias', editor: true, autoplay: true })
  })

  test('names and addresses are escaped for an HTML attribute', () => {
    const snippet = embedSnippet(APP, { bundledId: 'x' }, 'Orders "v2" <beta> & co', DEFAULT_SNIPPET_OPTIONS)
    expect(snippet).toContain('title="Lambda Playground: Orders &quot;v2&quot; &lt;beta&gt; &amp; co"')
  })

  test('the height stays between what fits the player and a page\'s height', () => {
    expect(clampHeight(100)).toBe(MIN_HEIGHT_PX)
    expect(clampHeight(99_999)).toBe(MAX_HEIGHT_PX)
    expect(clampHeight(500.4)).toBe(500)
    expect(clampHeight(Number.NaN)).toBe(DEFAULT_SNIPPET_OPTIONS.heightPx)
  })

  test('an unchanged bundled scenario is named by its id, even as a restored copy; an edited one travels inline', async () => {
    const original = await loadBundledScenario('canary-alias')
    expect(await embeddedScenario(structuredClone(original), 'canary-alias')).toEqual({ bundledId: 'canary-alias' })
    const edited = { ...original, Seed: 99 }
    const inline = await embeddedScenario(edited, 'canary-alias')
    expect(inline).toEqual({ fragment: await encodeShareFragment(edited) })
    const snippet = embedSnippet(APP, inline, edited.Name, DEFAULT_SNIPPET_OPTIONS)
    expect(readEmbedParams(srcOf(snippet))).toMatchObject({ scenarioId: null, fragment: 'fragment' in inline ? inline.fragment : '' })
  })

  test('when the bundled original cannot be fetched to compare with, the scenario travels inline, which is always right', async () => {
    const copy = { ...await loadBundledScenario('canary-alias'), Name: 'SNS fan-out' }
    expect(await embeddedScenario(copy, 'sns-fan-out')).toEqual({ fragment: await encodeShareFragment(copy) })
  })
})
