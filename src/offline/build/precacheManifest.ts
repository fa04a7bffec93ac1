/** The precache list of one build and its version: a hash of every file's name and content. */
import { createHash } from 'node:crypto'
import { MANIFEST_PLACEHOLDER, type PrecacheManifest } from '../sw/cachePolicy.ts'

export interface BuiltFile {
  /** Relative to the build's folder, with `/`: `assets/main-1a2b.js`, `index.html`. */
  path: string
  content: string | Uint8Array
}

export function precacheManifest(files: readonly BuiltFile[]): PrecacheManifest {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const hash = createHash('sha256')
  for (const file of sorted) hash.update(file.path).update('\0').update(file.content).update('\0')
  return { version: hash.digest('hex').slice(0, 16), files: sorted.map((file) => file.path) }
}

/** The service worker's code with the manifest written in place of its placeholder, which must appear exactly once. */
export function injectManifest(code: string, manifest: PrecacheManifest): string {
  const parts = code.split(MANIFEST_PLACEHOLDER)
  if (parts.length !== 2) throw new Error(`The service worker must read ${MANIFEST_PLACEHOLDER} exactly once (found ${parts.length - 1})`)
  return parts.join(JSON.stringify(manifest))
}
