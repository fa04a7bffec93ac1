import { MetricSeries, type FieldKind, type SeriesPoint } from './series.ts'
import { MINUTE_BUCKETS, SECOND_BUCKETS } from './functionMetrics.ts'
import { TimeWeighted } from './timeWeighted.ts'

/** Region-wide metrics without a function dimension [D-mon-conc]. */
const LAYOUT = {
  ConcurrentExecutions: 'gauge', UnreservedConcurrentExecutions: 'gauge', ClaimedAccountConcurrency: 'gauge', Throttles: 'sum',
} as const satisfies Record<string, FieldKind>
const CONCURRENT = 0
const UNRESERVED = 1
const CLAIMED = 2
const THROTTLES = 3

const GAUGES = [CONCURRENT, UNRESERVED, CLAIMED]

export class AccountMetrics {
  /** Reused for every update: levels change twice per invocation. */
  private readonly values = [0, 0, 0]
  readonly concurrency = new TimeWeighted()
  readonly perMinute = new MetricSeries(LAYOUT, 60_000, MINUTE_BUCKETS)
  readonly perSecond = new MetricSeries(LAYOUT, 1000, SECOND_BUCKETS, this.perMinute)

  /**
   * ClaimedAccountConcurrency = unreserved executions + Σ reserved + Σ provisioned of functions
   * without reservations [D-mon-conc].
   */
  levels(nowMs: number, inFlight: number, unreservedInFlight: number, claimed: number): void {
    this.concurrency.set(nowMs, inFlight)
    this.values[0] = inFlight
    this.values[1] = unreservedInFlight
    this.values[2] = claimed
    this.perSecond.gauges(nowMs, GAUGES, this.values)
  }

  throttled(nowMs: number): void {
    this.perSecond.add(nowMs, THROTTLES, 1)
  }

  points(resolution: 'second' | 'minute', nowMs: number, count?: number): SeriesPoint[] {
    this.perSecond.advance(nowMs)
    return (resolution === 'second' ? this.perSecond : this.perMinute).points(nowMs, count)
  }
}
