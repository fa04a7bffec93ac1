/**
 * The virtual clock's agenda: a binary min-heap ordered by time, then by insertion order, so
 * events at the same instant run first-in first-out and a run never depends on heap internals.
 * Times and sequence numbers live in typed arrays beside the items to keep comparisons cheap:
 * the engine pushes and pops a few events per invocation, millions of times a second.
 */
/** Added to `pushLast` events' sequence numbers: above any count of pushes a run can reach, and exact in a double. */
const LAST = 2 ** 52

export class EventQueue<T> {
  private times = new Float64Array(1024)
  private seqs = new Float64Array(1024)
  private items: (T | undefined)[] = new Array<T | undefined>(1024)
  private count = 0
  private nextSeq = 0
  /** Time of the last event taken: nothing may be scheduled before it, or virtual time would run backwards. */
  private lastPoppedMs = Number.NEGATIVE_INFINITY

  get size(): number {
    return this.count
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.count > 0 ? (this.times[0] as number) : Number.POSITIVE_INFINITY
  }

  push(atMs: number, item: T): void {
    this.insert(atMs, this.nextSeq++, item)
  }

  /**
   * Like `push`, but the event comes after every other event at the same instant, even those pushed
   * after it (a deadline that must see that instant's other work settled first); such events keep
   * their own first-in first-out order.
   */
  pushLast(atMs: number, item: T): void {
    this.insert(atMs, LAST + this.nextSeq++, item)
  }

  private insert(atMs: number, seq: number, item: T): void {
    if (!(atMs >= this.lastPoppedMs)) throw new RangeError(`An event at ${atMs} ms was scheduled after time reached ${this.lastPoppedMs} ms`)
    if (this.count === this.times.length) this.grow()
    let i = this.count++
    const times = this.times
    const seqs = this.seqs
    const items = this.items
    while (i > 0) {
      const parent = (i - 1) >> 1
      const pt = times[parent] as number
      if (pt < atMs || (pt === atMs && (seqs[parent] as number) < seq)) break
      times[i] = pt
      seqs[i] = seqs[parent] as number
      items[i] = items[parent]
      i = parent
    }
    times[i] = atMs
    seqs[i] = seq
    items[i] = item
  }

  /** Removes and returns the earliest event; call only when `size > 0`. */
  pop(): T {
    const items = this.items
    const top = items[0] as T
    this.lastPoppedMs = this.times[0] as number
    const last = --this.count
    const li = items[last]
    items[last] = undefined
    if (last > 0) this.siftDown(0, this.times[last] as number, this.seqs[last] as number, li)
    return top
  }

  /**
   * Drops every event `drop` picks (cancelled steps, which would otherwise wait on the agenda until
   * their time). The rest keep their times and insertion order, so they come out exactly as before.
   */
  removeWhere(drop: (item: T) => boolean): void {
    const { times, seqs, items } = this
    let kept = 0
    for (let i = 0; i < this.count; i++) {
      const item = items[i] as T
      if (drop(item)) continue
      times[kept] = times[i] as number
      seqs[kept] = seqs[i] as number
      items[kept] = item
      kept++
    }
    items.fill(undefined, kept, this.count)
    this.count = kept
    for (let i = (kept >> 1) - 1; i >= 0; i--) this.siftDown(i, times[i] as number, seqs[i] as number, items[i])
  }

  /** Places the entry (lt, ls, li) at slot `i` or below it, moving earlier children up. */
  private siftDown(i: number, lt: number, ls: number, li: T | undefined): void {
    const times = this.times
    const seqs = this.seqs
    const items = this.items
    const last = this.count
    const half = last >> 1
    while (i < half) {
      let child = 2 * i + 1
      let ct = times[child] as number
      let cs = seqs[child] as number
      const right = child + 1
      if (right < last) {
        const rt = times[right] as number
        const rs = seqs[right] as number
        if (rt < ct || (rt === ct && rs < cs)) {
          child = right
          ct = rt
          cs = rs
        }
      }
      if (lt < ct || (lt === ct && ls < cs)) break
      times[i] = ct
      seqs[i] = cs
      items[i] = items[child]
      i = child
    }
    times[i] = lt
    seqs[i] = ls
    items[i] = li
  }

  private grow(): void {
    const size = this.times.length * 2
    const times = new Float64Array(size)
    times.set(this.times)
    const seqs = new Float64Array(size)
    seqs.set(this.seqs)
    this.times = times
    this.seqs = seqs
    this.items.length = size
  }
}
