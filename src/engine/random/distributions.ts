import type { Distribution } from '../scenario/types.ts'
import type { Random } from './seeded.ts'

/** Draws one value (milliseconds, or megabytes for memory), never negative. */
export type Sampler = () => number

/** A normal deviate by Box–Muller; each call uses two uniforms and keeps the spare. */
function createStandardNormal(rng: Random): () => number {
  let spare = Number.NaN
  return () => {
    if (!Number.isNaN(spare)) {
      const value = spare
      spare = Number.NaN
      return value
    }
    const u = 1 - rng.next() // (0, 1]: log(0) must never happen
    const v = rng.next()
    const radius = Math.sqrt(-2 * Math.log(u))
    spare = radius * Math.sin(2 * Math.PI * v)
    return radius * Math.cos(2 * Math.PI * v)
  }
}

export function createSampler(spec: Distribution, rng: Random): Sampler {
  switch (spec.Distribution) {
    case 'constant': {
      const value = Math.max(0, spec.Value)
      return () => value
    }
    case 'exponential': {
      const mean = spec.Mean
      return () => -mean * Math.log(1 - rng.next())
    }
    case 'uniform': {
      const min = spec.Min
      const span = spec.Max - spec.Min
      return () => min + span * rng.next()
    }
    case 'normal': {
      const standard = createStandardNormal(rng)
      const { Mean: mean, StdDev: sd } = spec
      // Truncated at zero by redrawing, so the shape above zero is kept; after a few misses
      // (a mean far below zero) the draw is clamped rather than looping.
      return () => {
        for (let attempt = 0; attempt < 8; attempt++) {
          const value = mean + sd * standard()
          if (value >= 0) return value
        }
        return 0
      }
    }
    case 'lognormal': {
      const standard = createStandardNormal(rng)
      // Parameters of the underlying normal from the distribution's own mean m and deviation s:
      // sigma² = ln(1 + s²/m²), mu = ln(m) − sigma²/2.
      const { Mean: mean, StdDev: sd } = spec
      if (mean <= 0) return () => 0
      const sigma2 = Math.log(1 + (sd * sd) / (mean * mean))
      const mu = Math.log(mean) - sigma2 / 2
      const sigma = Math.sqrt(sigma2)
      return () => Math.exp(mu + sigma * standard())
    }
    default: {
      const unknown: never = spec
      throw new Error(`Unknown distribution ${JSON.stringify(unknown)}`)
    }
  }
}
