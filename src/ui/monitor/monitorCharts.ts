/**
 * Which charts the Monitor draws for a frame, each under CloudWatch's metric names and statistic,
 * with a one-line caption saying what the metric counts. Charts of optional features (async
 * events, queues, streams) appear only when the window has their data.
 */
import type { SeriesPoint } from '../../engine/api.ts'
import type { MonitorFrame, SourceMetric } from '../../worker/views/types.ts'
import { MONITOR_WINDOWS } from '../../worker/views/monitorView.ts'
import { POLLERS_COST_KEY } from './costHistory.ts'
import {
  asyncEventAgeAverage, asyncEventAgeMaximum, durationStatistic, field, joinedRows, rowsOf, type ChartRow, type Extract,
} from './chartData.ts'

export type ChartUnit = 'Count' | 'Milliseconds' | 'USD'

export interface LineSpec {
  key: string
  label: string
  /** A CSS colour; series colours come from the theme's `--lp-series-N` variables. */
  color: string
}

/** A horizontal line for a limit the metric is held under (account, reserved, provisioned concurrency). */
export interface LimitSpec {
  label: string
  value: number
  color: string
}

export interface ChartSpec {
  id: string
  /** CloudWatch's metric name(s) and statistic, e.g. `Invocations (Sum)`. */
  title: string
  caption: string
  unit: ChartUnit
  lines: LineSpec[]
  rows: ChartRow[]
  limits: LimitSpec[]
}

/** What the frame does not carry: the selected function's limits now, and its cost samples. */
export interface MonitorContext {
  reservedConcurrency: number | null
  provisionedAllocated: number
  /** `{ tSeconds, CostUSD }` rows sampled from the run's summaries, with the provisioned pollers' part when there is one. */
  costRows: ChartRow[]
}

const PALETTE_SIZE = 6
export const seriesColor = (index: number): string => `var(--lp-series-${(index % PALETTE_SIZE) + 1})`
const LIMIT_COLOR = 'var(--lp-limit)'

/** Lines and rows together: one column per `[name, extract]`, the name doubling as the legend's label. */
function columns(points: readonly SeriesPoint[], entries: readonly (readonly [name: string, extract: Extract])[]): Pick<ChartSpec, 'lines' | 'rows'> {
  return {
    lines: entries.map(([name], i) => ({ key: name, label: name, color: seriesColor(i) })),
    rows: rowsOf(points, Object.fromEntries(entries)),
  }
}

/** Columns of CloudWatch fields as they are. */
const fields = (points: readonly SeriesPoint[], names: readonly string[]) => columns(points, names.map((name) => [name, field(name)] as const))

const hasAny = (points: readonly SeriesPoint[], name: string): boolean => points.some((p) => (p.values[name] ?? 0) > 0)

function accountChart(frame: MonitorFrame): ChartSpec {
  return {
    id: 'account-concurrency',
    title: 'Account ConcurrentExecutions (Maximum)',
    caption: 'Requests running across the account; unreserved ones share what reservations leave, and claimed concurrency adds every reservation and provisioned allocation.',
    unit: 'Count',
    ...fields(frame.account, ['ConcurrentExecutions', 'UnreservedConcurrentExecutions', 'ClaimedAccountConcurrency']),
    limits: [{ label: `Account limit ${frame.accountConcurrencyLimit}`, value: frame.accountConcurrencyLimit, color: LIMIT_COLOR }],
  }
}

function concurrencyLimits(frame: MonitorFrame, context: MonitorContext): LimitSpec[] {
  const limits: LimitSpec[] = [{ label: `Account limit ${frame.accountConcurrencyLimit}`, value: frame.accountConcurrencyLimit, color: LIMIT_COLOR }]
  if (context.reservedConcurrency !== null) {
    limits.push({ label: `Reserved ${context.reservedConcurrency}`, value: context.reservedConcurrency, color: seriesColor(1) })
  }
  if (context.provisionedAllocated > 0) {
    limits.push({ label: `Provisioned ${context.provisionedAllocated}`, value: context.provisionedAllocated, color: seriesColor(2) })
  }
  return limits
}

function functionCharts(frame: MonitorFrame, context: MonitorContext): ChartSpec[] {
  const fn = frame.function
  if (!fn) return []
  const points = fn.series
  const charts: ChartSpec[] = [
    {
      id: 'invocations', title: 'Invocations (Sum)', unit: 'Count', limits: [],
      caption: 'Times the function code ran, successful or not, counted when each invocation started; throttled requests are not invocations.',
      ...fields(points, ['Invocations']),
    },
    {
      id: 'errors-throttles', title: 'Errors, Throttles (Sum)', unit: 'Count', limits: [],
      caption: 'Invocations that ended in a function error or timeout, and requests refused with 429 for lack of concurrency.',
      ...fields(points, ['Errors', 'Throttles']),
    },
    {
      id: 'duration', title: 'Duration (p50, p90, p99)', unit: 'Milliseconds', limits: [],
      caption: 'Time the handler ran per invocation, filed under the second it started; init time is not included.',
      ...columns(points, [['p50', durationStatistic('DurationP50')], ['p90', durationStatistic('DurationP90')], ['p99', durationStatistic('DurationP99')]]),
    },
    {
      id: 'concurrency', title: 'ConcurrentExecutions (Maximum)', unit: 'Count', limits: concurrencyLimits(frame, context),
      caption: 'Requests this function was running at once, against the limits that cap it.',
      ...fields(points, ['ConcurrentExecutions', 'ProvisionedConcurrentExecutions']),
    },
    {
      id: 'cold-starts', title: 'Cold starts (Sum)', unit: 'Count', limits: [],
      caption: 'Invocations that had to wait for a new execution environment’s Init phase (the REPORT lines with an Init Duration).',
      ...fields(points, ['ColdStarts', 'ProvisionedConcurrencySpilloverInvocations']),
    },
    {
      id: 'executed-version', title: 'Invocations by ExecutedVersion (Sum)', unit: 'Count', limits: [],
      caption: 'Which version ran each invocation: a weighted alias splits its traffic between two versions.',
      lines: fn.byVersion.map((v, i) => ({ key: `version:${v.version}`, label: `Version ${v.version}`, color: seriesColor(i) })),
      rows: joinedRows(fn.byVersion.map((v) => ({ key: `version:${v.version}`, points: v.points })), field('Invocations')),
    },
  ]
  if (hasAny(points, 'AsyncEventsReceived')) {
    charts.push(
      {
        id: 'async-age', title: 'AsyncEventAge (Average, Maximum)', unit: 'Milliseconds', limits: [],
        caption: 'How long asynchronous events waited in Lambda’s internal queue before this attempt; retries make it grow.',
        ...columns(points, [['Average', asyncEventAgeAverage], ['Maximum', asyncEventAgeMaximum]]),
      },
      {
        id: 'async-events', title: 'AsyncEventsReceived, AsyncEventsDropped (Sum)', unit: 'Count', limits: [],
        caption: 'Events queued for asynchronous invocation, and those dropped after their retries or maximum age without a destination taking them.',
        ...fields(points, ['AsyncEventsReceived', 'AsyncEventsDropped']),
      },
    )
  }
  return charts
}

const SOURCE_CHARTS: Readonly<Record<SourceMetric, { id: string; title: string; caption: string; unit: ChartUnit }>> = {
  ApproximateNumberOfMessagesVisible: {
    id: 'queue-depth', title: 'ApproximateNumberOfMessagesVisible', unit: 'Count',
    caption: 'Messages waiting in each queue, visible to the event source mapping’s pollers.',
  },
  IteratorAge: {
    id: 'iterator-age', title: 'IteratorAge (Maximum)', unit: 'Milliseconds',
    caption: 'Age of the last record in each batch read from the stream: how far the function is behind.',
  },
}

/**
 * A chart per source metric, a line per source. A function's own `IteratorAge` (AWS/Lambda, by
 * function name) stands for its stream mappings when it has one.
 */
function sourceCharts(frame: MonitorFrame): ChartSpec[] {
  const charts: ChartSpec[] = []
  const fn = frame.function
  for (const metric of Object.keys(SOURCE_CHARTS) as SourceMetric[]) {
    const spec = SOURCE_CHARTS[metric]
    if (metric === 'IteratorAge' && fn && hasAny(fn.series, 'IteratorAge')) {
      charts.push({ ...spec, limits: [], ...columns(fn.series, [[fn.functionName, field('IteratorAge')]]) })
      continue
    }
    const series = frame.sources.filter((s) => s.metric === metric)
    if (series.length === 0) continue
    charts.push({
      ...spec, limits: [],
      lines: series.map((s, i) => ({ key: `${s.kind}:${s.name}`, label: s.name, color: seriesColor(i) })),
      rows: joinedRows(series.map((s) => ({ key: `${s.kind}:${s.name}`, points: s.points })), field(metric)),
    })
  }
  return charts
}

/** The total, and the provisioned pollers of the function's SQS mappings as a line of their own (AWS bills them apart). */
function costChart(context: MonitorContext): ChartSpec[] {
  if (context.costRows.length === 0) return []
  const lines: LineSpec[] = [{ key: 'CostUSD', label: 'Cost', color: seriesColor(0) }]
  if (context.costRows.some((row) => row[POLLERS_COST_KEY] !== undefined)) {
    lines.push({ key: POLLERS_COST_KEY, label: 'Event source mapping provisioned pollers', color: seriesColor(1) })
  }
  return [{
    id: 'cost', title: 'Running cost (USD)', unit: 'USD', limits: [],
    caption: 'What the run has cost so far at us-east-1 list prices: requests, duration, provisioned concurrency and the provisioned pollers of SQS mappings.',
    lines, rows: context.costRows,
  }]
}

/**
 * The virtual seconds every chart of the frame spans: the window's buckets back from now, from 0 at
 * the start of a run; the same for every chart so that they line up.
 */
export function chartWindow(frame: MonitorFrame): readonly [startSeconds: number, endSeconds: number] {
  const nowSeconds = frame.nowMs / 1000
  const start = Math.max(0, nowSeconds - (MONITOR_WINDOWS[frame.window].points * frame.resolutionMs) / 1000)
  return [start, Math.max(nowSeconds, start + 1)]
}

/** Every chart for the frame: the function's first, then its event sources, the account and the cost. */
export function monitorCharts(frame: MonitorFrame, context: MonitorContext): ChartSpec[] {
  return [...functionCharts(frame, context), ...sourceCharts(frame), accountChart(frame), ...costChart(context)]
}
