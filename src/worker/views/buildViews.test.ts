/** The views the worker adds to frames: built only when watched and due, logs appended from a cursor. */
import { describe, expect, test } from 'vitest'
import { burst, oneFunction, simulate } from '../../engine/testing/harness.ts'
import { buildViews, createViewState } from './buildViews.ts'
import { VIEW_INTERVALS_MS, type ViewRequests } from './types.ts'

function aliasRun() {
  const scenario = oneFunction({
    Versions: [{ Version: '1' }, { Version: '2' }],
    Aliases: [{ Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { 2: 0.5 } } }],
  }, [{ Target: 'fn:live', Arrivals: { Process: 'poisson', RatePerSecond: 20 } }, burst('fn', 1, 0)], { Account: { ConcurrentExecutions: 400 }, DurationSeconds: 600 })
  return { scenario, sim: simulate(scenario).sim }
}

const all: ViewRequests = {
  monitor: { functionName: 'fn', window: '2m' },
  logs: { functionName: 'fn', limit: 50 },
  environments: { functionName: 'fn', maxCells: 100, laneOffset: 0, laneCount: 10, windowMs: 60_000 },
}

describe('building views', () => {
  test('only watched views are built', () => {
    const { scenario, sim } = aliasRun()
    expect(buildViews(sim, scenario, {}, createViewState(), 0, true)).toEqual({})
    expect(Object.keys(buildViews(sim, scenario, { monitor: all.monitor }, createViewState(), 0, true))).toEqual(['monitor'])
  })

  test('a view is rebuilt when its interval has passed, or when forced after a command', () => {
    const { scenario, sim } = aliasRun()
    const state = createViewState()
    buildViews(sim, scenario, all, state, 0, false)
    expect(buildViews(sim, scenario, all, state, 1, false)).toEqual({})
    expect(Object.keys(buildViews(sim, scenario, all, state, VIEW_INTERVALS_MS.environments, false))).toEqual(['environments'])
    expect(Object.keys(buildViews(sim, scenario, all, state, VIEW_INTERVALS_MS.environments + 1, true)).sort()).toEqual(['environments', 'logs', 'monitor'])
  })

  test('the monitor carries the account limit, the function series and one series per executed version', () => {
    const { scenario, sim } = aliasRun()
    sim.runUntil(30_000)
    const monitor = buildViews(sim, scenario, all, createViewState(), 0, true).monitor
    expect(monitor?.accountConcurrencyLimit).toBe(400)
    expect(monitor?.resolutionMs).toBe(1000)
    expect(monitor?.account.at(-1)?.values).toHaveProperty('ClaimedAccountConcurrency')
    expect(monitor?.function?.series.length).toBe(31)
    expect(monitor?.function?.byVersion.map((v) => v.version)).toEqual(['$LATEST', '1', '2'])
    const invocations = (points: { values: Record<string, number> }[]) => points.reduce((sum, p) => sum + (p.values.Invocations ?? 0), 0)
    const total = invocations(monitor?.function?.series ?? [])
    expect((monitor?.function?.byVersion ?? []).reduce((sum, v) => sum + invocations(v.points), 0)).toBe(total)
  })

  test('the monitor window bounds the points: 2 minutes of seconds', () => {
    const { scenario, sim } = aliasRun()
    sim.runUntil(300_000)
    expect(buildViews(sim, scenario, all, createViewState(), 0, true).monitor?.account).toHaveLength(120)
  })

  test('logs restart for a new group, then carry only new lines; closing the panel restarts them', () => {
    const { scenario, sim } = aliasRun()
    const state = createViewState()
    sim.runUntil(5_000)
    const first = buildViews(sim, scenario, all, state, 0, true).logs
    expect(first?.restart).toBe(true)
    expect(first?.events.length).toBe(50)
    sim.runUntil(5_500)
    const next = buildViews(sim, scenario, all, state, 1_000, false).logs
    expect(next?.restart).toBe(false)
    expect(next?.events.every((e) => e.atMs > 5_000 - 1_000)).toBe(true)
    buildViews(sim, scenario, { monitor: all.monitor }, state, 2_000, false)
    expect(buildViews(sim, scenario, all, state, 3_000, false).logs?.restart).toBe(true)
  })
})
