/**
 * The player's charts: a few of the Monitor's (../ui/monitor), for the focused function, over the
 * last two virtual minutes. Loaded with Recharts only once the run has started.
 */
import { useMemo } from 'react'
import { useWatchedView } from '../ui/bridge/useWatchedView.ts'
import type { MonitorContext } from '../ui/monitor/monitorCharts.ts'
import { MonitorView } from '../ui/monitor/MonitorView.tsx'
import '../ui/monitor/monitor.css'
import { useFunctionLimits } from '../ui/monitor/useFunctionLimits.ts'
import type { AppState } from '../ui/store/appStore.ts'
import { selectFocusedFunction } from '../ui/store/selectors.ts'
import { useAppState } from '../ui/store/useAppState.ts'
import { useThrottledValue } from '../ui/views/useThrottledValue.ts'
import '../ui/views/views.css'

/** Throttles against invocations, concurrency against its limits, and duration: what most docs pages illustrate. */
const KEY_CHARTS: readonly string[] = ['invocations', 'errors-throttles', 'concurrency', 'duration']
/** Where a weighted alias splits traffic, which version ran each invocation is the point. */
const WITH_VERSIONS: readonly string[] = [...KEY_CHARTS, 'executed-version']
const CHART_HEIGHT = 110
const REDRAW_INTERVAL_MS = 500

const selectMonitorFrame = (state: AppState) => state.live.frame?.views.monitor ?? null

export default function EmbedCharts() {
  const functionName = useAppState(selectFocusedFunction)?.functionName ?? null
  useWatchedView('monitor', { functionName, window: '2m' })
  const frame = useThrottledValue(useAppState(selectMonitorFrame), REDRAW_INTERVAL_MS)
  const limits = useFunctionLimits(functionName)
  const context: MonitorContext = useMemo(
    () => ({ reservedConcurrency: limits.reserved, provisionedAllocated: limits.provisioned, costRows: [] }),
    [limits.reserved, limits.provisioned],
  )
  if (!frame || frame.function?.functionName !== (functionName ?? undefined)) return <p className="panel-message">Waiting for the run’s metrics…</p>
  return (
    <div className="monitor">
      <h2 className="visually-hidden">Metrics{functionName ? ` of ${functionName}` : ''}</h2>
      <MonitorView frame={frame} context={context} only={(frame.function?.byVersion.length ?? 0) > 1 ? WITH_VERSIONS : KEY_CHARTS} chartHeight={CHART_HEIGHT} initialWidth={640} />
    </div>
  )
}
