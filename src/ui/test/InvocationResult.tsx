import type { TestInvocation } from '../store/liveSlice.ts'

/** The payload as the console shows it: pretty JSON when it is JSON. */
function prettyPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2)
  } catch {
    return payload
  }
}

function headline(invocation: TestInvocation): string {
  const { outcome } = invocation
  if (!outcome) return 'Invoking…'
  if (outcome.error) return outcome.error
  const status = outcome.response.StatusCode
  if (invocation.pending) return invocation.invocationType === 'Event' ? `Queued (${status}); waiting for it to run…` : `Running (${status})…`
  if (outcome.result?.FunctionError) return `Failed (${status}, FunctionError: ${outcome.result.FunctionError})`
  if (status === 200 || status === 202) return `Succeeded (${status})`
  return `Refused (${status})`
}

/** The newest test invocation: its status, response, REPORT line and log tail. */
export function InvocationResult({ invocation }: { invocation: TestInvocation }) {
  const { outcome } = invocation
  const failed = outcome?.result?.FunctionError !== undefined || outcome?.error !== undefined || (outcome !== null && ![200, 202].includes(outcome.response.StatusCode))
  return (
    <section className="test-result" aria-labelledby="test-result-title" data-testid="test-result" aria-busy={invocation.pending}>
      <h3 id="test-result-title" className={failed ? 'result-failed' : invocation.pending ? '' : 'result-ok'} data-testid="test-result-status">
        {headline(invocation)}
      </h3>
      <p className="muted">
        {invocation.target} · {invocation.invocationType}
        {outcome?.response.requestId && <> · Request ID <code>{outcome.response.requestId}</code></>}
        {outcome?.result && <> · Executed version <code>{outcome.result.ExecutedVersion}</code></>}
      </p>
      {outcome?.result && (
        <>
          <h4>Response</h4>
          <pre data-testid="test-response">{prettyPayload(outcome.result.Payload)}</pre>
        </>
      )}
      {outcome?.report && (
        <>
          <h4>Summary</h4>
          <pre className="report" data-testid="test-report">{outcome.report}</pre>
        </>
      )}
      {outcome && outcome.logTail.length > 0 && (
        <>
          <h4>Log output</h4>
          <pre data-testid="test-log">{outcome.logTail.join('\n')}</pre>
        </>
      )}
    </section>
  )
}
