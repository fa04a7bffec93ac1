/**
 * The service worker that makes the built app work offline, installed from the app's folder
 * (`sw.js` beside index.html), so its scope is that folder wherever the site is hosted. It
 * precaches every file of its build under a versioned cache name, deletes the caches of older
 * builds when it takes over, and answers the app's own GET requests from the cache first. A new
 * build's worker waits until no page of the old one is open, so a page never mixes two builds.
 */
import { answers, cacheName, cachedUrl, staleCaches, type PrecacheManifest } from './cachePolicy.ts'

declare const self: ServiceWorkerGlobalScope & { __LP_PRECACHE: PrecacheManifest }

// Replaced by the build with this build's file list (../build/serviceWorkerPlugin.ts).
const manifest: PrecacheManifest = self.__LP_PRECACHE
const cache = cacheName(manifest.version)
const scope = self.registration.scope

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache, so the precache holds exactly this build's files.
  const requests = manifest.files.map((file) => new Request(new URL(file, scope), { cache: 'reload' }))
  event.waitUntil(caches.open(cache).then((opened) => opened.addAll(requests)))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(staleCaches(names, cache).map((name) => caches.delete(name)))))
})

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(cachedUrl(request.url, request.mode === 'navigate'), { cacheName: cache })
  return cached ?? fetch(request)
}

self.addEventListener('fetch', (event) => {
  if (answers(event.request.method, event.request.url, scope)) event.respondWith(cacheFirst(event.request))
})
