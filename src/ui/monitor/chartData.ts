/**
 * Shapes the worker's CloudWatch series into Recharts rows: one row per bucket, one numeric column
 * per line (string `dataKey`s, STYLE.md §10). A value that CloudWatch would not report for a bucket
 * (a percentile with no finished invocation, an average of nothing) is null, so the line breaks
 * there instead of dropping to 0.
 */
import type { SeriesPoint } from '../../engine/api.ts'

/** One bucket: `tSeconds` of virtual time at the bucket's start, then one column per line. */
export type ChartRow = { tSeconds: number } & Record<string, number | null>

/** Reads one line's value out of a bucket's CloudWatch fields. */
export type Extract = (values: Readonly<Record<string, number>>) => number | null

/** A field as it is (Sum, Maximum or a gauge's level). */
export const field = (name: string): Extract => (values) => values[name] ?? 0

/** A duration statistic: only buckets where an invocation finished have one. */
export const durationStatistic = (name: string): Extract => (values) => ((values.DurationSum ?? 0) > 0 ? (values[name] ?? 0) : null)

/** AsyncEventAge's Average: the ages' sum over their count, none when no event was attempted. */
export const asyncEventAgeAverage: Extract = (values) => {
  const count = values.AsyncEventAgeCount ?? 0
  return count > 0 ? (values.AsyncEventAgeSum ?? 0) / count : null
}

/** AsyncEventAge's Maximum, reported only where an event was attempted. */
export const asyncEventAgeMaximum: Extract = (values) => ((values.AsyncEventAgeCount ?? 0) > 0 ? (values.AsyncEventAgeMaximum ?? 0) : null)

/** Rows with one column per entry of `columns`, from one series. */
export function rowsOf(points: readonly SeriesPoint[], columns: Readonly<Record<string, Extract>>): ChartRow[] {
  const keys = Object.keys(columns)
  return points.map((point) => {
    const row: ChartRow = { tSeconds: point.tMs / 1000 }
    for (const key of keys) row[key] = (columns[key] as Extract)(point.values)
    return row
  })
}

/**
 * Rows joining several series on their buckets, one column per series (the executed versions'
 * Invocations, the queues' depths). A series without a bucket another has leaves a null there.
 */
export function joinedRows(series: readonly { key: string; points: readonly SeriesPoint[] }[], extract: Extract): ChartRow[] {
  const byTime = new Map<number, ChartRow>()
  for (const { key, points } of series) {
    for (const point of points) {
      let row = byTime.get(point.tMs)
      if (!row) {
        row = { tSeconds: point.tMs / 1000 }
        for (const other of series) row[other.key] = null
        byTime.set(point.tMs, row)
      }
      row[key] = extract(point.values)
    }
  }
  return [...byTime.values()].sort((a, b) => a.tSeconds - b.tSeconds)
}

/**
 * At most about `maxRows` rows, for a plot `maxRows` pixels wide: more points than pixels cost time
 * and show nothing more. Consecutive rows are grouped and each group becomes two rows, every line's
 * lowest value then its highest (min/max decimation), so spikes and dips stay visible. A group
 * whose values of a line are all missing keeps the gap.
 */
export function decimateRows(rows: readonly ChartRow[], keys: readonly string[], maxRows: number): readonly ChartRow[] {
  if (rows.length <= maxRows) return rows
  const groupSize = Math.ceil(rows.length / Math.max(1, Math.floor(maxRows / 2)))
  const decimated: ChartRow[] = []
  for (let start = 0; start < rows.length; start += groupSize) {
    const group = rows.slice(start, start + groupSize)
    const low: ChartRow = { tSeconds: (group[0] as ChartRow).tSeconds }
    const high: ChartRow = { tSeconds: (group[Math.floor(group.length / 2)] as ChartRow).tSeconds }
    for (const key of keys) {
      const values = group.map((row) => row[key]).filter((value): value is number => typeof value === 'number')
      low[key] = values.length === 0 ? null : Math.min(...values)
      high[key] = values.length === 0 ? null : Math.max(...values)
    }
    decimated.push(low, high)
  }
  return decimated
}
