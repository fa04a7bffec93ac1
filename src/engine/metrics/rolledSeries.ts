import { MINUTE_BUCKETS, SECOND_BUCKETS } from './functionMetrics.ts'
import { MetricSeries, type FieldKind, type SeriesPoint } from './series.ts'

/**
 * A resource's metrics as the step API serves them: 15 minutes of 1-second buckets for live charts,
 * rolled up into 24 hours of CloudWatch's 1-minute buckets. Fields are written by their index in
 * the layout (`perSecond.add(nowMs, field, amount)`, `perSecond.gauges(...)`).
 */
export class RolledSeries<Field extends string> {
  readonly perMinute: MetricSeries<Field>
  readonly perSecond: MetricSeries<Field>

  /** `openBuckets`: how many recent buckets of each series stay open for percentiles filed late (series.ts). */
  constructor(layout: Readonly<Record<Field, FieldKind>>, openBuckets?: { seconds: number; minutes: number }) {
    this.perMinute = new MetricSeries(layout, 60_000, MINUTE_BUCKETS, null, openBuckets?.minutes)
    this.perSecond = new MetricSeries(layout, 1000, SECOND_BUCKETS, this.perMinute, openBuckets?.seconds)
  }

  points(resolution: 'second' | 'minute', nowMs: number, count?: number): SeriesPoint[] {
    this.perSecond.advance(nowMs)
    return (resolution === 'second' ? this.perSecond : this.perMinute).points(nowMs, count)
  }
}

/** Each field's index in a layout, so hot paths address fields by number. */
export function fieldIndex<Field extends string>(layout: Readonly<Record<Field, FieldKind>>): Readonly<Record<Field, number>> {
  return Object.fromEntries(Object.keys(layout).map((f, i) => [f, i])) as Record<Field, number>
}
