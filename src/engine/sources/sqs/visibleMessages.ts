import type { SqsMessage } from './message.ts'

/** What a receive asks of its queue for each message it considers. */
export interface Receiver {
  /** Whether the message's retention period is over: it is then dropped, not received. */
  expired(message: SqsMessage): boolean
  dropExpired(): void
  /** Whether the message still fits the batch being received. */
  fits(message: SqsMessage): boolean
  /** Hands the message to the receive (it goes in flight). */
  lend(message: SqsMessage): void
}

/**
 * A queue's visible messages, in the order a receive hands them out: a standard queue's heap
 * (messageHeap.ts) or a FIFO queue's message groups (fifoGroups.ts).
 */
export interface VisibleMessages {
  /** Visible messages, FIFO messages behind one in flight included (SQS counts them as visible). */
  readonly size: number
  /** Whether a receive would get a message now. */
  readonly receivable: boolean
  /** A new message (or one whose delay is over). */
  add(message: SqsMessage): void
  /** A message back from flight; true when the queue has something new to receive. */
  putBack(message: SqsMessage): boolean
  /** A message left flight for good (deleted, moved or expired); true when the queue has something new to receive. */
  left(message: SqsMessage): boolean
  /** Lends messages until `full()` or until one does not fit, dropping the expired ones it meets. */
  receive(receiver: Receiver, full: () => boolean): void
  /** Drops the expired messages waiting at the front. */
  sweep(receiver: Receiver): void
  /** SentTimestamp of the oldest visible message; Infinity when there is none. */
  oldestSentAtMs(): number
}
