import { Histogram } from './histogram.ts'

/**
 * CloudWatch-style metrics in fixed time buckets (1 s for live charts, 1 min like CloudWatch),
 * kept in a ring so memory stays flat however long the run. Each bucket is a row of numeric fields:
 * - `sum` fields count (Invocations, Errors, ...);
 * - `max` fields keep the bucket's largest value (Maximum statistics);
 * - `gauge` fields are levels (requests in flight): the bucket keeps the maximum and the next bucket
 *   starts from the current level, so ten requests in flight for a minute show in every second of it;
 * - `p50`/`p90`/`p99` fields come from the durations recorded in the bucket.
 * CloudWatch timestamps every metric of an invocation at its start [D-metrics-view], so an outcome
 * known only at the end is written back into the bucket where the invocation started (`addAt`).
 * Percentiles need the durations themselves, so the last `openBuckets` buckets keep a histogram
 * each and a bucket's percentiles are settled when it leaves that window.
 * A coarser series is fed by folding each closed bucket into it (`rollup`): one fold per bucket
 * instead of one update per event; what is written back after the fold goes to it directly.
 */
export type FieldKind = 'sum' | 'max' | 'gauge' | 'p50' | 'p90' | 'p99'

const QUANTILES: Partial<Record<FieldKind, number>> = { p50: 0.5, p90: 0.9, p99: 0.99 }

export interface SeriesPoint {
  /** Virtual time of the bucket's start. */
  tMs: number
  values: Record<string, number>
}

export class MetricSeries<Field extends string> {
  private readonly fields: readonly Field[]
  private readonly kinds: readonly FieldKind[]
  private readonly width: number
  private readonly data: Float64Array
  private readonly levels: Float64Array
  /** Absolute number of the newest bucket, its row's offset, and when the next bucket starts. */
  private bucket = 0
  private base = 0
  private startMs = 0
  private nextStartMs: number
  /** Histograms of the buckets still open for durations, by bucket number modulo their count. */
  private readonly histograms: Histogram[]
  private readonly histogramBuckets: Float64Array
  private journal: { flush(): void } | null = null

  constructor(
    layout: Readonly<Record<Field, FieldKind>>,
    readonly resolutionMs: number,
    readonly capacity: number,
    private readonly rollup: MetricSeries<Field> | null = null,
    /** How many recent buckets still take durations: enough to cover most invocations' length. */
    private readonly openBuckets = 1,
  ) {
    this.fields = Object.keys(layout) as Field[]
    this.kinds = this.fields.map((f) => layout[f])
    this.width = this.fields.length
    this.data = new Float64Array(this.width * capacity)
    this.levels = new Float64Array(this.width)
    this.nextStartMs = resolutionMs
    const hasPercentiles = this.kinds.some((k) => QUANTILES[k] !== undefined)
    this.histograms = hasPercentiles ? Array.from({ length: openBuckets }, () => new Histogram()) : []
    this.histogramBuckets = new Float64Array(this.histograms.length)
  }

  /** Adds to a `sum` field in the bucket holding `nowMs`. */
  add(nowMs: number, field: number, amount: number): void {
    this.advance(nowMs)
    const at = this.base + field
    this.data[at] = (this.data[at] as number) + amount
  }

  /** Adds to a `sum` field in the bucket holding `atMs`, which may be a past one. */
  addAt(nowMs: number, atMs: number, field: number, amount: number): void {
    this.advance(nowMs)
    if (atMs >= this.startMs) {
      const at = this.base + field
      this.data[at] = (this.data[at] as number) + amount
      return
    }
    const row = this.rowOf(Math.floor(atMs / this.resolutionMs))
    if (row >= 0) this.data[row + field] = (this.data[row + field] as number) + amount
    // That bucket was folded already: the rollup takes the late value itself.
    this.rollup?.addAt(nowMs, atMs, field, amount)
  }

  /** Keeps the larger of a `max` field's value and `value` in the current bucket. */
  max(nowMs: number, field: number, value: number): void {
    this.advance(nowMs)
    const at = this.base + field
    if (value > (this.data[at] as number)) this.data[at] = value
  }

  /** `max` for the bucket holding `atMs`, which may be a past one. */
  maxAt(nowMs: number, atMs: number, field: number, value: number): void {
    this.advance(nowMs)
    if (atMs >= this.startMs) {
      this.max(nowMs, field, value)
      return
    }
    const row = this.rowOf(Math.floor(atMs / this.resolutionMs))
    if (row >= 0 && value > (this.data[row + field] as number)) this.data[row + field] = value
    this.rollup?.maxAt(nowMs, atMs, field, value)
  }

  /** Sets several `gauge` fields' levels at once (one ring move for all). */
  gauges(nowMs: number, fields: readonly number[], values: readonly number[]): void {
    this.advance(nowMs)
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as number
      const value = values[i] as number
      this.levels[field] = value
      const at = this.base + field
      if (value > (this.data[at] as number)) this.data[at] = value
    }
  }

  /** Sets a `gauge` field's level. */
  gauge(nowMs: number, field: number, value: number): void {
    // Buckets passed on the way here carry the old level, so move first.
    this.advance(nowMs)
    this.levels[field] = value
    this.max(nowMs, field, value)
  }

  /**
   * The bucket whose percentiles take a duration measured now for a request that began at `atMs`:
   * the bucket holding `atMs`, clamped to the oldest bucket still open for durations. Chosen when the
   * duration is measured, so filing it later (durationJournal.ts) changes nothing.
   */
  durationBucket(nowMs: number, atMs: number): number {
    this.advance(nowMs)
    if (atMs >= this.startMs) return this.bucket
    return Math.max(this.bucket - this.histograms.length + 1, Math.floor(atMs / this.resolutionMs))
  }

  /** Files a duration (with its histogram bin) under a bucket from `durationBucket`. */
  addDuration(bucket: number, bin: number, valueMs: number): void {
    this.histogramFor(bucket % this.histograms.length, bucket).addToBin(bin, valueMs)
  }

  /** Durations are filed in batches by `journal`; it files what it holds before any percentile is read. */
  fileDurationsFrom(journal: { flush(): void }): void {
    if (this.histograms.length === 0) throw new Error('a series without percentile fields takes no durations')
    this.journal = journal
  }

  /** Moves the ring forward to the bucket holding `nowMs`, closing the buckets passed. */
  advance(nowMs: number): void {
    if (nowMs < this.nextStartMs) return
    const target = Math.floor(nowMs / this.resolutionMs)
    // A long quiet gap only needs the ring's worth of empty buckets; each is folded into the rollup.
    const first = Math.max(this.bucket + 1, target - this.capacity + 1)
    this.close()
    for (let b = first; b <= target; b++) {
      this.open(b)
      if (b < target) this.close()
    }
    this.nextStartMs = (target + 1) * this.resolutionMs
  }

  /** The last `count` buckets up to the one holding `nowMs`, oldest first; recent buckets' percentiles are provisional. */
  points(nowMs: number, count = this.capacity): SeriesPoint[] {
    this.journal?.flush()
    this.advance(nowMs)
    for (let slot = 0; slot < this.histograms.length; slot++) this.settle(slot, false)
    const points: SeriesPoint[] = []
    const first = Math.max(0, this.bucket - Math.min(count, this.capacity) + 1)
    for (let b = first; b <= this.bucket; b++) {
      const base = (b % this.capacity) * this.width
      const values: Record<string, number> = {}
      this.fields.forEach((f, i) => { values[f] = this.data[base + i] as number })
      points.push({ tMs: b * this.resolutionMs, values })
    }
    return points
  }

  /** The row of a past bucket, or −1 when the ring no longer holds it. */
  private rowOf(bucket: number): number {
    if (bucket < 0 || bucket <= this.bucket - this.capacity) return -1
    return (bucket % this.capacity) * this.width
  }

  private histogramFor(slot: number, bucket: number): Histogram {
    const histogram = this.histograms[slot] as Histogram
    if (this.histogramBuckets[slot] !== bucket) {
      this.settle(slot, true)
      this.histogramBuckets[slot] = bucket
    }
    return histogram
  }

  /** Writes a histogram's percentiles into its bucket's row; `final` then empties it for reuse. */
  private settle(slot: number, final: boolean): void {
    const histogram = this.histograms[slot] as Histogram
    if (histogram.count === 0) return
    const row = this.rowOf(this.histogramBuckets[slot] as number)
    if (row >= 0) {
      for (let i = 0; i < this.width; i++) {
        const quantile = QUANTILES[this.kinds[i] as FieldKind]
        if (quantile !== undefined) this.data[row + i] = histogram.percentile(quantile)
      }
    }
    if (final) histogram.reset()
  }

  private close(): void {
    if (this.rollup) this.foldInto(this.rollup)
  }

  private foldInto(target: MetricSeries<Field>): void {
    const tMs = this.bucket * this.resolutionMs
    for (let i = 0; i < this.width; i++) {
      const value = this.data[this.base + i] as number
      switch (this.kinds[i]) {
        case 'sum':
          if (value !== 0) target.addAt(tMs, tMs, i, value)
          break
        case 'max':
          target.maxAt(tMs, tMs, i, value)
          break
        case 'gauge':
          target.levels[i] = this.levels[i] as number
          target.maxAt(tMs, tMs, i, value)
          break
        default:
          break
      }
    }
  }

  private open(bucket: number): void {
    this.bucket = bucket
    this.startMs = bucket * this.resolutionMs
    this.base = (bucket % this.capacity) * this.width
    this.data.fill(0, this.base, this.base + this.width)
    for (let i = 0; i < this.width; i++) if (this.kinds[i] === 'gauge') this.data[this.base + i] = this.levels[i] as number
  }
}
