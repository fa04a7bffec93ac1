import type { CodeStep } from '../../runtime/codeStep.ts'
import type { SqsMessage } from './message.ts'

/**
 * Messages one consumer received, each under the receipt of that receive and hidden until its
 * visibility deadline. A poller gathering a batch over a window receives messages at different
 * times, so deadlines are kept per message; they only grow, so one agenda step at a time (the
 * earliest deadline not yet reached) is enough. Deleting with a receipt that is no longer the
 * message's latest does nothing: the message came back and may be with another consumer, which is
 * how a slow consumer sees the same message twice (at-least-once delivery).
 */
export class Lease {
  readonly messages: SqsMessage[] = []
  readonly receipts: number[] = []
  readonly deadlinesMs: number[] = []
  /** Messages before this index have reached their deadline (and went back if still held). */
  expired = 0
  /** Messages still in flight under this lease. */
  held = 0
  /** Sum of the held messages' sizes (body plus `recordOverheadBytes`), when the consumer caps a batch's size. */
  bytes = 0
  /** Oldest `SentTimestamp` among them, for ApproximateAgeOfOldestMessage. */
  oldestSentAtMs = Number.POSITIVE_INFINITY
  step: CodeStep | null = null
  /** Its place in the queue's list of leases holding messages; −1 while it holds none. */
  slot = -1

  /**
   * @param recordOverheadBytes what each message adds to the batch besides its body (its event record's other fields)
   * @param holding its consumer's count of the messages it holds under all its leases, kept by the queue
   */
  constructor(readonly recordOverheadBytes = 0, readonly holding: HeldCount | null = null) {}

  get size(): number {
    return this.messages.length
  }

  /** Whether message `index` is still in flight under this lease (not deleted, not returned). */
  holds(index: number): boolean {
    return (this.messages[index] as SqsMessage).receipt === this.receipts[index]
  }
}

/** Messages a consumer holds now, across its leases: counted as they are lent and let go. */
export class HeldCount {
  value = 0
}
