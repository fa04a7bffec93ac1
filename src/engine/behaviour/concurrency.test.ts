/**
 * Account concurrency, the unreserved minimum, the requests-per-second cap and reserved
 * concurrency (lambda-facts §1.1–1.3). Each test checks both sides of its number where it has two.
 */
import { describe, expect, test } from 'vitest'
import { burst, runToEnd, scenarioOf, simulate } from '../testing/harness.ts'
import type { Scenario, TrafficConfig } from '../scenario/types.ts'
import { modelled, perSecond, throttleCauses, throttles, validationRules } from './tracedRuns.ts'

/** Two functions with 1-second requests, so everything sent at t=0 is in flight at once. */
function twoFunctions(a: number, b: number, extra: Partial<Scenario> = {}): Scenario {
  return scenarioOf({
    Functions: [modelled('a', 1000), modelled('b', 1000)],
    Traffic: [a, b].flatMap((count, i) => (count > 0 ? [burst(i === 0 ? 'a' : 'b', count)] : [])),
    DurationSeconds: 5,
    ...extra,
  })
}

function constant(target: string, ratePerSecond: number, invocationType: TrafficConfig['InvocationType'] = 'RequestResponse'): TrafficConfig {
  return { Target: target, InvocationType: invocationType, Arrivals: { Process: 'constant', RatePerSecond: ratePerSecond } }
}

describe('account concurrency: 1,000 by default [D-concurrency]', () => {
  // Two functions, so the per-function scaling rate (also 1,000 at once) cannot be what throttles.
  test('1,000 requests in flight across the account all run', () => {
    const { sim, trace } = simulate(twoFunctions(500, 500))
    sim.runToEnd()
    const s = sim.summary().Functions
    expect((s.a?.Invocations ?? 0) + (s.b?.Invocations ?? 0)).toBe(1000)
    expect(throttles(trace)).toHaveLength(0)
  })

  test('the 1,001st request in flight is throttled with ConcurrentInvocationLimitExceeded', () => {
    const { sim, trace } = simulate(twoFunctions(500, 501))
    sim.runToEnd()
    const s = sim.summary().Functions
    expect((s.a?.Invocations ?? 0) + (s.b?.Invocations ?? 0)).toBe(1000)
    expect(throttleCauses(trace)).toEqual({ 'account-concurrency': 1 })
    expect(sim.metrics({ resolution: 'second' }).reduce((max, p) => Math.max(max, p.values.ConcurrentExecutions ?? 0), 0)).toBe(1000)
  })

  test('a lower ConcurrentExecutions is the limit: 200 run at once, the 201st is throttled', () => {
    const { summary, trace } = runToEnd(scenarioOf({
      Account: { ConcurrentExecutions: 200 }, Functions: [modelled('fn', 1000)], Traffic: [burst('fn', 201)], DurationSeconds: 5,
    }))
    expect(summary.Invocations).toBe(200)
    expect(throttleCauses(trace)).toEqual({ 'account-concurrency': 1 })
  })

  test('a unit of concurrency is free again once its request ends', () => {
    const { summary } = runToEnd(scenarioOf({
      Account: { ConcurrentExecutions: 200 }, Functions: [modelled('fn', 1000)],
      Traffic: [burst('fn', 200, 0), burst('fn', 200, 2)], DurationSeconds: 5,
    }))
    expect(summary.Invocations).toBe(400)
    expect(summary.Throttles).toBe(0)
  })
})

describe('unreserved minimum: Lambda always keeps 100 unreserved [D-reserved]', () => {
  const put = (reserved: number) => ({ Action: 'PutFunctionConcurrency' as const, FunctionName: 'b', ReservedConcurrentExecutions: reserved })

  test('with a limit of 1,000, reserving 900 is accepted and 901 refused with the documented message', () => {
    const { sim } = simulate(twoFunctions(0, 0))
    const refused = sim.apply(put(901))
    expect(refused.ok).toBe(false)
    if (!refused.ok) {
      expect(refused.error).toContain("Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100]")
    }
    expect(sim.snapshot().functions.find((f) => f.functionName === 'b')?.reservedConcurrency).toBeNull()
    expect(sim.apply(put(900)).ok).toBe(true)
    expect(sim.snapshot().functions.find((f) => f.functionName === 'b')?.reservedConcurrency).toBe(900)
  })

  test('reservations add up: with 400 reserved elsewhere, 500 more is accepted and 501 refused', () => {
    const { sim } = simulate(scenarioOf({ Functions: [modelled('a', 1000, 200, { ReservedConcurrentExecutions: 400 }), modelled('b', 1000)] }))
    expect(sim.apply(put(501)).ok).toBe(false)
    expect(sim.apply(put(500)).ok).toBe(true)
  })

  test('with a limit of 2,000, up to 1,900 can be reserved', () => {
    const { sim } = simulate(twoFunctions(0, 0, { Account: { ConcurrentExecutions: 2000 } }))
    expect(sim.apply(put(1901)).ok).toBe(false)
    expect(sim.apply(put(1900)).ok).toBe(true)
  })

  test('the validator refuses a scenario reserving 901 of 1,000 and accepts 900', () => {
    const reserving = (n: number) => scenarioOf({ Functions: [modelled('fn', 100, 200, { ReservedConcurrentExecutions: n })] })
    expect(validationRules(reserving(901))).toEqual(['unreserved-minimum'])
    expect(validationRules(reserving(900))).toEqual([])
  })
})

describe('reserved concurrency is both a cap and a guarantee [D-reserved]', () => {
  test('a function reserving 10 runs 10 at once and the 11th is throttled, though the account has room', () => {
    const { summary, trace } = runToEnd(scenarioOf({
      Functions: [modelled('fn', 1000, 200, { ReservedConcurrentExecutions: 10 })], Traffic: [burst('fn', 11)], DurationSeconds: 5,
    }))
    expect(summary.Invocations).toBe(10)
    expect(throttleCauses(trace)).toEqual({ 'reserved-concurrency': 1 })
  })

  test('functions without a reservation share limit − Σ reserved: 600 of 1,000 when 400 are reserved, even unused', () => {
    const { sim, trace } = simulate(scenarioOf({
      Functions: [modelled('a', 1000, 200, { ReservedConcurrentExecutions: 400 }), modelled('b', 1000)],
      Traffic: [burst('b', 601)], DurationSeconds: 5,
    }))
    sim.runToEnd()
    expect(sim.summary().Functions.b?.Invocations).toBe(600)
    expect(throttleCauses(trace)).toEqual({ 'account-concurrency': 1 })
  })

  test('the reservation stays available while others are throttled: 400 reserved all run at the height of a flood', () => {
    const { sim, trace } = simulate(scenarioOf({
      Functions: [modelled('a', 5000, 200, { ReservedConcurrentExecutions: 400 }), modelled('b', 5000)],
      Traffic: [burst('b', 1000, 0), burst('a', 401, 1)], DurationSeconds: 10,
    }))
    sim.runToEnd()
    const s = sim.summary().Functions
    expect(s.b?.Invocations).toBe(600)
    expect(s.b?.Throttles).toBe(400)
    expect(s.a?.Invocations).toBe(400)
    expect(throttles(trace, 'a').map((t) => t.cause)).toEqual(['reserved-concurrency'])
  })

  test('removing the reservation returns it to the shared pool', () => {
    const { sim } = simulate(scenarioOf({
      Functions: [modelled('a', 1000, 200, { ReservedConcurrentExecutions: 400 }), modelled('b', 1000)], DurationSeconds: 5,
    }))
    expect(sim.apply({ Action: 'DeleteFunctionConcurrency', FunctionName: 'a' }).ok).toBe(true)
    let ran = 0
    for (let i = 0; i < 1000; i++) if (sim.invoke({ Target: 'b' }).StatusCode === 200) ran++
    expect(ran).toBe(1000)
  })
})

describe('ReservedConcurrentExecutions 0 throttles every invocation [D-reserved]', () => {
  test('50 synchronous requests: 50 throttles, nothing runs', () => {
    const { summary, trace } = runToEnd(scenarioOf({
      Functions: [modelled('fn', 100, 200, { ReservedConcurrentExecutions: 0 })], Traffic: [burst('fn', 50)], DurationSeconds: 5,
    }))
    expect(summary.Invocations).toBe(0)
    expect(summary.Throttles).toBe(50)
    expect(throttleCauses(trace)).toEqual({ 'reserved-concurrency': 50 })
  })

  test('asynchronous events are accepted (202) but never run', () => {
    const { summary } = runToEnd(scenarioOf({
      Functions: [modelled('fn', 100, 200, { ReservedConcurrentExecutions: 0 })], Traffic: [burst('fn', 5, 0, 'Event')], DurationSeconds: 5,
    }))
    expect(summary.AsyncEventsReceived).toBe(5)
    expect(summary.Invocations).toBe(0)
    expect(summary.Throttles).toBe(5)
  })

  test('setting it mid-run (the console\'s Throttle button) stops the function from then on', () => {
    const { summary } = runToEnd(scenarioOf({
      Functions: [modelled('fn', 100)], Traffic: [constant('fn', 10)], DurationSeconds: 10,
      Timeline: [{ AtSecond: 5, Do: { Action: 'PutFunctionConcurrency', FunctionName: 'fn', ReservedConcurrentExecutions: 0 } }],
    }))
    expect(summary.Invocations).toBe(50)
    expect(summary.Throttles).toBe(50)
  })
})

describe('requests per second: 10 × the concurrency limit, for synchronous invokes [D-concurrency], [D-quotas]', () => {
  /** Limit 100 → 1,000 rps; 1 ms requests keep concurrency near 1, far below the limit. */
  const fast = (rate: number, invocationType: TrafficConfig['InvocationType'] = 'RequestResponse'): Scenario => scenarioOf({
    Account: { ConcurrentExecutions: 100 }, Functions: [modelled('fn', 1, 1)], Traffic: [constant('fn', rate, invocationType)], DurationSeconds: 3,
  })

  test('limit 100: 1,000 requests a second all run', () => {
    const { summary } = runToEnd(fast(1000))
    expect(summary.Invocations).toBe(3000)
    expect(summary.Throttles).toBe(0)
  })

  test('limit 100: the 1,001st request in a second is throttled, with concurrency to spare', () => {
    const { sim, summary, trace } = runToEnd(fast(1001))
    expect(summary.Invocations).toBe(3000)
    expect(throttleCauses(trace)).toEqual({ 'account-rps': 3 })
    expect([...perSecond(sim, 'Throttles', 'fn').values()].slice(0, 3)).toEqual([1, 1, 1])
    expect(summary.ConcurrentExecutions.Maximum).toBeLessThan(10)
  })

  test('asynchronous invokes are not capped by requests per second', () => {
    const { summary } = runToEnd(fast(1001, 'Event'))
    expect(summary.Throttles).toBe(0)
    expect(summary.Invocations).toBe(3003)
  })

  // The docs' example, at a tenth of the scale: 20,000 rps × 50 ms is concurrency 1,000, yet a limit
  // of 1,000 throttles half the requests; it takes a limit of 2,000.
  test.each([
    { limit: 100, runsPerSecond: 1000, throttledPerSecond: 1000, outcome: 'half are throttled' },
    { limit: 200, runsPerSecond: 2000, throttledPerSecond: 0, outcome: 'none are throttled' },
  ])('2,000 rps × 50 ms at limit $limit: $outcome', ({ limit, runsPerSecond, throttledPerSecond }) => {
    const { sim } = runToEnd(scenarioOf({
      Account: { ConcurrentExecutions: limit }, Functions: [modelled('fn', 50, 1)], Traffic: [constant('fn', 2000)], DurationSeconds: 5,
    }))
    const invocations = perSecond(sim, 'Invocations', 'fn')
    const throttled = perSecond(sim, 'Throttles', 'fn')
    // From the second second on, every environment is warm.
    for (const second of [1, 2, 3, 4]) {
      expect(invocations.get(second)).toBe(runsPerSecond)
      expect(throttled.get(second)).toBe(throttledPerSecond)
    }
  })
})

describe('concurrency = requests per second × average duration [D-concurrency]', () => {
  test.each([
    { rps: 100, seconds: 1, concurrency: 100 },
    { rps: 100, seconds: 0.5, concurrency: 50 },
    { rps: 200, seconds: 0.25, concurrency: 50 },
    { rps: 5000, seconds: 0.2, concurrency: 1000 },
    { rps: 30000, seconds: 0.02, concurrency: 600 },
  ])('$rps rps × $seconds s ≈ $concurrency in flight', ({ rps, seconds, concurrency }) => {
    // Long enough that the ramp-up and the requests cut off at the end weigh under 1 %.
    const runSeconds = Math.max(10, 100 * seconds)
    const { sim, summary } = runToEnd(scenarioOf({
      Account: { ConcurrentExecutions: 10_000 }, Functions: [modelled('fn', seconds * 1000, 1)],
      Traffic: [constant('fn', rps)], DurationSeconds: runSeconds,
    }))
    expect(summary.Throttles).toBe(0)
    expect(Math.abs(summary.ConcurrentExecutions.Average - concurrency) / concurrency).toBeLessThan(0.01)
    // In steady state the level is exactly rps × duration.
    expect(perSecond(sim, 'ConcurrentExecutions', 'fn').get(Math.floor(runSeconds / 2))).toBe(concurrency)
  })
})
