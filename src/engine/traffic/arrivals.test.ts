/**
 * The step, sine and replay arrival processes (issue 4's traffic generators): the number of
 * requests over any span is the integral of the rate, steps change the rate exactly at their
 * instants, a sine never goes below zero and repeats every period, and a replay sends the trace's
 * lines in order, at their times, each with its own payload.
 */
import { describe, expect, test } from 'vitest'
import { createRandom } from '../random/seeded.ts'
import type { ArrivalProcess } from '../scenario/types.ts'
import { createArrivalClock } from './arrivals.ts'
import { createRateClock } from './rateClock.ts'

/** Every arrival time (ms) the process yields over [startMs, endMs). */
function arrivals(process: ArrivalProcess, startMs: number, endMs: number): number[] {
  const clock = createArrivalClock(process, startMs, endMs, createRandom(1))
  const times: number[] = []
  for (let at = clock(); at !== null; at = clock()) times.push(at)
  return times
}

const within = (times: readonly number[], fromMs: number, toMs: number): number => times.filter((t) => t >= fromMs && t < toMs).length

describe('step: a piecewise-constant rate', () => {
  const steps: ArrivalProcess = { Process: 'step', Steps: [{ AtSecond: 0, RatePerSecond: 2 }, { AtSecond: 10, RatePerSecond: 5 }] }

  test('the count is the integral of the rate: 2/s for 10 s then 5/s for 10 s is 70', () => {
    expect(arrivals(steps, 0, 20_000)).toHaveLength(70)
  })

  test('each step holds from its AtSecond to the next: 20 requests before 10 s, 50 after', () => {
    const times = arrivals(steps, 0, 20_000)
    expect(within(times, 0, 10_000)).toBe(20)
    expect(within(times, 10_000, 20_000)).toBe(50)
  })

  test('arrivals are evenly spaced within a step, the first at the window start: 500 ms apart at 2/s, 200 ms at 5/s from the step', () => {
    const times = arrivals(steps, 0, 20_000)
    expect(times.slice(0, 3)).toEqual([0, 500, 1000])
    const late = times.filter((t) => t >= 10_000).slice(0, 3)
    expect(late).toEqual([10_000, 10_200, 10_400])
  })

  test('the rate is 0 before the first step', () => {
    const times = arrivals({ Process: 'step', Steps: [{ AtSecond: 5, RatePerSecond: 4 }] }, 0, 10_000)
    expect(within(times, 0, 5000)).toBe(0)
    expect(times).toHaveLength(20)
  })

  test('steps may be listed in any order', () => {
    const shuffled: ArrivalProcess = { Process: 'step', Steps: [{ AtSecond: 10, RatePerSecond: 5 }, { AtSecond: 0, RatePerSecond: 2 }] }
    expect(arrivals(shuffled, 0, 20_000)).toEqual(arrivals(steps, 0, 20_000))
  })

  test('a fraction of a request owed at a boundary carries into the next step: 1.5/s then 2.5/s for 1 s each is 4', () => {
    const times = arrivals({ Process: 'step', Steps: [{ AtSecond: 0, RatePerSecond: 1.5 }, { AtSecond: 1, RatePerSecond: 2.5 }] }, 0, 2000)
    expect(times).toHaveLength(4)
    // The integral is 1.5 at 1 s, so the request due at 2 arrives 0.5 / 2.5 s into the second step.
    expect(times[2]).toBeCloseTo(1000 + (2 - 1.5) / 2.5 * 1000, 6)
  })

  test('a step at rate 0 stops the traffic until the next one', () => {
    const times = arrivals({ Process: 'step', Steps: [{ AtSecond: 0, RatePerSecond: 1 }, { AtSecond: 3, RatePerSecond: 0 }, { AtSecond: 6, RatePerSecond: 1 }] }, 0, 9000)
    // The request due when the integral reaches 3 is at 3 s exactly; then nothing until 1 s into the last step.
    expect(times).toEqual([0, 1000, 2000, 3000, 7000, 8000])
  })

  test('step instants are run time: a window starting at 15 s sends at the step then in force', () => {
    const times = arrivals(steps, 15_000, 20_000)
    expect(times).toHaveLength(25)
    expect(times[0]).toBe(15_000)
  })
})

describe('sine: a daily cycle, never below zero', () => {
  const daily: ArrivalProcess = { Process: 'sine', MeanRatePerSecond: 1, AmplitudePerSecond: 1 }

  test('PeriodSeconds defaults to a day: over 24 hours the count is the mean times 86,400', () => {
    const times = arrivals(daily, 0, 86_400_000)
    expect(Math.abs(times.length - 86_400)).toBeLessThanOrEqual(1)
  })

  test('the busiest hour is around 6 h into the day (sin peaks at a quarter period), the quietest around 18 h', () => {
    const times = arrivals(daily, 0, 86_400_000)
    const hour = (h: number): number => within(times, h * 3_600_000, (h + 1) * 3_600_000)
    expect(hour(5)).toBeGreaterThan(6900)
    expect(hour(17)).toBeLessThan(300)
    const byHour = Array.from({ length: 24 }, (_, h) => hour(h))
    expect(byHour.indexOf(Math.max(...byHour))).toBeOneOf([5, 6])
    expect(byHour.indexOf(Math.min(...byHour))).toBeOneOf([17, 18])
  })

  test('each period sends the same number of requests: the cycle repeats every PeriodSeconds', () => {
    const times = arrivals({ Process: 'sine', MeanRatePerSecond: 10, AmplitudePerSecond: 8, PeriodSeconds: 60 }, 0, 300_000)
    const perPeriod = [0, 1, 2, 3, 4].map((p) => within(times, p * 60_000, (p + 1) * 60_000))
    for (const count of perPeriod) expect(Math.abs(count - 600)).toBeLessThanOrEqual(1)
    // The same shape each period: the quarter around the peak is busier than the one around the trough.
    expect(within(times, 60_000 + 7_500, 60_000 + 22_500)).toBeGreaterThan(3 * within(times, 60_000 + 37_500, 60_000 + 52_500))
  })

  test('an amplitude above the mean clips at 0: no requests while the curve is below zero, and more than the mean overall', () => {
    const period = 100_000
    const times = arrivals({ Process: 'sine', MeanRatePerSecond: 2, AmplitudePerSecond: 10, PeriodSeconds: 100 }, 0, period)
    // 2 + 10·sin(2πt/P) < 0 for t/P in (0.564, 0.936).
    expect(within(times, 0.58 * period, 0.92 * period)).toBe(0)
    expect(times.length).toBeGreaterThan(200)
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] as number)
  })

  test('PhaseSeconds shifts the cycle: a quarter-period phase puts the peak at the start', () => {
    const shifted = arrivals({ Process: 'sine', MeanRatePerSecond: 10, AmplitudePerSecond: 10, PeriodSeconds: 100, PhaseSeconds: 25 }, 0, 100_000)
    expect(within(shifted, 0, 10_000)).toBeGreaterThan(within(shifted, 20_000, 30_000))
    expect(within(shifted, 45_000, 55_000)).toBeLessThan(5)
  })

  test('a zero amplitude is a constant rate', () => {
    expect(arrivals({ Process: 'sine', MeanRatePerSecond: 4, AmplitudePerSecond: 0, PeriodSeconds: 10 }, 0, 10_000)).toHaveLength(40)
  })
})

describe('replay: a recorded trace', () => {
  test('sends the lines in order at their times, from the window start, skipping a header and blank lines', () => {
    const csv = 'seconds,payload\n0.5\n\n1\n1\n2.25,{"id":4}\n'
    expect(arrivals({ Process: 'replay', Csv: csv }, 10_000, 60_000)).toEqual([10_500, 11_000, 11_000, 12_250])
  })

  test('lines beyond the window end are not sent', () => {
    expect(arrivals({ Process: 'replay', Csv: '1\n2\n3\n4' }, 0, 3000)).toEqual([1000, 2000])
  })

  test('a trace that does not parse cannot make a clock (the validator refuses it first)', () => {
    expect(() => arrivals({ Process: 'replay', Csv: '1\n0.5' }, 0, 10_000)).toThrow(/line 2/)
  })
})

describe('the rate clock under step and sine', () => {
  test('over slices of changing rate, the k-th request arrives when the integral reaches k − 1', () => {
    const rates = [3, 0.5, 7, 0, 2]
    const clock = createRateClock(0, 5000, (fromMs) => {
      const i = Math.floor(fromMs / 1000)
      return i < rates.length ? { startMs: fromMs, endMs: fromMs + 1000, ratePerSecond: rates[i] as number } : null
    })
    const times: number[] = []
    for (let at = clock(); at !== null; at = clock()) times.push(at)
    // 12.5 requests' worth: the 13th is due at integral 12, within the window.
    expect(times).toHaveLength(Math.ceil(rates.reduce((a, b) => a + b, 0)))
    const integralAt = (ms: number): number => {
      let sum = 0
      for (let i = 0; i < rates.length; i++) sum += (rates[i] as number) * Math.max(0, Math.min(1, ms / 1000 - i))
      return sum
    }
    times.forEach((at, k) => expect(integralAt(at)).toBeCloseTo(k, 6))
  })
})
