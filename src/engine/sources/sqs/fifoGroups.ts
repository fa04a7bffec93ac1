import { Deque } from './deque.ts'
import type { SqsMessage } from './message.ts'
import type { Receiver, VisibleMessages } from './visibleMessages.ts'

/** One message group: its visible messages in arrival order, and how many of its messages are in flight. */
class FifoGroup {
  readonly messages = new Deque<SqsMessage>()
  inFlight = 0
  /** In the rotation of groups a receive may take from. */
  ready = false

  constructor(readonly id: string) {}
}

/**
 * A FIFO queue's visible messages by message group. While any message of a group is in flight,
 * SQS returns no other message of that group, so a group is *ready* only with visible messages
 * and none in flight; ready groups take turns. A receive takes "as many messages with the same
 * message group ID as possible" before moving to the next ready group. A message back from
 * flight goes to the front of its group: its turn is still first.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagegroupid-property.html
 */
export class FifoGroups implements VisibleMessages {
  private readonly groups = new Map<string, FifoGroup>()
  private readonly rotation = new Deque<FifoGroup>()
  size = 0

  get receivable(): boolean {
    return this.rotation.size > 0
  }

  add(message: SqsMessage): void {
    const group = this.groupOf(message)
    group.messages.pushBack(message)
    this.size++
    this.markReady(group)
  }

  /** Several messages of a group coming back together must be put back last first, to keep their order. */
  putBack(message: SqsMessage): boolean {
    this.groupOf(message).messages.pushFront(message)
    this.size++
    return this.left(message)
  }

  left(message: SqsMessage): boolean {
    const group = this.groupOf(message)
    group.inFlight--
    this.markReady(group)
    return group.ready
  }

  receive(receiver: Receiver, full: () => boolean): void {
    let fits = true
    while (fits && !full()) {
      const group = this.rotation.size > 0 ? this.rotation.popFront() : undefined
      if (!group) return
      group.ready = false
      while (!full() && group.messages.size > 0) {
        const message = group.messages.peekFront() as SqsMessage
        if (receiver.expired(message)) {
          this.discardFirst(group, receiver)
          continue
        }
        fits = receiver.fits(message)
        if (!fits) break
        this.size--
        group.inFlight++
        receiver.lend(group.messages.popFront())
      }
      // A group nothing was taken from goes back into the rotation, or is forgotten when empty.
      this.markReady(group)
    }
  }

  sweep(receiver: Receiver): void {
    for (const group of this.groups.values()) {
      while (group.messages.size > 0 && receiver.expired(group.messages.peekFront() as SqsMessage)) this.discardFirst(group, receiver)
      this.markReady(group)
    }
  }

  oldestSentAtMs(): number {
    let oldest = Number.POSITIVE_INFINITY
    for (const group of this.groups.values()) oldest = Math.min(oldest, group.messages.peekFront()?.sentAtMs ?? oldest)
    return oldest
  }

  private groupOf(message: SqsMessage): FifoGroup {
    const id = message.groupId as string
    let group = this.groups.get(id)
    if (!group) {
      group = new FifoGroup(id)
      this.groups.set(id, group)
    }
    return group
  }

  private discardFirst(group: FifoGroup, receiver: Receiver): void {
    this.size--
    group.messages.popFront()
    receiver.dropExpired()
  }

  /** Into the rotation if it can be received from; forgotten when it holds nothing. */
  private markReady(group: FifoGroup): void {
    if (group.inFlight > 0 || group.ready) return
    if (group.messages.size === 0) {
      this.groups.delete(group.id)
      return
    }
    group.ready = true
    this.rotation.pushBack(group)
  }
}
