import { useShallow } from 'zustand/react/shallow'
import type { AppState } from '../store/appStore.ts'
import { focusFunction } from '../store/edits.ts'
import { selectFocusedFunction } from '../store/selectors.ts'
import { useAppState, useAppStore } from '../store/useAppState.ts'
import { useWatchedView } from '../bridge/useWatchedView.ts'
import { useThrottledValue } from '../views/useThrottledValue.ts'
import { LogsView } from './LogsView.tsx'
import '../views/views.css'
import './logs.css'

/** Lines one frame may carry; a burst of invocations between two frames keeps its newest lines. */
export const LOG_LINES_PER_FRAME = 500
/** The list re-renders at most this often. */
const REDRAW_INTERVAL_MS = 200

const selectLogs = (state: AppState) => state.live.logs
const selectFunctionNames = (state: AppState) => state.scenario.document.Functions.map((fn) => fn.FunctionName)

/** Logs: the focused function's log group `/aws/lambda/<name>`, its streams, filterable, following the run. */
export default function LogsPanel() {
  const store = useAppStore()
  const focused = useAppState(selectFocusedFunction)
  const functionNames = useAppState(useShallow(selectFunctionNames))
  const functionName = focused?.functionName ?? null
  useWatchedView('logs', functionName === null ? null : { functionName, limit: LOG_LINES_PER_FRAME })
  const logs = useThrottledValue(useAppState(selectLogs), REDRAW_INTERVAL_MS)
  if (functionName === null) return <p className="panel-message">The scenario has no functions, so no log groups.</p>
  return (
    <div className="logs">
      <h2 className="visually-hidden">Logs</h2>
      <LogsView
        functionNames={functionNames}
        functionName={functionName}
        logs={logs}
        onSelectGroup={(name) => focusFunction(store, { functionName: name, qualifier: '$LATEST' })}
      />
    </div>
  )
}
