import { describe, expect, test } from 'vitest'
import { injectManifest, precacheManifest } from './precacheManifest.ts'

const files = [
  { path: 'index.html', content: '<html>' },
  { path: 'assets/main-1a2b.js', content: 'console.log(1)' },
  { path: 'icons/icon-192.png', content: new Uint8Array([137, 80, 78, 71]) },
]

describe('the precache list a build writes into its service worker', () => {
  test('lists every file once, in a stable order, whatever order the bundle had', () => {
    const manifest = precacheManifest(files)
    expect(manifest.files).toEqual(['assets/main-1a2b.js', 'icons/icon-192.png', 'index.html'])
    expect(precacheManifest([...files].reverse())).toEqual(manifest)
  })

  test('its version changes when any file\'s content or name changes, and only then', () => {
    const { version } = precacheManifest(files)
    expect(version).toMatch(/^[0-9a-f]{16}$/)
    expect(precacheManifest(files.map((f) => ({ ...f }))).version).toBe(version)
    expect(precacheManifest([...files.slice(0, 2), { path: 'icons/icon-192.png', content: new Uint8Array([0]) }]).version).not.toBe(version)
    expect(precacheManifest([...files.slice(1), { path: 'index2.html', content: '<html>' }]).version).not.toBe(version)
  })

  test('replaces the worker\'s placeholder with the list, and refuses code without exactly one', () => {
    const manifest = { version: 'v1', files: ['index.html'] }
    expect(injectManifest('const m=self.__LP_PRECACHE;go(m)', manifest)).toBe('const m={"version":"v1","files":["index.html"]};go(m)')
    expect(() => injectManifest('go()', manifest)).toThrow(/exactly once \(found 0\)/)
    expect(() => injectManifest('self.__LP_PRECACHE+self.__LP_PRECACHE', manifest)).toThrow(/found 2/)
  })
})
