import type { AppState } from '../store/appStore.ts'
import { addNotice, setActiveTab } from '../store/edits.ts'
import { MAX_TEST_INVOCATIONS } from '../store/applyWorkerEvents.ts'
import { selectFocusedFunction } from '../store/selectors.ts'
import type { Command } from './command.ts'

export interface InvokeArg {
  /** `name` or `name:qualifier`. */
  target: string
  invocationType: 'RequestResponse' | 'Event'
  /** The event as JSON text, as typed in the Test tab. */
  payloadText: string
}

/** What Ctrl/Cmd+Enter invokes: the focused function and qualifier with the Test tab's event. */
export function testFormInvocation(state: AppState): InvokeArg | null {
  const focused = selectFocusedFunction(state)
  if (!focused) return null
  const target = focused.qualifier === '$LATEST' ? focused.functionName : `${focused.functionName}:${focused.qualifier}`
  return { target, invocationType: state.ui.test.invocationType, payloadText: state.ui.test.payloadText }
}

/**
 * Test: invokes a function now with a test event, like the console's Test button, synchronously
 * (the response, log tail and REPORT line follow) or asynchronously (202, then its REPORT line).
 * The Test tab shows the answer, so it comes to the front.
 */
export const invoke: Command<InvokeArg | void> = {
  id: 'function.invoke',
  label: 'Test',
  shortcut: 'Ctrl+Enter',
  canRun: (state) => state.scenario.status === 'loaded' && !state.live.done && state.live.fatal === null && selectFocusedFunction(state) !== null,
  run: ({ store, bridge }, arg) => {
    const request = arg ?? testFormInvocation(store.getState())
    if (!request) return
    let Payload: unknown
    try {
      Payload = JSON.parse(request.payloadText)
    } catch (error) {
      addNotice(store, 'error', `The test event is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
      return
    }
    const requestId = bridge.nextRequestId()
    const invocation = { requestId, target: request.target, invocationType: request.invocationType, outcome: null, pending: true }
    store.setState((state) => ({ live: { ...state.live, invocations: [...state.live.invocations, invocation].slice(-MAX_TEST_INVOCATIONS) } }))
    setActiveTab(store, 'test')
    bridge.send({ type: 'invoke', requestId, request: { Target: request.target, InvocationType: request.invocationType, Payload } })
  },
}
