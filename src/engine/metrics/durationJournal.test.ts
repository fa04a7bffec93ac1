/**
 * Durations noted now and filed in batches (durationJournal.ts) must read exactly as if each had
 * been filed at once: in the bucket of the request's start as it was when noted, and complete
 * whenever a percentile or the run's distribution is read.
 */
import { describe, expect, test } from 'vitest'
import { DurationJournal } from './durationJournal.ts'
import { MetricSeries, type FieldKind } from './series.ts'

const LAYOUT = { Count: 'sum', P50: 'p50', P99: 'p99' } as const satisfies Record<string, FieldKind>
const OPEN_SECONDS = 16

function journal() {
  const perMinute = new MetricSeries(LAYOUT, 60_000, 60, null, 17)
  const perSecond = new MetricSeries(LAYOUT, 1000, 900, perMinute, OPEN_SECONDS)
  return { perSecond, perMinute, durations: new DurationJournal(perSecond, perMinute) }
}

const p50At = (series: MetricSeries<string>, nowMs: number, tMs: number) =>
  series.points(nowMs).find((p) => p.tMs === tMs)?.values.P50

describe('DurationJournal', () => {
  test('percentiles read between batches include every duration noted so far', () => {
    const { perSecond, perMinute, durations } = journal()
    durations.record(100, 0, 40)
    durations.record(200, 50, 60)
    durations.record(300, 100, 60)
    expect(p50At(perSecond, 300, 0)).toBe(60)
    expect(p50At(perMinute, 300, 0)).toBe(60)
    durations.record(400, 300, 10)
    durations.record(500, 400, 10)
    durations.record(600, 500, 10)
    expect(p50At(perSecond, 600, 0)).toBe(10)
    expect(durations.distribution().count).toBe(6)
  })

  test('a duration goes to the bucket of its start as the series stood when it was noted, not when it is filed', () => {
    const { perSecond, durations } = journal()
    // Began in second 2, ended in second 5: filed under second 2.
    durations.record(5_500, 2_100, 3_400)
    // Began in second 1, ended in second 40: second 1 had left the open window, so the oldest open one (25) takes it.
    durations.record(40_000, 1_000, 39_000)
    // Nothing is filed until the series move on by many seconds and are read.
    perSecond.add(70_000, 0, 1)
    const points = perSecond.points(70_000)
    expect(points.find((p) => p.tMs === 2_000)?.values.P50).toBe(3_400)
    expect(points.find((p) => p.tMs === (40 - OPEN_SECONDS + 1) * 1000)?.values.P50).toBe(39_000)
    expect(points.filter((p) => (p.values.P50 ?? 0) > 0)).toHaveLength(2)
  })

  test('a full journal files itself: the slots of buckets it no longer holds are settled in order', () => {
    const { perSecond, durations } = journal()
    // 1,000 requests a second for 40 s, each second's durations all equal to its number: many batches, slots reused.
    for (let second = 0; second < 40; second++) {
      for (let i = 0; i < 1000; i++) durations.record(second * 1000 + i, second * 1000 + i, second + 1)
    }
    const points = perSecond.points(39_999)
    expect(points.map((p) => p.values.P50)).toEqual(Array.from({ length: 40 }, (_, second) => second + 1))
    expect(points.map((p) => p.values.P99)).toEqual(Array.from({ length: 40 }, (_, second) => second + 1))
    const whole = durations.distribution()
    expect(whole.count).toBe(40_000)
    expect(whole.max).toBe(40)
    expect(whole.sum).toBe(1000 * (40 * 41) / 2)
  })

  test('a series without percentile fields refuses durations', () => {
    const counts = new MetricSeries({ Count: 'sum' }, 1000, 10)
    expect(() => new DurationJournal(counts, counts)).toThrow(/no durations/)
  })
})
