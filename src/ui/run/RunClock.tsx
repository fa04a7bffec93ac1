import { formatClock } from '../format.ts'
import { selectDurationMs, selectNowMs } from '../store/selectors.ts'
import { useAppState } from '../store/useAppState.ts'

/** Virtual time and how much of the run it covers. */
export function RunClock() {
  const nowMs = useAppState(selectNowMs)
  const durationMs = useAppState(selectDurationMs)
  return (
    <div className="clock" aria-label="Virtual clock">
      <span className="clock-time">
        <span data-testid="run-clock">{formatClock(nowMs)}</span>
        <span className="muted"> / <span data-testid="run-duration">{formatClock(durationMs)}</span></span>
      </span>
      <progress data-testid="run-progress" aria-label="Run progress" max={Math.max(durationMs, 1)} value={nowMs} />
    </div>
  )
}
