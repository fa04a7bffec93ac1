/** The last few answered requests of an API or load balancer, newest last, for the live view. */
export const RECENT_EXCHANGES = 20

export class RecentRing<T> {
  private readonly ring: (T | undefined)[] = new Array(RECENT_EXCHANGES)
  private count = 0

  add(item: T): void {
    this.ring[this.count % RECENT_EXCHANGES] = item
    this.count++
  }

  /** Oldest first. */
  items(): T[] {
    const items: T[] = []
    for (let n = Math.max(0, this.count - RECENT_EXCHANGES); n < this.count; n++) items.push(this.ring[n % RECENT_EXCHANGES] as T)
    return items
  }
}
