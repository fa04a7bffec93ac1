/**
 * A Vite plugin (build only) that emits the offline service worker as `sw.js` beside index.html
 * and writes into it the list of every file the build produced: the pages, JS and CSS chunks,
 * workers (simulation, Monaco's), wasm, fonts, and the public folder's manifest and icons.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin, ResolvedConfig } from 'vite'
import { injectManifest, precacheManifest, type BuiltFile } from './precacheManifest.ts'

export const SERVICE_WORKER_FILE = 'sw.js'
const SOURCE = fileURLToPath(new URL('../sw/serviceWorker.ts', import.meta.url))

/** Files Vite copies from the public folder as they are (they are not in the bundle). */
function publicFiles(folder: string): BuiltFile[] {
  let entries
  try {
    entries = readdirSync(folder, { recursive: true, withFileTypes: true })
  } catch {
    return []
  }
  return entries.filter((entry) => entry.isFile()).map((entry) => {
    const path = join(entry.parentPath, entry.name)
    return { path: relative(folder, path).split(sep).join('/'), content: readFileSync(path) }
  })
}

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig | undefined
  return {
    name: 'lambda-playground:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: SERVICE_WORKER_FILE })
    },
    generateBundle: {
      // After Vite has added the HTML pages to the bundle.
      order: 'post',
      handler(_, bundle) {
        const worker = bundle[SERVICE_WORKER_FILE]
        if (worker?.type !== 'chunk') return this.error(`The build has no ${SERVICE_WORKER_FILE} chunk`)
        const built: BuiltFile[] = Object.values(bundle)
          .filter((file) => file.fileName !== SERVICE_WORKER_FILE)
          .map((file) => ({ path: file.fileName, content: file.type === 'chunk' ? file.code : file.source }))
        const copied = config?.publicDir ? publicFiles(config.publicDir) : []
        worker.code = injectManifest(worker.code, precacheManifest([...built, ...copied]))
      },
    },
  }
}
