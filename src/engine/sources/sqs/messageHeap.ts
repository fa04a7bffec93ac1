import { Deque } from './deque.ts'
import type { SqsMessage } from './message.ts'
import type { Receiver, VisibleMessages } from './visibleMessages.ts'

const before = (a: SqsMessage, b: SqsMessage): boolean =>
  a.sentAtMs < b.sentAtMs || (a.sentAtMs === b.sentAtMs && a.serial < b.serial)

/**
 * A standard queue's visible messages, oldest sent first. SQS promises standard queues only
 * "best-effort ordering"; the simulator's choice is to hand out the oldest message first, so a
 * message that comes back after its visibility timeout is received again before newer ones, the
 * head is always the oldest message (ApproximateAgeOfOldestMessage, retention) and a run is
 * deterministic. Messages mostly become visible in the order they were sent: those wait in a plain
 * line, at no cost; only one that is older than the line's newest (back from flight, out of a delay,
 * moved from another queue) goes to a heap, and each receive takes the older of the two fronts.
 */
export class MessageHeap implements VisibleMessages {
  private readonly line = new Deque<SqsMessage>()
  private readonly items: SqsMessage[] = []

  get size(): number {
    return this.line.size + this.items.length
  }

  get receivable(): boolean {
    return this.size > 0
  }

  add(message: SqsMessage): void {
    const newest = this.line.peekBack()
    if (newest === undefined || !before(message, newest)) this.line.pushBack(message)
    else this.push(message)
  }

  putBack(message: SqsMessage): boolean {
    this.add(message)
    return true
  }

  left(): boolean {
    return false
  }

  receive(receiver: Receiver, full: () => boolean): void {
    for (let message = this.oldest(); message !== undefined && !full(); message = this.oldest()) {
      if (receiver.expired(message)) {
        this.take(message)
        receiver.dropExpired()
        continue
      }
      if (!receiver.fits(message)) return
      this.take(message)
      receiver.lend(message)
    }
  }

  sweep(receiver: Receiver): void {
    for (let message = this.oldest(); message !== undefined && receiver.expired(message); message = this.oldest()) {
      this.take(message)
      receiver.dropExpired()
    }
  }

  oldestSentAtMs(): number {
    return this.oldest()?.sentAtMs ?? Number.POSITIVE_INFINITY
  }

  /** The oldest visible message: the front of the line or the heap's top. */
  private oldest(): SqsMessage | undefined {
    const first = this.line.peekFront()
    const top = this.items[0]
    if (top === undefined) return first
    return first === undefined || before(top, first) ? top : first
  }

  /** Removes `message`, which `oldest()` just returned. */
  private take(message: SqsMessage): void {
    if (message === this.items[0]) this.pop()
    else this.line.popFront()
  }

  private push(message: SqsMessage): void {
    const items = this.items
    let i = items.length
    items.push(message)
    while (i > 0) {
      const parent = (i - 1) >> 1
      const above = items[parent] as SqsMessage
      if (!before(message, above)) break
      items[i] = above
      i = parent
    }
    items[i] = message
  }

  /** Removes the heap's top; call only when it has one. */
  private pop(): void {
    const items = this.items
    const last = items.pop() as SqsMessage
    const n = items.length
    if (n === 0) return
    let i = 0
    for (;;) {
      const left = 2 * i + 1
      if (left >= n) break
      const right = left + 1
      const child = right < n && before(items[right] as SqsMessage, items[left] as SqsMessage) ? right : left
      const smaller = items[child] as SqsMessage
      if (!before(smaller, last)) break
      items[i] = smaller
      i = child
    }
    items[i] = last
  }
}
