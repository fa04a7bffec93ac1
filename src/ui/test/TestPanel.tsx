import { useAppServices } from '../AppServicesContext.ts'
import { invoke } from '../commands/invoke.ts'
import { describeShortcut } from '../keyboard/describeShortcut.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import { InvocationResult } from './InvocationResult.tsx'
import { TargetPicker } from './TargetPicker.tsx'
import { TestEventEditor } from './TestEventEditor.tsx'
import './test.css'

const selectLatest = (state: AppState) => state.live.invocations.at(-1) ?? null
const selectCanInvoke = (state: AppState) => invoke.canRun(state)

/** The Test tab, like the console's: pick the target and the event, invoke, read the answer. */
export default function TestPanel() {
  const app = useAppServices()
  const latest = useAppState(selectLatest)
  const canInvoke = useAppState(selectCanInvoke)
  return (
    <div className="test-panel">
      <div className="test-form">
        <TargetPicker />
        <TestEventEditor />
        <button
          type="button" className="primary" data-testid="test-invoke" disabled={!canInvoke}
          aria-keyshortcuts="Control+Enter Meta+Enter" onClick={() => void invoke.run(app)}
        >
          {invoke.label} <span className="muted-on-accent">({describeShortcut('Ctrl+Enter')})</span>
        </button>
      </div>
      {latest
        ? <InvocationResult invocation={latest} />
        : <p className="muted test-result">Invoke the function to see its response, its log and its REPORT line here.</p>}
    </div>
  )
}
