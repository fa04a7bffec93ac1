import { MINUTE_BUCKETS, SECOND_BUCKETS } from './functionMetrics.ts'
import { MetricSeries, type FieldKind, type SeriesPoint } from './series.ts'

/**
 * A resource's metrics as the step API serves them: 15 minutes of 1-second buckets for live charts,
 * rolled up into 24 hours of CloudWatch's 1-minute buckets. Fields are written by their index in
 * the layout (`perSecond.add(nowMs, field, amount)`, `perSecond.gauges(...)`).
 */
export class RolledSeries<Field extends string> {
  private readonly perMinute: MetricSeries<Field>
  readonly perSecond: MetricSeries<Field>

  constructor(layout: Readonly<Record<Field, FieldKind>>) {
    this.perMinute = new MetricSeries(layout, 60_000, MINUTE_BUCKETS)
    this.perSecond = new MetricSeries(layout, 1000, SECOND_BUCKETS, this.perMinute)
  }

  points(resolution: 'second' | 'minute', nowMs: number, count?: number): SeriesPoint[] {
    this.perSecond.advance(nowMs)
    return (resolution === 'second' ? this.perSecond : this.perMinute).points(nowMs, count)
  }
}
