import { describe, expect, test } from 'vitest'
import { encodeShareFragment } from '../interop/share/shareLink.ts'
import { readEmbedParams } from './embedParams.ts'
import { addressedScenario } from './resolveScenario.ts'
import { PLAYER_DOCUMENT } from './testing.ts'

const resolve = (address: string) => addressedScenario(readEmbedParams(new URL(address, 'https://play.example.com/')))

describe('the scenario a player\'s address names', () => {
  test('a bundled id opens that bundled scenario', async () => {
    expect(await resolve('embed.html?scenario=canary-alias')).toMatchObject({ ok: true, bundledId: 'canary-alias', document: { Name: 'Canary release through a weighted alias' } })
  })

  test('an unknown id is refused with the list of bundled ids', async () => {
    const resolved = await resolve('embed.html?scenario=reserved-concurency')
    expect(resolved).toMatchObject({ ok: false, problem: { code: 'unknown-scenario', message: 'There is no bundled scenario "reserved-concurency".' } })
    expect(resolved?.ok === false && resolved.problem.bundledIds).toEqual(expect.arrayContaining(['reserved-concurrency', 'canary-alias']))
  })

  test('a share fragment carries the document inline, validated', async () => {
    const fragment = await encodeShareFragment(PLAYER_DOCUMENT)
    expect(await resolve(`embed.html#${fragment}`)).toEqual({ ok: true, document: PLAYER_DOCUMENT, bundledId: null })
  })

  test('a fragment cut short is a damaged link; one without a scenario says what it should hold', async () => {
    const fragment = await encodeShareFragment(PLAYER_DOCUMENT)
    expect(await resolve(`embed.html#${fragment.slice(0, 30)}`)).toMatchObject({ ok: false, problem: { code: 'damaged-link', message: expect.stringMatching(/damaged/) } })
    expect(await resolve('embed.html#section-2')).toMatchObject({ ok: false, problem: { code: 'damaged-link', message: expect.stringMatching(/#scenario=/) } })
  })

  test('an inline document that breaks the format names each field and rule', async () => {
    const fragment = await encodeShareFragment({ ...PLAYER_DOCUMENT, Functions: [{ FunctionName: 'orders', MemorySize: 64 }] })
    expect(await resolve(`embed.html#${fragment}`)).toMatchObject({
      ok: false, problem: { code: 'invalid-scenario', problems: [expect.stringMatching(/^Functions\[0\]\.MemorySize: .*\(got 64\) \[range\]$/)] },
    })
  })

  test('no scenario is no problem (the host may load one); a bad origin= is', async () => {
    expect(await resolve('embed.html')).toBeNull()
    expect(await resolve('embed.html?scenario=canary-alias&origin=docs.example.com')).toMatchObject({ ok: false, problem: { code: 'bad-address', message: expect.stringMatching(/got "docs.example.com"/) } })
  })
})
