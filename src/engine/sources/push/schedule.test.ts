/** EventBridge schedule expressions: rate(...) and six-field cron(...) in UTC. */
import { describe, expect, test } from 'vitest'
import { nextFireMs, parseSchedule, type Schedule } from './schedule.ts'

const utc = (iso: string): number => Date.parse(iso)
const MINUTE = 60_000
const DAY = 86_400_000

function schedule(expression: string): Schedule {
  const parsed = parseSchedule(expression)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.schedule
}

/** The first `count` firings after `fromIso`, as ISO times (epoch = 1970, so virtual time is epoch time). */
function firings(expression: string, fromIso: string, count: number, horizonDays = 400): string[] {
  const s = schedule(expression)
  const times: string[] = []
  let after = utc(fromIso)
  const until = after + horizonDays * DAY
  while (times.length < count) {
    const next = nextFireMs(s, after, until, 0)
    if (next === null) break
    times.push(new Date(next).toISOString())
    after = next
  }
  return times
}

describe('rate(value unit)', () => {
  test('fires every period from the start of the run, the first at one period', () => {
    const s = schedule('rate(5 minutes)')
    expect(nextFireMs(s, 0, 3_600_000, 0)).toBe(5 * MINUTE)
    expect(nextFireMs(s, 5 * MINUTE, 3_600_000, 0)).toBe(10 * MINUTE)
    expect(nextFireMs(s, 59 * MINUTE, 3_600_000, 0)).toBe(60 * MINUTE)
    expect(nextFireMs(s, 60 * MINUTE, 3_600_000, 0)).toBeNull()
    expect(nextFireMs(schedule('rate(1 hour)'), 0, 10 * 3_600_000, 0)).toBe(3_600_000)
    expect(nextFireMs(schedule('rate(2 days)'), 0, 10 * DAY, 0)).toBe(2 * DAY)
  })

  test.each(['rate(1 minutes)', 'rate(5 minute)', 'rate(0 minutes)', 'rate(1.5 hours)', 'rate(5 seconds)', 'rate(5)'])('%s is refused', (expression) => {
    expect(parseSchedule(expression).ok).toBe(false)
  })
})

describe('cron(minutes hours day-of-month month day-of-week year), UTC', () => {
  test('every 15 minutes', () => {
    expect(firings('cron(0/15 * * * ? *)', '2026-01-01T00:00:00Z', 3)).toEqual([
      '2026-01-01T00:15:00.000Z', '2026-01-01T00:30:00.000Z', '2026-01-01T00:45:00.000Z',
    ])
  })

  test('noon on weekdays (2026-01-01 is a Thursday)', () => {
    expect(firings('cron(0 12 ? * MON-FRI *)', '2026-01-01T13:00:00Z', 3)).toEqual([
      '2026-01-02T12:00:00.000Z', '2026-01-05T12:00:00.000Z', '2026-01-06T12:00:00.000Z',
    ])
    expect(firings('cron(0 12 ? * 2-6 *)', '2026-01-01T13:00:00Z', 1)).toEqual(['2026-01-02T12:00:00.000Z'])
  })

  test('lists and ranges of hours, and months by name', () => {
    expect(firings('cron(30 8,17 1 JAN,JUL ? *)', '2026-01-01T00:00:00Z', 3)).toEqual([
      '2026-01-01T08:30:00.000Z', '2026-01-01T17:30:00.000Z', '2026-07-01T08:30:00.000Z',
    ])
  })

  test('L: the last day of the month, and 6L the last Friday', () => {
    expect(firings('cron(0 0 L * ? *)', '2026-01-01T00:00:00Z', 3)).toEqual([
      '2026-01-31T00:00:00.000Z', '2026-02-28T00:00:00.000Z', '2026-03-31T00:00:00.000Z',
    ])
    expect(firings('cron(0 0 ? * 6L *)', '2026-01-01T00:00:00Z', 2)).toEqual(['2026-01-30T00:00:00.000Z', '2026-02-27T00:00:00.000Z'])
  })

  test('W: the weekday nearest a day, never leaving the month; LW the last weekday', () => {
    // 2026-02-15 is a Sunday: the nearest weekday is Monday the 16th. 2026-08-01 is a Saturday: Monday the 3rd.
    expect(firings('cron(0 9 15W 2 ? *)', '2026-01-01T00:00:00Z', 1)).toEqual(['2026-02-16T09:00:00.000Z'])
    expect(firings('cron(0 9 1W 8 ? *)', '2026-01-01T00:00:00Z', 1)).toEqual(['2026-08-03T09:00:00.000Z'])
    // 2026-05-31 is a Sunday: the last weekday is Friday the 29th.
    expect(firings('cron(0 9 LW 5 ? *)', '2026-01-01T00:00:00Z', 1)).toEqual(['2026-05-29T09:00:00.000Z'])
  })

  test('#: the second Tuesday of each month', () => {
    expect(firings('cron(0 10 ? * TUE#2 *)', '2026-01-01T00:00:00Z', 2)).toEqual(['2026-01-13T10:00:00.000Z', '2026-02-10T10:00:00.000Z'])
    expect(firings('cron(0 10 ? * 3#2 *)', '2026-01-01T00:00:00Z', 1)).toEqual(['2026-01-13T10:00:00.000Z'])
  })

  test('the year field, and nothing when no day is left', () => {
    expect(firings('cron(0 0 1 1 ? 2027)', '2026-01-01T00:00:00Z', 2)).toEqual(['2027-01-01T00:00:00.000Z'])
    expect(firings('cron(0 0 30 2 ? *)', '2026-01-01T00:00:00Z', 1)).toEqual([])
  })

  test.each([
    ['cron(0 12 * * * *)', 'exactly one of day-of-month and day-of-week must be ?'],
    ['cron(0 12 ? * ? *)', 'exactly one of day-of-month and day-of-week must be ?'],
    ['cron(0 12 * * ?)', '6 fields'],
    ['cron(60 12 * * ? *)', 'minutes takes 0–59'],
    ['cron(0 12 32 * ? *)', 'day-of-month takes 1–31'],
    ['cron(0 12 ? * FUNDAY *)', 'day-of-week takes 1–7'],
    ['cron(0 12 * 13 ? *)', 'month takes 1–12'],
    ['cron(0 12 * * ? 1969)', 'year takes 1970–2199'],
    ['cron(0/0 12 * * ? *)', 'increment'],
  ])('%s is refused: %s', (expression, message) => {
    const parsed = parseSchedule(expression)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toContain(message)
  })
})
