/**
 * The run's only source of randomness. One seed per run; each consumer (a traffic source, a
 * function's durations, an alias's routing) forks its own stream by label, so changing one part of
 * a scenario (a function's memory, say) leaves every other stream, arrivals included, unchanged.
 * That makes side-by-side comparisons such as a memory sweep fair.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, 2^32). */
  nextUint32(): number
  /** An independent stream derived from this one's seed and a label. */
  fork(label: string): Random
}

/** FNV-1a over the label's UTF-16 code units, folded into the parent seed. */
function mixLabel(seed: number, label: string): number {
  let hash = (2166136261 ^ seed) >>> 0
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i)
    hash = Math.imul(hash, 16777619) >>> 0
  }
  return hash
}

/** splitmix32: spreads a 32-bit seed over the generator's 128-bit state. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0
  let z = state.s
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
  return (z ^ (z >>> 16)) >>> 0
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): fast, 32-bit, passes PractRand. */
class Sfc32 implements Random {
  private a: number
  private b: number
  private c: number
  private d = 1
  private readonly seed: number

  constructor(seed: number) {
    this.seed = seed >>> 0
    const state = { s: this.seed }
    this.a = splitmix32(state)
    this.b = splitmix32(state)
    this.c = splitmix32(state)
    // Discard the first outputs: sfc32's early values still reflect the seeding.
    for (let i = 0; i < 12; i++) this.nextUint32()
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  next(): number {
    return this.nextUint32() / 4294967296
  }

  fork(label: string): Random {
    return new Sfc32(mixLabel(this.seed, label))
  }
}

export function createRandom(seed: number): Random {
  return new Sfc32(seed)
}
