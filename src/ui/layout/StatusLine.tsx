import { describeRun } from '../run/describeRun.ts'
import type { AppState } from '../store/appStore.ts'
import { selectHasUnrunEdits } from '../store/selectors.ts'
import { useAppState } from '../store/useAppState.ts'

const selectLastNotice = (state: AppState) => state.live.notices.at(-1) ?? null

/** Where the run stands, the last command's result (a refusal says why), and whether edits await a reset. */
export function StatusLine() {
  const status = useAppState(describeRun)
  const notice = useAppState(selectLastNotice)
  const unrunEdits = useAppState(selectHasUnrunEdits)
  return (
    <div className="status-line">
      <p className="status" role="status" data-testid="run-status">{status}</p>
      {unrunEdits && <p className="muted" data-testid="unrun-edits">Edited: Reset runs the changes</p>}
      <p className={notice?.kind === 'error' ? 'notice error' : 'notice'} role="log" aria-live="polite" data-testid="notice">
        {notice?.message}
      </p>
    </div>
  )
}
