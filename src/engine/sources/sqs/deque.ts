/** A double-ended queue on a ring buffer: O(1) at both ends, for FIFO groups and their rotation. */
export class Deque<T> {
  private items: (T | undefined)[] = new Array<T | undefined>(4)
  private head = 0
  private count = 0

  get size(): number {
    return this.count
  }

  peekFront(): T | undefined {
    return this.count === 0 ? undefined : this.items[this.head]
  }

  peekBack(): T | undefined {
    return this.count === 0 ? undefined : this.items[(this.head + this.count - 1) & (this.items.length - 1)]
  }

  pushBack(item: T): void {
    if (this.count === this.items.length) this.grow()
    this.items[(this.head + this.count) & (this.items.length - 1)] = item
    this.count++
  }

  pushFront(item: T): void {
    if (this.count === this.items.length) this.grow()
    this.head = (this.head - 1) & (this.items.length - 1)
    this.items[this.head] = item
    this.count++
  }

  /** Removes and returns the first item; call only when `size > 0`. */
  popFront(): T {
    const item = this.items[this.head] as T
    this.items[this.head] = undefined
    this.head = (this.head + 1) & (this.items.length - 1)
    this.count--
    return item
  }

  private grow(): void {
    const bigger = new Array<T | undefined>(this.items.length * 2)
    for (let i = 0; i < this.count; i++) bigger[i] = this.items[(this.head + i) & (this.items.length - 1)]
    this.items = bigger
    this.head = 0
  }
}
