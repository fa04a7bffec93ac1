/**
 * Per-resource CloudWatch metrics of an API or a load balancer, in the same 1-second and 1-minute
 * rings as a function's (metrics/series.ts), with whole-run totals, the latency distribution and
 * the count of each status code for the summary. Like CloudWatch, a request's metrics are filed
 * under the moment it arrived, even when its response comes later.
 */
import { DurationJournal } from '../../metrics/durationJournal.ts'
import type { Histogram } from '../../metrics/histogram.ts'
import { fieldIndex, RolledSeries } from '../../metrics/rolledSeries.ts'
import type { FieldKind, SeriesPoint } from '../../metrics/series.ts'

/** Seconds and minutes still open for latencies: a response within 16 s (the most an API waits is 30 s) lands in its own second. */
const OPEN_SECONDS = 16
const OPEN_MINUTES = 17

/** Status codes are 100–599: counted in a flat array rather than a map. */
const STATUS_SLOTS = 600

export class HttpMetrics<Field extends string> {
  readonly index: Readonly<Record<Field, number>>
  readonly totals: Float64Array
  private readonly statuses = new Float64Array(STATUS_SLOTS)
  private readonly series: RolledSeries<Field>
  private readonly latencies: DurationJournal

  constructor(layout: Readonly<Record<Field, FieldKind>>) {
    this.index = fieldIndex(layout)
    this.totals = new Float64Array(Object.keys(layout).length)
    this.series = new RolledSeries(layout, { seconds: OPEN_SECONDS, minutes: OPEN_MINUTES })
    this.latencies = new DurationJournal(this.series.perSecond, this.series.perMinute)
  }

  /** The run's latency distribution. */
  get latency(): Histogram {
    return this.latencies.distribution()
  }

  total(field: Field): number {
    return this.totals[this.index[field]] as number
  }

  /** Adds to the `sum` field numbered `field` under the bucket of `atMs` (the request's arrival). */
  count(nowMs: number, atMs: number, field: number, amount = 1): void {
    this.totals[field] = (this.totals[field] as number) + amount
    this.series.perSecond.addAt(nowMs, atMs, field, amount)
  }

  /** A response's status code, for the summary's counts by code. */
  status(statusCode: number): void {
    this.statuses[statusCode] = (this.statuses[statusCode] as number) + 1
  }

  /** Responses by status code, in code order, only those that occurred. */
  statusCodes(): [code: number, count: number][] {
    const codes: [number, number][] = []
    this.statuses.forEach((count, code) => { if (count > 0) codes.push([code, count]) })
    return codes
  }

  /** A request's latency in ms: the run's distribution and the percentile fields of its arrival's buckets. */
  latencyOf(nowMs: number, atMs: number, latencyMs: number): void {
    this.latencies.record(nowMs, atMs, latencyMs)
  }

  points(resolution: 'second' | 'minute', nowMs: number, count?: number): SeriesPoint[] {
    return this.series.points(resolution, nowMs, count)
  }
}
