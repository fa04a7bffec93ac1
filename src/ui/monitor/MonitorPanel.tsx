import { useCallback, useMemo, useState } from 'react'
import type { AppState } from '../store/appStore.ts'
import { selectFocusedFunction } from '../store/selectors.ts'
import { useAppState } from '../store/useAppState.ts'
import { useWatchedView } from '../bridge/useWatchedView.ts'
import { MONITOR_WINDOWS } from '../../worker/views/monitorView.ts'
import type { MonitorWindow } from '../../worker/views/types.ts'
import { formatUsd } from '../format.ts'
import { useThrottledValue } from '../views/useThrottledValue.ts'
import { costRowsSince } from './costHistory.ts'
import type { MonitorContext } from './monitorCharts.ts'
import { MonitorView } from './MonitorView.tsx'
import { useCostHistory } from './useCostHistory.ts'
import '../views/views.css'
import './monitor.css'

/** Charts redraw at most this often, however fast frames arrive. */
const REDRAW_INTERVAL_MS = 500

const selectMonitorFrame = (state: AppState) => state.live.frame?.views.monitor ?? null

/** The function's limits now, as primitives so the panel re-renders only when they change. */
function useLimits(functionName: string | null) {
  const reserved = useAppState(useCallback((state: AppState) =>
    state.live.frame?.snapshot.functions.find((f) => f.functionName === functionName)?.reservedConcurrency ?? null, [functionName]))
  const provisioned = useAppState(useCallback((state: AppState) =>
    state.live.frame?.snapshot.functions.find((f) => f.functionName === functionName)?.provisioned
      .reduce((sum, pc) => sum + pc.allocated, 0) ?? 0, [functionName]))
  const cost = useAppState(useCallback((state: AppState) =>
    (functionName === null ? null : state.live.frame?.summary?.Functions[functionName]?.CostUSD) ?? null, [functionName]))
  return { reserved, provisioned, cost }
}

/** Monitor: CloudWatch charts of the focused function, its sources and the account, live. */
export default function MonitorPanel() {
  const focused = useAppState(selectFocusedFunction)
  const functionName = focused?.functionName ?? null
  const [monitorWindow, setMonitorWindow] = useState<MonitorWindow>('2m')
  useWatchedView('monitor', { functionName, window: monitorWindow })
  const frame = useThrottledValue(useAppState(selectMonitorFrame), REDRAW_INTERVAL_MS)
  const limits = useLimits(functionName)
  const history = useCostHistory()
  const fromSeconds = frame ? frame.nowMs / 1000 - (MONITOR_WINDOWS[frame.window].points * frame.resolutionMs) / 1000 : 0
  const costRows = useMemo(() => (functionName === null ? [] : costRowsSince(history, functionName, fromSeconds)), [history, functionName, fromSeconds])
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
        ? <MonitorView frame={frame} context={context} />
        : <p className="panel-message">Waiting for the run’s metrics…</p>}
    </div>
  )
}
