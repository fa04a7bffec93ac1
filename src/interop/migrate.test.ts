import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { withCurrentMappingUuids } from './legacyMappingUuids.ts'
import { migrate, type MigrationChain } from './migrate.ts'
import { acceptScenario, parseScenarioText } from './scenarioFormat.ts'
import { SCENARIO_MIGRATIONS } from './scenarioMigrations.ts'

/** A made-up family: @0 called the list `Items`, @1 `Entries`, @2 (current) `Things`. */
const chain: MigrationChain = {
  current: 'test/doc@2',
  // Deliberately out of order: the chain follows `from` → `to`, not the array.
  steps: [
    { from: 'test/doc@1', to: 'test/doc@2', migrate: ({ Entries, ...rest }) => ({ ...rest, Things: Entries, Steps: [...(rest.Steps as string[]), '1→2'] }) },
    { from: 'test/doc@0', to: 'test/doc@1', migrate: ({ Items, ...rest }) => ({ ...rest, Entries: Items, Steps: ['0→1'] }) },
  ],
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) for (const inner of Object.values(value)) deepFreeze(inner)
  return Object.freeze(value)
}

describe('the migration chain', () => {
  test('a document of the current format passes unchanged', () => {
    const document = { Format: 'test/doc@2', Things: [1] }
    expect(migrate(document, chain)).toEqual({ ok: true, document, migratedFrom: null })
  })

  test('a refresh brings a document of the current format, as written or as the steps made it, up to this build', () => {
    const refreshing: MigrationChain = { ...chain, refresh: (document) => ({ ...document, Refreshed: true }) }
    expect(migrate({ Format: 'test/doc@2', Things: [1] }, refreshing)).toEqual({ ok: true, migratedFrom: null, document: { Format: 'test/doc@2', Things: [1], Refreshed: true } })
    expect(migrate({ Format: 'test/doc@1', Entries: [1], Steps: [] }, refreshing)).toMatchObject({ ok: true, migratedFrom: 'test/doc@1', document: { Things: [1], Refreshed: true } })
  })

  test('an old document is brought up step by step, in the order the formats lead, Format first', () => {
    const result = migrate(deepFreeze({ Format: 'test/doc@0', Name: 'old', Items: [1, 2] }), chain)
    expect(result).toEqual({ ok: true, migratedFrom: 'test/doc@0', document: { Format: 'test/doc@2', Name: 'old', Things: [1, 2], Steps: ['0→1', '1→2'] } })
    expect(result.ok && Object.keys(result.document as object)[0]).toBe('Format')
  })

  test('a document from a newer build is refused, naming Format, and left as it was', () => {
    const document = deepFreeze({ Format: 'test/doc@3', Things: [] })
    const result = migrate(document, chain)
    expect(result).toEqual({ ok: false, errors: [{ path: 'Format', rule: 'format', message: expect.stringMatching(/newer version of Lambda Playground \(Format "test\/doc@3"\); this version reads test\/doc@2 and older/) }] })
    expect(document).toEqual({ Format: 'test/doc@3', Things: [] })
  })

  test('an unknown format is refused, naming Format and the formats this build reads', () => {
    expect(migrate({ Format: 'something/else@1' }, chain)).toEqual({ ok: false, errors: [{
      path: 'Format', rule: 'format',
      message: 'Format "something/else@1" is not a format this version of Lambda Playground reads (it reads "test/doc@2", "test/doc@1", "test/doc@0")',
    }] })
  })

  test('a chain whose steps loop ends with a refusal instead of running forever', () => {
    const looping: MigrationChain = { current: 'test/doc@2', steps: [{ from: 'test/doc@0', to: 'test/doc@0', migrate: (d) => ({ ...d }) }] }
    expect(migrate({ Format: 'test/doc@0' }, looping).ok).toBe(false)
  })

  test('values without a string Format pass through for the validator to name what is missing', () => {
    for (const value of [null, 3, [], { Name: 'no format' }, { Format: 1 }]) expect(migrate(value, chain)).toEqual({ ok: true, document: value, migratedFrom: null })
  })
})

describe('scenarios entering the app', () => {
  test('every bundled scenario is of the current format and passes unchanged', () => {
    const folder = new URL('../../scenarios/', import.meta.url)
    const files = readdirSync(folder).filter((file) => file.endsWith('.json'))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) expect(parseScenarioText(readFileSync(new URL(file, folder), 'utf8')), file).toMatchObject({ ok: true })
  })

  test('the chain has no steps yet: scenario@1 is the only scenario format any build has written (its mapping UUIDs are refreshed)', () => {
    expect(SCENARIO_MIGRATIONS).toEqual({ current: 'lambda-playground/scenario@1', steps: [], refresh: withCurrentMappingUuids })
  })

  test('a scenario from a newer build is refused before validation, naming Format', () => {
    expect(acceptScenario({ Format: 'lambda-playground/scenario@2', Name: 'n', Functions: [], Zebra: 1 })).toEqual({ ok: false, errors: [
      { path: 'Format', rule: 'format', message: expect.stringMatching(/newer version.*"lambda-playground\/scenario@2"/) },
    ] })
  })

  test('a migrated document is then checked by the validator, which names the field and the rule', () => {
    const old: MigrationChain = {
      current: 'lambda-playground/scenario@1',
      steps: [{ from: 'lambda-playground/scenario@0', to: 'lambda-playground/scenario@1', migrate: ({ Lambdas, ...rest }) => ({ ...rest, Functions: Lambdas }) }],
    }
    const valid = { Format: 'lambda-playground/scenario@0', Name: 'old', Lambdas: [{ FunctionName: 'fn' }] }
    expect(acceptScenario(valid, old)).toEqual({ ok: true, scenario: { Format: 'lambda-playground/scenario@1', Name: 'old', Functions: [{ FunctionName: 'fn' }] } })
    const invalid = { ...valid, Lambdas: [{ FunctionName: 'fn', MemorySize: 64 }] }
    expect(acceptScenario(invalid, old)).toMatchObject({ ok: false, errors: [{ path: 'Functions[0].MemorySize', rule: 'range' }] })
  })

  test('a JSON syntax error names its line and column', () => {
    expect(parseScenarioText('{\n  "Format": "lambda-playground/scenario@1",\n  "Name": }')).toEqual({ ok: false, errors: [
      { path: '(document)', rule: 'json', message: expect.stringMatching(/line 3, column 11/) },
    ] })
  })
})
