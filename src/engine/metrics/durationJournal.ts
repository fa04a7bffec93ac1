import { binOf, Histogram } from './histogram.ts'
import type { MetricSeries } from './series.ts'

/** Entries held before filing: a few hundred requests' worth, 6 KB. */
const CAPACITY = 256
/** Per entry: the second's bucket, the minute's bucket, the value. */
const STRIDE = 3

/**
 * A resource's durations (a function's Duration, an API's latency) noted as requests end and filed
 * in batches into the three histograms that take each of them: the run's distribution and the
 * percentile fields of its second and its minute.
 *
 * Why in batches: each histogram write reaches its own few cache lines (the histogram, its bin,
 * the bucket's slot). In a graph of several functions those lines are evicted between two
 * invocations of one function, so filing each duration at once cost more memory traffic than all
 * its other metrics together; a batch files hundreds while those lines stay in cache.
 * Why nothing changes: the buckets are chosen when the duration is noted, entries are filed in the
 * order noted, and the series file what is pending before any percentile is read, so every sum,
 * maximum and percentile is the one filing at once gives, bit for bit.
 */
export class DurationJournal {
  private readonly whole = new Histogram()
  private readonly entries = new Float64Array(STRIDE * CAPACITY)
  private count = 0
  /** A busy resource takes the same few values over and over: their bin is computed once. */
  private lastValueMs = -1
  private lastBin = 0

  constructor(private readonly perSecond: MetricSeries<string>, private readonly perMinute: MetricSeries<string>) {
    perSecond.fileDurationsFrom(this)
    perMinute.fileDurationsFrom(this)
  }

  /** A request that began at `atMs` took `valueMs`; CloudWatch files it under its start [D-metrics-view]. */
  record(nowMs: number, atMs: number, valueMs: number): void {
    const at = STRIDE * this.count
    const entries = this.entries
    entries[at] = this.perSecond.durationBucket(nowMs, atMs)
    entries[at + 1] = this.perMinute.durationBucket(nowMs, atMs)
    entries[at + 2] = valueMs
    if (++this.count === CAPACITY) this.flush()
  }

  /** The run's distribution, with every duration noted so far. */
  distribution(): Histogram {
    this.flush()
    return this.whole
  }

  flush(): void {
    const entries = this.entries
    const end = STRIDE * this.count
    this.count = 0
    for (let at = 0; at < end; at += STRIDE) {
      const valueMs = entries[at + 2] as number
      if (valueMs !== this.lastValueMs) {
        this.lastValueMs = valueMs
        this.lastBin = binOf(valueMs)
      }
      const bin = this.lastBin
      this.whole.addToBin(bin, valueMs)
      this.perSecond.addDuration(entries[at] as number, bin, valueMs)
      this.perMinute.addDuration(entries[at + 1] as number, bin, valueMs)
    }
  }
}
