/** Timeline entries: when, which action, and each action's own fields. */
import { describe, expect, test } from 'vitest'
import { problems, scenario } from './scenarioFixtures.ts'

const timeline = (...entries: unknown[]) => scenario({ DurationSeconds: 600, Timeline: entries })
const at = (AtSecond: number, Do: Record<string, unknown>) => ({ AtSecond, Do })

describe('Timeline', () => {
  test('accepts every action', () => {
    const doc = timeline(
      at(10, { Action: 'UpdateFunctionConfiguration', FunctionName: 'api', Changes: { MemorySize: 1024, Simulation: { ErrorRate: 0.5 } } }),
      at(20, { Action: 'PublishVersion', FunctionName: 'api', Description: 'faster' }),
      at(30, { Action: 'CreateAlias', FunctionName: 'api', Name: 'live', FunctionVersion: '1' }),
      at(40, { Action: 'UpdateAlias', FunctionName: 'api', Name: 'live', RoutingConfig: { AdditionalVersionWeights: { 2: 0.2 } } }),
      at(50, { Action: 'PutFunctionConcurrency', FunctionName: 'api', ReservedConcurrentExecutions: 0 }),
      at(60, { Action: 'DeleteFunctionConcurrency', FunctionName: 'api' }),
      at(70, { Action: 'PutProvisionedConcurrencyConfig', FunctionName: 'api', Qualifier: 'live', ProvisionedConcurrentExecutions: 5 }),
      at(80, { Action: 'DeleteProvisionedConcurrencyConfig', FunctionName: 'api', Qualifier: 'live' }),
    )
    expect(problems(doc)).toEqual([])
  })

  test('range: AtSecond within the run (0 and 600 accepted, -1 and 601 refused)', () => {
    const publish = { Action: 'PublishVersion', FunctionName: 'api' }
    expect(problems(timeline(at(0, publish), at(600, publish)))).toEqual([])
    expect(problems(timeline(at(-1, publish), at(601, publish)))).toEqual(['Timeline[0].AtSecond range', 'Timeline[1].AtSecond range'])
  })

  test('enum: Do names a known Action', () => {
    expect(problems(timeline(at(1, { Action: 'DeleteFunction', FunctionName: 'api' })))).toEqual(['Timeline[0].Do.Action enum'])
  })

  test('required: AtSecond, Do, Action and the action\'s fields', () => {
    expect(problems(timeline({}))).toEqual(['Timeline[0].AtSecond required', 'Timeline[0].Do required'])
    expect(problems(timeline(at(1, { FunctionName: 'api' })))).toEqual(['Timeline[0].Do.Action required'])
    expect(problems(timeline(at(1, { Action: 'PutFunctionConcurrency', FunctionName: 'api' })))).toEqual(['Timeline[0].Do.ReservedConcurrentExecutions required'])
  })

  test('reference: FunctionName must exist', () => {
    expect(problems(timeline(at(1, { Action: 'PublishVersion', FunctionName: 'orders' })))).toEqual(['Timeline[0].Do.FunctionName reference'])
  })

  test('unknown-field: a field of another action', () => {
    expect(problems(timeline(at(1, { Action: 'DeleteFunctionConcurrency', FunctionName: 'api', ReservedConcurrentExecutions: 5 })))).toEqual(['Timeline[0].Do.ReservedConcurrentExecutions unknown-field'])
  })

  test('range: PutFunctionConcurrency takes an integer of at least 0', () => {
    expect(problems(timeline(at(1, { Action: 'PutFunctionConcurrency', FunctionName: 'api', ReservedConcurrentExecutions: -1 })))).toEqual(['Timeline[0].Do.ReservedConcurrentExecutions range'])
  })

  test('UpdateFunctionConfiguration: Changes are checked like a version\'s settings', () => {
    const doc = timeline(at(1, { Action: 'UpdateFunctionConfiguration', FunctionName: 'api', Changes: { Timeout: 901, Version: '2' } }))
    expect(problems(doc)).toEqual(['Timeline[0].Do.Changes.Version unknown-field', 'Timeline[0].Do.Changes.Timeout range'])
  })

  test('provisioned-on-latest: PutProvisionedConcurrencyConfig on $LATEST refused', () => {
    const doc = timeline(at(1, { Action: 'PutProvisionedConcurrencyConfig', FunctionName: 'api', Qualifier: '$LATEST', ProvisionedConcurrentExecutions: 5 }))
    expect(problems(doc)).toEqual(['Timeline[0].Do.Qualifier provisioned-on-latest'])
  })

  test('aliases: name pattern, version number and routing rules apply', () => {
    const alias = (fields: Record<string, unknown>) => timeline(at(1, { Action: 'CreateAlias', FunctionName: 'api', Name: 'live', FunctionVersion: '1', ...fields }))
    expect(problems(alias({ Name: '7' }))).toEqual(['Timeline[0].Do.Name pattern'])
    expect(problems(alias({ FunctionVersion: 'one' }))).toEqual(['Timeline[0].Do.FunctionVersion pattern'])
    expect(problems(alias({ RoutingConfig: { AdditionalVersionWeights: { 2: 1.5 } } }))).toEqual(['Timeline[0].Do.RoutingConfig.AdditionalVersionWeights["2"] weight-range'])
    expect(problems(alias({ FunctionVersion: '$LATEST', RoutingConfig: { AdditionalVersionWeights: { 2: 0.5 } } }))).toEqual(['Timeline[0].Do.FunctionVersion routing-on-latest'])
    expect(problems(alias({ RoutingConfig: { AdditionalVersionWeights: { 1: 0.5 } } }))).toEqual(['Timeline[0].Do.RoutingConfig.AdditionalVersionWeights["1"] routing-same-version'])
  })
})
