import { describe, expect, test } from 'vitest'
import { embedAddress, readEmbedParams } from './embedParams.ts'

const read = (address: string) => readEmbedParams(new URL(address, 'https://docs.example.com/guide/'))

describe('the player\'s address', () => {
  test('names a bundled scenario with ?scenario= and carries options as flags', () => {
    expect(read('embed.html?scenario=canary-alias&editor=1&autoplay=true&theme=dark')).toEqual({
      scenarioId: 'canary-alias', fragment: null, editor: true, autoplay: true, theme: 'dark', origin: { ok: true, value: null },
    })
    expect(read('embed.html?scenario=x&editor=0&autoplay=no&theme=blue')).toMatchObject({ editor: false, autoplay: false, theme: null })
  })

  test('carries a scenario inline in the fragment, as a share link does; the fragment wins over ?scenario=', () => {
    expect(read('embed.html?scenario=canary-alias#scenario=abc')).toMatchObject({ scenarioId: null, fragment: 'scenario=abc' })
    // A whole share link in ?scenario= is read for its fragment.
    const link = encodeURIComponent('https://play.example.com/#scenario=abc')
    expect(read(`embed.html?scenario=${link}`)).toMatchObject({ scenarioId: null, fragment: 'scenario=abc' })
    expect(read('embed.html')).toMatchObject({ scenarioId: null, fragment: null })
  })

  test('origin= must be an origin: scheme, host and port, nothing more', () => {
    expect(read('embed.html?origin=https://docs.example.com').origin).toEqual({ ok: true, value: 'https://docs.example.com' })
    expect(read('embed.html?origin=https://docs.example.com/').origin).toEqual({ ok: true, value: 'https://docs.example.com' })
    expect(read('embed.html?origin=http://127.0.0.1:8080').origin).toEqual({ ok: true, value: 'http://127.0.0.1:8080' })
    for (const given of ['docs.example.com', 'https://docs.example.com/guide', '*', 'file:///tmp']) {
      expect(read(`embed.html?origin=${encodeURIComponent(given)}`).origin).toEqual({ ok: false, given })
    }
  })

  test('embedAddress writes what readEmbedParams reads, beside the app\'s page', () => {
    const bundled = embedAddress('https://play.example.com/tools/lambda/index.html?x=1#scenario=old', { scenario: { bundledId: 'canary-alias' }, editor: true, autoplay: true })
    expect(bundled).toBe('https://play.example.com/tools/lambda/embed.html?scenario=canary-alias&editor=1&autoplay=1')
    const inline = embedAddress('https://play.example.com/tools/lambda/', { scenario: { fragment: 'scenario=abc' }, theme: 'dark', origin: 'https://docs.example.com' })
    expect(inline).toBe('https://play.example.com/tools/lambda/embed.html?theme=dark&origin=https%3A%2F%2Fdocs.example.com#scenario=abc')
    expect(readEmbedParams(new URL(inline))).toEqual({
      scenarioId: null, fragment: 'scenario=abc', editor: false, autoplay: false, theme: 'dark', origin: { ok: true, value: 'https://docs.example.com' },
    })
  })
})
