/** The scaling arithmetic of both modes [D-sqs-scale] §3.3, tick by tick. */
import { describe, expect, test } from 'vitest'
import { SQS_POLLER_MAX_CONCURRENCY, SQS_PROVISIONED_MAX_CONCURRENCY } from '../../facts.ts'
import { PollerScaling, scalingBoundsOf } from './pollerScaling.ts'

function backlogged(scaling: PollerScaling, seconds: number): number[] {
  const limits: number[] = []
  for (let s = 0; s < seconds; s++) {
    scaling.tick(true, false)
    limits.push(scaling.limit)
  }
  return limits
}

describe('PollerScaling', () => {
  test('standard mode: 5, then +5 a second (300 a minute) to 1,250 [D-sqs-scale]', () => {
    const scaling = new PollerScaling(scalingBoundsOf(undefined, undefined))
    expect([scaling.limit, scaling.pollers]).toEqual([5, 0])
    const limits = backlogged(scaling, 300)
    expect(limits[0]).toBe(10)
    expect(limits[59]).toBe(305)
    expect(Math.max(...limits)).toBe(SQS_POLLER_MAX_CONCURRENCY)
  })

  test('provisioned mode: whole pollers of 10, +100 pollers (1,000 concurrency) in every minute, 1 or 2 a second [D-sqs-scale]', () => {
    const scaling = new PollerScaling(scalingBoundsOf(undefined, { MinimumPollers: 2, MaximumPollers: 10_000 }))
    expect([scaling.limit, scaling.pollers]).toEqual([20, 2])
    const limits = backlogged(scaling, 180)
    expect(limits.every((l) => l % 10 === 0)).toBe(true)
    expect([limits[59], limits[119], limits[179]]).toEqual([1020, 2020, 3020])
    const steps = limits.map((l, i) => l - (limits[i - 1] ?? 20))
    expect(new Set(steps)).toEqual(new Set([10, 20]))
  })

  test(`provisioned mode never passes ${SQS_PROVISIONED_MAX_CONCURRENCY} concurrency, whatever MaximumPollers says [B-sqs-provisioned]`, () => {
    const scaling = new PollerScaling(scalingBoundsOf(undefined, { MinimumPollers: 200, MaximumPollers: 10_000 }))
    const limits = backlogged(scaling, 1200)
    expect(Math.max(...limits)).toBe(SQS_PROVISIONED_MAX_CONCURRENCY)
    expect(scaling.pollers).toBe(2000)
  })

  test('an idle queue scales back to MinimumPollers; a throttle drops to the pollers the running invokes need', () => {
    const scaling = new PollerScaling(scalingBoundsOf(undefined, { MinimumPollers: 3, MaximumPollers: 40 }))
    backlogged(scaling, 60)
    expect(scaling.pollers).toBe(40)
    scaling.throttled(0, 123)
    expect(scaling.pollers).toBe(13)
    for (let s = 0; s < 60; s++) scaling.tick(false, true)
    expect([scaling.pollers, scaling.settled]).toEqual([3, true])
  })

  test('reconfigure keeps the capacity running now within the new bounds', () => {
    const scaling = new PollerScaling(scalingBoundsOf(undefined, undefined))
    backlogged(scaling, 10)
    expect(scaling.limit).toBe(55)
    scaling.reconfigure(scalingBoundsOf(undefined, { MinimumPollers: 2, MaximumPollers: 4 }))
    expect([scaling.limit, scaling.pollers]).toEqual([40, 4])
    scaling.reconfigure(scalingBoundsOf(12, undefined))
    expect([scaling.limit, scaling.pollers]).toEqual([12, 0])
    scaling.restart()
    expect(scaling.limit).toBe(5)
  })
})
