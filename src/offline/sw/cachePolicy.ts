/**
 * What the service worker (./serviceWorker.ts) caches and answers, as pure functions of URLs and
 * names, so they are tested without a browser. The build writes the precache list
 * (../build/serviceWorkerPlugin.ts); the worker reads it from `self.__LP_PRECACHE`.
 */

/** Every file of one build, relative to the app's folder, and a version that changes with any of them. */
export interface PrecacheManifest {
  version: string
  files: readonly string[]
}

/** The expression the build replaces with the manifest's JSON. */
export const MANIFEST_PLACEHOLDER = 'self.__LP_PRECACHE'

const CACHE_PREFIX = 'lambda-playground-'

export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`
}

/** Our caches from other builds: deleted once this build's worker takes over. Other apps' caches on the origin are left alone. */
export function staleCaches(names: readonly string[], current: string): string[] {
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current)
}

/** Only reads of the app's own files: same origin, inside the worker's scope (the app's folder), GET. */
export function answers(method: string, url: string, scope: string): boolean {
  return method === 'GET' && url.startsWith(scope)
}

/**
 * The cached file a request is answered from. A page is cached without its query and fragment
 * (`embed.html?scenario=…` is `embed.html`), and the folder itself is its `index.html`.
 */
export function cachedUrl(url: string, navigation: boolean): string {
  if (!navigation) return url
  const page = new URL(url)
  page.search = ''
  page.hash = ''
  if (page.pathname.endsWith('/')) page.pathname += 'index.html'
  return page.href
}
