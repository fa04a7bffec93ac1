import { describe, expect, test, vi } from 'vitest'
import { encodeShareFragment } from '../interop/share/shareLink.ts'
import { readEmbedParams } from './embedParams.ts'
import { addressedScenario, hostDocument } from './resolveScenario.ts'
import { PLAYER_DOCUMENT } from './testing.ts'

// Fails as a chunk that cannot be fetched does (offline before the service worker cached it, or a build replaced since).
vi.mock('/scenarios/sns-fan-out.json', () => {
  throw new TypeError('Failed to fetch dynamically imported module')
})

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

  test('a bundled scenario whose document cannot be fetched is a failed run, naming the scenario', async () => {
    expect(await resolve('embed.html?scenario=sns-fan-out')).toMatchObject({
      ok: false, problem: { code: 'run-failed', message: expect.stringMatching(/^The scenario "SNS fan-out" could not be loaded: /) },
    })
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

describe('a document the host page sends with load', () => {
  // A mapping's UUID as builds before session 4 derived it (from its place among all mappings): still accepted.
  const earlier = {
    Format: 'lambda-playground/scenario@1',
    Name: 'paused orders',
    Functions: [{ FunctionName: 'worker' }],
    Queues: [{ QueueName: 'orders' }],
    EventSourceMappings: [{ EventSourceArn: 'orders', FunctionName: 'worker' }],
    Timeline: [{ AtSecond: 60, Do: { Action: 'UpdateEventSourceMapping', UUID: '99c36daf-45f8-4799-b6e9-96e8e636e880', Enabled: false } }],
  }

  test('goes through the migration chain, as files and links do, so an earlier document plays', async () => {
    const resolved = await hostDocument(earlier)
    expect(resolved).toMatchObject({ ok: true, bundledId: null })
    expect(resolved.ok && resolved.document.Timeline?.[0]?.Do).not.toMatchObject({ UUID: earlier.Timeline[0]?.Do.UUID })
  })

  test('a document naming no mapping is refused with the field', async () => {
    const broken = { ...earlier, Timeline: [{ AtSecond: 60, Do: { Action: 'UpdateEventSourceMapping', UUID: 'nope', Enabled: false } }] }
    expect(await hostDocument(broken)).toMatchObject({ ok: false, problem: { code: 'invalid-scenario', problems: [expect.stringContaining('Timeline[0].Do.UUID')] } })
  })
})

