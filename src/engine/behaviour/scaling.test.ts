/**
 * How fast functions get new execution environments (lambda-facts §1.5): per function, 1,000 per
 * 10 s refilled continuously and never accrued beyond 1,000 (since Nov 2023); before that an
 * account-wide Regional burst of 3,000 / 1,000 / 500, then +500 per minute.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseScenario } from '../scenario/load.ts'
import type { AccountConfig, Scenario, TrafficConfig } from '../scenario/types.ts'
import { burst, runToEnd, scenarioOf, simulate } from '../testing/harness.ts'
import { at, modelled, perSecond, starts, throttleCauses, throttles } from './tracedRuns.ts'

/** Requests that last 100 s, so no environment is free for reuse during the test. */
const LONG_MS = 100_000
/** An account large enough that only the scaling rate can throttle. */
const ROOMY: AccountConfig = { ConcurrentExecutions: 20_000 }

function longRequests(traffic: TrafficConfig[], account: AccountConfig = ROOMY, names: string[] = ['fn']): Scenario {
  return scenarioOf({ Account: account, Functions: names.map((n) => modelled(n, LONG_MS)), Traffic: traffic, DurationSeconds: 200 })
}

describe('per-function scaling: 1,000 new environments per 10 s [D-scaling]', () => {
  test('1,000 new environments in the first instant', () => {
    const { summary } = runToEnd(longRequests([burst('fn', 1000)]))
    expect(summary.Environments.Created).toBe(1000)
    expect(summary.Throttles).toBe(0)
  })

  test('the 1,001st new environment in the first instant is throttled by the scaling rate', () => {
    const { summary, trace } = runToEnd(longRequests([burst('fn', 1001)]))
    expect(summary.Invocations).toBe(1000)
    expect(throttleCauses(trace)).toEqual({ 'scaling-rate': 1 })
  })

  test.each([
    { afterSeconds: 1, allowed: 100 },
    { afterSeconds: 0.5, allowed: 50 },
    { afterSeconds: 2.5, allowed: 250 },
  ])('refill is continuous: $afterSeconds s after using all 1,000, exactly $allowed more are allowed', ({ afterSeconds, allowed }) => {
    const { trace } = runToEnd(longRequests([burst('fn', 1000, 0), burst('fn', allowed + 1, afterSeconds)]))
    const later = starts(trace, 'fn').filter((s) => s.atMs === afterSeconds * 1000)
    expect(later).toHaveLength(allowed)
    expect(throttles(trace, 'fn').map((t) => [t.atMs, t.cause])).toEqual([[afterSeconds * 1000, 'scaling-rate']])
  })

  test('unused capacity does not accrue: after a long idle period still only 1,000 at once', () => {
    // The first burst's environments are reclaimed at once, so the second burst needs 1,001 new ones.
    const { summary, trace } = runToEnd(scenarioOf({
      Account: ROOMY, Functions: [modelled('fn', 1000, 200, { Simulation: { IdleTimeoutSeconds: 0 } })],
      Traffic: [burst('fn', 1000, 0), burst('fn', 1001, 150)], DurationSeconds: 200,
    }))
    expect(summary.Environments.Created).toBe(2000)
    expect(throttles(trace).map((t) => [t.atMs, t.cause])).toEqual([[150_000, 'scaling-rate']])
  })

  test('functions scale independently: two functions get 1,000 each at once, and each throttles its 1,001st', () => {
    const { sim, trace } = simulate(longRequests([burst('a', 1001), burst('b', 1001)], ROOMY, ['a', 'b']))
    sim.runToEnd()
    const s = sim.summary().Functions
    expect(s.a?.Invocations).toBe(1000)
    expect(s.b?.Invocations).toBe(1000)
    expect(throttles(trace, 'a')).toHaveLength(1)
    expect(throttles(trace, 'b')).toHaveLength(1)
    expect(throttleCauses(trace)).toEqual({ 'scaling-rate': 2 })
  })

  test('warm reuse takes no scaling permit: 1,000 requests a second after 1,000 cold starts all run warm', () => {
    // A second later only 100 permits have come back; 1,000 warm environments need none.
    const { summary } = runToEnd(scenarioOf({
      Account: ROOMY, Functions: [modelled('fn', 100)], Traffic: [burst('fn', 1000, 0), burst('fn', 1000, 1)], DurationSeconds: 5,
    }))
    expect(summary.Invocations).toBe(2000)
    expect(summary.Throttles).toBe(0)
    expect(summary.ColdStarts).toBe(1000)
    expect(summary.Environments.Created).toBe(1000)
  })
})

describe('legacy-burst scaling: Regional burst, then +500 per minute, account-wide [G-scaling]', () => {
  const legacy = (Region: string): AccountConfig => ({ ...ROOMY, Region, ScalingModel: 'legacy-burst' })

  test.each([
    { region: 'us-east-1', burst: 3000 }, { region: 'us-west-2', burst: 3000 }, { region: 'eu-west-1', burst: 3000 },
    { region: 'ap-northeast-1', burst: 1000 }, { region: 'eu-central-1', burst: 1000 }, { region: 'us-east-2', burst: 1000 },
    { region: 'ap-southeast-2', burst: 500 }, { region: 'sa-east-1', burst: 500 },
  ])('$region: $burst environments at once, the next one throttled', ({ region, burst: size }) => {
    const exact = runToEnd(longRequests([burst('fn', size)], legacy(region)))
    expect(exact.summary.Throttles).toBe(0)
    const over = runToEnd(longRequests([burst('fn', size + 1)], legacy(region)))
    expect(over.summary.Invocations).toBe(size)
    expect(throttleCauses(over.trace)).toEqual({ 'scaling-rate': 1 })
  })

  test.each([
    { afterSeconds: 60, allowed: 500 },
    { afterSeconds: 30, allowed: 250 },
  ])('after the burst, $afterSeconds s bring exactly $allowed more', ({ afterSeconds, allowed }) => {
    const { trace } = runToEnd(longRequests([burst('fn', 500, 0), burst('fn', allowed + 1, afterSeconds)], legacy('sa-east-1')))
    expect(starts(trace, 'fn').filter((s) => s.atMs === afterSeconds * 1000)).toHaveLength(allowed)
    expect(throttles(trace, 'fn').map((t) => [t.atMs, t.cause])).toEqual([[afterSeconds * 1000, 'scaling-rate']])
  })

  test('the burst is shared by every function of the account', () => {
    const shared = runToEnd(longRequests([burst('a', 300), burst('b', 201)], legacy('sa-east-1'), ['a', 'b']), 'a')
    expect(throttleCauses(shared.trace)).toEqual({ 'scaling-rate': 1 })
    // The same traffic under today's model: each function has its own 1,000.
    const perFunction = runToEnd(longRequests([burst('a', 300), burst('b', 201)], { ...ROOMY, Region: 'sa-east-1' }, ['a', 'b']), 'a')
    expect(throttles(perFunction.trace)).toHaveLength(0)
  })
})

describe('the scaling-spike example: 1,000 at once, then +100 a second up to the account limit of 3,000', () => {
  const spike = parseScenario(readFileSync(new URL('../../../scenarios/scaling-spike.json', import.meta.url), 'utf8'))
  if (!spike.ok) throw new Error('scenarios/scaling-spike.json does not validate')
  const { sim, trace } = simulate(spike.scenario)
  sim.runToEnd()
  const concurrency = perSecond(sim, 'ConcurrentExecutions', 'api')

  test('nothing runs before the spike at 10 s', () => {
    for (let second = 0; second < 10; second++) expect(at(concurrency, second)).toBe(0)
    expect(at(perSecond(sim, 'Environments', 'api'), 9)).toBe(0)
  })

  test('the first 1,000 requests of the spike all get a new environment at once', () => {
    // At 6,000 rps the first 1,000 arrive within 1,000 / 6 ms; none of them waits or is throttled.
    const windowEndMs = 10_000 + 1000 / 6
    const early = starts(trace, 'api').filter((s) => s.atMs < windowEndMs)
    expect(early).toHaveLength(1000)
    expect(early.every((s) => s.cold)).toBe(true)
    expect(throttles(trace, 'api')[0]?.atMs).toBeGreaterThan(windowEndMs)
  })

  test('concurrency then climbs by 100 each second', () => {
    // Second 10 holds the first 1,000 plus the permits refilled during it.
    expect(at(concurrency, 10)).toBeGreaterThanOrEqual(1000)
    expect(at(concurrency, 10)).toBeLessThanOrEqual(1100)
    for (let second = 11; second <= 29; second++) expect(at(concurrency, second) - at(concurrency, second - 1)).toBe(100)
  })

  test('it reaches the account limit of 3,000 at 30 s and stays there; the excess is throttled', () => {
    for (let second = 30; second < 100; second++) expect(at(concurrency, second)).toBe(3000)
    expect(Math.max(...concurrency.values())).toBe(3000)
    const causes = throttleCauses(trace)
    expect(causes['scaling-rate']).toBeGreaterThan(0)
    expect(causes['account-concurrency']).toBeGreaterThan(0)
    expect(throttles(trace, 'api').filter((t) => t.cause === 'scaling-rate').every((t) => t.atMs < 31_000)).toBe(true)
  })
})
