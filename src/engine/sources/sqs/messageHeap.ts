import type { SqsMessage } from './message.ts'
import type { Receiver, VisibleMessages } from './visibleMessages.ts'

const before = (a: SqsMessage, b: SqsMessage): boolean =>
  a.sentAtMs < b.sentAtMs || (a.sentAtMs === b.sentAtMs && a.serial < b.serial)

/**
 * A standard queue's visible messages, oldest sent first. SQS promises standard queues only
 * "best-effort ordering"; the simulator's choice is to hand out the oldest message first, so a
 * message that comes back after its visibility timeout is received again before newer ones, the
 * head is always the oldest message (ApproximateAgeOfOldestMessage, retention) and a run is
 * deterministic. New messages are the newest, so pushing them costs one comparison.
 */
export class MessageHeap implements VisibleMessages {
  private readonly items: SqsMessage[] = []

  get size(): number {
    return this.items.length
  }

  get receivable(): boolean {
    return this.items.length > 0
  }

  add(message: SqsMessage): void {
    this.push(message)
  }

  putBack(message: SqsMessage): boolean {
    this.push(message)
    return true
  }

  left(): boolean {
    return false
  }

  receive(receiver: Receiver, full: () => boolean): void {
    while (!full() && this.items.length > 0) {
      const message = this.items[0] as SqsMessage
      if (receiver.expired(message)) {
        this.pop()
        receiver.dropExpired()
        continue
      }
      if (!receiver.fits(message)) return
      receiver.lend(this.pop())
    }
  }

  sweep(receiver: Receiver): void {
    while (this.items.length > 0 && receiver.expired(this.items[0] as SqsMessage)) {
      this.pop()
      receiver.dropExpired()
    }
  }

  oldestSentAtMs(): number {
    return this.items[0]?.sentAtMs ?? Number.POSITIVE_INFINITY
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

  /** Removes and returns the oldest message; call only when `size > 0`. */
  private pop(): SqsMessage {
    const items = this.items
    const top = items[0] as SqsMessage
    const last = items.pop() as SqsMessage
    const n = items.length
    if (n === 0) return top
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
    return top
  }
}
