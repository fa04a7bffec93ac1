/**
 * Per-resource CloudWatch metrics of an API or a load balancer, in the same 1-second and 1-minute
 * rings as a function's (metrics/series.ts), with whole-run totals, the latency distribution and
 * the count of each status code for the summary. Like CloudWatch, a request's metrics are filed
 * under the moment it arrived, even when its response comes later.
 */
import { binOf, Histogram } from '../../metrics/histogram.ts'
import { MINUTE_BUCKETS, SECOND_BUCKETS } from '../../metrics/functionMetrics.ts'
import { MetricSeries, type FieldKind, type SeriesPoint } from '../../metrics/series.ts'

/** Seconds and minutes still open for latencies: a response within 16 s (the most an API waits is 30 s) lands in its own second. */
const OPEN_SECONDS = 16
const OPEN_MINUTES = 17

/** Each field's index in a layout, so the hot path addresses fields by number. */
export function fieldIndex<Field extends string>(layout: Readonly<Record<Field, FieldKind>>): Readonly<Record<Field, number>> {
  return Object.fromEntries(Object.keys(layout).map((f, i) => [f, i])) as Record<Field, number>
}

/** Status codes are 100–599: counted in a flat array rather than a map. */
const STATUS_SLOTS = 600

export class HttpMetrics<Field extends string> {
  readonly index: Readonly<Record<Field, number>>
  readonly totals: Float64Array
  readonly latency = new Histogram()
  private readonly statuses = new Float64Array(STATUS_SLOTS)
  private readonly perMinute: MetricSeries<Field>
  private readonly perSecond: MetricSeries<Field>

  constructor(layout: Readonly<Record<Field, FieldKind>>) {
    this.index = fieldIndex(layout)
    this.totals = new Float64Array(Object.keys(layout).length)
    this.perMinute = new MetricSeries(layout, 60_000, MINUTE_BUCKETS, null, OPEN_MINUTES)
    this.perSecond = new MetricSeries(layout, 1000, SECOND_BUCKETS, this.perMinute, OPEN_SECONDS)
  }

  total(field: Field): number {
    return this.totals[this.index[field]] as number
  }

  /** Adds to the `sum` field numbered `field` under the bucket of `atMs` (the request's arrival). */
  count(nowMs: number, atMs: number, field: number, amount = 1): void {
    this.totals[field] = (this.totals[field] as number) + amount
    this.perSecond.addAt(nowMs, atMs, field, amount)
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
    const bin = binOf(latencyMs)
    this.latency.addToBin(bin, latencyMs)
    this.perSecond.duration(nowMs, atMs, bin, latencyMs)
    this.perMinute.duration(nowMs, atMs, bin, latencyMs)
  }

  points(resolution: 'second' | 'minute', nowMs: number, count?: number): SeriesPoint[] {
    this.perSecond.advance(nowMs)
    return (resolution === 'second' ? this.perSecond : this.perMinute).points(nowMs, count)
  }
}
