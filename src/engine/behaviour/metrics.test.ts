/**
 * CloudWatch metrics of `AWS/Lambda` (lambda-facts §10, §13) and the summary's statistics:
 * what counts as an invocation, an error and a throttle, concurrency per 1-second and 1-minute
 * bucket, duration percentiles, the time-weighted average, and bounded memory.
 */
import { describe, expect, test } from 'vitest'
import type { SeriesPoint } from '../api.ts'
import type { Scenario } from '../scenario/types.ts'
import { burst, oneFunction, runToEnd, scenarioOf, simulate } from '../testing/harness.ts'
import { linesStartingWith, reportFields } from './readers.ts'

function constant(value: number): { Distribution: 'constant'; Value: number } {
  return { Distribution: 'constant', Value: value }
}

function field(points: readonly SeriesPoint[], name: string): number[] {
  return points.map((p) => p.values[name] ?? Number.NaN)
}

describe('Invocations, Errors and Throttles [D-metrics]', () => {
  test('10 requests at t=0 with reserved concurrency 2 → 2 Invocations and 8 Throttles', () => {
    const { sim, summary } = runToEnd(oneFunction({ ReservedConcurrentExecutions: 2 }, [burst('fn', 10)]))
    expect(summary.Invocations).toBe(2)
    expect(summary.Throttles).toBe(8)
    expect(summary.Errors).toBe(0)
    const second0 = sim.metrics({ functionName: 'fn', resolution: 'second' })[0]
    expect(second0?.values).toMatchObject({ Invocations: 2, Throttles: 8, Errors: 0 })
    expect(sim.metrics({ resolution: 'second' })[0]?.values.Throttles).toBe(8)
  })

  test('Errors counts function errors, timeouts and out-of-memory crashes; throttles are not errors', () => {
    const scenario = scenarioOf({
      Functions: [
        { FunctionName: 'errors', Simulation: { ErrorRate: 1 } },
        { FunctionName: 'timeouts', Timeout: 1, Simulation: { DurationMs: constant(2000) } },
        { FunctionName: 'oom', MemorySize: 128, Simulation: { MemoryUsedMb: constant(300) } },
        { FunctionName: 'throttled', ReservedConcurrentExecutions: 0 },
      ],
      Traffic: ['errors', 'timeouts', 'oom', 'throttled'].map((name) => burst(name, 3)),
    })
    const { sim } = simulate(scenario)
    sim.runToEnd()
    const fns = sim.summary().Functions
    expect([fns.errors?.Errors, fns.timeouts?.Errors, fns.oom?.Errors]).toEqual([3, 3, 3])
    expect([fns.errors?.Invocations, fns.timeouts?.Invocations, fns.oom?.Invocations]).toEqual([3, 3, 3])
    expect(fns.throttled).toMatchObject({ Invocations: 0, Errors: 0, Throttles: 3 })
  })

  test('Invocations and Errors per second add up to the summary', () => {
    const scenario = oneFunction({ ReservedConcurrentExecutions: 3, Simulation: { ErrorRate: 0.2, DurationMs: { Distribution: 'exponential', Mean: 200 } } },
      [{ Target: 'fn', Arrivals: { Process: 'poisson', RatePerSecond: 20 } }], { DurationSeconds: 300 })
    const { sim, summary } = runToEnd(scenario)
    const seconds = sim.metrics({ functionName: 'fn', resolution: 'second' })
    const sum = (name: string) => field(seconds, name).reduce((a, b) => a + b, 0)
    expect(summary.Throttles).toBeGreaterThan(0)
    expect(sum('Invocations')).toBe(summary.Invocations)
    expect(sum('Errors')).toBe(summary.Errors)
    expect(sum('Throttles')).toBe(summary.Throttles)
  })
})

describe('ConcurrentExecutions: Maximum per bucket [D-metrics], [D-mon-conc]', () => {
  test('each 1-second bucket holds the most requests in flight during that second', () => {
    // 5 requests at t=0 run 200 ms init + 2,500 ms, until 2.7 s; one more at 5.3 s runs warm until 7.8 s.
    const scenario = oneFunction({ Simulation: { DurationMs: constant(2500) } }, [burst('fn', 5, 0), burst('fn', 1, 5.3)], { DurationSeconds: 9 })
    const { sim, summary } = runToEnd(scenario)
    const seconds = sim.metrics({ functionName: 'fn', resolution: 'second' })
    expect(field(seconds, 'ConcurrentExecutions')).toEqual([5, 5, 5, 0, 0, 1, 1, 1, 0, 0])
    expect(summary.ConcurrentExecutions.Maximum).toBe(5)
  })

  test('the account\'s ConcurrentExecutions (no function dimension) adds up every function', () => {
    const quick = { DurationMs: constant(500) }
    const scenario = scenarioOf({
      Functions: [{ FunctionName: 'a', Simulation: quick }, { FunctionName: 'b', Simulation: quick }],
      Traffic: [burst('a', 3), burst('b', 4)],
      DurationSeconds: 5,
    })
    const { sim } = simulate(scenario)
    sim.runToEnd()
    expect(sim.metrics({ resolution: 'second' })[0]?.values.ConcurrentExecutions).toBe(7)
    expect(sim.metrics({ functionName: 'a', resolution: 'second' })[0]?.values.ConcurrentExecutions).toBe(3)
  })

  test('a minute bucket is the 60 seconds folded: sums for counts, maxima for ConcurrentExecutions and DurationMaximum', () => {
    const scenario = oneFunction({ ReservedConcurrentExecutions: 4, Simulation: { ErrorRate: 0.1, DurationMs: { Distribution: 'exponential', Mean: 180 } } },
      [{ Target: 'fn', Arrivals: { Process: 'poisson', RatePerSecond: 20 } }], { DurationSeconds: 180 })
    const { sim } = runToEnd(scenario)
    const seconds = sim.metrics({ functionName: 'fn', resolution: 'second' })
    const minutes = sim.metrics({ functionName: 'fn', resolution: 'minute' })
    expect(minutes.map((m) => m.tMs)).toEqual([0, 60_000, 120_000, 180_000])
    for (const minute of minutes.slice(0, 3)) {
      const inside = seconds.filter((s) => s.tMs >= minute.tMs && s.tMs < minute.tMs + 60_000)
      expect(inside).toHaveLength(60)
      for (const name of ['Invocations', 'Errors', 'Throttles', 'DurationSum', 'GBSeconds']) {
        expect(minute.values[name]).toBeCloseTo(field(inside, name).reduce((a, b) => a + b, 0), 6)
      }
      for (const name of ['ConcurrentExecutions', 'DurationMaximum']) {
        expect(minute.values[name]).toBe(Math.max(...field(inside, name)))
      }
    }
    expect(field(minutes, 'Throttles').reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
  })

  test('an invocation counts in the minute it started, even if it ends in the next [D-metrics-view]', () => {
    const scenario = oneFunction({ Simulation: { DurationMs: constant(1000) } }, [burst('fn', 1, 59.5)], { DurationSeconds: 120 })
    const { sim } = runToEnd(scenario)
    const minutes = sim.metrics({ functionName: 'fn', resolution: 'minute' })
    expect(field(minutes, 'Invocations').slice(0, 2)).toEqual([1, 0])
  })

  test('Errors and Duration are timestamped at the invocation\'s start too, like every Lambda metric [D-metrics-view]', () => {
    // Starts at 59.5 s, fails at 60.7 s: CloudWatch files the error and the duration under minute 0.
    const scenario = oneFunction({ Simulation: { ErrorRate: 1, DurationMs: constant(1000) } }, [burst('fn', 1, 59.5)], { DurationSeconds: 120 })
    const { sim } = runToEnd(scenario)
    const minutes = sim.metrics({ functionName: 'fn', resolution: 'minute' })
    expect(field(minutes, 'Errors').slice(0, 2)).toEqual([1, 0])
    expect(field(minutes, 'DurationSum').slice(0, 2)).toEqual([1000, 0])
  })
})

describe('Duration [D-metrics]', () => {
  test('Duration excludes the cold start\'s Init phase', () => {
    const { summary } = runToEnd(oneFunction({}, [burst('fn', 5)]))
    expect(summary.ColdStarts).toBe(5)
    expect(summary.Duration).toEqual({ Average: 100, p50: 100, p99: 100 })
  })

  test('p50 and p99 match the exact percentiles of the REPORT durations (uniform 100–200 ms → about 150 and 199)', () => {
    const scenario = oneFunction({ Simulation: { DurationMs: { Distribution: 'uniform', Min: 100, Max: 200 } } },
      [{ Target: 'fn', Arrivals: { Process: 'constant', RatePerSecond: 20 }, EndSecond: 500 }], { DurationSeconds: 501 })
    const { sim, summary } = runToEnd(scenario, 'fn', { logRetentionPerFunction: 20_000 })
    const durations = linesStartingWith(sim.logEvents('fn', 100_000), 'REPORT')
      .map((line) => Number.parseFloat(reportFields(line).Duration ?? 'NaN'))
      .sort((a, b) => a - b)
    expect(durations).toHaveLength(10_000)
    const exact = (q: number) => durations[Math.ceil(q * durations.length) - 1] as number
    // The summary's percentiles come from 2 %-wide bins, so they are within 1 % of the exact values.
    expect(Math.abs(summary.Duration.p50 - exact(0.5)) / exact(0.5)).toBeLessThan(0.01)
    expect(Math.abs(summary.Duration.p99 - exact(0.99)) / exact(0.99)).toBeLessThan(0.01)
    expect(summary.Duration.p50).toBeGreaterThan(147)
    expect(summary.Duration.p50).toBeLessThan(153)
    expect(summary.Duration.p99).toBeGreaterThan(196)
    expect(summary.Duration.p99).toBeLessThan(201)
    expect(summary.Duration.Average).toBeCloseTo(durations.reduce((a, b) => a + b, 0) / durations.length, 3)
  })
})

describe('the summary\'s time-weighted ConcurrentExecutions.Average', () => {
  test('10 requests per second × 0.5 s → an average of 5.0 in flight (concurrency = rate × duration [D-concurrency])', () => {
    const scenario = oneFunction({ Simulation: { DurationMs: constant(500) } },
      [{ Target: 'fn', Arrivals: { Process: 'constant', RatePerSecond: 10 } }], { DurationSeconds: 600 })
    const { summary } = runToEnd(scenario)
    expect(summary.ConcurrentExecutions.Average).toBeCloseTo(5.0, 1)
  })

  test('the average weighs by time, init included: 5 requests of 200 ms init + 1 s over 10 s → 0.6', () => {
    const scenario = oneFunction({ Simulation: { DurationMs: constant(1000) } }, [burst('fn', 5)], { DurationSeconds: 10 })
    const { summary } = runToEnd(scenario)
    expect(summary.ConcurrentExecutions).toEqual({ Average: 0.6, Maximum: 5 })
  })
})

describe('memory stays flat: bounded metric rings', () => {
  function twoHours(): Scenario {
    return oneFunction({}, [{ Target: 'fn', Arrivals: { Process: 'constant', RatePerSecond: 1 } }], { DurationSeconds: 7200 })
  }

  test('the 1-second ring keeps the newest 900 buckets however long the run', () => {
    const { sim, summary } = runToEnd(twoHours())
    const seconds = sim.metrics({ functionName: 'fn', resolution: 'second' })
    expect(seconds).toHaveLength(900)
    expect(seconds[0]?.tMs).toBe((7200 - 899) * 1000)
    expect(seconds.at(-1)?.tMs).toBe(7200 * 1000)
    expect(summary.Invocations).toBe(7200)
    expect(sim.metrics({ resolution: 'second' })).toHaveLength(900)
  })

  test('the ring holds 900 buckets at 15 minutes and still 900 at 2 hours', () => {
    const { sim } = simulate(twoHours())
    sim.runUntil(900_000)
    expect(sim.metrics({ functionName: 'fn', resolution: 'second' })).toHaveLength(900)
    sim.runToEnd()
    expect(sim.metrics({ functionName: 'fn', resolution: 'second' })).toHaveLength(900)
  })

  test('the 1-minute view keeps every minute of a 2-hour run (up to 1,440) and `points` returns the newest', () => {
    const { sim } = runToEnd(twoHours())
    const minutes = sim.metrics({ functionName: 'fn', resolution: 'minute' })
    expect(minutes).toHaveLength(121)
    expect(field(minutes, 'Invocations').slice(0, 120).every((n) => n === 60)).toBe(true)
    const last3 = sim.metrics({ functionName: 'fn', resolution: 'minute', points: 3 })
    expect(last3.map((m) => m.tMs)).toEqual([118, 119, 120].map((m) => m * 60_000))
  })
})
