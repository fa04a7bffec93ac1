/**
 * Provisioned concurrency (lambda-facts §1.2, §1.4): where it may be configured, how much, how
 * long allocation takes, what it serves, what spills over, and what it takes from the pools.
 */
import { describe, expect, test } from 'vitest'
import type { Simulation } from '../api.ts'
import type { AccountConfig, FunctionConfig, ProvisionedConcurrencyConfig, Scenario, TrafficConfig } from '../scenario/types.ts'
import { burst, runToEnd, scenarioOf, simulate } from '../testing/harness.ts'
import { environmentEnds, modelled, perSecond, starts, throttleCauses, validationRules } from './tracedRuns.ts'

/** `fn` with published versions 1 and 2, the alias `live` → 1 and `canary` → 1 with 10 % to 2. */
function versioned(extra: Partial<FunctionConfig> = {}, pc: ProvisionedConcurrencyConfig[] = []): FunctionConfig {
  return modelled('fn', 100, 200, {
    Versions: [{ Version: '1' }, { Version: '2' }],
    Aliases: [
      { Name: 'live', FunctionVersion: '1' },
      { Name: 'canary', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { 2: 0.1 } } },
    ],
    ProvisionedConcurrencyConfigs: pc,
    ...extra,
  })
}

function account(fn: FunctionConfig, traffic: TrafficConfig[] = [], more: Partial<Scenario> = {}): Scenario {
  return scenarioOf({ Functions: [fn], Traffic: traffic, DurationSeconds: 300, ...more })
}

const putPc = (Qualifier: string, ProvisionedConcurrentExecutions: number) =>
  ({ Action: 'PutProvisionedConcurrencyConfig' as const, FunctionName: 'fn', Qualifier, ProvisionedConcurrentExecutions })

function provisionedOf(sim: Simulation, name = 'fn') {
  return sim.snapshot().functions.find((f) => f.functionName === name)?.provisioned ?? []
}

describe('where provisioned concurrency may be configured [D-pc], [G-pc]', () => {
  test('never on $LATEST: refused by PutProvisionedConcurrencyConfig and by the validator', () => {
    const { sim } = simulate(account(versioned()))
    const refused = sim.apply(putPc('$LATEST', 5))
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error).toContain('$LATEST')
    expect(provisionedOf(sim)).toEqual([])
    expect(validationRules(account(versioned({}, [{ Qualifier: '$LATEST', ProvisionedConcurrentExecutions: 5 }])))).toEqual(['provisioned-on-latest'])
    expect(validationRules(account(versioned(), [], { Timeline: [{ AtSecond: 1, Do: putPc('$LATEST', 5) }] }))).toEqual(['provisioned-on-latest'])
  })

  test('never on an alias with a routing configuration: refused by the API and by the validator', () => {
    const { sim } = simulate(account(versioned()))
    expect(sim.apply(putPc('canary', 5)).ok).toBe(false)
    expect(validationRules(account(versioned({}, [{ Qualifier: 'canary', ProvisionedConcurrentExecutions: 5 }])))).toEqual(['provisioned-on-routed-alias'])
  })

  test('a published version and a plain alias are accepted', () => {
    const { sim } = simulate(account(versioned()))
    expect(sim.apply(putPc('2', 5)).ok).toBe(true)
    expect(sim.apply(putPc('live', 5)).ok).toBe(true)
    expect(validationRules(account(versioned({}, [{ Qualifier: 'live', ProvisionedConcurrentExecutions: 5 }])))).toEqual([])
  })

  test('routing cannot be added to an alias that has provisioned concurrency', () => {
    const { sim } = simulate(account(versioned({}, [{ Qualifier: 'live', ProvisionedConcurrentExecutions: 5 }])))
    expect(sim.apply({ Action: 'UpdateAlias', FunctionName: 'fn', Name: 'live', RoutingConfig: { AdditionalVersionWeights: { 2: 0.1 } } }).ok).toBe(false)
  })
})

describe('how much: at most the reserved concurrency, and 100 always left unreserved [D-pc]', () => {
  test('with reserved concurrency 10, 10 is accepted and 11 refused', () => {
    const { sim } = simulate(account(versioned({ ReservedConcurrentExecutions: 10 })))
    expect(sim.apply(putPc('1', 11)).ok).toBe(false)
    expect(sim.apply(putPc('1', 10)).ok).toBe(true)
    expect(validationRules(account(versioned({ ReservedConcurrentExecutions: 10 }, [{ Qualifier: '1', ProvisionedConcurrentExecutions: 11 }])))).toEqual(['provisioned-over-reserved'])
  })

  test('without a reservation, at 1,000: 900 accepted, 901 refused', () => {
    const { sim } = simulate(account(versioned()))
    expect(sim.apply(putPc('1', 901)).ok).toBe(false)
    expect(sim.apply(putPc('1', 900)).ok).toBe(true)
    expect(validationRules(account(versioned({}, [{ Qualifier: '1', ProvisionedConcurrentExecutions: 901 }])))).toEqual(['provisioned-over-unreserved'])
    expect(validationRules(account(versioned({}, [{ Qualifier: '1', ProvisionedConcurrentExecutions: 900 }])))).toEqual([])
  })

  test('configurations still IN_PROGRESS count: with reserved 2, a second 2 on another version is refused', () => {
    const { sim } = simulate(account(versioned({ ReservedConcurrentExecutions: 2 })))
    expect(sim.apply(putPc('1', 2)).ok).toBe(true)
    expect(sim.snapshot(0).functions[0]?.provisioned[0]?.status).toBe('IN_PROGRESS')
    expect(sim.apply(putPc('2', 1)).ok).toBe(false)
    expect(sim.apply({ Action: 'PutFunctionConcurrency', FunctionName: 'fn', ReservedConcurrentExecutions: 1 }).ok).toBe(false)
    expect(sim.apply({ Action: 'PutFunctionConcurrency', FunctionName: 'fn', ReservedConcurrentExecutions: 2 }).ok).toBe(true)
  })

  test('without a reservation, configurations still IN_PROGRESS count against the 900 the account can give', () => {
    const { sim } = simulate(account(versioned()))
    expect(sim.apply(putPc('1', 600)).ok).toBe(true)
    expect(sim.apply(putPc('2', 301)).ok).toBe(false)
    expect(sim.apply(putPc('2', 300)).ok).toBe(true)
  })
})

describe('configured in the scenario: ready at t=0, no cold starts [D-pc]', () => {
  const pc10 = versioned({}, [{ Qualifier: '1', ProvisionedConcurrentExecutions: 10 }])

  test('the allocation is READY with all 10 environments at t=0', () => {
    const { sim } = simulate(account(pc10))
    expect(provisionedOf(sim)).toEqual([{ qualifier: '1', version: '1', requested: 10, allocated: 10, status: 'READY' }])
    expect(sim.snapshot().functions[0]?.environments).toMatchObject({ idle: 10, provisioned: 10 })
  })

  test('10 requests at t=0 run on it: no cold starts, all in ProvisionedConcurrencyInvocations', () => {
    const { summary, trace } = runToEnd(account(pc10, [burst('fn:1', 10)]))
    expect(summary.ColdStarts).toBe(0)
    expect(summary.ProvisionedConcurrencyInvocations).toBe(10)
    expect(summary.ProvisionedConcurrencySpilloverInvocations).toBe(0)
    expect(starts(trace).every((s) => s.provisioned && !s.cold)).toBe(true)
  })

  test('beyond it, requests spill over to on-demand with cold starts', () => {
    const { summary, trace } = runToEnd(account(pc10, [burst('fn:1', 15)]))
    expect(summary.ProvisionedConcurrencyInvocations).toBe(10)
    expect(summary.ProvisionedConcurrencySpilloverInvocations).toBe(5)
    expect(summary.ColdStarts).toBe(5)
    expect(starts(trace).filter((s) => !s.provisioned).every((s) => s.cold)).toBe(true)
  })

  test('ProvisionedConcurrencyInvocations + ProvisionedConcurrencySpilloverInvocations = Invocations', () => {
    const { summary } = runToEnd(account(
      versioned({ Simulation: { DurationMs: { Distribution: 'exponential', Mean: 200 } } }, [{ Qualifier: '1', ProvisionedConcurrentExecutions: 5 }]),
      [{ Target: 'fn:1', Arrivals: { Process: 'poisson', RatePerSecond: 40 } }],
    ))
    expect(summary.ProvisionedConcurrencySpilloverInvocations).toBeGreaterThan(0)
    expect(summary.ProvisionedConcurrencyInvocations).toBeGreaterThan(0)
    expect(summary.ProvisionedConcurrencyInvocations + summary.ProvisionedConcurrencySpilloverInvocations).toBe(summary.Invocations)
  })
})

describe('configured during a run: IN_PROGRESS, nothing usable until all of it is allocated [D-pc], [G-pc]', () => {
  /** Applies the configuration at 5 s and returns when it became READY (searching by 1 ms steps around `expectedMs`). */
  function readyAt(count: number, accountConfig: AccountConfig, expectedMs: number): { sim: Simulation; before: ReturnType<typeof provisionedOf> } {
    const { sim } = simulate(account(versioned(), [], { Account: { ConcurrentExecutions: 10_000, ...accountConfig }, DurationSeconds: 600 }))
    sim.runUntil(5000)
    expect(sim.apply(putPc('1', count)).ok).toBe(true)
    sim.runUntil(expectedMs - 1)
    const before = provisionedOf(sim)
    sim.runUntil(expectedMs)
    return { sim, before }
  }

  test.each([
    { count: 600, account: {}, readyMs: 5000 + 60_000 + 6000, rule: '60 s preparation + 600 / 6,000 per minute' },
    { count: 6000, account: {}, readyMs: 5000 + 60_000 + 60_000, rule: '60 s preparation + 6,000 / 6,000 per minute' },
    { count: 600, account: { ProvisionedConcurrencyPreparationSeconds: 120 }, readyMs: 5000 + 120_000 + 6000, rule: '120 s preparation + 600 / 6,000 per minute' },
    { count: 3000, account: { ScalingModel: 'legacy-burst' as const }, readyMs: 5000 + 60_000, rule: 'legacy us-east-1: 3,000 at once' },
    { count: 3500, account: { ScalingModel: 'legacy-burst' as const }, readyMs: 5000 + 60_000 + 60_000, rule: 'legacy us-east-1: 3,000 at once, then 500 per minute' },
    { count: 1000, account: { ScalingModel: 'legacy-burst' as const, Region: 'sa-east-1' }, readyMs: 5000 + 60_000 + 60_000, rule: 'legacy sa-east-1: 500 at once, then 500 per minute' },
  ])('$count environments: $rule', ({ count, account: accountConfig, readyMs }) => {
    const { sim, before } = readyAt(count, accountConfig, readyMs)
    expect(before).toEqual([{ qualifier: '1', version: '1', requested: count, allocated: 0, status: 'IN_PROGRESS' }])
    expect(provisionedOf(sim)).toEqual([{ qualifier: '1', version: '1', requested: count, allocated: count, status: 'READY' }])
  })

  test('a request 1 ms before the allocation is ready is a cold start on-demand; 1 ms after, it runs on provisioned', () => {
    const { sim, trace } = simulate(account(versioned(), [], { DurationSeconds: 600 }))
    sim.apply(putPc('1', 60))
    const readyMs = 60_000 + 600
    sim.runUntil(readyMs - 1)
    sim.invoke({ Target: 'fn:1' })
    sim.runUntil(readyMs + 1)
    sim.invoke({ Target: 'fn:1' })
    expect(starts(trace).map((s) => ({ cold: s.cold, provisioned: s.provisioned }))).toEqual([
      { cold: true, provisioned: false },
      { cold: false, provisioned: true },
    ])
  })
})

describe('provisioned concurrency takes from the pools it lives in [D-pc], [D-concurrency]', () => {
  test('it counts against the reserved concurrency: reserved 20 with 15 provisioned leaves 5 for $LATEST', () => {
    const { summary, trace } = runToEnd(account(
      versioned({ ReservedConcurrentExecutions: 20 }, [{ Qualifier: '1', ProvisionedConcurrentExecutions: 15 }]),
      [burst('fn', 6)],
    ))
    expect(summary.Invocations).toBe(5)
    expect(throttleCauses(trace)).toEqual({ 'reserved-concurrency': 1 })
  })

  test('when provisioned equals reserved, $LATEST is throttled', () => {
    const { sim } = simulate(account(versioned({ ReservedConcurrentExecutions: 10 }, [{ Qualifier: '1', ProvisionedConcurrentExecutions: 10 }])))
    expect(sim.invoke({ Target: 'fn' }).StatusCode).toBe(429)
    expect(sim.invoke({ Target: 'fn:1' }).StatusCode).toBe(200)
  })

  test('without a reservation it counts against the account: 300 provisioned leave 700 on-demand for everyone, even idle', () => {
    const { sim, trace } = simulate(scenarioOf({
      Functions: [versioned({}, [{ Qualifier: '1', ProvisionedConcurrentExecutions: 300 }]), modelled('other', 1000)],
      Traffic: [burst('other', 701)], DurationSeconds: 10,
    }))
    sim.runToEnd()
    expect(sim.summary().Functions.other?.Invocations).toBe(700)
    expect(throttleCauses(trace)).toEqual({ 'account-concurrency': 1 })
  })
})

describe('provisioned concurrency serves at most 10 × its allocation per second, then spills over [D-quotas]', () => {
  /** 10 ms requests keep provisioned concurrency of 10 nearly idle: only the rate can spill over. */
  const pcRate = (rate: number) => account(
    versioned({ Simulation: { DurationMs: { Distribution: 'constant', Value: 10 } } }, [{ Qualifier: '1', ProvisionedConcurrentExecutions: 10 }]),
    [{ Target: 'fn:1', Arrivals: { Process: 'constant', RatePerSecond: rate } }], { DurationSeconds: 4 },
  )

  test('provisioned 10: 100 requests a second all run on it', () => {
    const { summary } = runToEnd(pcRate(100))
    expect(summary.ProvisionedConcurrencyInvocations).toBe(400)
    expect(summary.ProvisionedConcurrencySpilloverInvocations).toBe(0)
  })

  test('provisioned 10: the 101st request in a second spills over', () => {
    const { sim, summary } = runToEnd(pcRate(101))
    expect(summary.ConcurrentExecutions.Maximum).toBeLessThan(10)
    const onPc = perSecond(sim, 'ProvisionedConcurrencyInvocations', 'fn')
    const spilled = perSecond(sim, 'ProvisionedConcurrencySpilloverInvocations', 'fn')
    for (const second of [0, 1, 2, 3]) {
      expect(onPc.get(second)).toBe(100)
      expect(spilled.get(second)).toBe(1)
    }
  })
})

describe('provisioned concurrency on an alias follows the alias\'s version [G-pc]', () => {
  test('moving the alias deallocates the old version and allocates the new one from scratch', () => {
    const { sim, trace } = simulate(account(versioned({}, [{ Qualifier: 'live', ProvisionedConcurrentExecutions: 10 }]), [], {
      Timeline: [{ AtSecond: 10, Do: { Action: 'UpdateAlias', FunctionName: 'fn', Name: 'live', FunctionVersion: '2' } }],
    }))
    expect(provisionedOf(sim)).toEqual([{ qualifier: 'live', version: '1', requested: 10, allocated: 10, status: 'READY' }])
    sim.invoke({ Target: 'fn:live' })
    sim.runUntil(10_000)
    expect(provisionedOf(sim)).toEqual([{ qualifier: 'live', version: '2', requested: 10, allocated: 0, status: 'IN_PROGRESS' }])
    expect(environmentEnds(trace).filter((e) => e.reason === 'deallocated')).toHaveLength(10)
    // 60 s of preparation, then 10 / 6,000 per minute = 100 ms.
    sim.runUntil(70_100)
    expect(provisionedOf(sim)).toEqual([{ qualifier: 'live', version: '2', requested: 10, allocated: 10, status: 'READY' }])
    sim.invoke({ Target: 'fn:live' })
    expect(starts(trace).map((s) => ({ version: s.version, provisioned: s.provisioned, cold: s.cold }))).toEqual([
      { version: '1', provisioned: true, cold: false },
      { version: '2', provisioned: true, cold: false },
    ])
  })
})
