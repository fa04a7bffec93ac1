import { lazy, Suspense, useMemo, useState } from 'react'
import type { AppState } from '../store/appStore.ts'
import { selectFocusedFunction } from '../store/selectors.ts'
import { useAppState } from '../store/useAppState.ts'
import { useWatchedView } from '../bridge/useWatchedView.ts'
import { MONITOR_WINDOWS } from '../../worker/views/monitorView.ts'
import type { MonitorFrame, MonitorWindow } from '../../worker/views/types.ts'
import { formatUsd } from '../format.ts'
import { useThrottledValue } from '../views/useThrottledValue.ts'
import { costRowsSince } from './costHistory.ts'
import { chartWindow, type MonitorContext } from './monitorCharts.ts'
import { useCostHistory } from './useCostHistory.ts'
import { useFunctionLimits } from './useFunctionLimits.ts'
import '../views/views.css'
import './monitor.css'

/**
 * Charts redraw at most this often, however fast frames arrive: CloudWatch's finest period is a
 * second, so at real-time speed each redraw adds one bucket. Each visible chart costs Recharts
 * several milliseconds to draw (tens on a busy machine); twice a second, a frame in ten would be late.
 */
const REDRAW_INTERVAL_MS = 1000

const selectMonitorFrame = (state: AppState) => state.live.frame?.views.monitor ?? null

/**
 * The charts, with Recharts (about 100 KB gzipped, a third of the page's JavaScript), load once the
 * run has started: at 0:00 there is nothing to chart, and the first load stays within issue 5's budget.
 */
const MonitorView = lazy(() => import('./MonitorView.tsx').then((module) => ({ default: module.MonitorView })))

function Charts({ frame, context }: { frame: MonitorFrame; context: MonitorContext }) {
  if (frame.nowMs === 0) {
    return <p className="panel-message">Press Play: CloudWatch’s metrics of the function, its sources and the account are charted here as the run goes.</p>
  }
  return (
    <Suspense fallback={<p className="panel-message">Loading the charts…</p>}>
      <MonitorView frame={frame} context={context} />
    </Suspense>
  )
}

/** Monitor: CloudWatch charts of the focused function, its sources and the account, live. */
export default function MonitorPanel() {
  const focused = useAppState(selectFocusedFunction)
  const functionName = focused?.functionName ?? null
  const [monitorWindow, setMonitorWindow] = useState<MonitorWindow>('2m')
  useWatchedView('monitor', { functionName, window: monitorWindow })
  const frame = useThrottledValue(useAppState(selectMonitorFrame), REDRAW_INTERVAL_MS)
  const limits = useFunctionLimits(functionName)
  const readCostHistory = useCostHistory()
  // The cost line takes the samples gathered so far whenever the charts redraw, and only then.
  const costRows = useMemo(
    () => (frame === null || functionName === null ? [] : costRowsSince(readCostHistory(), functionName, chartWindow(frame)[0])),
    [readCostHistory, functionName, frame],
  )
  const context: MonitorContext = useMemo(
    () => ({ reservedConcurrency: limits.reserved, provisionedAllocated: limits.provisioned, costRows }),
    [limits.reserved, limits.provisioned, costRows],
  )
  return (
    <div className="monitor">
      <div className="view-toolbar">
        <h2 className="view-title">Monitor{functionName ? `: ${functionName}` : ''}</h2>
        <label className="field">
          Window
          <select value={monitorWindow} onChange={(event) => setMonitorWindow(event.target.value as MonitorWindow)}>
            {(Object.keys(MONITOR_WINDOWS) as MonitorWindow[]).map((key) => (
              <option key={key} value={key}>{MONITOR_WINDOWS[key].label}</option>
            ))}
          </select>
        </label>
        {limits.cost !== null && <p className="view-stat" aria-live="off">Cost so far <strong>{formatUsd(limits.cost)}</strong></p>}
      </div>
      {frame && frame.window === monitorWindow && frame.function?.functionName === (functionName ?? undefined)
        ? <Charts frame={frame} context={context} />
        : <p className="panel-message">Waiting for the run’s metrics…</p>}
    </div>
  )
}
