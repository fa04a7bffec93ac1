/**
 * Execution environments (lambda-facts §1.1, §4): one request at a time, cold then warm, the 10 s
 * Init limit, idle reclaim, lifetime recycling, which idle environment is reused, and what ends one.
 */
import { describe, expect, test } from 'vitest'
import type { Simulation } from '../api.ts'
import type { EnvironmentSelection, FunctionSimulation, Scenario } from '../scenario/types.ts'
import { burst, oneFunction, runToEnd, simulate } from '../testing/harness.ts'
import type { TraceEvent } from '../trace.ts'
import { linesStartingWith, reportFields } from './readers.ts'
import { environmentEnds, starts } from './tracedRuns.ts'

function aliveEnvironments(sim: Simulation): number {
  const e = sim.snapshot().functions[0]?.environments
  return e ? e.initializing + e.busy + e.idle : 0
}

describe('an execution environment serves one request at a time [D-concurrency]', () => {
  test('10 requests at once need 10 environments', () => {
    const { summary } = runToEnd(oneFunction({}, [burst('fn', 10)]))
    expect(summary.Environments.Created).toBe(10)
    expect(summary.ColdStarts).toBe(10)
  })

  test('no environment is ever in two overlapping invocations (busy random traffic)', () => {
    const { trace } = runToEnd(oneFunction(
      { Simulation: { DurationMs: { Distribution: 'exponential', Mean: 150 }, InitDurationMs: { Distribution: 'uniform', Min: 100, Max: 900 } } },
      [{ Target: 'fn', Arrivals: { Process: 'poisson', RatePerSecond: 80 } }],
      { Account: { EnvironmentSelection: 'random' } },
    ))
    const busy = new Set<number>()
    let warm = 0
    for (const e of trace) {
      if (e.type === 'invocation-start') {
        expect(busy.has(e.environment), `environment ${e.environment} started a request at ${e.atMs} ms while busy`).toBe(false)
        busy.add(e.environment)
        if (!e.cold) warm++
      } else if (e.type === 'invocation-end') {
        expect(busy.delete(e.environment)).toBe(true)
      }
    }
    expect(warm).toBeGreaterThan(1000)
  })
})

describe('cold start, then warm reuse [D-runtime-env]', () => {
  test('the second request reuses the first one\'s environment without init; only the first REPORT has Init Duration', () => {
    const { sim, trace, summary } = runToEnd(oneFunction({}, [burst('fn', 1, 0), burst('fn', 1, 1)]))
    expect(starts(trace).map((s) => ({ environment: s.environment, cold: s.cold }))).toEqual([
      { environment: 0, cold: true }, { environment: 0, cold: false },
    ])
    expect(summary.ColdStarts).toBe(1)
    const reports = linesStartingWith(sim.logEvents('fn'), 'REPORT').map(reportFields)
    expect(reports.map((r) => r['Init Duration'])).toEqual(['200.00 ms', undefined])
  })
})

describe('the Init phase is limited to 10 s; beyond it init is retried inside the first invoke [D-runtime-env]', () => {
  const withInit = (initMs: number): Scenario => oneFunction(
    { Timeout: 30, Simulation: { InitDurationMs: { Distribution: 'constant', Value: initMs } } }, [burst('fn', 1)],
  )

  test('an init of exactly 10 s is a normal cold start', () => {
    const { sim, trace } = runToEnd(withInit(10_000))
    const events = sim.logEvents('fn')
    expect(linesStartingWith(events, 'INIT_REPORT')).toEqual([])
    const report = reportFields(linesStartingWith(events, 'REPORT')[0] ?? '')
    expect(report).toMatchObject({ 'Duration': '100.00 ms', 'Init Duration': '10000.00 ms', 'Billed Duration': '10100 ms' })
    expect(trace.find((e) => e.type === 'invocation-end')?.atMs).toBe(10_100)
  })

  test('an init of 12 s is suppressed: INIT_REPORT with Status: timeout, and REPORT Duration includes the init', () => {
    const { sim, trace } = runToEnd(withInit(12_000))
    const events = sim.logEvents('fn')
    expect(linesStartingWith(events, 'INIT_REPORT')).toEqual(['INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout'])
    const report = reportFields(linesStartingWith(events, 'REPORT')[0] ?? '')
    expect(report).toMatchObject({ 'Duration': '12100.00 ms', 'Billed Duration': '12100 ms' })
    expect(report['Init Duration']).toBeUndefined()
    // 10 s of failed init, then the retried 12 s init and 100 ms of work inside the invoke.
    expect(trace.find((e) => e.type === 'invocation-end')?.atMs).toBe(22_100)
  })
})

describe('idle environments are reclaimed after IdleTimeoutSeconds', () => {
  /** One request at t=0: 200 ms init + 100 ms work, so the environment is idle from 300 ms. */
  const idleAfterOne = (simulation: FunctionSimulation, durationSeconds = 700): Scenario =>
    oneFunction({ Simulation: simulation }, [], { DurationSeconds: durationSeconds })

  function firstRequest(scenario: Scenario): { sim: Simulation; trace: TraceEvent[] } {
    const run = simulate(scenario)
    run.sim.invoke({ Target: 'fn' })
    return run
  }

  test('IdleTimeoutSeconds 60: still there after 59 s idle, gone after exactly 60 s', () => {
    const { sim, trace } = firstRequest(idleAfterOne({ IdleTimeoutSeconds: 60 }))
    sim.runUntil(59_300)
    expect(aliveEnvironments(sim)).toBe(1)
    sim.runUntil(60_299)
    expect(aliveEnvironments(sim)).toBe(1)
    sim.runUntil(60_300)
    expect(aliveEnvironments(sim)).toBe(0)
    expect(environmentEnds(trace).map((e) => [e.atMs, e.reason])).toEqual([[60_300, 'idle-reclaimed']])
  })

  test.each([
    { idleSeconds: 59, cold: false },
    { idleSeconds: 60, cold: true },
  ])('IdleTimeoutSeconds 60: a request after $idleSeconds s idle is cold: $cold', ({ idleSeconds, cold }) => {
    const { sim, trace } = firstRequest(idleAfterOne({ IdleTimeoutSeconds: 60 }))
    sim.runUntil(300 + idleSeconds * 1000)
    sim.invoke({ Target: 'fn' })
    expect(starts(trace)[1]?.cold).toBe(cold)
  })

  test('the default of 600 s applies when unset', () => {
    const { sim } = firstRequest(idleAfterOne({}))
    sim.runUntil(599_300)
    expect(aliveEnvironments(sim)).toBe(1)
    sim.runUntil(600_300)
    expect(aliveEnvironments(sim)).toBe(0)
  })

  test('IdleTimeoutSeconds 0: the environment ends as soon as its request does, so every request is cold', () => {
    const { sim, trace } = firstRequest(idleAfterOne({ IdleTimeoutSeconds: 0 }, 10))
    sim.runUntil(300)
    expect(aliveEnvironments(sim)).toBe(0)
    expect(environmentEnds(trace).map((e) => [e.atMs, e.reason])).toEqual([[300, 'idle-reclaimed']])
    sim.runUntil(1000)
    sim.invoke({ Target: 'fn' })
    expect(starts(trace).map((s) => s.cold)).toEqual([true, true])
  })

  test('IdleTimeoutSeconds null: an idle environment is never reclaimed (a week later it is still warm)', () => {
    const week = 7 * 24 * 3600
    const { sim, trace } = firstRequest(idleAfterOne({ IdleTimeoutSeconds: null, MaxEnvironmentLifetimeSeconds: null }, week))
    sim.runUntil(week * 1000 - 1000)
    expect(aliveEnvironments(sim)).toBe(1)
    sim.invoke({ Target: 'fn' })
    expect(starts(trace).map((s) => s.cold)).toEqual([true, false])
    expect(environmentEnds(trace)).toEqual([])
  })
})

describe('environments are recycled after MaxEnvironmentLifetimeSeconds, even when in use [D-runtime-env]', () => {
  /** 10 s requests; environments live 100 s and are never reclaimed for idleness. */
  const recycling = oneFunction({
    Timeout: 30,
    Simulation: { DurationMs: { Distribution: 'constant', Value: 10_000 }, IdleTimeoutSeconds: null, MaxEnvironmentLifetimeSeconds: 100 },
  }, [], { DurationSeconds: 300 })

  test('an idle environment ends exactly at its deadline', () => {
    const { sim, trace } = simulate(recycling)
    sim.invoke({ Target: 'fn' })
    sim.runUntil(99_999)
    expect(aliveEnvironments(sim)).toBe(1)
    sim.runUntil(100_000)
    expect(aliveEnvironments(sim)).toBe(0)
    expect(environmentEnds(trace).map((e) => [e.atMs, e.reason])).toEqual([[100_000, 'recycled']])
  })

  test('a busy environment finishes its request first, then ends; the next request is cold', () => {
    const { sim, trace } = simulate(recycling)
    sim.invoke({ Target: 'fn' })
    sim.runUntil(95_000)
    sim.invoke({ Target: 'fn' })
    sim.runUntil(100_000)
    expect(aliveEnvironments(sim)).toBe(1)
    sim.runUntil(106_000)
    expect(environmentEnds(trace).map((e) => [e.atMs, e.reason])).toEqual([[105_000, 'recycled']])
    expect(trace.filter((e) => e.type === 'invocation-end').map((e) => e.atMs)).toEqual([10_200, 105_000])
    sim.invoke({ Target: 'fn' })
    expect(starts(trace).map((s) => s.cold)).toEqual([true, false, true])
  })
})

describe('EnvironmentSelection: which idle environment a request reuses', () => {
  /**
   * Environments 0, 1, 2 start together at t=0 and go idle in that order; at 1 s two requests take
   * two of them (by the policy), and at 2 s one request picks among all three again.
   */
  function thirdPick(selection: EnvironmentSelection, seed = 1): number | undefined {
    const { sim, trace } = simulate(oneFunction({}, [], { Account: { EnvironmentSelection: selection }, Seed: seed, DurationSeconds: 10 }))
    for (let i = 0; i < 3; i++) sim.invoke({ Target: 'fn' })
    sim.runUntil(1000)
    sim.invoke({ Target: 'fn' })
    sim.invoke({ Target: 'fn' })
    sim.runUntil(2000)
    sim.invoke({ Target: 'fn' })
    const all = starts(trace)
    expect(all.slice(0, 3).map((s) => s.environment)).toEqual([0, 1, 2])
    expect(all.slice(3).every((s) => !s.cold)).toBe(true)
    return all[5]?.environment
  }

  test('most-recently-used takes the one that went idle last (1: used at 1 s after 2)', () => {
    expect(thirdPick('most-recently-used')).toBe(1)
  })

  test('newest takes the one created last (2)', () => {
    expect(thirdPick('newest')).toBe(2)
  })

  test('oldest takes the one created first (0)', () => {
    expect(thirdPick('oldest')).toBe(0)
  })

  test('random picks any idle one, differently across seeds, the same for one seed', () => {
    const picks = Array.from({ length: 30 }, (_, seed) => thirdPick('random', seed + 1))
    expect(new Set(picks)).toEqual(new Set([0, 1, 2]))
    expect(thirdPick('random', 7)).toBe(picks[6])
  })

  /** Replays the trace: every warm start must take the idle environment the policy names. */
  test.each(['most-recently-used', 'newest', 'oldest'] as const)('%s holds for every reuse under random traffic', (selection) => {
    const { trace } = runToEnd(oneFunction(
      { Simulation: { DurationMs: { Distribution: 'uniform', Min: 10, Max: 500 }, IdleTimeoutSeconds: 5 } },
      [{ Target: 'fn', Arrivals: { Process: 'poisson', RatePerSecond: 30 } }],
      { Account: { EnvironmentSelection: selection }, DurationSeconds: 60 },
    ))
    const idleOrder = new Map<number, number>()
    let tick = 0
    let choices = 0
    for (const e of trace) {
      if (e.type === 'invocation-end') idleOrder.set(e.environment, tick++)
      else if (e.type === 'environment-end') idleOrder.delete(e.environment)
      else if (e.type === 'invocation-start' && !e.cold) {
        const idle = [...idleOrder.entries()]
        const expected = selection === 'most-recently-used'
          ? idle.reduce((a, b) => (b[1] > a[1] ? b : a))[0]
          : selection === 'newest' ? Math.max(...idleOrder.keys()) : Math.min(...idleOrder.keys())
        expect(e.environment).toBe(expected)
        if (idle.length > 1) choices++
        idleOrder.delete(e.environment)
      }
    }
    expect(choices).toBeGreaterThan(100)
  })
})

describe('what ends an environment early [D-runtime-env]', () => {
  const twoRequests = (fn: Parameters<typeof oneFunction>[0]) => runToEnd(oneFunction(fn, [burst('fn', 1, 0), burst('fn', 1, 5)], { DurationSeconds: 10 }))

  test('a timeout ends the environment: the next request is a cold start', () => {
    const { trace, summary } = twoRequests({ Timeout: 1, Simulation: { DurationMs: { Distribution: 'constant', Value: 2000 } } })
    expect(environmentEnds(trace).map((e) => e.reason)).toEqual(['timeout', 'timeout'])
    expect(starts(trace).map((s) => s.cold)).toEqual([true, true])
    expect(summary.Environments.Created).toBe(2)
  })

  test('running out of memory ends the environment: the next request is a cold start', () => {
    const { trace } = twoRequests({ MemorySize: 128, Simulation: { MemoryUsedMb: { Distribution: 'constant', Value: 200 } } })
    expect(environmentEnds(trace).map((e) => e.reason)).toEqual(['out-of-memory', 'out-of-memory'])
    expect(starts(trace).map((s) => s.cold)).toEqual([true, true])
  })

  test('a function error does not: the next request is warm', () => {
    const { trace, summary } = twoRequests({ Simulation: { ErrorRate: 1 } })
    expect(summary.Errors).toBe(2)
    expect(environmentEnds(trace)).toEqual([])
    expect(starts(trace).map((s) => s.cold)).toEqual([true, false])
  })

  test('a deploy (UpdateFunctionConfiguration) retires $LATEST\'s environments; a published version\'s stay warm', () => {
    const { trace } = runToEnd(oneFunction(
      { Versions: [{ Version: '1' }] },
      [burst('fn', 1, 0), burst('fn:1', 1, 0), burst('fn', 1, 10), burst('fn:1', 1, 10)],
      { DurationSeconds: 20, Timeline: [{ AtSecond: 5, Do: { Action: 'UpdateFunctionConfiguration', FunctionName: 'fn', Changes: { Environment: { Variables: { STAGE: 'b' } } } } }] },
    ))
    expect(environmentEnds(trace).map((e) => [e.atMs, e.reason])).toEqual([[5000, 'code-updated']])
    expect(starts(trace).map((s) => [s.atMs, s.version, s.cold])).toEqual([
      [0, '$LATEST', true], [0, '1', true], [10_000, '$LATEST', true], [10_000, '1', false],
    ])
  })

  test('a deploy lets a busy environment finish its request before it ends', () => {
    const { trace } = runToEnd(oneFunction(
      { Timeout: 30, Simulation: { DurationMs: { Distribution: 'constant', Value: 10_000 } } }, [burst('fn', 1, 0)],
      { DurationSeconds: 20, Timeline: [{ AtSecond: 5, Do: { Action: 'UpdateFunctionConfiguration', FunctionName: 'fn', Changes: { MemorySize: 256 } } }] },
    ))
    expect(trace.filter((e) => e.type === 'invocation-end').map((e) => [e.atMs, e.outcome])).toEqual([[10_200, 'success']])
    expect(environmentEnds(trace).map((e) => [e.atMs, e.reason])).toEqual([[10_200, 'code-updated']])
  })
})
