import { describe, expect, test } from 'vitest'
import { answers, cacheName, cachedUrl, staleCaches } from './cachePolicy.ts'

const SCOPE = 'https://docs.example.com/tools/lambda/'

describe('what the offline service worker caches and answers', () => {
  test('caches are named by build, and only our older builds\' caches are deleted', () => {
    const current = cacheName('b2')
    expect(staleCaches(['lambda-playground-b1', current, 'another-app-v1', 'lambda-playground-b0'], current)).toEqual(['lambda-playground-b1', 'lambda-playground-b0'])
  })

  test('answers GET requests for the app\'s folder only: not other paths, origins or methods', () => {
    expect(answers('GET', `${SCOPE}assets/main-1a2b.js`, SCOPE)).toBe(true)
    expect(answers('GET', `${SCOPE}embed.html?scenario=canary-alias`, SCOPE)).toBe(true)
    expect(answers('GET', 'https://docs.example.com/tools/other/index.html', SCOPE)).toBe(false)
    expect(answers('GET', 'https://cdn.example.net/tools/lambda/x.js', SCOPE)).toBe(false)
    expect(answers('POST', `${SCOPE}index.html`, SCOPE)).toBe(false)
  })

  test('a page is found without its query or fragment, and the folder is its index.html', () => {
    expect(cachedUrl(`${SCOPE}embed.html?scenario=canary-alias#x`, true)).toBe(`${SCOPE}embed.html`)
    expect(cachedUrl(SCOPE, true)).toBe(`${SCOPE}index.html`)
    expect(cachedUrl(`${SCOPE}docs/?a=1`, true)).toBe(`${SCOPE}docs/index.html`)
    // Scripts and data keep their whole address.
    expect(cachedUrl(`${SCOPE}assets/a.js?v=1`, false)).toBe(`${SCOPE}assets/a.js?v=1`)
  })
})
