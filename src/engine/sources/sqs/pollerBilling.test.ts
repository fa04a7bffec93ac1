/** Provisioned pollers billed "per second, with a 1-minute minimum" per Event Poller Unit [P-pricing] §9. */
import { describe, expect, test } from 'vitest'
import { createUsage } from '../../cost/bill.ts'
import { EVENT_POLLER_MINIMUM_SECONDS } from '../../cost/prices.ts'
import type { FunctionState } from '../../model/state.ts'
import { PollerBilling } from './pollerBilling.ts'

const billingOf = (...changes: [atMs: number, pollers: number][]): PollerBilling => {
  const billing = new PollerBilling()
  for (const [atMs, pollers] of changes) billing.change(atMs, pollers)
  return billing
}

describe(`event pollers are billed per second, at least ${EVENT_POLLER_MINIMUM_SECONDS} s each [P-pricing]`, () => {
  test('4 pollers for half an hour: 7,200 poller-seconds', () => {
    expect(billingOf([0, 4]).billedSeconds(1_800_000)).toBe(7200)
  })

  test('a poller that ran 10 s is billed a minute; one that ran 61.2 s, 62 s', () => {
    expect(billingOf([0, 1], [10_000, 0]).billedSeconds(500_000)).toBe(60)
    expect(billingOf([0, 1], [61_200, 0]).billedSeconds(500_000)).toBe(62)
  })

  test('a poller still running is billed up to now, and at least its minute', () => {
    expect(billingOf([0, 2]).billedSeconds(10_000)).toBe(120)
    expect(billingOf([0, 2]).billedSeconds(90_500)).toBe(182)
  })

  test('scaling in stops the newest pollers first: the floor runs on unbroken', () => {
    // 2 pollers from 0, a third from 100 s to 130 s (billed its minute), then 2 again.
    expect(billingOf([0, 2], [100_000, 3], [130_000, 2]).billedSeconds(200_000)).toBe(2 * 200 + 60)
    // Out of 5 (2 from 0 s, 3 from 50 s), 3 stop at 200 s: the three of 50 s, 150 s each.
    expect(billingOf([0, 2], [50_000, 5], [200_000, 2]).billedSeconds(300_000)).toBe(2 * 300 + 3 * 150)
  })

  test('a mapping with no pollers (standard mode, or disabled) is billed nothing', () => {
    expect(billingOf([0, 0]).billedSeconds(3_600_000)).toBe(0)
    expect(billingOf([0, 3], [600_000, 0]).billedSeconds(3_600_000)).toBe(1800)
  })

  test('settling charges what was billed so far to the function polled for until now', () => {
    const billing = billingOf([0, 2])
    const before = { usage: createUsage() } as FunctionState
    billing.settle(300_000, before)
    expect(before.usage.eventPollerSeconds).toBe(600)
    expect(billing.unsettledSeconds(300_000)).toBe(0)
    expect(billing.unsettledSeconds(400_000)).toBe(200)
  })
})
