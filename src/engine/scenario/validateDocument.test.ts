/** The document as a whole and its Account: format, types, unknown fields, seed, duration, account limits. */
import { describe, expect, test } from 'vitest'
import { onlyMessage, problems, scenario } from './scenarioFixtures.ts'
import { validateScenario } from './validate.ts'

describe('the document', () => {
  test('accepts the minimal scenario and returns it as the Scenario', () => {
    const doc = scenario()
    const result = validateScenario(doc)
    expect(result).toEqual({ ok: true, scenario: doc })
  })

  test('refuses anything but a JSON object, at (document)', () => {
    expect(problems([])).toEqual(['(document) type'])
    expect(problems(null)).toEqual(['(document) type'])
    expect(problems('lambda')).toEqual(['(document) type'])
  })

  test('format: refuses another Format, naming the field', () => {
    expect(problems(scenario({ Format: 'lambda-playground/scenario@2' }))).toEqual(['Format format'])
    expect(onlyMessage(scenario({ Format: 'sam' }))).toBe('Format must be "lambda-playground/scenario@1", the only scenario format this version reads (got "sam")')
  })

  test('required: refuses a missing Format, Name or Functions', () => {
    expect(problems({ Description: 'everything else is missing' })).toEqual(['Format required', 'Name required', 'Functions required'])
  })

  test('unknown-field: refuses a misspelt top-level field and suggests the right one', () => {
    const doc = scenario({ DurationSecond: 60 })
    expect(problems(doc)).toEqual(['DurationSecond unknown-field'])
    expect(onlyMessage(doc)).toBe('The document has no field "DurationSecond"; did you mean DurationSeconds?')
  })

  test('unknown-field: lists the fields when nothing is close', () => {
    expect(onlyMessage(scenario({ Zebra: 1 }))).toMatch(/^The document has no field "Zebra"; its fields are Format, Name, /)
  })

  test('type: refuses a wrongly typed field', () => {
    expect(problems(scenario({ Name: 42 }))).toEqual(['Name type'])
    expect(problems(scenario({ Functions: {} }))).toEqual(['Functions type'])
    expect(problems(scenario({ Description: ['x'] }))).toEqual(['Description type'])
  })

  test('collects every error rather than stopping at the first', () => {
    const doc = scenario({
      Format: 'other',
      Seed: -1,
      Account: { ConcurrentExecutions: 99 },
      Functions: [{ FunctionName: 'api', MemorySize: 64, Timeout: 0 }],
    })
    expect(problems(doc)).toEqual([
      'Format format',
      'Seed range',
      'Account.ConcurrentExecutions range',
      'Functions[0].MemorySize range',
      'Functions[0].Timeout range',
    ])
  })
})

describe('Seed is an unsigned 32-bit integer', () => {
  test('range: 0 and 4,294,967,295 accepted; -1 and 4,294,967,296 refused', () => {
    expect(problems(scenario({ Seed: 0 }))).toEqual([])
    expect(problems(scenario({ Seed: 4294967295 }))).toEqual([])
    expect(problems(scenario({ Seed: -1 }))).toEqual(['Seed range'])
    expect(problems(scenario({ Seed: 4294967296 }))).toEqual(['Seed range'])
  })

  test('integer: 1.5 refused', () => {
    expect(problems(scenario({ Seed: 1.5 }))).toEqual(['Seed integer'])
  })
})

describe('DurationSeconds is more than 0 and at most 30 days', () => {
  test('range: 0 refused, 0.5 accepted', () => {
    expect(problems(scenario({ DurationSeconds: 0 }))).toEqual(['DurationSeconds range'])
    expect(problems(scenario({ DurationSeconds: 0.5 }))).toEqual([])
  })

  test('range: 2,592,000 (30 days) accepted, 2,592,001 refused', () => {
    expect(problems(scenario({ DurationSeconds: 2592000 }))).toEqual([])
    expect(problems(scenario({ DurationSeconds: 2592001 }))).toEqual(['DurationSeconds range'])
  })

  test('type: a string refused', () => {
    expect(problems(scenario({ DurationSeconds: '60' }))).toEqual(['DurationSeconds type'])
  })
})

describe('Account', () => {
  const account = (fields: Record<string, unknown>) => scenario({ Account: fields })

  test('range: ConcurrentExecutions 100 accepted, 99 refused (100 always stay unreserved)', () => {
    expect(problems(account({ ConcurrentExecutions: 100 }))).toEqual([])
    expect(problems(account({ ConcurrentExecutions: 99 }))).toEqual(['Account.ConcurrentExecutions range'])
  })

  test('range: ConcurrentExecutions 1,000,000 accepted, 1,000,001 refused (the simulator\'s ceiling)', () => {
    expect(problems(account({ ConcurrentExecutions: 1000000 }))).toEqual([])
    expect(problems(account({ ConcurrentExecutions: 1000001 }))).toEqual(['Account.ConcurrentExecutions range'])
  })

  test('integer: ConcurrentExecutions 1000.5 refused', () => {
    expect(problems(account({ ConcurrentExecutions: 1000.5 }))).toEqual(['Account.ConcurrentExecutions integer'])
  })

  test('enum: ScalingModel is per-function or legacy-burst, with a suggestion for near misses', () => {
    expect(problems(account({ ScalingModel: 'legacy-burst' }))).toEqual([])
    expect(problems(account({ ScalingModel: 'burst' }))).toEqual(['Account.ScalingModel enum'])
    expect(onlyMessage(account({ ScalingModel: 'Per-Function' }))).toBe('ScalingModel must be "per-function" or "legacy-burst" (got "Per-Function"); did you mean "per-function"?')
  })

  test('enum: EnvironmentSelection is one of the four policies', () => {
    for (const policy of ['most-recently-used', 'newest', 'oldest', 'random']) {
      expect(problems(account({ EnvironmentSelection: policy }))).toEqual([])
    }
    expect(problems(account({ EnvironmentSelection: 'lru' }))).toEqual(['Account.EnvironmentSelection enum'])
  })

  test('pattern: Region must look like a Region code', () => {
    for (const region of ['us-east-1', 'eu-central-2', 'us-gov-west-1', 'ap-southeast-4']) {
      expect(problems(account({ Region: region }))).toEqual([])
    }
    expect(problems(account({ Region: 'US-EAST-1' }))).toEqual(['Account.Region pattern'])
    expect(problems(account({ Region: 'virginia' }))).toEqual(['Account.Region pattern'])
  })

  test('type: ApplyFreeTier is a boolean', () => {
    expect(problems(account({ ApplyFreeTier: true }))).toEqual([])
    expect(problems(account({ ApplyFreeTier: 'yes' }))).toEqual(['Account.ApplyFreeTier type'])
  })

  test('range: ProvisionedConcurrencyPreparationSeconds 0 accepted, -1 refused', () => {
    expect(problems(account({ ProvisionedConcurrencyPreparationSeconds: 0 }))).toEqual([])
    expect(problems(account({ ProvisionedConcurrencyPreparationSeconds: -1 }))).toEqual(['Account.ProvisionedConcurrencyPreparationSeconds range'])
  })

  test('unknown-field: a misspelt account field', () => {
    expect(problems(account({ ConcurrentExecution: 1000 }))).toEqual(['Account.ConcurrentExecution unknown-field'])
  })
})
