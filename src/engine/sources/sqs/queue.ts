/**
 * A real SQS queue in virtual time: messages are delayed, visible, in flight under a lease, deleted,
 * moved to the dead-letter queue after `maxReceiveCount` receives, or dropped when their retention
 * period ends. Standard queues hand out the oldest message first (messageHeap.ts); FIFO queues
 * deliver each message group in order, one group's messages in flight at a time (fifoGroups.ts).
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html
 */
import type { ResourceAccounting } from '../../api.ts'
import { cancelStep, scheduleStep, scheduleStepLast } from '../../runtime/codeStep.ts'
import type { World } from '../../world.ts'
import { countDropped, emptyAccounting } from '../resources.ts'
import { DedupWindow } from './dedup.ts'
import { DelayedMessages } from './delayed.ts'
import { FifoGroups } from './fifoGroups.ts'
import type { Lease } from './lease.ts'
import { SqsMessage, type MessageAttributes } from './message.ts'
import { MessageHeap } from './messageHeap.ts'
import type { Receiver, VisibleMessages } from './visibleMessages.ts'
import type { SqsPoller } from './poller.ts'
import { QueueMetrics } from './queueMetrics.ts'

/** How many arrivals a queue keeps for the UI (as destinations' queues and topics do). */
const RECENT_MESSAGES = 20

/** A queue's attributes, in the engine's units. */
export interface QueueSettings {
  readonly fifo: boolean
  readonly visibilityTimeoutMs: number
  readonly retentionMs: number
  readonly delayMs: number
  readonly contentBasedDeduplication: boolean
  /** Receives after which a message that comes back moves to the dead-letter queue; 0 without a redrive policy. */
  readonly maxReceiveCount: number
}

/** Whoever polls the queue (an event source mapping) hears when messages become receivable. */
export interface QueueConsumer {
  messagesAvailable(world: World): void
}

/** Why messages leave a queue without being processed, as `Dropped` reasons. */
export type DropReason = 'RetentionExpired' | 'Deduplicated' | 'FilteredOut'

export class SqsQueue implements Receiver {
  /** The latest arrivals, for `Simulation.queueMessages`: a ring, so keeping one costs no shifting. */
  private readonly recent: (SqsMessage | undefined)[] = new Array<SqsMessage | undefined>(RECENT_MESSAGES)
  private recentNext = 0
  /** Resolved once every queue exists. */
  deadLetter: SqsQueue | null = null
  readonly consumers: QueueConsumer[] = []
  /** The event source mappings that read this queue, enabled or not. */
  readonly pollers: SqsPoller[] = []
  readonly metrics = new QueueMetrics()
  inFlight = 0
  /** Received counts every arrival: producers' messages (duplicates included) and messages a redrive moved here. */
  private readonly tally = emptyAccounting()
  private readonly waiting: VisibleMessages
  private readonly delayed: DelayedMessages
  private readonly dedup: DedupWindow | null
  /**
   * Leases holding messages, for the age of the oldest: an array with each lease's slot in it, as
   * leases come and go several times a second (a Set's rehashed tables would keep the dead ones alive
   * past the young-generation collections, and their messages with them).
   */
  private readonly leases: Lease[] = []
  private serial = 0
  private receipts = 0
  private sampling = false
  private readonly sampleRun: () => void
  /** The receive in progress (Receiver's state): its lease, where it stops, its byte cap. */
  private lease: Lease | null = null
  private until = 0
  private maxBytes = Number.POSITIVE_INFINITY
  private readonly full = (): boolean => (this.lease as Lease).size >= this.until

  constructor(private readonly world: World, readonly name: string, readonly arn: string, readonly settings: QueueSettings) {
    this.dedup = settings.fifo ? new DedupWindow() : null
    this.waiting = settings.fifo ? new FifoGroups() : new MessageHeap()
    this.delayed = new DelayedMessages(world, (message) => {
      if (this.expired(message)) this.dropExpired()
      else this.makeVisible(message)
    })
    this.sampleRun = () => this.sample()
  }

  get fifo(): boolean {
    return this.settings.fifo
  }

  get visible(): number {
    return this.waiting.size
  }

  get delayedCount(): number {
    return this.delayed.size
  }

  /** Visible, in flight or delayed: the accounting's `Pending`. */
  get pending(): number {
    return this.visible + this.inFlight + this.delayed.size
  }

  /** Whether a receive would get a message now (a FIFO queue needs a group with none in flight). */
  get receivable(): boolean {
    return this.waiting.receivable
  }

  accounting(): ResourceAccounting {
    const t = this.tally
    return { Received: t.Received, Processed: t.Processed, DeadLettered: t.DeadLettered, Dropped: { ...t.Dropped }, Pending: this.pending }
  }

  /**
   * A producer's message arrives (send.ts checks SendMessage's rules first); null when a FIFO queue
   * drops it as a duplicate of one sent within the deduplication interval (SQS still answers the
   * producer with success). A `delayMs` overrides the queue's DelaySeconds.
   */
  send(
    body: unknown, idSerial: number, chainDepth: number, groupId: string | null, deduplicationId: string | null,
    delayMs: number | null, attributes: MessageAttributes | null,
  ): SqsMessage | null {
    const world = this.world
    const message = new SqsMessage(this.serial++, idSerial, body, world.nowMs, chainDepth, groupId, attributes)
    this.arrived(message)
    this.metrics.sent(world.nowMs)
    const dedupId = deduplicationId ?? (this.settings.contentBasedDeduplication ? message.bodyText() : null)
    if (this.dedup && dedupId !== null && this.dedup.isDuplicate(dedupId, world.nowMs)) {
      this.drop('Deduplicated', 1)
      return null
    }
    this.admit(message, delayMs ?? this.settings.delayMs)
    return message
  }

  /** The redrive policy moves a message here: same id and body; a FIFO dead-letter queue restarts its retention clock. */
  private receiveMoved(from: SqsMessage): void {
    const world = this.world
    const sentAtMs = this.settings.fifo ? world.nowMs : from.sentAtMs
    const message = new SqsMessage(this.serial++, from.idSerial, from.body, sentAtMs, from.chainDepth, from.groupId, from.attributes)
    this.arrived(message)
    this.admit(message, 0)
  }

  private arrived(message: SqsMessage): void {
    this.tally.Received++
    this.recent[this.recentNext] = message
    this.recentNext = (this.recentNext + 1) % RECENT_MESSAGES
    this.startSampling()
  }

  /** The latest arrivals, oldest first, as sent: the body, or `{ body, messageAttributes }` when it has attributes. */
  recentMessages(): unknown[] {
    const oldestFirst = [...this.recent.slice(this.recentNext), ...this.recent.slice(0, this.recentNext)]
    return oldestFirst.filter((m) => m !== undefined).map((m) => (m.attributes ? { body: m.body, messageAttributes: m.attributes } : m.body))
  }

  private admit(message: SqsMessage, delayMs: number): void {
    if (delayMs > 0) {
      this.delayed.add(message, delayMs)
      return
    }
    this.makeVisible(message)
  }

  /**
   * Receives up to `max` more messages into `lease`, stopping early once `maxBytes` would be passed
   * (a lease always gets at least one). Each message's receive count goes up and it hides
   * for the visibility timeout. Returns how many were received.
   */
  receive(lease: Lease, max: number, maxBytes: number): number {
    const before = lease.size
    // A lease's earlier messages (returned or deleted since) stay in its arrays: count from its end.
    this.lease = lease
    this.until = before + max
    this.maxBytes = maxBytes
    this.waiting.receive(this, this.full)
    this.lease = null
    const count = lease.size - before
    if (count > 0) {
      this.metrics.received(this.world.nowMs, count)
      if (lease.slot < 0) {
        lease.slot = this.leases.length
        this.leases.push(lease)
      }
      if (lease.step === null) this.armLease(lease)
    }
    return count
  }

  /** Receiver: retention is over at SentTimestamp + MessageRetentionPeriod. */
  expired(message: SqsMessage): boolean {
    return this.world.nowMs >= message.sentAtMs + this.settings.retentionMs
  }

  dropExpired(): void {
    this.drop('RetentionExpired', 1)
  }

  /**
   * Receiver: whether the message still fits the lease's byte cap; sizes cost a body's serialisation,
   * so a consumer whose batch cannot reach its cap passes an infinite one. A lease always takes one.
   */
  fits(message: SqsMessage): boolean {
    const lease = this.lease as Lease
    return lease.held === 0 || this.maxBytes === Number.POSITIVE_INFINITY || lease.bytes + message.bodyBytes() + lease.recordOverheadBytes <= this.maxBytes
  }

  /** Receiver: the message goes in flight under the lease, with a new receipt and its visibility deadline. */
  lend(message: SqsMessage): void {
    const lease = this.lease as Lease
    const nowMs = this.world.nowMs
    message.receipt = ++this.receipts
    message.receiveCount++
    if (message.firstReceiveAtMs < 0) message.firstReceiveAtMs = nowMs
    if (lease.holding) lease.holding.value++
    lease.messages.push(message)
    lease.receipts.push(message.receipt)
    lease.deadlinesMs.push(nowMs + this.settings.visibilityTimeoutMs)
    lease.held++
    if (this.maxBytes !== Number.POSITIVE_INFINITY) lease.bytes += message.bodyBytes() + lease.recordOverheadBytes
    if (message.sentAtMs < lease.oldestSentAtMs) lease.oldestSentAtMs = message.sentAtMs
    this.inFlight++
  }

  /**
   * Deletes message `index` of the lease, if the lease still holds it: `processed` after a
   * successful invocation, or dropped as `FilteredOut` by the mapping's filter criteria [D-filter].
   */
  delete(lease: Lease, index: number, outcome: 'processed' | 'filtered'): boolean {
    if (!lease.holds(index)) return false
    const message = lease.messages[index] as SqsMessage
    message.receipt = 0
    this.inFlight--
    if (outcome === 'processed') {
      // NumberOfMessagesDeleted is counted by the caller, once per batch.
      this.tally.Processed++
    } else {
      this.drop('FilteredOut', 1)
    }
    this.leaseLetGo(lease, message)
    if (this.waiting.left(message)) this.announce()
    return true
  }

  /** A lease's earliest deadlines came: what it still holds becomes visible again (or moves, or expires). */
  private leaseDeadline(lease: Lease): void {
    lease.step = null
    const nowMs = this.world.nowMs
    const from = lease.expired
    let to = from
    while (to < lease.size && (lease.deadlinesMs[to] as number) <= nowMs) to++
    lease.expired = to
    // A FIFO group's messages return to its front, so the last goes back first to keep their order.
    for (let i = to - 1; i >= from; i--) {
      if (!lease.holds(i)) continue
      const message = lease.messages[i] as SqsMessage
      message.receipt = 0
      this.inFlight--
      this.leaseLetGo(lease, message)
      this.comeBack(message)
    }
    if (lease.held > 0) this.armLease(lease)
  }

  /**
   * Schedules the lease's next deadline, after everything else due at that instant: Lambda accepts a
   * visibility timeout equal to the function's timeout [D-sqs-cfg], so an invocation timing out at
   * its messages' deadline ends, and its poller settles, before they come back; otherwise a FIFO
   * group would run two batches at once for that instant.
   */
  private armLease(lease: Lease): void {
    // Messages already deleted or returned need no deadline; the next one still held sets it.
    while (lease.expired < lease.size && !lease.holds(lease.expired)) lease.expired++
    const atMs = lease.deadlinesMs[lease.expired]
    if (atMs !== undefined) lease.step = scheduleStepLast(this.world, atMs, () => this.leaseDeadline(lease))
  }

  private leaseLetGo(lease: Lease, message: SqsMessage): void {
    lease.held--
    if (lease.holding) lease.holding.value--
    if (lease.bytes > 0) lease.bytes -= message.bodyBytes() + lease.recordOverheadBytes
    if (lease.held > 0) return
    this.forget(lease)
    if (lease.step) {
      cancelStep(this.world, lease.step)
      lease.step = null
    }
  }

  /** An empty lease leaves the list: the last one takes its slot. */
  private forget(lease: Lease): void {
    const last = this.leases.pop() as Lease
    if (last !== lease) {
      this.leases[lease.slot] = last
      last.slot = lease.slot
    }
    lease.slot = -1
  }

  /** A message whose visibility timeout ended unprocessed: expired, moved to the dead-letter queue, or visible again. */
  private comeBack(message: SqsMessage): void {
    const deadLetter = this.deadLetter
    if (this.expired(message)) this.dropExpired()
    else if (deadLetter && message.receiveCount >= this.settings.maxReceiveCount) {
      this.tally.DeadLettered++
      deadLetter.receiveMoved(message)
    } else {
      if (this.waiting.putBack(message)) this.announce()
      return
    }
    if (this.waiting.left(message)) this.announce()
  }

  private makeVisible(message: SqsMessage): void {
    this.waiting.add(message)
    this.announce()
  }

  private announce(): void {
    for (const consumer of this.consumers) consumer.messagesAvailable(this.world)
  }

  private drop(reason: DropReason, count: number): void {
    countDropped(this.tally, reason, count)
  }

  /** Once a second while the queue holds messages: retention sweep and the AWS/SQS levels. */
  private startSampling(): void {
    if (this.sampling) return
    this.sampling = true
    scheduleStep(this.world, (Math.floor(this.world.nowMs / 1000) + 1) * 1000, this.sampleRun)
  }

  private sample(): void {
    const nowMs = this.world.nowMs
    this.waiting.sweep(this)
    this.metrics.levels(nowMs, this.visible, this.inFlight, this.delayed.size, this.oldestAgeMs())
    if (this.pending > 0) scheduleStep(this.world, nowMs + 1000, this.sampleRun)
    else this.sampling = false
  }

  /** ApproximateAgeOfOldestMessage: the oldest message visible or in flight. */
  oldestAgeMs(): number {
    let oldest = this.waiting.oldestSentAtMs()
    for (const lease of this.leases) oldest = Math.min(oldest, lease.oldestSentAtMs)
    return oldest === Number.POSITIVE_INFINITY ? 0 : this.world.nowMs - oldest
  }
}
