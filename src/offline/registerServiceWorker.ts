/**
 * Installs the offline service worker in production builds. `./sw.js` is resolved against the
 * page, so a site copied into any folder registers its own worker with that folder as its scope.
 * Dev (`npm run dev`) and tests of the source never register one.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const register = () => {
    // Without a worker (a file:// page, a browser that refuses it) the app still runs; it only will not work offline.
    navigator.serviceWorker.register('./sw.js').catch(() => undefined)
  }
  // After the page has loaded, so precaching never competes with the first paint.
  if (document.readyState === 'complete') register()
  else addEventListener('load', register, { once: true })
}
