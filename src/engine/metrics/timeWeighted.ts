/** A level that changes over virtual time (requests in flight, environments alive): its time-weighted average and its maximum. */
export class TimeWeighted {
  private value = 0
  private since = 0
  private area = 0
  maximum = 0

  get current(): number {
    return this.value
  }

  set(nowMs: number, value: number): void {
    this.area += this.value * (nowMs - this.since)
    this.since = nowMs
    this.value = value
    if (value > this.maximum) this.maximum = value
  }

  average(nowMs: number): number {
    if (nowMs <= 0) return this.value
    return (this.area + this.value * (nowMs - this.since)) / nowMs
  }
}
