/**
 * A continuously refilled bucket of "new execution environment" permits. Both of Lambda's scaling
 * models are one of these: per-function (1,000 per 10 s, refilled continuously, unused capacity
 * capped at 1,000 [D-scaling]) and legacy-burst (an account-wide Regional burst, then +500 per
 * minute [G-scaling]).
 */
export class TokenBucket {
  private tokens: number
  private updatedAtMs: number

  constructor(
    readonly capacity: number,
    /** Permits added per millisecond. */
    readonly refillPerMs: number,
    startMs = 0,
  ) {
    this.tokens = capacity
    this.updatedAtMs = startMs
  }

  /** Takes one permit if there is one at `nowMs`. */
  tryTake(nowMs: number): boolean {
    this.refill(nowMs)
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }

  available(nowMs: number): number {
    this.refill(nowMs)
    return Math.floor(this.tokens)
  }

  private refill(nowMs: number): void {
    if (nowMs <= this.updatedAtMs) return
    this.tokens = Math.min(this.capacity, this.tokens + (nowMs - this.updatedAtMs) * this.refillPerMs)
    this.updatedAtMs = nowMs
  }
}

/**
 * Requests counted per whole virtual second: the account's synchronous requests-per-second cap and
 * provisioned concurrency's 10 × allocation cap [D-quotas].
 */
export class PerSecondCounter {
  private second = -1
  private count = 0

  /** Counts one request if fewer than `limit` arrived in this second. */
  tryCount(nowMs: number, limit: number): boolean {
    const second = Math.floor(nowMs / 1000)
    if (second !== this.second) {
      this.second = second
      this.count = 0
    }
    if (this.count >= limit) return false
    this.count++
    return true
  }
}
