/** Display formats; fixed to en-US so the page reads the same on every machine and in tests. */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 })
// Lambda bills in fractions of a cent, so small amounts keep three significant digits.
const smallDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumSignificantDigits: 3 })

export function formatCount(value: number): string {
  return integer.format(value)
}

export function formatAverage(value: number): string {
  return twoDecimals.format(value)
}

/** Milliseconds: one decimal below 10 ms, where rounding would hide the difference. */
export function formatMs(value: number): string {
  return value < 10 ? value.toFixed(1) : integer.format(value)
}

export function formatUsd(value: number): string {
  return value === 0 || value >= 0.01 ? dollars.format(value) : smallDollars.format(value)
}

/** Virtual time as `m:ss`, or `h:mm:ss` from one hour. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000)
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = String(totalSeconds % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}
