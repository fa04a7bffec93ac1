/**
 * An SQS event source mapping: Lambda's pollers receive batches from the queue and invoke the
 * function synchronously with each [G-esm], [G-sqs] §3.1, §3.3.
 * - A batch is invoked on the first of: `BatchSize` messages, 6 MB, or the end of the batching
 *   window (which opens at the batch's first message; with no window, at once with what is there).
 * - Success deletes the batch; an error, a timeout or a throttle leaves every message in flight until
 *   its visibility timeout, when it comes back (and, past `maxReceiveCount`, moves to the DLQ).
 * - With `ReportBatchItemFailures`, only the messages the response lists come back (batchResponse.ts);
 *   in a FIFO queue, the first listed failure and every message after it, so a group keeps its order.
 * - Filter criteria [D-filter]: a message no filter matches is deleted without an invoke (FilteredOut).
 * - Loop detection [D-recursion] §8: an invoke past ~16 in the chain returns RecursiveInvocationException,
 *   so the batch comes back with its receive counts raised until the redrive policy takes it.
 * Concurrency: pollerScaling.ts. UpdateEventSourceMapping (`reconfigure`) applies from its moment on:
 * a batch already sent finishes as it was sent, and its result is read under the settings in force
 * when it returns; a batch still gathering over its window keeps that window.
 */
import type { ResourceAccounting } from '../../api.ts'
import { AWS_LATENCY_MS } from '../../aws/latency.ts'
import type { SyncInvokeResult } from '../../aws/types.ts'
import { ESM_BATCH_PAYLOAD_MAX_BYTES } from '../../facts.ts'
import { awsEnginePort } from '../../invoke/awsPort.ts'
import type { TargetRef } from '../../invoke/targets.ts'
import type { EventSourceMappingConfig, ProvisionedPollerConfig } from '../../scenario/types.ts'
import { cancelStep, scheduleStep, type CodeStep } from '../../runtime/codeStep.ts'
import type { World } from '../../world.ts'
import { SQS_MESSAGE_MAX_BYTES } from '../../aws/limits.ts'
import { matchesAnyPattern, type CompiledPattern } from '../patterns.ts'
import { recursionStops } from '../recursion.ts'
import { readBatchResponse } from './batchResponse.ts'
import { filterView, RECORD_OVERHEAD_BYTES, SqsEvent } from './event.ts'
import { HeldCount, Lease } from './lease.ts'
import type { SqsMessage } from './message.ts'
import { PollerMetrics } from './pollerMetrics.ts'
import { PollerScaling, SCALING_TICK_MS, scalingBoundsOf } from './pollerScaling.ts'
import type { QueueConsumer, SqsQueue } from './queue.ts'

export interface PollerSettings {
  readonly enabled: boolean
  readonly batchSize: number
  readonly windowMs: number
  readonly reportsItemFailures: boolean
  /** Compiled `FilterCriteria`; empty = every message is invoked. */
  readonly filters: readonly CompiledPattern[]
  readonly maximumConcurrency: number | undefined
  /** Provisioned mode's pollers; undefined in standard mode. */
  readonly provisionedPollers: ProvisionedPollerConfig | undefined
}

export class SqsPoller implements QueueConsumer {
  readonly scaling: PollerScaling
  readonly metrics = new PollerMetrics()
  /** Invocations running now. */
  inFlight = 0
  /** Messages received so far, the filtered ones included. */
  polled = 0
  processed = 0
  filteredOut = 0
  /** A batch gathering messages over its window, or waiting for a free invoke once complete. */
  private gathering: Lease | null = null
  private gatheringComplete = false
  private windowStep: CodeStep | null = null
  private pumpStep: CodeStep | null = null
  private ticking = false
  /** Messages its leases hold, for the accounting's Pending. */
  private readonly held = new HeldCount()
  /** Above this a batch could pass 6 MB, so its messages' sizes are counted. */
  private maxBytes: number
  private readonly pumpRun = (): void => {
    this.pumpStep = null
    this.pump()
  }

  private readonly resumeRun = (): void => this.pump()
  private readonly tickRun = (): void => this.tick()
  private readonly windowRun = (): void => this.windowEnded()

  constructor(
    private readonly world: World,
    readonly queue: SqsQueue,
    /** The function it invokes; UpdateEventSourceMapping may change it. */
    public target: TargetRef,
    /** The mapping's id (../mappingIds.ts `mappingUuidOf`), its resource name. */
    readonly uuid: string,
    public settings: PollerSettings,
    /** The mapping as the document (and UpdateEventSourceMapping since) configures it. */
    public document: EventSourceMappingConfig,
  ) {
    this.scaling = new PollerScaling(scalingBoundsOf(settings.maximumConcurrency, settings.provisionedPollers))
    this.maxBytes = maxBytesOf(settings.batchSize)
    if (settings.enabled) queue.consumers.push(this)
    this.metrics.concurrency(world.nowMs, 0, this.scaling.limit, this.pollersNow)
  }

  /** Pollers billed now: a disabled mapping keeps none. */
  private get pollersNow(): number {
    return this.settings.enabled ? this.scaling.pollers : 0
  }

  /**
   * UpdateEventSourceMapping, now: the next batches use the new settings. Disabling stops receiving
   * (invocations running finish); enabling starts again where the queue stands, from the scaling floor.
   */
  reconfigure(document: EventSourceMappingConfig, settings: PollerSettings, target: TargetRef): void {
    const was = this.settings
    this.document = document
    this.settings = settings
    // The pollers billed so far stay on the bill of the function they polled for.
    if (target.fn !== this.target.fn) this.metrics.billing.settle(this.world.nowMs, this.target.fn)
    this.target = target
    this.maxBytes = maxBytesOf(settings.batchSize)
    if (was.maximumConcurrency !== settings.maximumConcurrency || was.provisionedPollers !== settings.provisionedPollers) {
      this.scaling.reconfigure(scalingBoundsOf(settings.maximumConcurrency, settings.provisionedPollers))
    }
    if (was.enabled !== settings.enabled) {
      const consumers = this.queue.consumers
      if (settings.enabled) {
        consumers.push(this)
        this.scaling.restart()
      } else {
        consumers.splice(consumers.indexOf(this), 1)
      }
    }
    this.metrics.concurrency(this.world.nowMs, this.inFlight, this.scaling.limit, this.pollersNow)
    if (settings.enabled) this.messagesAvailable(this.world)
  }

  /** Messages held by this mapping now (received, not yet deleted or back in the queue). */
  get holding(): number {
    return this.held.value
  }

  /**
   * Where the messages this mapping received stand: each receive is deleted after a success
   * (Processed), deleted by the filter (FilteredOut), still held, or back in the queue after a
   * failure, a throttle or its visibility timeout (ReturnedToQueue), to be received again.
   */
  accounting(): ResourceAccounting {
    const pending = this.holding
    return {
      Received: this.polled, Processed: this.processed, DeadLettered: 0,
      Dropped: { FilteredOut: this.filteredOut, ReturnedToQueue: this.polled - this.processed - this.filteredOut - pending },
      Pending: pending,
    }
  }

  /**
   * A poller's receive reaches SQS and returns the messages one SQS round trip after they became
   * visible (aws/latency.ts), so messages sent together are received together.
   */
  messagesAvailable(world: World): void {
    if (this.pumpStep === null) this.pumpStep = scheduleStep(world, world.nowMs + AWS_LATENCY_MS.sqs, this.pumpRun)
    this.startTicking()
  }

  /** Receives and invokes while there are messages and free invokes. */
  private pump(): void {
    const { queue, scaling, settings } = this
    while (scaling.polling(this.world.nowMs)) {
      if (this.gatheringComplete) {
        if (this.inFlight >= scaling.limit) return
        this.invokeGathered()
        continue
      }
      if (this.inFlight >= scaling.limit || !queue.receivable || !settings.enabled) return
      if (settings.windowMs === 0) {
        const lease = new Lease(RECORD_OVERHEAD_BYTES, this.held)
        if (this.receive(lease, settings.batchSize) === 0) return
        this.dispatch(lease)
        continue
      }
      if (!this.gather()) return
    }
  }

  /** Adds to the batch gathering over its window; true when it completed (size or 6 MB). */
  private gather(): boolean {
    let lease = this.gathering
    if (lease === null) {
      lease = new Lease(RECORD_OVERHEAD_BYTES, this.held)
      this.gathering = lease
      this.windowStep = scheduleStep(this.world, this.world.nowMs + this.settings.windowMs, this.windowRun)
    }
    const room = this.settings.batchSize - lease.held
    const received = this.receive(lease, room)
    const full = lease.held >= this.settings.batchSize || (received < room && this.queue.receivable)
    if (!full) return false
    this.gatheringComplete = true
    if (this.windowStep) cancelStep(this.world, this.windowStep)
    this.windowStep = null
    return true
  }

  private windowEnded(): void {
    this.windowStep = null
    this.gatheringComplete = true
    this.pump()
  }

  private invokeGathered(): void {
    const lease = this.gathering as Lease
    this.gathering = null
    this.gatheringComplete = false
    this.dispatch(lease)
  }

  /** Receives up to `max` messages into the lease; those no filter matches are deleted at once [D-filter]. */
  private receive(lease: Lease, max: number): number {
    const from = lease.size
    const count = this.queue.receive(lease, max, this.maxBytes)
    if (count === 0) return 0
    this.polled += count
    this.metrics.polled(this.world.nowMs, count)
    if (this.settings.filters.length > 0) {
      for (let i = from; i < lease.size; i++) {
        const message = lease.messages[i] as SqsMessage
        if (matchesAnyPattern(this.settings.filters, filterView(this.world, this.queue, message))) continue
        this.queue.delete(lease, i, 'filtered')
        this.filteredOut++
        this.metrics.filteredOut(this.world.nowMs)
      }
    }
    return count
  }

  /** Invokes the function with the messages the lease still holds. */
  private dispatch(lease: Lease): void {
    const indices: number[] = []
    let chainDepth = 0
    for (let i = 0; i < lease.size; i++) {
      if (!lease.holds(i)) continue
      indices.push(i)
      const depth = (lease.messages[i] as SqsMessage).chainDepth
      if (depth > chainDepth) chainDepth = depth
    }
    if (indices.length === 0) return
    const nowMs = this.world.nowMs
    this.metrics.invoked(nowMs, indices.length)
    // The function runs one step further down the chain of its deepest message [D-recursion].
    if (recursionStops(this.world, this.target.fn, chainDepth + 1)) {
      this.metrics.failedInvoke(nowMs, indices.length)
      return
    }
    const event = new SqsEvent(this.world, this.queue, lease, indices)
    const status = awsEnginePort.invokeSync(this.world, this.target, event, lease.bytes, chainDepth + 1, (result) => this.finished(event, result))
    if (status !== 200) {
      // A throttle (429) or a refused payload: the batch stays hidden until its visibility timeout.
      this.metrics.failedInvoke(nowMs, indices.length)
      if (status === 429) {
        scheduleStep(this.world, this.scaling.throttled(nowMs, this.inFlight), this.resumeRun)
        this.metrics.concurrency(nowMs, this.inFlight, this.scaling.limit, this.pollersNow)
      }
      return
    }
    this.scaling.admitted()
    this.inFlight++
    this.metrics.concurrency(nowMs, this.inFlight, this.scaling.limit, this.pollersNow)
  }

  private finished(event: SqsEvent, result: SyncInvokeResult): void {
    const nowMs = this.world.nowMs
    this.inFlight--
    this.metrics.concurrency(nowMs, this.inFlight, this.scaling.limit, this.pollersNow)
    const failedFrom = this.failures(event, result)
    if (failedFrom === 'all') {
      this.metrics.failedInvoke(nowMs, event.size)
      if (!this.settings.reportsItemFailures) {
        this.scaling.failed()
        this.metrics.concurrency(nowMs, this.inFlight, this.scaling.limit, this.pollersNow)
      }
    } else {
      let failed = 0
      let deleted = 0
      // Most batches succeed whole: their positions need no lookup in an empty set.
      const anyFailed = failedFrom.size > 0
      for (let k = 0; k < event.size; k++) {
        if (anyFailed && failedFrom.has(k)) failed++
        else if (this.queue.delete(event.lease, event.indices[k] as number, 'processed')) deleted++
      }
      this.processed += deleted
      this.metrics.deleted(nowMs, deleted)
      this.queue.metrics.deleted(nowMs, deleted)
      if (failed > 0) this.metrics.failedInvoke(nowMs, failed)
    }
    this.pump()
  }

  /** Positions in the batch that failed: every one after an error or an invalid response. */
  private failures(event: SqsEvent, result: SyncInvokeResult): ReadonlySet<number> | 'all' {
    if (result.functionError !== null) return 'all'
    if (!this.settings.reportsItemFailures || result.payload === 'null') return NONE
    const outcome = readBatchResponse(result.payload, event.messageIds())
    switch (outcome.kind) {
      case 'success':
        return NONE
      case 'failure':
        return 'all'
      case 'partial': {
        if (!this.queue.fifo) return new Set(outcome.failed)
        // FIFO: the first failure and everything after it come back, so the group keeps its order [G-sqs].
        const first = outcome.failed[0] as number
        return new Set(Array.from({ length: event.size - first }, (_, k) => first + k))
      }
      default: {
        const unknown: never = outcome
        throw new Error(`Unknown batch outcome ${JSON.stringify(unknown)}`)
      }
    }
  }

  private startTicking(): void {
    if (this.ticking) return
    this.ticking = true
    scheduleStep(this.world, this.world.nowMs + SCALING_TICK_MS, this.tickRun)
  }

  /** Once a second while there is anything to poll or scale back. */
  private tick(): void {
    const { queue, scaling } = this
    const nowMs = this.world.nowMs
    scaling.tick(queue.receivable && this.inFlight >= scaling.limit && scaling.polling(nowMs), queue.visible === 0)
    this.metrics.concurrency(nowMs, this.inFlight, scaling.limit, this.pollersNow)
    this.pump()
    // A disabled mapping scales nothing once its last invocation ends; enabling it starts ticking again.
    const idle = this.inFlight === 0 && ((scaling.settled && queue.pending === 0) || !this.settings.enabled)
    if (idle) this.ticking = false
    else scheduleStep(this.world, nowMs + SCALING_TICK_MS, this.tickRun)
  }
}

const NONE: ReadonlySet<number> = new Set()

/** Above this a batch of `batchSize` messages could pass 6 MB, so the poller counts their sizes. */
function maxBytesOf(batchSize: number): number {
  const worstCase = batchSize * (SQS_MESSAGE_MAX_BYTES + RECORD_OVERHEAD_BYTES)
  return worstCase > ESM_BATCH_PAYLOAD_MAX_BYTES ? ESM_BATCH_PAYLOAD_MAX_BYTES : Number.POSITIVE_INFINITY
}
