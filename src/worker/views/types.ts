/**
 * The views the worker builds for the page's open panels: what a panel asks for (`ViewRequests`,
 * sent with the `watch` command) and what it gets (`ViewFrames`, in a `Frame`). A view nobody
 * watches costs nothing, and each view is rebuilt only as often as its panel can use it
 * (`VIEW_INTERVALS_MS`): a frame that omits a view means "unchanged, keep the last one".
 * The builders beside this file (`buildViews`) are pure functions over a `Simulation`.
 */
import type { EnvironmentTimeline, EnvironmentsQuery, LogEvent, ResourceKind, SeriesPoint } from '../../engine/api.ts'

/** A window of the Monitor's charts: a bounded number of CloudWatch buckets (at most 360 points per line). */
export type MonitorWindow = '2m' | '5m' | '1h' | '6h'

/** The Monitor's charts for the account and, when one is selected, a function. */
export interface MonitorRequest {
  /** null: the account's metrics only. */
  functionName: string | null
  window: MonitorWindow
}

/** Invocations and Errors of one `ExecutedVersion` (the version that ran), for a weighted alias's split. */
export interface VersionSeries {
  version: string
  points: SeriesPoint[]
}

/** The event-source metrics the Monitor charts, under their CloudWatch names. */
export type SourceMetric = 'ApproximateNumberOfMessagesVisible' | 'IteratorAge'

/**
 * An event source's metric: a queue's `ApproximateNumberOfMessagesVisible` (AWS/SQS) or a stream
 * mapping's `IteratorAge` (AWS/Lambda). Present only for the resources of the run that record it.
 */
export interface SourceSeries {
  kind: ResourceKind
  name: string
  metric: SourceMetric
  points: SeriesPoint[]
}

export interface FunctionMonitorFrame {
  functionName: string
  /** The function's CloudWatch fields per bucket (Invocations, Errors, Throttles, DurationP50, ConcurrentExecutions, ...). */
  series: SeriesPoint[]
  /** One entry per version that has executed, `$LATEST` first, then by number. */
  byVersion: VersionSeries[]
}

export interface MonitorFrame {
  window: MonitorWindow
  /** Bucket width: 1,000 (1 s) or 60,000 (CloudWatch's 1 min). */
  resolutionMs: number
  nowMs: number
  /** The account's concurrency quota, for the ConcurrentExecutions chart's limit line. */
  accountConcurrencyLimit: number
  /** ConcurrentExecutions, UnreservedConcurrentExecutions, ClaimedAccountConcurrency, Throttles. */
  account: SeriesPoint[]
  function: FunctionMonitorFrame | null
  sources: SourceSeries[]
}

/** New log events of one function's log group `/aws/lambda/<name>` since the last frame. */
export interface LogsRequest {
  functionName: string
  /** Most lines one frame carries; the newest win. */
  limit: number
}

export interface LogsFrame {
  functionName: string
  /**
   * True when these events restart the group: the first frame after `watch` named it, or after a
   * reset. The panel then replaces what it shows instead of appending.
   */
  restart: boolean
  /** Oldest first; only events not sent before. */
  events: LogEvent[]
  /** Invocations that finished since the last frame but whose lines were left out (more than `limit`). */
  skippedInvocations: number
  /** True when more invocations finished since the last frame than the engine keeps: some were missed. */
  gap: boolean
}

/** The Environments view: a grid cell per environment of a function and a timeline lane for some of them. */
export type EnvironmentsRequest = EnvironmentsQuery

export type EnvironmentsFrame = EnvironmentTimeline

export interface ViewRequests {
  monitor?: MonitorRequest
  logs?: LogsRequest
  environments?: EnvironmentsRequest
}

export interface ViewFrames {
  monitor?: MonitorFrame
  logs?: LogsFrame
  environments?: EnvironmentsFrame
}

/** How often each view is rebuilt while the run plays (real milliseconds); charts need no more than a few per second. */
export const VIEW_INTERVALS_MS: Readonly<Record<keyof ViewRequests, number>> = {
  monitor: 250,
  logs: 100,
  environments: 33,
}
