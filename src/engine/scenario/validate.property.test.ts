/** Invariants over arbitrary input: the validator never throws, and every error it gives is well formed. */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { SCENARIO_RULES } from './errors.ts'
import { parseScenario } from './load.ts'
import { scenario } from './scenarioFixtures.ts'
import { validateScenario } from './validate.ts'

const KNOWN_RULES = new Set(Object.keys(SCENARIO_RULES))

function expectWellFormed(doc: unknown): void {
  const result = validateScenario(doc)
  if (result.ok) return
  expect(result.errors.length).toBeGreaterThan(0)
  for (const error of result.errors) {
    expect(KNOWN_RULES.has(error.rule), error.rule).toBe(true)
    expect(error.path).not.toBe('')
    expect(error.message).not.toBe('')
  }
}

/** A copy of a valid scenario with one value, somewhere inside it, replaced. */
const mutatedScenario = fc.tuple(fc.jsonValue(), fc.nat(), fc.nat()).map(([replacement, pick, key]) => {
  const doc: Record<string, unknown> = structuredClone({
    ...scenario(),
    Account: { ConcurrentExecutions: 1000, Region: 'us-east-1' },
    Functions: [{
      FunctionName: 'api', MemorySize: 512, Versions: [{ Version: '1' }], Aliases: [{ Name: 'live', FunctionVersion: '1' }],
      ProvisionedConcurrencyConfigs: [{ Qualifier: 'live', ProvisionedConcurrentExecutions: 5 }],
      Simulation: { DurationMs: { Distribution: 'uniform', Min: 1, Max: 2 } },
    }],
    Traffic: [{ Target: 'api:live', Arrivals: { Process: 'burst', Count: 3, AtSecond: 1 } }],
  })
  const containers: Record<string, unknown>[] = []
  const collect = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return
    containers.push(value as Record<string, unknown>)
    for (const child of Object.values(value)) collect(child)
  }
  collect(doc)
  const target = containers[pick % containers.length] ?? doc
  const keys = Object.keys(target)
  const name = keys[key % Math.max(1, keys.length)] ?? 'Extra'
  target[name] = replacement
  return doc
})

describe('the validator on arbitrary input', () => {
  test('never throws on any JSON value, and its errors use catalogued rules', () => {
    fc.assert(fc.property(fc.jsonValue(), (doc) => expectWellFormed(doc)), { numRuns: 300 })
  })

  test('never throws on a valid scenario with one value replaced by arbitrary JSON', () => {
    fc.assert(fc.property(mutatedScenario, (doc) => expectWellFormed(doc)), { numRuns: 500 })
  })

  test('never throws on arbitrary text, and malformed JSON is exactly one json error', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const result = parseScenario(text)
      let parses = true
      try {
        JSON.parse(text.replace(/^\uFEFF/, ''))
      } catch {
        parses = false
      }
      if (!parses) expect(result.ok ? [] : result.errors.map((e) => e.rule)).toEqual(['json'])
    }), { numRuns: 300 })
  })
})
