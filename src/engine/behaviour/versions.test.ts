/**
 * Versions and aliases (lambda-facts §7): publish numbering, no-change publishes, weighted alias
 * routing, shifting an alias during a run, and which version a qualified request runs.
 */
import { describe, expect, test } from 'vitest'
import type { Simulation } from '../api.ts'
import type { AliasConfig, FunctionConfig, Scenario, TrafficConfig } from '../scenario/types.ts'
import { burst, runToEnd, scenarioOf, simulate } from '../testing/harness.ts'
import { linesStartingWith, reportFields } from './readers.ts'
import { modelled, starts } from './tracedRuns.ts'

function fnWith(extra: Partial<FunctionConfig> = {}): FunctionConfig {
  return modelled('fn', 100, 200, extra)
}

function single(fn: FunctionConfig, traffic: TrafficConfig[] = [], more: Partial<Scenario> = {}): Scenario {
  return scenarioOf({ Functions: [fn], Traffic: traffic, DurationSeconds: 60, ...more })
}

const publish = { Action: 'PublishVersion' as const, FunctionName: 'fn' }
const deploy = (MemorySize: number) => ({ Action: 'UpdateFunctionConfiguration' as const, FunctionName: 'fn', Changes: { MemorySize } })

function detailOf(sim: Simulation, action: Parameters<Simulation['apply']>[0]): string {
  const result = sim.apply(action)
  if (!result.ok) throw new Error(result.error)
  return result.detail ?? ''
}

const exists = (sim: Simulation, qualifier: string) => sim.invoke({ Target: `fn:${qualifier}`, InvocationType: 'DryRun' }).StatusCode !== 404

describe('PublishVersion [D-versions]', () => {
  test('versions are numbered from 1, one more at each publish that has changes', () => {
    const { sim } = simulate(single(fnWith()))
    expect(detailOf(sim, publish)).toBe('Published version 1')
    detailOf(sim, deploy(256))
    expect(detailOf(sim, publish)).toBe('Published version 2')
    expect([exists(sim, '1'), exists(sim, '2'), exists(sim, '3')]).toEqual([true, true, false])
  })

  test('numbers are never reused: with versions 1 and 3 published (2 deleted), the next is 4', () => {
    const { sim } = simulate(single(fnWith({ Versions: [{ Version: '1' }, { Version: '3' }] })))
    detailOf(sim, deploy(512))
    expect(detailOf(sim, publish)).toBe('Published version 4')
    expect(exists(sim, '2')).toBe(false)
  })

  test('no new version when nothing changed since the last publish', () => {
    const { sim } = simulate(single(fnWith()))
    detailOf(sim, publish)
    expect(detailOf(sim, publish)).toContain('no new version')
    // A deploy that sets what is already there is no change either.
    detailOf(sim, deploy(128))
    expect(detailOf(sim, publish)).toContain('no new version')
    expect(exists(sim, '2')).toBe(false)
  })

  test('a reserved concurrency change is not a change to publish', () => {
    const { sim } = simulate(single(fnWith()))
    detailOf(sim, publish)
    detailOf(sim, { Action: 'PutFunctionConcurrency', FunctionName: 'fn', ReservedConcurrentExecutions: 10 })
    expect(detailOf(sim, publish)).toContain('no new version')
    expect(exists(sim, '2')).toBe(false)
  })

  test('a published version is immutable: deploying changes $LATEST only', () => {
    const { sim } = simulate(single(fnWith({ MemorySize: 128 })))
    detailOf(sim, publish)
    detailOf(sim, deploy(1024))
    sim.invoke({ Target: 'fn:1' })
    sim.invoke({ Target: 'fn' })
    sim.runToEnd()
    const reports = linesStartingWith(sim.logEvents('fn'), 'REPORT').map((line) => reportFields(line)['Memory Size'])
    expect(reports).toEqual(['128 MB', '1024 MB'])
  })
})

describe('qualified and unqualified invocations [D-versions], [API]', () => {
  const twoVersions = fnWith({ Versions: [{ Version: '1' }, { Version: '2', MemorySize: 256 }] })

  test('fn:2 runs version 2 with its own configuration; fn and fn:$LATEST run $LATEST; fn:1 runs 1', () => {
    const { sim, trace, summary } = runToEnd(single(twoVersions, [burst('fn:2', 1), burst('fn', 1, 1), burst('fn:$LATEST', 1, 2), burst('fn:1', 1, 3)]))
    expect(starts(trace).map((s) => s.version)).toEqual(['2', '$LATEST', '$LATEST', '1'])
    expect(summary.ExecutedVersions).toEqual({ 1: 1, 2: 1, $LATEST: 2 })
    const events = sim.logEvents('fn')
    expect(linesStartingWith(events, 'START').map((l) => l.split(' Version: ')[1])).toEqual(['2', '$LATEST', '$LATEST', '1'])
    expect(reportFields(linesStartingWith(events, 'REPORT')[0] ?? '')['Memory Size']).toBe('256 MB')
  })

  test('a version that does not exist is ResourceNotFoundException (404)', () => {
    const { sim } = simulate(single(twoVersions))
    expect(sim.invoke({ Target: 'fn:3' }).StatusCode).toBe(404)
  })
})

describe('alias routing: the additional version gets its weight [G-aliases], [D-alias-routing]', () => {
  function routed(weight: number, requests: number, ratePerSecond = 1000) {
    const alias: AliasConfig = { Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { 2: weight } } }
    return runToEnd(single(
      fnWith({ Versions: [{ Version: '1' }, { Version: '2' }], Aliases: [alias] }),
      [{ Target: 'fn:live', Arrivals: { Process: 'constant', RatePerSecond: ratePerSecond } }],
      { DurationSeconds: requests / ratePerSecond },
    ))
  }

  test('10 % of 100,000 requests run version 2 (within 4 standard deviations), the rest version 1', () => {
    const { summary, sim } = routed(0.1, 100_000)
    const v1 = summary.ExecutedVersions['1'] ?? 0
    const v2 = summary.ExecutedVersions['2'] ?? 0
    expect(v1 + v2).toBe(100_000)
    // Binomial(100,000, 0.1): mean 10,000, standard deviation √(100,000 × 0.1 × 0.9) ≈ 95.
    expect(Math.abs(v2 - 10_000)).toBeLessThan(4 * Math.sqrt(100_000 * 0.1 * 0.9))
    const versionsInLogs = new Set(linesStartingWith(sim.logEvents('fn', 1000), 'START').map((l) => l.split(' Version: ')[1]))
    expect(versionsInLogs).toEqual(new Set(['1', '2']))
  })

  test('weight 0 sends everything to the primary version', () => {
    expect(routed(0, 1000, 100).summary.ExecutedVersions).toEqual({ 1: 1000 })
  })

  test('weight 1 sends everything to the additional version', () => {
    expect(routed(1, 1000, 100).summary.ExecutedVersions).toEqual({ 2: 1000 })
  })
})

describe('UpdateAlias during a run shifts traffic from that moment', () => {
  test('all on 1, then 50 % to 2 from 30 s, then all on 2 from 60 s', () => {
    const { trace } = runToEnd(single(
      fnWith({ Versions: [{ Version: '1' }, { Version: '2' }], Aliases: [{ Name: 'live', FunctionVersion: '1' }] }),
      [{ Target: 'fn:live', Arrivals: { Process: 'constant', RatePerSecond: 100 } }],
      {
        DurationSeconds: 90,
        Timeline: [
          { AtSecond: 30, Do: { Action: 'UpdateAlias', FunctionName: 'fn', Name: 'live', RoutingConfig: { AdditionalVersionWeights: { 2: 0.5 } } } },
          { AtSecond: 60, Do: { Action: 'UpdateAlias', FunctionName: 'fn', Name: 'live', FunctionVersion: '2', RoutingConfig: { AdditionalVersionWeights: {} } } },
        ],
      },
    ))
    const all = starts(trace)
    const window = (fromMs: number, toMs: number) => all.filter((s) => s.atMs >= fromMs && s.atMs < toMs).map((s) => s.version)
    expect(new Set(window(0, 30_000))).toEqual(new Set(['1']))
    const shifted = window(30_000, 60_000)
    expect(shifted).toHaveLength(3000)
    // Binomial(3,000, 0.5): standard deviation ≈ 27.
    expect(Math.abs(shifted.filter((v) => v === '2').length - 1500)).toBeLessThan(4 * Math.sqrt(3000 * 0.25))
    expect(new Set(window(60_000, 90_000))).toEqual(new Set(['2']))
  })
})
