import { useShallow } from 'zustand/react/shallow'
import { focusFunction, editTestForm } from '../store/edits.ts'
import type { AppState } from '../store/appStore.ts'
import { selectFocusedFunction } from '../store/selectors.ts'
import { useAppState, useAppStore } from '../store/useAppState.ts'

const selectFunctionNames = (state: AppState) => state.scenario.document.Functions.map((fn) => fn.FunctionName)

/** `$LATEST`, the published versions and the aliases: what a qualified invoke can name [D-versions]. */
const selectQualifiers = (state: AppState) => {
  const focused = selectFocusedFunction(state)
  const fn = state.scenario.document.Functions.find((f) => f.FunctionName === focused?.functionName)
  return ['$LATEST', ...(fn?.Versions ?? []).map((v) => v.Version), ...(fn?.Aliases ?? []).map((a) => a.Name)]
}
const selectInvocationType = (state: AppState) => state.ui.test.invocationType

/** Which function, which qualifier, and whether to invoke synchronously or asynchronously. */
export function TargetPicker() {
  const store = useAppStore()
  const focused = useAppState(selectFocusedFunction)
  const names = useAppState(useShallow(selectFunctionNames))
  const qualifiers = useAppState(useShallow(selectQualifiers))
  const invocationType = useAppState(selectInvocationType)
  if (!focused) return <p className="muted">The scenario has no function to test.</p>
  const qualifier = qualifiers.includes(focused.qualifier) ? focused.qualifier : '$LATEST'
  return (
    <div className="test-target">
      <label className="field">
        <span>Function</span>
        <select
          data-testid="test-function" value={focused.functionName}
          onChange={(event) => focusFunction(store, { functionName: event.target.value, qualifier: '$LATEST' })}
        >
          {names.map((name) => <option key={name}>{name}</option>)}
        </select>
      </label>
      <label className="field">
        <span>Qualifier</span>
        <select
          data-testid="test-qualifier" value={qualifier}
          onChange={(event) => focusFunction(store, { functionName: focused.functionName, qualifier: event.target.value })}
        >
          {qualifiers.map((q) => <option key={q}>{q}</option>)}
        </select>
      </label>
      <fieldset className="invocation-type">
        <legend className="visually-hidden">Invocation type</legend>
        <label>
          <input
            type="radio" name="invocation-type" checked={invocationType === 'RequestResponse'}
            onChange={() => editTestForm(store, { invocationType: 'RequestResponse' })}
          />
          Synchronous
        </label>
        <label>
          <input type="radio" name="invocation-type" checked={invocationType === 'Event'} onChange={() => editTestForm(store, { invocationType: 'Event' })} />
          Asynchronous
        </label>
      </fieldset>
    </div>
  )
}
