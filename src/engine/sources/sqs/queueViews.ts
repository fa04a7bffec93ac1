/** What the UI and the CLI show of the queues: a live view for the snapshot, and the run's summary. */
import { EVENT_POLLER_UNIT_USD_PER_HOUR } from '../../cost/prices.ts'
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
  /** Provisioned mode only: the event pollers running now (10 invokes each). */
  provisionedPollers?: number
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
  /** Each mapping reading the queue, by UUID; absent when none does. */
  EventSourceMappings?: Record<string, QueueMappingSummary>
}

/** A mapping reading a queue, in the run's summary. */
export interface QueueMappingSummary {
  FunctionName: string
  State: 'Enabled' | 'Disabled'
  MaximumConcurrentInvocations: number
  /** Provisioned mode only: pollers now and at most, poller-hours metered, and their price. */
  ProvisionedPollers?: { Current: number; Maximum: number }
  EventPollerUnitHours?: number
  EventPollerCostUSD?: number
}

function mappingView(poller: SqsPoller): QueueMappingView {
  return {
    uuid: poller.uuid, functionName: poller.target.fn.name, enabled: poller.settings.enabled, inFlight: poller.inFlight,
    concurrencyLimit: poller.scaling.limit, batchSize: poller.settings.batchSize,
    ...(poller.settings.provisionedPollers === undefined ? {} : { provisionedPollers: poller.scaling.pollers }),
  }
}

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits

/** Provisioned pollers are billed per Event Poller Unit-hour, per second with a minute's minimum (pollerBilling.ts) [P-pricing]. */
function mappingSummary(world: World, poller: SqsPoller): QueueMappingSummary {
  const summary: QueueMappingSummary = {
    FunctionName: poller.target.fn.name, State: poller.settings.enabled ? 'Enabled' : 'Disabled',
    MaximumConcurrentInvocations: poller.metrics.peakConcurrency,
  }
  const hours = poller.metrics.pollerHours(world.nowMs)
  if (poller.settings.provisionedPollers === undefined && hours === 0) return summary
  return {
    ...summary,
    ProvisionedPollers: { Current: poller.settings.enabled ? poller.scaling.pollers : 0, Maximum: poller.metrics.peakPollers },
    EventPollerUnitHours: round(hours, 6),
    EventPollerCostUSD: round(hours * EVENT_POLLER_UNIT_USD_PER_HOUR, 8),
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

function queueSummary(world: World, queue: SqsQueue): QueueSummary {
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
    ...(queue.pollers.length === 0 ? {} : { EventSourceMappings: Object.fromEntries(queue.pollers.map((p) => [p.uuid, mappingSummary(world, p)])) }),
  }
}

export function queueSummaries(world: World): Record<string, QueueSummary> {
  return Object.fromEntries([...world.queues.values()].map((q) => [q.name, queueSummary(world, q)]))
}
