import { RolledSeries } from '../../metrics/rolledSeries.ts'
import type { FieldKind, SeriesPoint } from '../../metrics/series.ts'
import { PollerBilling } from './pollerBilling.ts'

/**
 * An event source mapping's metrics: Lambda's event source mapping event counts (`AWS/Lambda`,
 * dimension EventSourceMappingUUID: PolledEventCount, InvokedEventCount, FilteredOutEventCount,
 * FailedInvokeEventCount, DeletedEventCount, and in provisioned mode ProvisionedPollers [D-metrics]),
 * plus two of the simulator's own levels that show the poller scaling: ConcurrentInvocations
 * (invokes running) and ConcurrencyLimit (what it may run). It also meters the pollers over time,
 * which provisioned mode bills per Event Poller Unit-hour (pollerBilling.ts).
 * https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics
 */
const LAYOUT = {
  PolledEventCount: 'sum', InvokedEventCount: 'sum', FilteredOutEventCount: 'sum', FailedInvokeEventCount: 'sum',
  DeletedEventCount: 'sum', ConcurrentInvocations: 'gauge', ConcurrencyLimit: 'gauge', ProvisionedPollers: 'gauge',
} as const satisfies Record<string, FieldKind>

const POLLED = 0
const INVOKED = 1
const FILTERED_OUT = 2
const FAILED_INVOKE = 3
const DELETED = 4
const LEVELS = [5, 6, 7] as const

export class PollerMetrics {
  private readonly series = new RolledSeries(LAYOUT)
  private readonly levelValues = [0, 0, 0]
  /** The most invokes that ran at once. */
  peakConcurrency = 0
  /** The most provisioned pollers at once. */
  peakPollers = 0
  /** What the pollers are billed. */
  readonly billing = new PollerBilling()

  polled(nowMs: number, count: number): void {
    this.series.perSecond.add(nowMs, POLLED, count)
  }

  invoked(nowMs: number, count: number): void {
    this.series.perSecond.add(nowMs, INVOKED, count)
  }

  filteredOut(nowMs: number): void {
    this.series.perSecond.add(nowMs, FILTERED_OUT, 1)
  }

  failedInvoke(nowMs: number, count: number): void {
    this.series.perSecond.add(nowMs, FAILED_INVOKE, count)
  }

  deleted(nowMs: number, count: number): void {
    this.series.perSecond.add(nowMs, DELETED, count)
  }

  /** The levels now: invokes running, the limit, and provisioned pollers (0 in standard mode). */
  concurrency(nowMs: number, running: number, limit: number, pollers: number): void {
    if (running > this.peakConcurrency) this.peakConcurrency = running
    if (pollers > this.peakPollers) this.peakPollers = pollers
    this.billing.change(nowMs, pollers)
    this.levelValues[0] = running
    this.levelValues[1] = limit
    this.levelValues[2] = pollers
    this.series.perSecond.gauges(nowMs, LEVELS, this.levelValues)
  }

  /** Event Poller Unit-hours billed so far: per second, at least a minute per poller. */
  pollerHours(nowMs: number): number {
    return this.billing.billedSeconds(nowMs) / 3600
  }

  points(resolution: 'second' | 'minute', nowMs: number, count?: number): SeriesPoint[] {
    return this.series.points(resolution, nowMs, count)
  }
}
