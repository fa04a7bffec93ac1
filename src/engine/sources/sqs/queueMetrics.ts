import { RolledSeries } from '../../metrics/rolledSeries.ts'
import type { FieldKind, SeriesPoint } from '../../metrics/series.ts'

/**
 * A queue's metrics under CloudWatch's `AWS/SQS` names. Sent counts producers' messages (a redrive
 * move is not a send, as in SQS), Received counts every receive (a message received three times
 * counts three), and the `Approximate*` gauges are levels: the bucket keeps its highest.
 */
const LAYOUT = {
  NumberOfMessagesSent: 'sum', NumberOfMessagesReceived: 'sum', NumberOfMessagesDeleted: 'sum',
  ApproximateNumberOfMessagesVisible: 'gauge', ApproximateNumberOfMessagesNotVisible: 'gauge',
  ApproximateNumberOfMessagesDelayed: 'gauge', ApproximateAgeOfOldestMessage: 'gauge',
} as const satisfies Record<string, FieldKind>

const SENT = 0
const RECEIVED = 1
const DELETED = 2
const LEVELS = [3, 4, 5, 6] as const

export class QueueMetrics {
  private readonly series = new RolledSeries(LAYOUT)
  private readonly levelValues = [0, 0, 0, 0]

  sent(nowMs: number): void {
    this.series.perSecond.add(nowMs, SENT, 1)
  }

  received(nowMs: number, count: number): void {
    this.series.perSecond.add(nowMs, RECEIVED, count)
  }

  deleted(nowMs: number, count: number): void {
    this.series.perSecond.add(nowMs, DELETED, count)
  }

  /** The queue's levels now; the age of its oldest message in whole seconds, as CloudWatch reports it. */
  levels(nowMs: number, visible: number, notVisible: number, delayed: number, oldestAgeMs: number): void {
    const values = this.levelValues
    values[0] = visible
    values[1] = notVisible
    values[2] = delayed
    values[3] = Math.floor(oldestAgeMs / 1000)
    this.series.perSecond.gauges(nowMs, LEVELS, values)
  }

  points(resolution: 'second' | 'minute', nowMs: number, count?: number): SeriesPoint[] {
    return this.series.points(resolution, nowMs, count)
  }
}
