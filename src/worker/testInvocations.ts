/**
 * The Test tab's invocations, as the worker follows them: the Invoke API's answer at once, then
 * the response, the log tail and the REPORT line once the invocation has ended in virtual time.
 */
import type { Simulation } from '../engine/api.ts'
import type { InvocationOutcome, InvokeCommand } from './protocol.ts'

/** An invocation that has not ended yet, checked again on every frame. */
export interface WatchedInvocation {
  requestId: string
  functionName: string
  /** The engine's request id (the one its log lines name). */
  engineRequestId: string
  sync: boolean
  response: InvocationOutcome['response']
}

/** Log events searched for an async invocation's lines: its own may sit among many others. */
const ASYNC_LOG_SEARCH = 1_000

/** `name`, `name:qualifier` or an ARN ending in either. */
export function functionNameOf(target: string): string {
  const parts = target.split(':')
  const functionIndex = parts.indexOf('function')
  if (functionIndex >= 0) return parts[functionIndex + 1] ?? target
  return parts[0] ?? target
}

/** Invokes now; answers with the API's status and, when the response is not known yet, what to watch. */
export function startInvocation(simulation: Simulation, command: InvokeCommand): { outcome: InvocationOutcome; watch: WatchedInvocation | null } {
  const response = simulation.invoke(command.request)
  const base: InvocationOutcome = { requestId: command.requestId, response, logTail: [] }
  // Only a 200 (sync) or 202 (async) starts an invocation with logs; 204, 404, 413 and 429 are final.
  if ((response.StatusCode !== 200 && response.StatusCode !== 202) || response.requestId === undefined) return { outcome: base, watch: null }
  const watch: WatchedInvocation = {
    requestId: command.requestId,
    functionName: functionNameOf(command.request.Target),
    engineRequestId: response.requestId,
    sync: response.StatusCode === 200,
    response,
  }
  return { outcome: checkInvocation(simulation, watch) ?? base, watch }
}

/** The outcome once the invocation has ended; null while it runs (or, async, waits in Lambda's queue). */
export function checkInvocation(simulation: Simulation, watch: WatchedInvocation): InvocationOutcome | null {
  const base = { requestId: watch.requestId, response: watch.response }
  if (watch.sync) {
    const result = simulation.invocationResult(watch.engineRequestId)
    if (result === null) return { ...base, logTail: [], error: 'The response is no longer kept (only the newest 100 are).' }
    if (result.status === 'pending') return null
    const logTail = decodeLogResult(result.LogResult)
    return { ...base, result, logTail, ...reportOf(logTail) }
  }
  const logTail = simulation
    .logEvents(watch.functionName, ASYNC_LOG_SEARCH)
    .filter((event) => event.message.includes(watch.engineRequestId))
    .map((event) => event.message)
  const ended = reportOf(logTail)
  return ended.report === undefined ? null : { ...base, logTail, ...ended }
}

function reportOf(lines: readonly string[]): { report?: string } {
  const report = [...lines].reverse().find((line) => line.startsWith('REPORT '))
  return report === undefined ? {} : { report }
}

/** `LogResult` is base64 of UTF-8 text; its first line may be cut mid-way (it is the last 4 KB). */
function decodeLogResult(logResult: string): string[] {
  const bytes = Uint8Array.from(atob(logResult), (char) => char.charCodeAt(0))
  return new TextDecoder().decode(bytes).split('\n').filter((line) => line.length > 0)
}
