/**
 * What a run costs (lambda-facts §9, §4 init billing, §13), checked against hand computation with
 * the documented us-east-1 prices written out here, not imported, so a wrong price in the engine
 * fails these tests.
 */
import { describe, expect, test } from 'vitest'
import type { FunctionSummary } from '../api.ts'
import type { FunctionConfig, Scenario } from '../scenario/types.ts'
import { validateScenario } from '../scenario/validate.ts'
import { createSimulation } from '../simulation.ts'
import { burst, oneFunction, runToEnd } from '../testing/harness.ts'
import { startsOf } from './readers.ts'

const REQUEST_USD = 0.2 / 1_000_000
const X86_GB_SECOND_USD = 0.0000166667
const ARM_GB_SECOND_USD = 0.0000133334
const PC_CONFIGURED_X86_GB_SECOND_USD = 0.0000041667
const PC_DURATION_X86_GB_SECOND_USD = 0.0000097222
const EPHEMERAL_GB_SECOND_USD = 0.0000000309

/** The summary rounds CostUSD to 8 decimals and GBSeconds to 6. */
function expectUSD(actual: number | undefined, expected: number): void {
  expect(actual).toBeDefined()
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-8)
}

function constant(value: number): { Distribution: 'constant'; Value: number } {
  return { Distribution: 'constant', Value: value }
}

/** 1,024 MB, 250 ms of work, 150 ms init; 20 requests per second for 600 s; the run ends after the last one. */
function steady(fn: Partial<FunctionConfig> = {}, extra: Partial<Scenario> = {}): Scenario {
  return oneFunction({
    MemorySize: 1024,
    ...fn,
    Simulation: { DurationMs: constant(250), InitDurationMs: constant(150), ...fn.Simulation },
  }, [{ Target: 'fn', Arrivals: { Process: 'constant', RatePerSecond: 20 }, EndSecond: 600 }], { DurationSeconds: 601, ...extra })
}

describe('on-demand requests and duration [D-pricing-wp], [P-pricing]', () => {
  test('GBSeconds and CostUSD equal the hand computation for a constant-duration run (x86_64)', () => {
    const { summary, trace } = runToEnd(steady())
    const requests = 20 * 600
    const coldStarts = startsOf(trace).filter((s) => s.cold).length
    expect(summary.Invocations).toBe(requests)
    expect(coldStarts).toBeGreaterThan(0)
    // 1 GB × (every request's 0.25 s + every cold start's 0.15 s init).
    const gbSeconds = requests * 0.25 + coldStarts * 0.15
    expect(summary.GBSeconds).toBeCloseTo(gbSeconds, 6)
    expectUSD(summary.CostUSD, requests * REQUEST_USD + gbSeconds * X86_GB_SECOND_USD)
  })

  test('requests cost $0.20 per million', () => {
    const { summary } = runToEnd(steady())
    expectUSD(summary.CostUSD - summary.GBSeconds * X86_GB_SECOND_USD, 12_000 * 0.0000002)
  })

  test('arm64 duration is billed at $0.0000133334 per GB-s, cheaper than x86_64', () => {
    const arm = runToEnd(steady({ Architectures: ['arm64'] }))
    const x86 = runToEnd(steady({ Architectures: ['x86_64'] }))
    expect(arm.summary.GBSeconds).toBe(x86.summary.GBSeconds)
    expectUSD(arm.summary.CostUSD, 12_000 * REQUEST_USD + arm.summary.GBSeconds * ARM_GB_SECOND_USD)
    expect(arm.summary.CostUSD).toBeLessThan(x86.summary.CostUSD)
  })

  test('memory is billed in GB of 1,024 MB: 128 MB × 100 ms = 0.0125 GB-s per warm invocation', () => {
    const { summary } = runToEnd(oneFunction({ MemorySize: 128 }, [burst('fn', 1, 0), burst('fn', 1, 1)]))
    // Cold: (100 + 200 init) ms; warm: 100 ms.
    expect(summary.GBSeconds).toBeCloseTo(0.125 * 0.3 + 0.125 * 0.1, 9)
  })

  test('the Init phase of an on-demand cold start is billed (since 1 Aug 2025)', () => {
    const cold = runToEnd(oneFunction({ MemorySize: 1024 }, [burst('fn', 1)]))
    expect(cold.summary.GBSeconds).toBeCloseTo(0.3, 9)
    expectUSD(cold.summary.CostUSD, REQUEST_USD + 0.3 * X86_GB_SECOND_USD)
  })

  test('throttled requests are not billed', () => {
    const { summary } = runToEnd(oneFunction({ MemorySize: 1024, ReservedConcurrentExecutions: 1 }, [burst('fn', 10)]))
    expect(summary.Throttles).toBe(9)
    expectUSD(summary.CostUSD, REQUEST_USD + 0.3 * X86_GB_SECOND_USD)
  })
})

describe('provisioned concurrency [S-pricelist], [P-pricing]', () => {
  /** Provisioned concurrency `count` on version 1 (1,024 MB), configured from the start. */
  function provisioned(count: number, durationSeconds: number, traffic: Scenario['Traffic'] = []): Scenario {
    return oneFunction({
      MemorySize: 1024, Versions: [{ Version: '1' }],
      ProvisionedConcurrencyConfigs: [{ Qualifier: '1', ProvisionedConcurrentExecutions: count }],
    }, traffic, { DurationSeconds: durationSeconds })
  }

  /** Each allocated environment's 200 ms init is billed at the provisioned duration rate. */
  const initUSD = (count: number): number => count * 0.2 * PC_DURATION_X86_GB_SECOND_USD

  test('configured concurrency costs $0.0000041667 per GB-s, metered in 5-minute increments', () => {
    // 10 environments × 1 GB × 300 s, whether the run lasts 1 s or the whole 5 minutes.
    const oneSecond = runToEnd(provisioned(10, 1)).summary
    const fiveMinutes = runToEnd(provisioned(10, 300)).summary
    expectUSD(oneSecond.CostUSD, 10 * 300 * PC_CONFIGURED_X86_GB_SECOND_USD + initUSD(10))
    expect(fiveMinutes.CostUSD).toBe(oneSecond.CostUSD)
  })

  test('one second past 5 minutes bills a second 5-minute increment', () => {
    const fiveMinutes = runToEnd(provisioned(10, 300)).summary
    const justOver = runToEnd(provisioned(10, 301)).summary
    expectUSD(justOver.CostUSD - fiveMinutes.CostUSD, 10 * 300 * PC_CONFIGURED_X86_GB_SECOND_USD)
  })

  test('invocations on provisioned environments are billed at the lower $0.0000097222 per GB-s', () => {
    const traffic: Scenario['Traffic'] = [{ Target: 'fn:1', Arrivals: { Process: 'constant', RatePerSecond: 10 }, EndSecond: 100 }]
    const { summary } = runToEnd(provisioned(5, 101, traffic))
    expect(summary.ProvisionedConcurrencyInvocations).toBe(1000)
    expect(summary.ProvisionedConcurrencySpilloverInvocations).toBe(0)
    const configured = 5 * 300 * PC_CONFIGURED_X86_GB_SECOND_USD
    const execution = 1000 * 0.1 * PC_DURATION_X86_GB_SECOND_USD
    expectUSD(summary.CostUSD, 1000 * REQUEST_USD + configured + initUSD(5) + execution)
  })

  test('spillover invocations are billed at on-demand rates, their init included', () => {
    const { summary } = runToEnd(provisioned(1, 10, [burst('fn:1', 3, 1)]))
    expect(summary.ProvisionedConcurrencyInvocations).toBe(1)
    expect(summary.ProvisionedConcurrencySpilloverInvocations).toBe(2)
    const configured = 300 * PC_CONFIGURED_X86_GB_SECOND_USD
    const onProvisioned = 0.1 * PC_DURATION_X86_GB_SECOND_USD
    const spillover = 2 * (0.1 + 0.2) * X86_GB_SECOND_USD
    expectUSD(summary.CostUSD, 3 * REQUEST_USD + configured + initUSD(1) + onProvisioned + spillover)
  })
})

describe('ephemeral storage above 512 MB [S-pricelist]', () => {
  test('/tmp of 10,240 MB adds 9.5 GB × billed seconds × $0.0000000309', () => {
    const base = runToEnd(steady()).summary
    const large = runToEnd(steady({ EphemeralStorage: { Size: 10_240 } })).summary
    expect(large.GBSeconds).toBe(base.GBSeconds)
    // 1,024 MB of memory, so billed seconds = GB-s.
    expectUSD(large.CostUSD - base.CostUSD, 9.5 * base.GBSeconds * EPHEMERAL_GB_SECOND_USD)
  })

  test('the default 512 MB of /tmp costs nothing extra', () => {
    const base = runToEnd(steady()).summary
    const explicit = runToEnd(steady({ EphemeralStorage: { Size: 512 } })).summary
    expect(explicit.CostUSD).toBe(base.CostUSD)
  })
})

describe('the monthly free tier (Account.ApplyFreeTier) [D-pricing-wp]', () => {
  test('a run inside the free tier (1 M requests, 400,000 GB-s) costs nothing', () => {
    const withFreeTier = runToEnd(steady({}, { Account: { ApplyFreeTier: true } })).summary
    const without = runToEnd(steady()).summary
    expect(withFreeTier.CostUSD).toBe(0)
    expect(without.CostUSD).toBeGreaterThan(0)
    expect(withFreeTier.GBSeconds).toBe(without.GBSeconds)
  })

  test('beyond the free tier only the GB-s above 400,000 are billed', () => {
    // 10,240 MB (10 GB) × 800 s per invocation = 8,000 GB-s; 60 of them = 480,000 GB-s.
    const scenario = oneFunction({
      MemorySize: 10_240, Timeout: 900,
      Simulation: { DurationMs: constant(800_000), InitDurationMs: constant(0) },
    }, [burst('fn', 60)], { DurationSeconds: 801, Account: { ApplyFreeTier: true } })
    const { summary } = runToEnd(scenario)
    expect(summary.GBSeconds).toBeCloseTo(480_000, 6)
    expectUSD(summary.CostUSD, 80_000 * X86_GB_SECOND_USD)
  })

  test('the pricing page example: 3 M requests × 512 MB × 1 s ≈ $18.74 after the free tier', { timeout: 60_000 }, () => {
    // 1.5 M GB-s − 400,000 free = 1.1 M GB-s; 3 M − 1 M free requests = 2 M × $0.20/M = $0.40.
    // The page rounded the price to $0.00001667 and got $18.74; at $0.0000166667 it is $18.7334.
    const scenario = oneFunction({
      MemorySize: 512,
      Simulation: { DurationMs: constant(1000), InitDurationMs: constant(0) },
    }, [{ Target: 'fn', Arrivals: { Process: 'constant', RatePerSecond: 1000 }, EndSecond: 3000 }], {
      DurationSeconds: 3001, Account: { ConcurrentExecutions: 2000, ApplyFreeTier: true },
    })
    // Three million invocations: run without the trace recorder the harness adds.
    const checked = validateScenario(scenario)
    if (!checked.ok) throw new Error('invalid scenario')
    const sim = createSimulation(checked.scenario)
    sim.runToEnd()
    const summary = sim.summary().Functions.fn as FunctionSummary
    expect(summary.Invocations).toBe(3_000_000)
    expect(summary.GBSeconds).toBeCloseTo(1_500_000, 6)
    expectUSD(summary.CostUSD, 2_000_000 * REQUEST_USD + 1_100_000 * X86_GB_SECOND_USD)
    expect(Math.abs(summary.CostUSD - 18.74)).toBeLessThan(0.01)
  })
})
