/**
 * What the iframe's address asks of the player:
 *   embed.html?scenario=<bundled id>[&editor=1][&autoplay=1][&theme=dark][&origin=https://docs.example.com]
 *   embed.html[?options]#scenario=<share fragment>   (the scenario inline, as a share link carries it)
 * `?scenario=` may also hold a whole share link, whose fragment is then used.
 */
import type { Theme } from '../ui/store/uiSlice.ts'

export interface EmbedParams {
  /** A bundled scenario's id. */
  scenarioId: string | null
  /** A share fragment (`scenario=...`, without `#`); wins over `scenarioId` when both are given. */
  fragment: string | null
  /** Show the Code tab (Monaco, loaded when the tab opens). */
  editor: boolean
  /** Start playing as soon as the player is ready. */
  autoplay: boolean
  theme: Theme | null
  /**
   * `origin=`: the only origin the player listens to and posts to. Null: any parent (see
   * docs/embedding.md). `invalid` when the parameter is not an origin: the player then talks to nobody.
   */
  origin: { ok: true; value: string | null } | { ok: false; given: string }
}

/** The player's page, beside the app's index.html in the build. */
export const EMBED_PAGE = 'embed.html'

const FLAG_ON = new Set(['1', 'true', 'yes'])

function flag(search: URLSearchParams, name: string): boolean {
  const value = search.get(name)
  return value !== null && (value === '' || FLAG_ON.has(value.toLowerCase()))
}

/** `https://docs.example.com` is an origin; `https://docs.example.com/guide` or `docs` is not. */
function readOrigin(given: string | null): EmbedParams['origin'] {
  if (given === null) return { ok: true, value: null }
  try {
    const origin = new URL(given).origin
    return origin !== 'null' && origin === given.replace(/\/$/, '') ? { ok: true, value: origin } : { ok: false, given }
  } catch {
    return { ok: false, given }
  }
}

function readScenario(search: URLSearchParams, hash: string): Pick<EmbedParams, 'scenarioId' | 'fragment'> {
  const inline = hash.startsWith('#') ? hash.slice(1) : hash
  if (inline !== '') return { scenarioId: null, fragment: inline }
  const named = search.get('scenario')
  if (named === null || named === '') return { scenarioId: null, fragment: null }
  const linkHash = named.indexOf('#')
  return linkHash >= 0 ? { scenarioId: null, fragment: named.slice(linkHash + 1) } : { scenarioId: named, fragment: null }
}

/** What `embedAddress` writes: one way of naming the scenario, and the options that differ from the defaults. */
export interface EmbedAddress {
  scenario: { bundledId: string } | { fragment: string }
  editor?: boolean
  autoplay?: boolean
  theme?: Theme
  origin?: string
}

/** The player's address for `address`, next to `base` (the app's own address), e.g. `https://…/embed.html?scenario=canary-alias`. */
export function embedAddress(base: string | URL, address: EmbedAddress): string {
  const url = new URL(EMBED_PAGE, base)
  url.search = ''
  url.hash = ''
  if ('bundledId' in address.scenario) url.searchParams.set('scenario', address.scenario.bundledId)
  if (address.editor) url.searchParams.set('editor', '1')
  if (address.autoplay) url.searchParams.set('autoplay', '1')
  if (address.theme) url.searchParams.set('theme', address.theme)
  if (address.origin) url.searchParams.set('origin', address.origin)
  if ('fragment' in address.scenario) url.hash = address.scenario.fragment
  return url.href
}

export function readEmbedParams(url: URL): EmbedParams {
  const search = url.searchParams
  const theme = search.get('theme')
  return {
    ...readScenario(search, url.hash),
    editor: flag(search, 'editor'),
    autoplay: flag(search, 'autoplay'),
    theme: theme === 'dark' || theme === 'light' ? theme : null,
    origin: readOrigin(search.get('origin')),
  }
}
