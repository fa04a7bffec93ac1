/**
 * A share link carries the whole scenario in the URL's fragment (`#scenario=...`), which browsers
 * never send to a server: the JSON, deflated (the standard `CompressionStream`, in the page and in
 * Node alike) and written in base64url. Opening a link migrates and validates the document like any
 * import, so a tampered link is refused with the field and the rule, and its code still runs only in
 * the sandbox.
 */
import type { ScenarioError } from '../../engine/scenario/errors.ts'
import type { Scenario } from '../../engine/scenario/types.ts'
import { parseScenarioText } from '../scenarioFormat.ts'

export const SHARE_PARAMETER = 'scenario'

/** Links longer than this may be cut by chat apps and some browsers' address bars; the UI warns. */
export const SHARE_LINK_COMFORTABLE_LENGTH = 8000

export type SharedScenario = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] }

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(output).arrayBuffer())
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

/** The fragment (without `#`) that carries `scenario`. */
export async function encodeShareFragment(scenario: Scenario): Promise<string> {
  const deflated = await transform(new TextEncoder().encode(JSON.stringify(scenario)), new CompressionStream('deflate-raw'))
  return `${SHARE_PARAMETER}=${toBase64Url(deflated)}`
}

const linkError = (message: string): SharedScenario => ({ ok: false, errors: [{ path: '(link)', rule: 'json', message }] })

/** The scenario a fragment carries (with or without its `#`), validated; null when the fragment carries none. */
export async function decodeShareFragment(fragment: string): Promise<SharedScenario | null> {
  const parameters = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment)
  const payload = parameters.get(SHARE_PARAMETER)
  if (payload === null) return null
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await transform(fromBase64Url(payload), new DecompressionStream('deflate-raw')))
  } catch {
    return linkError('The share link is damaged (it may have been cut short when it was copied); ask for it again')
  }
  return parseScenarioText(text)
}
