import { SQS_DEDUPLICATION_INTERVAL_MS } from '../../facts.ts'
import { Deque } from './deque.ts'

/**
 * A FIFO queue's deduplication interval: a message whose deduplication id was accepted in the last
 * 5 minutes is accepted again but not delivered. With ContentBasedDeduplication the id is the SHA-256
 * of the body; the simulator keys on the body itself, which deduplicates exactly the same messages.
 */
export class DedupWindow {
  private readonly seenUntilMs = new Map<string, number>()
  private readonly order = new Deque<{ id: string; untilMs: number }>()

  /** True when `id` was seen within the interval (a duplicate); otherwise remembers it from now. */
  isDuplicate(id: string, nowMs: number): boolean {
    this.forget(nowMs)
    if (this.seenUntilMs.has(id)) return true
    const untilMs = nowMs + SQS_DEDUPLICATION_INTERVAL_MS
    this.seenUntilMs.set(id, untilMs)
    this.order.pushBack({ id, untilMs })
    return false
  }

  private forget(nowMs: number): void {
    for (let oldest = this.order.peekFront(); oldest !== undefined && oldest.untilMs <= nowMs; oldest = this.order.peekFront()) {
      this.order.popFront()
      this.seenUntilMs.delete(oldest.id)
    }
  }
}
