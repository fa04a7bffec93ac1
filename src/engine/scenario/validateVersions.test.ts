/** Published versions, aliases and alias routing ([D-versions], [G-aliases], lambda-facts §7). */
import { describe, expect, test } from 'vitest'
import { onlyMessage, problems, withFunction } from './scenarioFixtures.ts'

const versions = (...numbers: string[]) => numbers.map((Version) => ({ Version }))

describe('Versions', () => {
  test('accepts increasing published versions, gaps included (deleted versions are never reused)', () => {
    expect(problems(withFunction({ Versions: versions('1', '2', '5') }))).toEqual([])
  })

  test('pattern: a version is a positive integer written as a string', () => {
    expect(problems(withFunction({ Versions: versions('0') }))).toEqual(['Functions[0].Versions[0].Version pattern'])
    expect(problems(withFunction({ Versions: versions('v1') }))).toEqual(['Functions[0].Versions[0].Version pattern'])
    expect(problems(withFunction({ Versions: versions('01') }))).toEqual(['Functions[0].Versions[0].Version pattern'])
    expect(problems(withFunction({ Versions: [{ Version: 1 }] }))).toEqual(['Functions[0].Versions[0].Version type'])
  })

  test('pattern: $LATEST is never a published version', () => {
    expect(problems(withFunction({ Versions: versions('$LATEST') }))).toEqual(['Functions[0].Versions[0].Version pattern'])
  })

  test('duplicate: a version number listed twice', () => {
    expect(problems(withFunction({ Versions: versions('1', '2', '2') }))).toEqual(['Functions[0].Versions[2].Version duplicate'])
  })

  test('version-order: versions strictly increase', () => {
    expect(problems(withFunction({ Versions: versions('2', '1') }))).toEqual(['Functions[0].Versions[1].Version version-order'])
  })

  test('per-version overrides are checked like the function\'s own settings', () => {
    const doc = withFunction({
      Versions: [{ Version: '1', MemorySize: 127, Simulation: { ErrorRate: 2 }, Environment: { Variables: { AWS_REGION: 'x' } } }],
    })
    expect(problems(doc)).toEqual([
      'Functions[0].Versions[0].MemorySize range',
      'Functions[0].Versions[0].Environment.Variables["AWS_REGION"] reserved-variable',
      'Functions[0].Versions[0].Simulation.ErrorRate range',
    ])
  })

  test('unknown-field: a version has no function-only fields', () => {
    expect(problems(withFunction({ Versions: [{ Version: '1', ReservedConcurrentExecutions: 5 }] }))).toEqual(['Functions[0].Versions[0].ReservedConcurrentExecutions unknown-field'])
  })
})

describe('Aliases', () => {
  const alias = (fields: Record<string, unknown>) => withFunction({ Versions: versions('1', '2'), Aliases: [{ Name: 'live', FunctionVersion: '1', ...fields }] })

  test('accepts an alias on a version or on $LATEST', () => {
    expect(problems(alias({}))).toEqual([])
    expect(problems(alias({ FunctionVersion: '$LATEST' }))).toEqual([])
  })

  test('pattern: alias names are 1 to 128 of [a-zA-Z0-9-_] and not all digits', () => {
    expect(problems(alias({ Name: 'v2-blue_green' }))).toEqual([])
    expect(problems(alias({ Name: 'a'.repeat(128) }))).toEqual([])
    expect(problems(alias({ Name: 'a'.repeat(129) }))).toEqual(['Functions[0].Aliases[0].Name pattern'])
    expect(problems(alias({ Name: '2' }))).toEqual(['Functions[0].Aliases[0].Name pattern'])
    expect(problems(alias({ Name: 'prod!' }))).toEqual(['Functions[0].Aliases[0].Name pattern'])
  })

  test('duplicate: alias names are unique within the function', () => {
    const doc = withFunction({ Aliases: [{ Name: 'live', FunctionVersion: '$LATEST' }, { Name: 'live', FunctionVersion: '$LATEST' }] })
    expect(problems(doc)).toEqual(['Functions[0].Aliases[1].Name duplicate'])
  })

  test('reference: FunctionVersion must be $LATEST or a listed version', () => {
    expect(problems(alias({ FunctionVersion: '3' }))).toEqual(['Functions[0].Aliases[0].FunctionVersion reference'])
    expect(onlyMessage(alias({ FunctionVersion: '3' }))).toBe('FunctionVersion "3" is not a version of this function; an alias points to "$LATEST", "1" or "2"')
  })

  test('required: Name and FunctionVersion', () => {
    expect(problems(withFunction({ Aliases: [{}] }))).toEqual(['Functions[0].Aliases[0].Name required', 'Functions[0].Aliases[0].FunctionVersion required'])
  })
})

describe('RoutingConfig.AdditionalVersionWeights', () => {
  const routing = (weights: Record<string, unknown>, primary = '1') => withFunction({
    Versions: versions('1', '2', '3'),
    Aliases: [{ Name: 'live', FunctionVersion: primary, RoutingConfig: { AdditionalVersionWeights: weights } }],
  })
  const weightsPath = 'Functions[0].Aliases[0].RoutingConfig.AdditionalVersionWeights'

  test('accepts one additional published version', () => {
    expect(problems(routing({ 2: 0.1 }))).toEqual([])
  })

  test('an empty map is no routing', () => {
    expect(problems(routing({}, '$LATEST'))).toEqual([])
  })

  test('weight-range: weight 0 and 1 accepted, 1.01 and -0.01 refused', () => {
    expect(problems(routing({ 2: 0 }))).toEqual([])
    expect(problems(routing({ 2: 1 }))).toEqual([])
    expect(problems(routing({ 2: 1.01 }))).toEqual([`${weightsPath}["2"] weight-range`])
    expect(problems(routing({ 2: -0.01 }))).toEqual([`${weightsPath}["2"] weight-range`])
  })

  test('type: a weight is a number', () => {
    expect(problems(routing({ 2: '10%' }))).toEqual([`${weightsPath}["2"] type`])
  })

  test('routing-one-version: at most one additional version', () => {
    expect(problems(routing({ 2: 0.1, 3: 0.1 }))).toEqual([`${weightsPath} routing-one-version`])
  })

  test('reference: the additional version must exist', () => {
    expect(problems(routing({ 4: 0.1 }))).toEqual([`${weightsPath}["4"] reference`])
  })

  test('routing-on-latest: the additional version must be published', () => {
    expect(problems(routing({ $LATEST: 0.1 }))).toEqual([`${weightsPath}["$LATEST"] routing-on-latest`])
  })

  test('routing-on-latest: an alias with routing cannot point to $LATEST', () => {
    expect(problems(routing({ 2: 0.1 }, '$LATEST'))).toEqual(['Functions[0].Aliases[0].FunctionVersion routing-on-latest'])
  })

  test('routing-same-version: the additional version differs from the primary', () => {
    expect(problems(routing({ 1: 0.1 }))).toEqual([`${weightsPath}["1"] routing-same-version`])
  })

  test('unknown-field: RoutingConfig has only AdditionalVersionWeights', () => {
    const doc = withFunction({ Versions: versions('1'), Aliases: [{ Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeight: {} } }] })
    expect(problems(doc)).toEqual(['Functions[0].Aliases[0].RoutingConfig.AdditionalVersionWeight unknown-field'])
  })
})
