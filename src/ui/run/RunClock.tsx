import { formatClock } from '../format.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'

const selectNowMs = (state: AppState) => state.live.snapshot?.nowMs ?? 0
const selectDurationMs = (state: AppState) => state.live.snapshot?.durationMs ?? 0

/** Virtual time and how much of the run it covers. */
export function RunClock() {
  const nowMs = useAppState(selectNowMs)
  const durationMs = useAppState(selectDurationMs)
  return (
    <div className="clock">
      <p>
        <span className="label">Virtual time</span>{' '}
        <span data-testid="run-clock">{formatClock(nowMs)}</span> of <span data-testid="run-duration">{formatClock(durationMs)}</span>
      </p>
      <progress data-testid="run-progress" aria-label="Run progress" max={Math.max(durationMs, 1)} value={nowMs} />
    </div>
  )
}
