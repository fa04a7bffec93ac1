/** What the UI and the CLI show of the queues: a live view for the snapshot, and the run's summary. */
import type { World } from '../../world.ts'
import type { SqsPoller } from './poller.ts'
import type { SqsQueue } from './queue.ts'

/** An event source mapping reading the queue, now. */
export interface QueueMappingView {
  /** Its resource name: `resourceMetrics({ kind: 'EventSourceMapping', name: uuid })`. */
  uuid: string
  functionName: string
  enabled: boolean
  /** Invokes running, and how many the poller may run now (5, then up to +300 per minute, ≤ 1,250 or MaximumConcurrency). */
  inFlight: number
  concurrencyLimit: number
  batchSize: number
}

/** One queue now: its depth by state, the age of its oldest message, and the mappings polling it. */
export interface QueueView {
  name: string
  fifo: boolean
  /** ApproximateNumberOfMessagesVisible, ...NotVisible (in flight), ...Delayed. */
  visible: number
  inFlight: number
  delayed: number
  /** ApproximateAgeOfOldestMessage, in ms. */
  oldestAgeMs: number
  /** Where its messages went so far (as in `eventAccounting()`). */
  received: number
  deleted: number
  movedToDeadLetterQueue: number
  dropped: Record<string, number>
  deadLetterQueue: string | null
  mappings: QueueMappingView[]
}

/**
 * A queue in the run's summary. `MessagesReceived` keeps the meaning of shared/scenarios/README.md
 * (every message that arrived, including records, dead-letter messages and redrive moves); the rest
 * says where they went and, for the `Approximate*` levels, what is left at the end.
 */
export interface QueueSummary {
  MessagesReceived: number
  /** Deleted after a successful invocation. */
  MessagesDeleted: number
  /** Moved to the dead-letter queue by the redrive policy (`maxReceiveCount`). */
  MessagesMovedToDeadLetterQueue: number
  /** Gone unprocessed, by reason: RetentionExpired, FilteredOut, Deduplicated. */
  MessagesDropped: Record<string, number>
  ApproximateNumberOfMessagesVisible: number
  ApproximateNumberOfMessagesNotVisible: number
  ApproximateNumberOfMessagesDelayed: number
  /** The most concurrent invokes any mapping of the queue made. */
  MaximumConcurrentInvocations: number
}

function mappingView(poller: SqsPoller): QueueMappingView {
  return {
    uuid: poller.uuid, functionName: poller.target.fn.name, enabled: poller.settings.enabled, inFlight: poller.inFlight,
    concurrencyLimit: poller.scaling.limit, batchSize: poller.settings.batchSize,
  }
}

function queueView(queue: SqsQueue): QueueView {
  const accounting = queue.accounting()
  return {
    name: queue.name, fifo: queue.fifo, visible: queue.visible, inFlight: queue.inFlight, delayed: queue.delayedCount,
    oldestAgeMs: queue.oldestAgeMs(), received: accounting.Received, deleted: accounting.Processed,
    movedToDeadLetterQueue: accounting.DeadLettered, dropped: accounting.Dropped,
    deadLetterQueue: queue.deadLetter?.name ?? null, mappings: queue.pollers.map(mappingView),
  }
}

/** The queues for the snapshot; undefined when the scenario has none. */
export function queueViews(world: World): QueueView[] | undefined {
  return world.queues.size === 0 ? undefined : [...world.queues.values()].map(queueView)
}

function queueSummary(queue: SqsQueue): QueueSummary {
  const accounting = queue.accounting()
  return {
    MessagesReceived: accounting.Received,
    MessagesDeleted: accounting.Processed,
    MessagesMovedToDeadLetterQueue: accounting.DeadLettered,
    MessagesDropped: accounting.Dropped,
    ApproximateNumberOfMessagesVisible: queue.visible,
    ApproximateNumberOfMessagesNotVisible: queue.inFlight,
    ApproximateNumberOfMessagesDelayed: queue.delayedCount,
    MaximumConcurrentInvocations: Math.max(0, ...queue.pollers.map((p) => p.metrics.peakConcurrency)),
  }
}

export function queueSummaries(world: World): Record<string, QueueSummary> {
  return Object.fromEntries([...world.queues.values()].map((q) => [q.name, queueSummary(q)]))
}
