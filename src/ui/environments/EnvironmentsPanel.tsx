import { useState } from 'react'
import type { AppState } from '../store/appStore.ts'
import { selectFocusedFunction } from '../store/selectors.ts'
import { useAppState } from '../store/useAppState.ts'
import { useWatchedView } from '../bridge/useWatchedView.ts'
import { useThrottledValue } from '../views/useThrottledValue.ts'
import { EnvironmentsView } from './EnvironmentsView.tsx'
import { VISIBLE_LANES } from './EnvironmentLanes.tsx'
import '../views/views.css'
import './environments.css'

/** The most environments drawn; a spike can start thousands, and the grid stays one canvas. */
export const MAX_CELLS = 1000
/** Redraws at most this often: smooth enough to watch, cheap with 1,000 environments. */
const REDRAW_INTERVAL_MS = 66

const WINDOWS: readonly { ms: number; label: string }[] = [
  { ms: 30_000, label: '30 seconds' },
  { ms: 120_000, label: '2 minutes' },
  { ms: 600_000, label: '10 minutes' },
  { ms: 3_600_000, label: '1 hour' },
]

const selectEnvironments = (state: AppState) => state.live.frame?.views.environments ?? null

/** Environments: every execution environment of the focused function, live, with a timeline lane each. */
export default function EnvironmentsPanel() {
  const focused = useAppState(selectFocusedFunction)
  const functionName = focused?.functionName ?? null
  const [windowMs, setWindowMs] = useState(120_000)
  // Scrolled lanes belong to one function; another starts at the top.
  const [scrolled, setScrolled] = useState({ functionName, laneOffset: 0 })
  const laneOffset = scrolled.functionName === functionName ? scrolled.laneOffset : 0
  useWatchedView('environments', functionName === null ? null : { functionName, maxCells: MAX_CELLS, laneOffset, laneCount: VISIBLE_LANES, windowMs })
  const timeline = useThrottledValue(useAppState(selectEnvironments), REDRAW_INTERVAL_MS)
  const current = timeline !== null && timeline.functionName === functionName ? timeline : null
  return (
    <div className="environments">
      <div className="view-toolbar">
        <h2 className="view-title">Execution environments{functionName ? `: ${functionName}` : ''}</h2>
        <label className="field">
          Timeline window
          <select value={windowMs} onChange={(event) => setWindowMs(Number(event.target.value))}>
            {WINDOWS.map((w) => <option key={w.ms} value={w.ms}>{w.label}</option>)}
          </select>
        </label>
      </div>
      {functionName === null && <p className="panel-message">The scenario has no functions.</p>}
      {functionName !== null && current === null && <p className="panel-message">Waiting for the run…</p>}
      {current && <EnvironmentsView key={functionName} timeline={current} onLaneOffset={(offset) => setScrolled({ functionName, laneOffset: offset })} />}
    </div>
  )
}
