/**
 * The bundled scenarios' documents load on demand, one chunk each, and a chunk that cannot be
 * fetched is reported naming the scenario (the module mocked below fails as a lost chunk does).
 */
import { expect, test, vi } from 'vitest'
import canaryAlias from '../../../scenarios/canary-alias.json'
import reservedConcurrency from '../../../scenarios/reserved-concurrency.json'
import { CATALOG } from '../../learn/catalog.ts'
import { BUNDLED_SCENARIOS, DEFAULT_DOCUMENT, DEFAULT_SCENARIO_ID, findBundledScenario, loadBundledScenario } from './bundledScenarios.ts'

vi.mock('/scenarios/sns-fan-out.json', () => {
  throw new TypeError('Failed to fetch dynamically imported module: https://example.com/assets/sns-fan-out-1a2b.js')
})

test('the picker\'s list is the catalog\'s, in course order, the default first', () => {
  expect(BUNDLED_SCENARIOS.map((scenario) => scenario.id)).toEqual(CATALOG.map((entry) => entry.id))
  expect(BUNDLED_SCENARIOS[0]).toEqual({ id: DEFAULT_SCENARIO_ID, name: 'Reserved concurrency caps a busy function' })
  expect(findBundledScenario('canary-alias')).toEqual({ id: 'canary-alias', name: 'Canary release through a weighted alias' })
  expect(findBundledScenario('no-such-scenario')).toBeUndefined()
})

test('the default document is there at once, and is the bundled file', async () => {
  expect(DEFAULT_DOCUMENT).toEqual(reservedConcurrency)
  expect(await loadBundledScenario(DEFAULT_SCENARIO_ID)).toBe(DEFAULT_DOCUMENT)
})

test('another scenario\'s document is fetched when asked for', async () => {
  expect(await loadBundledScenario('canary-alias')).toEqual(canaryAlias)
})

test('an unknown id is refused, naming it', async () => {
  await expect(loadBundledScenario('reserved-concurency')).rejects.toThrow('There is no bundled scenario "reserved-concurency".')
})

test('a chunk that cannot be fetched is reported with the scenario\'s name and the reason', async () => {
  const failure = await loadBundledScenario('sns-fan-out').catch((error: unknown) => error)
  expect(failure).toBeInstanceOf(Error)
  // Vitest wraps the factory's error (and keeps it as the cause); a browser rejects with the TypeError itself.
  expect((failure as Error).message).toMatch(/^The scenario "SNS fan-out" could not be loaded: \S/)
  expect((failure as Error).cause).toBeInstanceOf(Error)
})
