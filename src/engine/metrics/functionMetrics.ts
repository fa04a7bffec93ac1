import { DurationJournal } from './durationJournal.ts'
import type { Histogram } from './histogram.ts'
import { MetricSeries, type FieldKind, type SeriesPoint } from './series.ts'
import { TimeWeighted } from './timeWeighted.ts'

/** CloudWatch's `AWS/Lambda` metric names [D-metrics], plus the simulator's cold starts and billed GB-seconds. */
const LAYOUT = {
  Invocations: 'sum', Errors: 'sum', Throttles: 'sum', ColdStarts: 'sum',
  ProvisionedConcurrencyInvocations: 'sum', ProvisionedConcurrencySpilloverInvocations: 'sum',
  AsyncEventsReceived: 'sum', AsyncEventsDropped: 'sum', AsyncEventAgeSum: 'sum', AsyncEventAgeCount: 'sum', AsyncEventAgeMaximum: 'max',
  DeadLetterErrors: 'sum', DestinationDeliveryFailures: 'sum', RecursiveInvocationsDropped: 'sum',
  DurationSum: 'sum', DurationMaximum: 'max', DurationP50: 'p50', DurationP90: 'p90', DurationP99: 'p99',
  ConcurrentExecutions: 'gauge', Environments: 'gauge', ProvisionedConcurrentExecutions: 'gauge',
  ProvisionedConcurrencyUtilization: 'max', GBSeconds: 'sum',
  IteratorAge: 'max',
} as const satisfies Record<string, FieldKind>
export type FunctionField = keyof typeof LAYOUT
export const FUNCTION_FIELDS = Object.keys(LAYOUT) as FunctionField[]
const F = Object.fromEntries(FUNCTION_FIELDS.map((f, i) => [f, i])) as Record<FunctionField, number>

/** 15 minutes of 1-second buckets for live charts; 24 hours of CloudWatch's 1-minute buckets. */
export const SECOND_BUCKETS = 900
export const MINUTE_BUCKETS = 1440
/**
 * Buckets that still take durations (filed under the invocation's start): 16 s covers all but
 * invocations longer than that, which land in the oldest open second; 17 minutes cover the longest
 * possible invocation (900 s timeout + 10 s init) in the minute view.
 */
const OPEN_SECONDS = 16
const OPEN_MINUTES = 17

const DIMENSION_LAYOUT = { Invocations: 'sum', Errors: 'sum' } as const satisfies Record<string, FieldKind>
const D_INVOCATIONS = 0
const D_ERRORS = 1

/**
 * Invocations and errors under one more dimension [D-metrics-view]: `ExecutedVersion` (the version
 * that ran, for comparing a weighted alias's versions) or `Resource` (the version or alias invoked).
 */
export class DimensionCounts {
  invocations = 0
  errors = 0
  readonly perMinute = new MetricSeries(DIMENSION_LAYOUT, 60_000, MINUTE_BUCKETS)
  readonly perSecond = new MetricSeries(DIMENSION_LAYOUT, 1000, SECOND_BUCKETS, this.perMinute)

  started(nowMs: number): void {
    this.invocations++
    this.perSecond.add(nowMs, D_INVOCATIONS, 1)
  }

  failed(nowMs: number, startMs: number): void {
    this.errors++
    this.perSecond.addAt(nowMs, startMs, D_ERRORS, 1)
  }

  points(resolution: 'second' | 'minute', nowMs: number, count?: number): SeriesPoint[] {
    this.perSecond.advance(nowMs)
    return (resolution === 'second' ? this.perSecond : this.perMinute).points(nowMs, count)
  }
}

function dimension(map: Map<string, DimensionCounts>, key: string): DimensionCounts {
  let counts = map.get(key)
  if (!counts) {
    counts = new DimensionCounts()
    map.set(key, counts)
  }
  return counts
}

export class FunctionMetrics {
  /** Whole-run values, indexed like FUNCTION_FIELDS (sums, or maxima for `max` fields). */
  readonly totals = new Float64Array(FUNCTION_FIELDS.length)
  readonly concurrency = new TimeWeighted()
  readonly environments = new TimeWeighted()
  environmentsCreated = 0
  readonly perMinute = new MetricSeries(LAYOUT, 60_000, MINUTE_BUCKETS, null, OPEN_MINUTES)
  readonly perSecond = new MetricSeries(LAYOUT, 1000, SECOND_BUCKETS, this.perMinute, OPEN_SECONDS)
  private readonly durationJournal = new DurationJournal(this.perSecond, this.perMinute)
  readonly byVersion = new Map<string, DimensionCounts>()
  readonly byResource = new Map<string, DimensionCounts>()

  /** The run's Duration distribution. */
  get durations(): Histogram {
    return this.durationJournal.distribution()
  }

  total(field: FunctionField): number {
    return this.totals[F[field]] as number
  }

  private count(nowMs: number, field: number, amount = 1): void {
    this.totals[field] = (this.totals[field] as number) + amount
    this.perSecond.add(nowMs, field, amount)
  }

  /** Counts under the bucket of `atMs`: an invocation's outcome is filed at its start [D-metrics-view]. */
  private countAt(nowMs: number, atMs: number, field: number, amount: number): void {
    this.totals[field] = (this.totals[field] as number) + amount
    this.perSecond.addAt(nowMs, atMs, field, amount)
  }

  private peak(nowMs: number, field: number, value: number, atMs = nowMs): void {
    if (value > (this.totals[field] as number)) this.totals[field] = value
    this.perSecond.maxAt(nowMs, atMs, field, value)
  }

  /** The counts under one `ExecutedVersion`; callers keep the object rather than looking it up per invocation. */
  versionCounts(version: string): DimensionCounts {
    return dimension(this.byVersion, version)
  }

  /** The counts under one `Resource` (a version or alias invoked by its qualifier). */
  resourceCounts(qualifier: string): DimensionCounts {
    return dimension(this.byResource, qualifier)
  }

  /** CloudWatch timestamps an invocation at its start [D-metrics-view], so it is counted there. */
  invocationStarted(nowMs: number, version: DimensionCounts, resource: DimensionCounts | null, cold: boolean, provisioned: 'on-provisioned' | 'spillover' | 'none'): void {
    this.count(nowMs, F.Invocations)
    if (cold) this.count(nowMs, F.ColdStarts)
    if (provisioned === 'on-provisioned') this.count(nowMs, F.ProvisionedConcurrencyInvocations)
    else if (provisioned === 'spillover') this.count(nowMs, F.ProvisionedConcurrencySpilloverInvocations)
    version.started(nowMs)
    resource?.started(nowMs)
  }

  /** An invocation's outcome, filed under its start like every metric of it [D-metrics-view]. */
  invocationEnded(nowMs: number, startMs: number, durationMs: number, failed: boolean, billedGbSeconds: number): void {
    if (failed) this.countAt(nowMs, startMs, F.Errors, 1)
    this.countAt(nowMs, startMs, F.DurationSum, durationMs)
    this.peak(nowMs, F.DurationMaximum, durationMs, startMs)
    this.countAt(nowMs, startMs, F.GBSeconds, billedGbSeconds)
    this.durationJournal.record(nowMs, startMs, durationMs)
  }

  /** Billed time that is not an invocation's: provisioned environments' init. */
  billedOutsideInvocations(nowMs: number, billedGbSeconds: number): void {
    this.count(nowMs, F.GBSeconds, billedGbSeconds)
  }

  throttled(nowMs: number): void {
    this.count(nowMs, F.Throttles)
  }

  asyncReceived(nowMs: number): void {
    this.count(nowMs, F.AsyncEventsReceived)
  }

  asyncDropped(nowMs: number): void {
    this.count(nowMs, F.AsyncEventsDropped)
  }

  /** Time from queueing to this attempt [D-metrics]; most attempts start at once, and an age of 0 adds to the count alone. */
  asyncEventAge(nowMs: number, ageMs: number): void {
    this.count(nowMs, F.AsyncEventAgeCount)
    if (ageMs === 0) return
    this.count(nowMs, F.AsyncEventAgeSum, ageMs)
    this.peak(nowMs, F.AsyncEventAgeMaximum, ageMs)
  }

  /** Kinesis and DynamoDB Streams: age of the last record in a batch when processing finished [D-metrics]. */
  iteratorAge(nowMs: number, ageMs: number): void {
    this.peak(nowMs, F.IteratorAge, ageMs)
  }

  recursiveInvocationDropped(nowMs: number): void {
    this.count(nowMs, F.RecursiveInvocationsDropped)
  }

  deadLetterError(nowMs: number): void {
    this.count(nowMs, F.DeadLetterErrors)
  }

  destinationDeliveryFailure(nowMs: number): void {
    this.count(nowMs, F.DestinationDeliveryFailures)
  }

  inFlight(nowMs: number, value: number): void {
    this.concurrency.set(nowMs, value)
    this.perSecond.gauge(nowMs, F.ConcurrentExecutions, value)
  }

  environmentsAlive(nowMs: number, value: number): void {
    this.environments.set(nowMs, value)
    this.perSecond.gauge(nowMs, F.Environments, value)
  }

  /** Provisioned environments processing, and that over the allocation: ProvisionedConcurrencyUtilization [D-mon-conc]. */
  provisionedBusy(nowMs: number, busy: number, allocated: number): void {
    this.perSecond.gauge(nowMs, F.ProvisionedConcurrentExecutions, busy)
    if (allocated > 0) this.peak(nowMs, F.ProvisionedConcurrencyUtilization, busy / allocated)
  }

  points(resolution: 'second' | 'minute', nowMs: number, count?: number): SeriesPoint[] {
    this.perSecond.advance(nowMs)
    return (resolution === 'second' ? this.perSecond : this.perMinute).points(nowMs, count)
  }
}
