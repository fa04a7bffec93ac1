import { describe, expect, it } from 'vitest'
import { isoTimestamp, utcDatePath } from './time.ts'

// The test may use Date as the oracle; the module may not (it must not depend on the host).
const viaDate = (ms: number) => new Date(ms).toISOString()
const at = (iso: string) => Date.parse(iso)

describe('isoTimestamp: civil-from-days arithmetic, no Date', () => {
  it('prints the Unix epoch and the fact sheet example instant', () => {
    expect(isoTimestamp(0, 0)).toBe('1970-01-01T00:00:00.000Z')
    expect(isoTimestamp(at('2019-06-07T19:11:20.000Z'), 563)).toBe('2019-06-07T19:11:20.563Z')
  })

  it('adds virtual time to the epoch across a year boundary', () => {
    const epoch = at('2024-12-31T23:59:59.000Z')
    expect(isoTimestamp(epoch, 999)).toBe('2024-12-31T23:59:59.999Z')
    expect(isoTimestamp(epoch, 1000)).toBe('2025-01-01T00:00:00.000Z')
  })

  it('knows leap years: 29 February 2024 and 2000 exist, 1900 and 2100 have none', () => {
    expect(isoTimestamp(at('2024-02-28T12:00:00.000Z'), 86_400_000)).toBe('2024-02-29T12:00:00.000Z')
    expect(isoTimestamp(at('2000-02-28T00:00:00.000Z'), 86_400_000)).toBe('2000-02-29T00:00:00.000Z')
    expect(isoTimestamp(at('2100-02-28T00:00:00.000Z'), 86_400_000)).toBe('2100-03-01T00:00:00.000Z')
    expect(isoTimestamp(at('1900-02-28T00:00:00.000Z'), 86_400_000)).toBe('1900-03-01T00:00:00.000Z')
  })

  it('drops fractional milliseconds, as Date keeps whole ones', () => {
    expect(isoTimestamp(at('2025-08-01T00:00:00.000Z'), 1.999)).toBe('2025-08-01T00:00:00.001Z')
  })

  it('agrees with Date#toISOString every other day from 1600 to 2400 and at random instants', () => {
    const mismatches: string[] = []
    const check = (ms: number) => {
      if (isoTimestamp(ms, 0) !== viaDate(ms)) mismatches.push(viaDate(ms))
    }
    for (let ms = at('1600-01-01T00:00:00.000Z'); ms < at('2400-12-31T00:00:00.000Z'); ms += 2 * 86_400_000 + 3_723_001) check(ms)
    const first = at('0000-01-01T00:00:00.000Z')
    const span = at('9999-12-31T23:59:59.999Z') - first
    let x = 12_345
    for (let i = 0; i < 50_000; i++) {
      x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0 // a fixed LCG: the same instants every run
      check(first + Math.floor((x / 2 ** 32) * span))
    }
    expect(mismatches).toEqual([])
  })

  it('refuses years that need more than four digits', () => {
    expect(isoTimestamp(at('9999-12-31T23:59:59.999Z'), 0)).toBe('9999-12-31T23:59:59.999Z')
    expect(() => isoTimestamp(at('9999-12-31T23:59:59.999Z'), 1)).toThrow(RangeError)
    expect(() => isoTimestamp(at('0000-01-01T00:00:00.000Z'), -1)).toThrow(RangeError)
  })
})

describe('utcDatePath', () => {
  it('is the UTC day of the instant, slash-separated', () => {
    expect(utcDatePath(at('2019-06-07T23:59:59.999Z'), 0)).toBe('2019/06/07')
    expect(utcDatePath(at('2019-06-07T23:59:59.999Z'), 1)).toBe('2019/06/08')
  })
})
