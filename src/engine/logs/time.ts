/**
 * UTC calendar arithmetic for virtual time. The engine may not read `Date` (a run must not depend on
 * the host clock or time zone), so dates come from day counts by hand.
 */

const MS_PER_DAY = 86_400_000

export interface CivilDate {
  year: number
  /** 1–12 */
  month: number
  /** 1–31 */
  day: number
}

/**
 * Proleptic Gregorian date of a day count since 1970-01-01: Howard Hinnant's `civil_from_days`
 * (howardhinnant.github.io/date_algorithms.html), which shifts the year to start on 1 March so
 * that the leap day falls last and 400-year eras repeat exactly.
 */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468 // days since 0000-03-01
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097 // 0–146,096
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  ) // 0–399
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100)) // 0–365 from 1 March
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153) // 0 = March … 11 = February
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1,
  }
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n
}

function pad3(n: number): string {
  return n < 10 ? '00' + n : n < 100 ? '0' + n : '' + n
}

/** Whole milliseconds since 1970 (as `Date` keeps them) and the civil date they fall on; years 0–9999 only. */
function civilAt(epochMs: number, virtualMs: number): { ms: number; days: number; date: CivilDate } {
  const ms = Math.floor(epochMs + virtualMs)
  const days = Math.floor(ms / MS_PER_DAY)
  const date = civilFromDays(days)
  // ISO 8601's basic form and log stream names both need exactly four year digits.
  if (date.year < 0 || date.year > 9999) throw new RangeError(`year ${date.year} is outside 0–9999`)
  return { ms, days, date }
}

function datePart({ year, month, day }: CivilDate, separator: string): string {
  return pad2(Math.floor(year / 100)) + pad2(year % 100) + separator + pad2(month) + separator + pad2(day)
}

/**
 * `YYYY-MM-DDTHH:mm:ss.sssZ` of the virtual instant `virtualMs` after `epochMs` (ms since
 * 1970-01-01T00:00:00Z), exactly as `Date#toISOString` prints it.
 */
export function isoTimestamp(epochMs: number, virtualMs: number): string {
  const { ms, days, date } = civilAt(epochMs, virtualMs)
  const msOfDay = ms - days * MS_PER_DAY
  const seconds = Math.floor(msOfDay / 1000)
  return (
    datePart(date, '-') + 'T' +
    pad2(Math.floor(seconds / 3600)) + ':' + pad2(Math.floor(seconds / 60) % 60) + ':' + pad2(seconds % 60) +
    '.' + pad3(msOfDay - seconds * 1000) + 'Z'
  )
}

/** `YYYY/MM/DD` (UTC) of the virtual instant, the prefix of a log stream's name. */
export function utcDatePath(epochMs: number, virtualMs: number): string {
  return datePart(civilAt(epochMs, virtualMs).date, '/')
}
