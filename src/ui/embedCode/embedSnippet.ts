/**
 * The `<iframe>` a documentation page pastes to embed the player (src/embed): its address names a
 * bundled scenario or carries the scenario inline, as a share link does (src/embed/embedParams.ts).
 */
import { embedAddress, type EmbedAddress } from '../../embed/embedParams.ts'

export interface SnippetOptions {
  /** The iframe's height in CSS pixels; its width follows the page's column. */
  heightPx: number
  /** Show the Code tab beside the charts. */
  editor: boolean
  /** Start playing when the page opens the player. */
  autoplay: boolean
}

export const DEFAULT_SNIPPET_OPTIONS: SnippetOptions = { heightPx: 480, editor: false, autoplay: false }
/** Shorter than this, the graph and the charts do not both fit; taller is a page of its own. */
export const MIN_HEIGHT_PX = 240
export const MAX_HEIGHT_PX = 1600

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function clampHeight(heightPx: number): number {
  if (!Number.isFinite(heightPx)) return DEFAULT_SNIPPET_OPTIONS.heightPx
  return Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, Math.round(heightPx)))
}

/**
 * The snippet for `scenario`, served by the app at `appUrl` (the page's own address: the player
 * sits beside it). Lazy-loaded, so a player far down a page costs nothing until it is scrolled to.
 */
export function embedSnippet(appUrl: string, scenario: EmbedAddress['scenario'], name: string, options: SnippetOptions): string {
  const src = embedAddress(appUrl, { scenario, editor: options.editor, autoplay: options.autoplay })
  const attributes = [
    ['src', src],
    ['title', `Lambda Playground: ${name}`],
    ['width', '100%'],
    ['height', String(clampHeight(options.heightPx))],
    ['style', 'border: 1px solid #c6ccd4; border-radius: 6px'],
    ['loading', 'lazy'],
  ]
  return `<iframe ${attributes.map(([key, value]) => `${key}="${escapeAttribute(value ?? '')}"`).join(' ')}></iframe>`
}
