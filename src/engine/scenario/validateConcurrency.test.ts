/** Reserved and provisioned concurrency against the account ([D-reserved], [D-pc], lambda-facts §1.2–1.4). */
import { describe, expect, test } from 'vitest'
import { onlyMessage, problems, scenario, withFunction } from './scenarioFixtures.ts'

const fn = (FunctionName: string, fields: Record<string, unknown> = {}) => ({ FunctionName, ...fields })
const account = (ConcurrentExecutions: number) => ({ Account: { ConcurrentExecutions } })

describe('ReservedConcurrentExecutions', () => {
  test('range: 0 accepted (throttles everything), -1 refused', () => {
    expect(problems(withFunction({ ReservedConcurrentExecutions: 0 }))).toEqual([])
    expect(problems(withFunction({ ReservedConcurrentExecutions: -1 }))).toEqual(['Functions[0].ReservedConcurrentExecutions range'])
  })

  test('integer: 1.5 refused', () => {
    expect(problems(withFunction({ ReservedConcurrentExecutions: 1.5 }))).toEqual(['Functions[0].ReservedConcurrentExecutions integer'])
  })

  test('keeps 100 units unreserved: 901 of 1000 refused, 900 accepted', () => {
    expect(problems(withFunction({ ReservedConcurrentExecutions: 900 }))).toEqual([])
    expect(problems(withFunction({ ReservedConcurrentExecutions: 901 }))).toEqual(['Functions[0].ReservedConcurrentExecutions unreserved-minimum'])
  })

  test('unreserved-minimum: the limit follows the account (1,900 of 2,000 accepted, 1,901 refused)', () => {
    expect(problems(withFunction({ ReservedConcurrentExecutions: 1900 }, account(2000)))).toEqual([])
    expect(problems(withFunction({ ReservedConcurrentExecutions: 1901 }, account(2000)))).toEqual(['Functions[0].ReservedConcurrentExecutions unreserved-minimum'])
  })

  test('unreserved-minimum: reported on the function whose reservation crosses the line, with the numbers', () => {
    const doc = scenario({
      Functions: [fn('a', { ReservedConcurrentExecutions: 500 }), fn('b'), fn('c', { ReservedConcurrentExecutions: 401 }), fn('d', { ReservedConcurrentExecutions: 10 })],
    })
    expect(problems(doc)).toEqual(['Functions[2].ReservedConcurrentExecutions unreserved-minimum'])
    expect(onlyMessage(doc)).toBe("Reserving 401 here brings the account's reserved concurrency to 901 (911 counting every function) of its 1,000; Lambda always keeps 100 unreserved, so reservations can add up to at most 900")
  })
})

describe('ProvisionedConcurrencyConfigs', () => {
  const pc = (configs: unknown[], extra: Record<string, unknown> = {}) => withFunction({
    Versions: [{ Version: '1' }, { Version: '2' }, { Version: '3' }],
    Aliases: [
      { Name: 'live', FunctionVersion: '1' },
      { Name: 'canary', FunctionVersion: '2', RoutingConfig: { AdditionalVersionWeights: { 3: 0.1 } } },
      { Name: 'dev', FunctionVersion: '$LATEST' },
    ],
    ProvisionedConcurrencyConfigs: configs,
    ...extra,
  })
  const config = (Qualifier: string, ProvisionedConcurrentExecutions = 10) => ({ Qualifier, ProvisionedConcurrentExecutions })

  test('accepts a version or an alias without routing', () => {
    expect(problems(pc([config('live'), config('2'), config('3')]))).toEqual([])
  })

  test('refuses provisioned concurrency on $LATEST', () => {
    expect(problems(pc([config('$LATEST')]))).toEqual(['Functions[0].ProvisionedConcurrencyConfigs[0].Qualifier provisioned-on-latest'])
  })

  test('provisioned-on-latest: also through an alias that points to $LATEST', () => {
    expect(problems(pc([config('dev')]))).toEqual(['Functions[0].ProvisionedConcurrencyConfigs[0].Qualifier provisioned-on-latest'])
  })

  test('refuses provisioned concurrency on an alias with a routing configuration', () => {
    expect(problems(pc([config('canary')]))).toEqual(['Functions[0].ProvisionedConcurrencyConfigs[0].Qualifier provisioned-on-routed-alias'])
  })

  test('provisioned-one-per-version: a version and an alias to it cannot both have a configuration', () => {
    expect(problems(pc([config('1'), config('live')]))).toEqual(['Functions[0].ProvisionedConcurrencyConfigs[1].Qualifier provisioned-one-per-version'])
    expect(problems(pc([config('2'), config('2')]))).toEqual(['Functions[0].ProvisionedConcurrencyConfigs[1].Qualifier provisioned-one-per-version'])
  })

  test('reference: the qualifier is a listed version or alias', () => {
    expect(problems(pc([config('9')]))).toEqual(['Functions[0].ProvisionedConcurrencyConfigs[0].Qualifier reference'])
    expect(problems(pc([config('prod')]))).toEqual(['Functions[0].ProvisionedConcurrencyConfigs[0].Qualifier reference'])
  })

  test('range: ProvisionedConcurrentExecutions 1 accepted, 0 refused', () => {
    expect(problems(pc([config('1', 1)]))).toEqual([])
    expect(problems(pc([config('1', 0)]))).toEqual(['Functions[0].ProvisionedConcurrencyConfigs[0].ProvisionedConcurrentExecutions range'])
  })

  test('provisioned-over-reserved: the sum fits in the reservation (20 + 10 of 30 accepted, 20 + 11 refused)', () => {
    expect(problems(pc([config('1', 20), config('2', 10)], { ReservedConcurrentExecutions: 30 }))).toEqual([])
    expect(problems(pc([config('1', 20), config('2', 11)], { ReservedConcurrentExecutions: 30 }))).toEqual(['Functions[0].ProvisionedConcurrencyConfigs[1].ProvisionedConcurrentExecutions provisioned-over-reserved'])
  })

  test('provisioned-over-unreserved: without a reservation, at most the unreserved pool less 100 (900 of 1,000 accepted, 901 refused)', () => {
    expect(problems(pc([config('1', 900)]))).toEqual([])
    expect(problems(pc([config('1', 900), config('2', 1)]))).toEqual(['Functions[0].ProvisionedConcurrencyConfigs[1].ProvisionedConcurrentExecutions provisioned-over-unreserved'])
  })

  test('provisioned-over-unreserved: other functions\' reservations shrink the pool, and functions without one share it', () => {
    const versioned = (name: string, fields: Record<string, unknown>) => fn(name, { Versions: [{ Version: '1' }], ...fields })
    const provisioned = (n: number) => ({ ProvisionedConcurrencyConfigs: [{ Qualifier: '1', ProvisionedConcurrentExecutions: n }] })
    const fits = scenario({ Functions: [versioned('a', { ReservedConcurrentExecutions: 300 }), versioned('b', provisioned(400)), versioned('c', provisioned(200))] })
    expect(problems(fits)).toEqual([])
    const over = scenario({ Functions: [versioned('a', { ReservedConcurrentExecutions: 300 }), versioned('b', provisioned(400)), versioned('c', provisioned(201))] })
    expect(problems(over)).toEqual(['Functions[2].ProvisionedConcurrencyConfigs[0].ProvisionedConcurrentExecutions provisioned-over-unreserved'])
    expect(onlyMessage(over)).toBe("Provisioned concurrency on functions without reserved concurrency adds up to 601, but at most 600 is available: the account's 1,000, less 300 reserved, less the 100 Lambda keeps unreserved")
  })

  test('provisioned-over-reserved: a reserved function\'s provisioned concurrency does not count against the unreserved pool', () => {
    const doc = pc([config('1', 850)], { ReservedConcurrentExecutions: 850 })
    expect(problems(doc)).toEqual([])
  })
})
