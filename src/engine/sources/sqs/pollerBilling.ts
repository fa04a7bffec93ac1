/**
 * What provisioned mode bills an SQS mapping for its event pollers: one Event Poller Unit per poller,
 * "per second, with a 1-minute minimum" [P-pricing] §9. Each poller is billed from when it starts to
 * when it stops, rounded up to whole seconds and never less than 60 s (cost/bill.ts
 * `eventPollerBilledSeconds`), as AWS bills per-second resources with a minimum, per run of each.
 * Which poller stops when the mapping scales in cannot be seen; the simulator stops the newest first,
 * so the pollers of the floor (`MinimumPollers`) run on unbroken. A poller still running is billed
 * up to now, and at least its minute.
 *
 * The bill goes to the function the mapping invokes; when UpdateEventSourceMapping points the mapping
 * at another function, what was billed so far stays with the one before (`settle`).
 */
import { eventPollerBilledSeconds } from '../../cost/bill.ts'
import type { FunctionState } from '../../model/state.ts'
import type { World } from '../../world.ts'

/** Pollers that started together and run on together. */
interface Cohort {
  readonly startMs: number
  count: number
}

export class PollerBilling {
  /** Pollers running now, oldest cohort first. */
  private readonly running: Cohort[] = []
  private pollers = 0
  /** Billed seconds of pollers that have stopped. */
  private stoppedSeconds = 0
  /** Billed seconds already charged to the mapping's earlier functions. */
  private settledSeconds = 0

  /** The mapping runs `pollers` pollers from `nowMs` on (0 in standard mode or while disabled). */
  change(nowMs: number, pollers: number): void {
    if (pollers > this.pollers) this.running.push({ startMs: nowMs, count: pollers - this.pollers })
    let stopping = this.pollers - pollers
    while (stopping > 0) {
      const newest = this.running[this.running.length - 1] as Cohort
      const stopped = Math.min(stopping, newest.count)
      this.stoppedSeconds += stopped * eventPollerBilledSeconds(newest.startMs, nowMs)
      newest.count -= stopped
      stopping -= stopped
      if (newest.count === 0) this.running.pop()
    }
    this.pollers = pollers
  }

  /** Poller-seconds billed so far, pollers still running included. */
  billedSeconds(nowMs: number): number {
    let seconds = this.stoppedSeconds
    for (const cohort of this.running) seconds += cohort.count * eventPollerBilledSeconds(cohort.startMs, nowMs)
    return seconds
  }

  /** The billed seconds not yet charged to a function: the current function's so far. */
  unsettledSeconds(nowMs: number): number {
    return this.billedSeconds(nowMs) - this.settledSeconds
  }

  /** Charges the billed seconds so far to `fn`, the function the mapping invoked until now. */
  settle(nowMs: number, fn: FunctionState): void {
    const seconds = this.unsettledSeconds(nowMs)
    fn.usage.eventPollerSeconds += seconds
    this.settledSeconds += seconds
  }
}

/** Adds to `usage` the poller-seconds not yet charged of the SQS mappings that invoke `fn` now. */
export function meterEventPollers(world: World, fn: FunctionState, usage: FunctionState['usage']): void {
  for (const queue of world.queues.values()) {
    for (const poller of queue.pollers) {
      if (poller.target.fn === fn) usage.eventPollerSeconds += poller.metrics.billing.unsettledSeconds(world.nowMs)
    }
  }
}
