import { useAppState } from '../store/useAppState.ts'
import { describeRun } from './describeRun.ts'

export function RunStatus() {
  const status = useAppState(describeRun)
  return (
    <p className="status" role="status" data-testid="run-status">{status}</p>
  )
}
