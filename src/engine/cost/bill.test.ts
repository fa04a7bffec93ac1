import { describe, expect, it } from 'vitest'
import {
  addUsage, billedDurationMs, createBillingProfile, createUsage, eventPollerBilledSeconds, pcMeteredSeconds, priceUsage, recordInvocation,
  recordProvisionedConcurrency, type Usage,
} from './bill.ts'

const noFreeTier = { applyFreeTier: false }
const withFreeTier = { applyFreeTier: true }

function usageWith(edit: (usage: Usage) => void): Usage {
  const usage = createUsage()
  edit(usage)
  return usage
}

describe('billed duration: ceil(Duration + Init Duration) to 1 ms [B-1ms], [B-init-billing]', () => {
  it('reproduces the REPORT examples of the runtime-environment page', () => {
    expect(billedDurationMs(3004.92, 111.23)).toBe(3117)
    expect(billedDurationMs(133.61, 80.0)).toBe(214)
  })

  it('rounds a warm invocation up to the next millisecond', () => {
    expect(billedDurationMs(79.67)).toBe(80)
    expect(billedDurationMs(0.01)).toBe(1)
  })

  it('bills a whole number of milliseconds as it is, and at least 1 ms', () => {
    expect(billedDurationMs(3000)).toBe(3000)
    expect(billedDurationMs(0)).toBe(1)
  })

  it('does not bill a millisecond of floating-point noise from virtual-time arithmetic', () => {
    expect(4.4 - 1.4).toBe(3.0000000000000004) // an end minus a start, 3 ms apart
    expect(billedDurationMs(4.4 - 1.4)).toBe(3)
    expect(billedDurationMs(0.33 + 0.56, 0.11)).toBe(1) // 1.0000000000000002 in floating point
  })
})

describe('provisioned concurrency is metered in 5-minute increments [P-pricing]', () => {
  it('bills 1 s as 300 s and 301 s as 600 s', () => {
    expect(pcMeteredSeconds(0, 1000)).toBe(300)
    expect(pcMeteredSeconds(0, 301_000)).toBe(600)
  })

  it('bills exactly 5 minutes as 300 s, whatever the start time', () => {
    expect(pcMeteredSeconds(0, 300_000)).toBe(300)
    expect(pcMeteredSeconds(12_345.6, 312_345.6)).toBe(300)
  })

  it('bills nothing when disabled at the moment it was enabled, and refuses a negative span', () => {
    expect(pcMeteredSeconds(5000, 5000)).toBe(0)
    expect(() => pcMeteredSeconds(2, 1)).toThrow(RangeError)
  })
})

describe('the pricing page worked example: 512 MB × 1 s × 3 M requests [P-pricing-2019]', () => {
  const profile = createBillingProfile('x86_64', 512, 512)
  const usage = createUsage()
  for (let i = 0; i < 3_000_000; i++) recordInvocation(usage, profile, billedDurationMs(1000), false)

  it('is 1,500,000 GB-s (GB = MB / 1024)', () => {
    expect(usage.requests).toBe(3_000_000)
    expect(usage.onDemandGBSeconds.x86_64).toBe(1_500_000)
  })

  it('costs $18.73 with the free tier: 1,100,000 GB-s × $0.0000166667 + 2 M × $0.20/M', () => {
    const price = priceUsage(usage, withFreeTier)
    expect(price.durationUSD).toBeCloseTo(18.33337, 9)
    expect(price.requestsUSD).toBeCloseTo(0.4, 12)
    expect(price.totalUSD).toBeCloseTo(18.73337, 9)
    // The page printed $18.74 because it priced 1,100,000 GB-s at the rounded $0.00001667 ($18.337 → $18.34);
    // at today's exact list price the duration is $18.33337, so the total rounds to $18.73.
    expect(price.totalUSD.toFixed(2)).toBe('18.73')
    expect((1_100_000 * 0.00001667 + 0.4).toFixed(2)).toBe('18.74')
  })

  it('costs $25.60005 without it: 1,500,000 × $0.0000166667 + 3 M × $0.20/M', () => {
    expect(priceUsage(usage, noFreeTier).totalUSD).toBeCloseTo(25.60005, 9)
  })
})

describe('on-demand duration is tiered by cumulative monthly GB-s per architecture [B-tiers]', () => {
  const x86 = (gbSeconds: number) =>
    priceUsage(usageWith((u) => { u.onDemandGBSeconds.x86_64 = gbSeconds }), noFreeTier).durationUSD
  const arm = (gbSeconds: number) =>
    priceUsage(usageWith((u) => { u.onDemandGBSeconds.arm64 = gbSeconds }), noFreeTier).durationUSD

  it('x86: the first 6 B GB-s at $0.0000166667, the next 9 B at $0.000015, the rest at $0.0000133334', () => {
    expect(x86(6e9)).toBeCloseTo(100_000.2, 4)
    expect(x86(6e9 + 1e6)).toBeCloseTo(100_000.2 + 15, 4)
    expect(x86(15e9)).toBeCloseTo(100_000.2 + 135_000, 4)
    expect(x86(15e9 + 1e6)).toBeCloseTo(235_000.2 + 13.3334, 4)
  })

  it('Arm: the first 7.5 B GB-s at $0.0000133334, the next 11.25 B at $0.0000120001, the rest at $0.0000106667', () => {
    expect(arm(7.5e9)).toBeCloseTo(100_000.5, 4)
    expect(arm(7.5e9 + 1e6)).toBeCloseTo(100_000.5 + 12.0001, 4)
    expect(arm(18.75e9)).toBeCloseTo(100_000.5 + 135_001.125, 4)
    expect(arm(18.75e9 + 1e6)).toBeCloseTo(235_001.625 + 10.6667, 4)
  })

  it('Arm costs about 20 % less than x86 for the same GB-s', () => {
    expect(x86(1e6)).toBeCloseTo(16.6667, 9)
    expect(arm(1e6)).toBeCloseTo(13.3334, 9)
  })

  it('counts tiers per architecture: 6 B x86 GB-s do not push Arm GB-s into tier 2', () => {
    const usage = usageWith((u) => { u.onDemandGBSeconds.x86_64 = 6e9; u.onDemandGBSeconds.arm64 = 1e6 })
    expect(priceUsage(usage, noFreeTier).durationUSD).toBeCloseTo(100_000.2 + 13.3334, 4)
  })

  it('the free GB-s are the first of the month, so tier 1 still ends at 6 B cumulative GB-s', () => {
    const usage = usageWith((u) => { u.onDemandGBSeconds.x86_64 = 6e9 + 1e6 })
    expect(priceUsage(usage, withFreeTier).durationUSD).toBeCloseTo((6e9 - 400_000) * 0.0000166667 + 1e6 * 0.000015, 4)
  })
})

describe('the free tier: 1 M requests + 400,000 GB-s a month, x86 and Arm together [D-pricing-wp]', () => {
  it('makes a small month free', () => {
    const usage = usageWith((u) => { u.requests = 999_999; u.onDemandGBSeconds.x86_64 = 399_999 })
    expect(priceUsage(usage, withFreeTier).totalUSD).toBe(0)
  })

  it('is shared by both architectures, spent on x86 first', () => {
    const usage = usageWith((u) => { u.onDemandGBSeconds.x86_64 = 300_000; u.onDemandGBSeconds.arm64 = 300_000 })
    expect(priceUsage(usage, withFreeTier).durationUSD).toBeCloseTo(200_000 * 0.0000133334, 12)
  })

  it('does not cover provisioned concurrency', () => {
    const usage = usageWith((u) => {
      u.provisionedConfiguredGBSeconds.x86_64 = 1000
      u.provisionedExecutionGBSeconds.x86_64 = 1000
    })
    expect(priceUsage(usage, withFreeTier).provisionedUSD).toBeCloseTo(1000 * 0.0000041667 + 1000 * 0.0000097222, 12)
  })

  it('applies to the account, so usages are added before pricing', () => {
    const a = usageWith((u) => { u.onDemandGBSeconds.x86_64 = 300_000 })
    const b = usageWith((u) => { u.onDemandGBSeconds.x86_64 = 300_000 })
    const separately = priceUsage(a, withFreeTier).totalUSD + priceUsage(b, withFreeTier).totalUSD
    addUsage(a, b)
    expect(separately).toBe(0)
    expect(priceUsage(a, withFreeTier).totalUSD).toBeCloseTo(200_000 * 0.0000166667, 12)
  })
})

describe('provisioned concurrency [S-pricelist], [P-pricing]', () => {
  it('bills configured environments × GB × metered seconds at $0.0000041667 (Arm $0.0000033334)', () => {
    const usage = createUsage()
    const seconds = pcMeteredSeconds(0, 1000) // 300 s
    recordProvisionedConcurrency(usage, createBillingProfile('x86_64', 1024, 512), 10, seconds)
    recordProvisionedConcurrency(usage, createBillingProfile('arm64', 2048, 512), 1, seconds)
    expect(usage.provisionedConfiguredGBSeconds).toEqual({ x86_64: 3000, arm64: 600 })
    expect(priceUsage(usage, noFreeTier).provisionedUSD).toBeCloseTo(3000 * 0.0000041667 + 600 * 0.0000033334, 12)
  })

  it('bills invocations on provisioned environments at $0.0000097222 (Arm $0.0000077778), spillover at on-demand', () => {
    const usage = createUsage()
    const x86 = createBillingProfile('x86_64', 1024, 512)
    recordInvocation(usage, x86, 1000, true)
    recordInvocation(usage, x86, 1000, false)
    recordInvocation(usage, createBillingProfile('arm64', 1024, 512), 1000, true)
    expect(usage.requests).toBe(3)
    const price = priceUsage(usage, noFreeTier)
    expect(price.provisionedUSD).toBeCloseTo(0.0000097222 + 0.0000077778, 15)
    expect(price.durationUSD).toBeCloseTo(0.0000166667, 15)
    expect(price.requestsUSD).toBeCloseTo(3 * 0.0000002, 15)
  })
})

describe('ephemeral storage: $0.0000000309 per GB-s above the free 512 MB [S-pricelist]', () => {
  it('costs nothing at the default 512 MB', () => {
    const usage = createUsage()
    recordInvocation(usage, createBillingProfile('x86_64', 128, 512), 1_000_000, false)
    expect(usage.ephemeralGBSeconds).toBe(0)
    expect(priceUsage(usage, noFreeTier).ephemeralUSD).toBe(0)
  })

  it('bills only the configured storage above 512 MB, over the billed duration', () => {
    const usage = createUsage()
    recordInvocation(usage, createBillingProfile('x86_64', 128, 10_240), 2000, false)
    expect(usage.ephemeralGBSeconds).toBe(((10_240 - 512) / 1024) * 2) // 19 GB-s
    expect(priceUsage(usage, withFreeTier).ephemeralUSD).toBeCloseTo(19 * 0.0000000309, 18)
  })
})

describe('SQS provisioned pollers: $0.00925 per Event Poller Unit-hour, one EPU per poller, per second with a 1-minute minimum [P-pricing]', () => {
  it('bills whole seconds, never less than 60 per poller', () => {
    expect(eventPollerBilledSeconds(0, 1000)).toBe(60)
    expect(eventPollerBilledSeconds(0, 60_000)).toBe(60)
    expect(eventPollerBilledSeconds(0, 60_001)).toBe(61)
    expect(eventPollerBilledSeconds(1_400, 3_601_400)).toBe(3600)
    expect(() => eventPollerBilledSeconds(2, 1)).toThrow(RangeError)
  })

  it('prices poller-seconds by the hour, with no free tier', () => {
    // 4 pollers for half an hour: 2 EPU-hours.
    const usage = usageWith((u) => { u.eventPollerSeconds = 4 * 1800 })
    expect(priceUsage(usage, withFreeTier).eventPollersUSD).toBeCloseTo(2 * 0.00925, 15)
    expect(priceUsage(usage, withFreeTier).totalUSD).toBeCloseTo(0.0185, 15)
  })

  it('matches the pricing page\'s SQS example: 8,000 EPU-hours cost $74', () => {
    expect(priceUsage(usageWith((u) => { u.eventPollerSeconds = 8000 * 3600 }), noFreeTier).eventPollersUSD).toBeCloseTo(74, 9)
  })
})

describe('the price breakdown', () => {
  it('totals its parts', () => {
    const usage = usageWith((u) => {
      u.requests = 5_000_000
      u.onDemandGBSeconds.arm64 = 2_000_000
      u.provisionedConfiguredGBSeconds.x86_64 = 50_000
      u.ephemeralGBSeconds = 1_000_000
      u.eventPollerSeconds = 7200
    })
    const { requestsUSD, durationUSD, provisionedUSD, ephemeralUSD, eventPollersUSD, totalUSD } = priceUsage(usage, noFreeTier)
    expect(requestsUSD).toBeCloseTo(1, 12)
    expect(durationUSD).toBeCloseTo(26.6668, 9)
    expect(provisionedUSD).toBeCloseTo(0.208335, 12)
    expect(ephemeralUSD).toBeCloseTo(0.0309, 12)
    expect(eventPollersUSD).toBeCloseTo(0.0185, 12)
    expect(totalUSD).toBe(requestsUSD + durationUSD + provisionedUSD + ephemeralUSD + eventPollersUSD)
  })

  it('adds poller-seconds across usages', () => {
    const into = usageWith((u) => { u.eventPollerSeconds = 60 })
    addUsage(into, usageWith((u) => { u.eventPollerSeconds = 120 }))
    expect(into.eventPollerSeconds).toBe(180)
  })
})
