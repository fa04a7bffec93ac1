import type { Random } from '../random/seeded.ts'
import type { ArrivalProcess } from '../scenario/types.ts'
import { createRateClock, type RateSlice } from './rateClock.ts'
import { parseReplay } from './replay.ts'

/** Yields a traffic source's arrival times in order, in ms from the run's start; null when it has no more. */
export type ArrivalClock = () => number | null

/**
 * Arrival processes over the window [startMs, endMs) (a burst happens at its own instant). Constant, ramp, step and sine
 * are evenly spaced (the k-th request arrives when the integral of the rate reaches k); Poisson draws exponential gaps;
 * a burst sends all its requests at one instant; a replay sends them at the trace's times, from the window's start.
 */
export function createArrivalClock(process: ArrivalProcess, startMs: number, endMs: number, rng: Random): ArrivalClock {
  switch (process.Process) {
    case 'constant': {
      if (process.RatePerSecond <= 0) return () => null
      const intervalMs = 1000 / process.RatePerSecond
      let k = 0
      // Multiply rather than accumulate, so a long run does not drift.
      return () => {
        const at = startMs + k++ * intervalMs
        return at < endMs ? at : null
      }
    }
    case 'poisson': {
      if (process.RatePerSecond <= 0) return () => null
      const meanGapMs = 1000 / process.RatePerSecond
      let at = startMs
      return () => {
        at += -meanGapMs * Math.log(1 - rng.next())
        return at < endMs ? at : null
      }
    }
    case 'ramp': {
      // Rate r(τ) = from + slope·τ (τ in seconds since start); arrivals where ∫r = k.
      const from = process.FromRatePerSecond
      const spanSeconds = (endMs - startMs) / 1000
      const slope = spanSeconds > 0 ? (process.ToRatePerSecond - from) / spanSeconds : 0
      let k = 0
      return () => {
        k++
        const discriminant = from * from + 2 * slope * k
        if (discriminant < 0) return null
        const denominator = from + Math.sqrt(discriminant)
        if (denominator <= 0) return null
        // Solves (slope/2)τ² + from·τ − k = 0 in the form that stays exact when slope is 0.
        const at = startMs + (2 * k / denominator) * 1000
        return at < endMs ? at : null
      }
    }
    case 'burst': {
      // AtSecond is absolute time in the run; the traffic window does not gate it.
      const at = process.AtSecond * 1000
      let left = process.Count
      return () => (left-- > 0 ? at : null)
    }
    case 'step': {
      const steps = [...process.Steps].sort((a, b) => a.AtSecond - b.AtSecond)
      return createRateClock(startMs, endMs, (fromMs) => stepSlice(steps, fromMs))
    }
    case 'sine': {
      const periodMs = (process.PeriodSeconds ?? SECONDS_PER_DAY) * 1000
      const phaseMs = (process.PhaseSeconds ?? 0) * 1000
      // Fine enough that a slice's constant rate follows the curve (at most 1 s, at least 100 slices a period).
      const sliceMs = Math.min(1000, periodMs / 100)
      return createRateClock(startMs, endMs, (fromMs) => {
        const midMs = fromMs + sliceMs / 2
        const rate = process.MeanRatePerSecond + process.AmplitudePerSecond * Math.sin((2 * Math.PI * (midMs + phaseMs)) / periodMs)
        return { startMs: fromMs, endMs: fromMs + sliceMs, ratePerSecond: Math.max(0, rate) }
      })
    }
    case 'replay': {
      const parsed = parseReplay(process.Csv)
      if (!parsed.ok) throw new Error(`Arrivals.Csv line ${parsed.line}: ${parsed.message}`)
      let next = 0
      return () => {
        const arrival = parsed.arrivals[next++]
        if (arrival === undefined) return null
        const at = startMs + arrival.atSecond * 1000
        return at < endMs ? at : null
      }
    }
    default: {
      const unknown: never = process
      throw new Error(`Unknown arrival process ${JSON.stringify(unknown)}`)
    }
  }
}

const SECONDS_PER_DAY = 86_400

/** The step in force at `fromMs` (absolute run time), until the next step; rate 0 before the first. */
function stepSlice(steps: readonly { AtSecond: number; RatePerSecond: number }[], fromMs: number): RateSlice | null {
  let rate = 0
  for (const step of steps) {
    const atMs = step.AtSecond * 1000
    if (atMs > fromMs) return { startMs: fromMs, endMs: atMs, ratePerSecond: rate }
    rate = step.RatePerSecond
  }
  return steps.length === 0 ? null : { startMs: fromMs, endMs: Number.POSITIVE_INFINITY, ratePerSecond: rate }
}
