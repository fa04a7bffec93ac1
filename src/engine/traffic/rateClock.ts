/**
 * Arrivals for a rate that changes over time (`step`, `sine`): the k-th request arrives when the
 * integral of the rate reaches k − 1, so the first is sent as soon as the rate is positive (at the
 * window's start, as for `constant`), the same document gives the same instants, and a window over
 * which the rate integrates to n sends n requests (the next would arrive at its end, which is excluded).
 */
import type { ArrivalClock } from './arrivals.ts'

/** The rate holds constant over each slice; a slice is [startMs, endMs) with `ratePerSecond`. */
export interface RateSlice {
  readonly startMs: number
  readonly endMs: number
  readonly ratePerSecond: number
}

/** `nextSlice(afterMs)` yields the slice starting at `afterMs`, or null when the rate has nothing more to give. */
export function createRateClock(startMs: number, endMs: number, nextSlice: (fromMs: number) => RateSlice | null): ArrivalClock {
  let slice = nextSlice(startMs)
  // Requests owed when the slice began (fractions included): carried across slices, so none is lost at a
  // boundary. One is owed at the start: the first request goes out as soon as the rate is positive.
  let carry = 1
  let emittedInSlice = 0
  return () => {
    while (slice !== null && slice.startMs < endMs) {
      const rate = slice.ratePerSecond
      const sliceOwed = rate * (slice.endMs - slice.startMs) / 1000
      const k = emittedInSlice + 1
      if (rate > 0 && k - carry <= sliceOwed) {
        const at = slice.startMs + ((k - carry) / rate) * 1000
        if (at >= endMs) return null
        emittedInSlice = k
        return at
      }
      carry = carry + sliceOwed - emittedInSlice
      emittedInSlice = 0
      slice = slice.endMs < endMs ? nextSlice(slice.endMs) : null
    }
    return null
  }
}
