/**
 * The Monitor's data: CloudWatch series of the account, the selected function and its executed
 * versions, and the event sources that record queue depth or iterator age, over a bounded window.
 */
import type { ResourceKind, Scenario, SeriesPoint, Simulation } from '../../engine/api.ts'
import { DEFAULT_ACCOUNT_CONCURRENCY } from '../../engine/facts.ts'
import type { MonitorFrame, MonitorRequest, MonitorWindow, SourceMetric, SourceSeries } from './types.ts'

/** Each window's resolution and bucket count: never more than 360 points per line. */
export const MONITOR_WINDOWS: Readonly<Record<MonitorWindow, { resolution: 'second' | 'minute'; points: number; label: string }>> = {
  '2m': { resolution: 'second', points: 120, label: '2 minutes (1 s)' },
  '5m': { resolution: 'second', points: 300, label: '5 minutes (1 s)' },
  '1h': { resolution: 'minute', points: 60, label: '1 hour (1 min)' },
  '6h': { resolution: 'minute', points: 360, label: '6 hours (1 min)' },
}

const SOURCE_METRICS: readonly SourceMetric[] = ['ApproximateNumberOfMessagesVisible', 'IteratorAge']
const SOURCE_KINDS: ReadonlySet<ResourceKind> = new Set<ResourceKind>(['Queue', 'Stream', 'Table', 'EventSourceMapping'])

/** The resource named by a name or an ARN's last part (`arn:aws:sqs:…:orders`, `…:stream/clicks`, `…:table/users`). */
function resourceName(reference: string): string {
  const tail = reference.split(':').pop() ?? reference
  const parts = tail.split('/')
  // A table's stream ARN ends `table/<name>/stream/<label>`.
  return parts[0] === 'table' || parts[0] === 'stream' ? (parts[1] ?? tail) : tail
}

/** The function part of a mapping's `FunctionName` (`orders`, `orders:live`, or an ARN). */
function functionPart(reference: string): string {
  const afterArn = reference.includes(':function:') ? (reference.split(':function:')[1] ?? reference) : reference
  return afterArn.split(':')[0] ?? afterArn
}

/** Names of the sources whose mappings invoke `functionName`: the queues and streams worth charting beside it. */
function sourcesOf(scenario: Scenario, functionName: string): Set<string> {
  const names = new Set<string>()
  for (const mapping of scenario.EventSourceMappings ?? []) {
    if (functionPart(mapping.FunctionName) === functionName) names.add(resourceName(mapping.EventSourceArn))
  }
  return names
}

function metricOf(points: readonly SeriesPoint[]): SourceMetric | null {
  const values = points[0]?.values
  if (!values) return null
  return SOURCE_METRICS.find((metric) => metric in values) ?? null
}

/**
 * Every registered queue, stream or mapping that records a source metric; with a function selected,
 * only those its event source mappings read (a mapping resource is matched by the function's name in it).
 */
function sourceSeries(simulation: Simulation, scenario: Scenario, functionName: string | null, resolution: 'second' | 'minute', points: number): SourceSeries[] {
  const related = functionName === null ? null : sourcesOf(scenario, functionName)
  const series: SourceSeries[] = []
  for (const key of Object.keys(simulation.eventAccounting())) {
    const split = key.indexOf(':')
    const kind = key.slice(0, split) as ResourceKind
    const name = key.slice(split + 1)
    if (!SOURCE_KINDS.has(kind)) continue
    if (related && !related.has(name) && !(kind === 'EventSourceMapping' && functionName !== null && name.includes(functionName))) continue
    const found = simulation.resourceMetrics({ kind, name, resolution, points })
    const metric = metricOf(found)
    if (metric) series.push({ kind, name, metric, points: found })
  }
  return series
}

export function buildMonitorFrame(simulation: Simulation, scenario: Scenario, request: MonitorRequest): MonitorFrame {
  const { resolution, points } = MONITOR_WINDOWS[request.window]
  const fn = request.functionName
  return {
    window: request.window,
    resolutionMs: resolution === 'second' ? 1000 : 60_000,
    nowMs: simulation.nowMs,
    accountConcurrencyLimit: scenario.Account?.ConcurrentExecutions ?? DEFAULT_ACCOUNT_CONCURRENCY,
    account: simulation.metrics({ resolution, points }),
    function: fn === null ? null : {
      functionName: fn,
      series: simulation.metrics({ functionName: fn, resolution, points }),
      byVersion: simulation.executedVersions(fn).map((version) => ({
        version, points: simulation.metrics({ functionName: fn, executedVersion: version, resolution, points }),
      })),
    },
    sources: sourceSeries(simulation, scenario, fn, resolution, points),
  }
}
