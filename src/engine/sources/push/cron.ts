/**
 * EventBridge's cron expressions: `cron(minutes hours day-of-month month day-of-week year)`, in UTC.
 * Wildcards `*` `,` `-` `/` everywhere; `?` in day-of-month or day-of-week (exactly one of the two
 * must be `?`); `L` (last day of the month, or `5L` the month's last Thursday), `W` (`15W` the
 * weekday nearest the 15th, `LW` the last weekday) and `#` (`3#2` the second Tuesday). Days of the
 * week are 1–7 from Sunday, or SUN–SAT; months 1–12 or JAN–DEC; years 1970–2199.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
 */
import { civilFromDays } from '../../logs/time.ts'

export interface CronSpec {
  readonly minutes: ReadonlySet<number>
  readonly hours: ReadonlySet<number>
  readonly months: ReadonlySet<number>
  readonly years: ReadonlySet<number>
  /** The day rule: day-of-month or day-of-week, whichever is not `?`. */
  readonly day: DayRule
}

type DayRule =
  | { readonly kind: 'month-days'; readonly days: ReadonlySet<number>; readonly last: boolean; readonly nearestWeekday: number | null; readonly lastWeekday: boolean }
  | { readonly kind: 'week-days'; readonly days: ReadonlySet<number>; readonly lastOf: number | null; readonly nth: { readonly day: number; readonly n: number } | null }

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

interface FieldRange {
  readonly label: string
  readonly min: number
  readonly max: number
  readonly names?: readonly string[]
}

const MINUTES: FieldRange = { label: 'minutes', min: 0, max: 59 }
const HOURS: FieldRange = { label: 'hours', min: 0, max: 23 }
const DAY_OF_MONTH: FieldRange = { label: 'day-of-month', min: 1, max: 31 }
const MONTH: FieldRange = { label: 'month', min: 1, max: 12, names: MONTH_NAMES }
const DAY_OF_WEEK: FieldRange = { label: 'day-of-week', min: 1, max: 7, names: DAY_NAMES }
const YEAR: FieldRange = { label: 'year', min: 1970, max: 2199 }

class CronError extends Error {}

function value(text: string, range: FieldRange): number {
  const named = range.names?.indexOf(text.toUpperCase()) ?? -1
  const n = named >= 0 ? named + 1 : /^\d+$/.test(text) ? Number(text) : NaN
  if (!(n >= range.min && n <= range.max)) throw new CronError(`${range.label} takes ${range.min}–${range.max}${range.names ? ` or ${range.names[0]}–${range.names.at(-1)}` : ''} (got "${text}")`)
  return n
}

/** `*`, `a`, `a-b`, `*\/n`, `a/n`, `a-b/n`, comma-separated. */
function values(field: string, range: FieldRange): Set<number> {
  const set = new Set<number>()
  for (const part of field.split(',')) {
    const [span = '', stepText] = part.split('/')
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!Number.isInteger(step) || step < 1) throw new CronError(`${range.label}: the increment after / is a whole number from 1 (got "${part}")`)
    let from = range.min
    let to = range.max
    if (span !== '*') {
      const [a = '', b] = span.split('-')
      from = value(a, range)
      to = b === undefined ? (stepText === undefined ? from : range.max) : value(b, range)
    }
    if (from > to) throw new CronError(`${range.label}: ${span} runs backwards`)
    for (let n = from; n <= to; n += step) set.add(n)
  }
  return set
}

function dayOfMonthRule(field: string): DayRule {
  if (field === 'L') return { kind: 'month-days', days: new Set(), last: true, nearestWeekday: null, lastWeekday: false }
  if (field === 'LW') return { kind: 'month-days', days: new Set(), last: false, nearestWeekday: null, lastWeekday: true }
  const weekday = /^(\d+)W$/.exec(field)
  if (weekday) return { kind: 'month-days', days: new Set(), last: false, nearestWeekday: value(weekday[1] as string, DAY_OF_MONTH), lastWeekday: false }
  return { kind: 'month-days', days: values(field, DAY_OF_MONTH), last: false, nearestWeekday: null, lastWeekday: false }
}

function dayOfWeekRule(field: string): DayRule {
  if (field === 'L') return { kind: 'week-days', days: new Set(), lastOf: 7, nth: null }
  const last = /^(\w+)L$/.exec(field)
  if (last) return { kind: 'week-days', days: new Set(), lastOf: value(last[1] as string, DAY_OF_WEEK), nth: null }
  const nth = /^(\w+)#(\d)$/.exec(field)
  if (nth) {
    const n = Number(nth[2])
    if (n < 1 || n > 5) throw new CronError(`day-of-week: the n of d#n is 1–5 (got "${field}")`)
    return { kind: 'week-days', days: new Set(), lastOf: null, nth: { day: value(nth[1] as string, DAY_OF_WEEK), n } }
  }
  return { kind: 'week-days', days: values(field, DAY_OF_WEEK), lastOf: null, nth: null }
}

/** The spec of a cron expression's six fields (the text inside `cron(...)`), or an error message. */
export function parseCron(fields: string): { ok: true; cron: CronSpec } | { ok: false; message: string } {
  const parts = fields.trim().split(/\s+/)
  if (parts.length !== 6) return { ok: false, message: `a cron expression has 6 fields (minutes hours day-of-month month day-of-week year), got ${parts.length}` }
  const [minutes, hours, dom, month, dow, year] = parts as [string, string, string, string, string, string]
  if ((dom === '?') === (dow === '?')) {
    return { ok: false, message: 'exactly one of day-of-month and day-of-week must be ?: the other says which days' }
  }
  try {
    return {
      ok: true,
      cron: {
        minutes: values(minutes, MINUTES), hours: values(hours, HOURS), months: values(month, MONTH), years: values(year, YEAR),
        day: dom === '?' ? dayOfWeekRule(dow) : dayOfMonthRule(dom),
      },
    }
  } catch (error) {
    if (error instanceof CronError) return { ok: false, message: error.message }
    throw error
  }
}

const MS_PER_MINUTE = 60_000
const MINUTES_PER_DAY = 1440

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
const daysIn = (year: number, month: number): number =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31

/**
 * The weekday nearest day `wanted` of the month, never leaving it: a Saturday moves to the Friday
 * before (or the Monday after, on the 1st), a Sunday to the Monday after (or the Friday before, on
 * the last day). `dowOf` gives a day's day of the week, 1 = Sunday.
 */
function nearestWeekday(wanted: number, length: number, dowOf: (day: number) => number): number {
  const dow = dowOf(wanted)
  if (dow === 7) return wanted > 1 ? wanted - 1 : wanted + 2
  if (dow === 1) return wanted < length ? wanted + 1 : wanted - 2
  return wanted
}

/** Whether a calendar day passes the day rule; `dayOfWeek` 1 = Sunday. */
function dayMatches(rule: DayRule, year: number, month: number, day: number, dayOfWeek: number): boolean {
  const length = daysIn(year, month)
  if (rule.kind === 'week-days') {
    if (rule.lastOf !== null) return dayOfWeek === rule.lastOf && day + 7 > length
    if (rule.nth !== null) return dayOfWeek === rule.nth.day && Math.ceil(day / 7) === rule.nth.n
    return rule.days.has(dayOfWeek)
  }
  if (rule.last) return day === length
  const dowOf = (other: number): number => ((((dayOfWeek - 1 + other - day) % 7) + 7) % 7) + 1
  if (rule.lastWeekday) return day === nearestWeekday(length, length, dowOf)
  if (rule.nearestWeekday !== null) return day === nearestWeekday(Math.min(rule.nearestWeekday, length), length, dowOf)
  return rule.days.has(day)
}

/**
 * The first instant after `afterEpochMs` (ms since 1970, UTC) that the expression fires, on a whole
 * minute, no later than `untilEpochMs`; null when there is none in between.
 */
export function nextCronFire(cron: CronSpec, afterEpochMs: number, untilEpochMs: number): number | null {
  let minuteOfEpoch = Math.floor(afterEpochMs / MS_PER_MINUTE) + 1
  const lastMinute = Math.floor(untilEpochMs / MS_PER_MINUTE)
  while (minuteOfEpoch <= lastMinute) {
    const dayNumber = Math.floor(minuteOfEpoch / MINUTES_PER_DAY)
    const { year, month, day } = civilFromDays(dayNumber)
    // 1970-01-01 was a Thursday (day 5 counting Sunday as 1).
    const dayOfWeek = ((dayNumber + 4) % 7 + 7) % 7 + 1
    if (cron.years.has(year) && cron.months.has(month) && dayMatches(cron.day, year, month, day, dayOfWeek)) {
      for (let minuteOfDay = minuteOfEpoch - dayNumber * MINUTES_PER_DAY; minuteOfDay < MINUTES_PER_DAY; minuteOfDay++) {
        if (cron.hours.has(Math.floor(minuteOfDay / 60)) && cron.minutes.has(minuteOfDay % 60)) {
          const at = (dayNumber * MINUTES_PER_DAY + minuteOfDay) * MS_PER_MINUTE
          return at <= untilEpochMs ? at : null
        }
      }
    }
    minuteOfEpoch = (dayNumber + 1) * MINUTES_PER_DAY
  }
  return null
}
