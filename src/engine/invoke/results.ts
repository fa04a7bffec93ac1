/**
 * What a synchronous caller receives when its invocation ends (the Invoke API's response [API]
 * §2.1): the status, `X-Amz-Function-Error`, `X-Amz-Executed-Version`, the payload (the handler's
 * result, or Lambda's error object) and `LogResult`, the end of the invocation's log.
 */
import type { InvocationResult } from '../api.ts'
import { base64 } from '../logs/base64.ts'
import { invocationLog } from '../logs/invocationLog.ts'
import { requestIdOf } from '../logs/requestIds.ts'
import type { InvocationOutcome } from '../model/state.ts'
import type { World } from '../world.ts'
import type { Invocation } from './invocation.ts'
import { watchInvocation } from './syncWatchers.ts'

/** `LogResult` is "the last 4 KB of the execution log" in the API model (fact sheet §12 notes the pages disagree). */
const LOG_RESULT_BYTES = 4096
/** How many invocations the Invoke API remembers results for (ours): the newest, so memory stays bounded. */
export const KEPT_RESULTS = 100

/** The response fields every synchronous caller gets (the AWS simulation's `SyncInvokeResult` has this shape). */
export interface SyncResponse {
  readonly executedVersion: string
  readonly payload: string
  readonly functionError: 'Unhandled' | null
}

function errorPayload(errorType: string, errorMessage: string, trace?: readonly string[]): string {
  return JSON.stringify(trace === undefined ? { errorType, errorMessage } : { errorType, errorMessage, trace })
}

function failed(invocation: Invocation, payload: string): SyncResponse {
  return { executedVersion: invocation.version, payload, functionError: 'Unhandled' }
}

/** The response of a finished invocation. Errors carry Lambda's error object, as the Node.js runtime and Lambda write it. */
export function syncResponseOf(world: World, invocation: Invocation): SyncResponse {
  const run = invocation.codeRun()
  const outcome = invocation.outcome
  if (outcome === 'success') return { executedVersion: invocation.version, payload: run?.payload ?? 'null', functionError: null }
  return failed(invocation, failurePayload(world, invocation, outcome))
}

/**
 * Lambda's error object for a failed invocation. Only failures quote the request id: an id costs a
 * hash, and a busy API or queue reads thousands of results a second.
 */
function failurePayload(world: World, invocation: Invocation, outcome: Exclude<InvocationOutcome, 'success'>): string {
  const run = invocation.codeRun()
  switch (outcome) {
    case 'error': {
      const error = run?.error
      return error
        ? errorPayload(error.errorType, error.errorMessage, error.trace)
        : errorPayload('Error', 'Simulated function error (Simulation.ErrorRate)', [])
    }
    case 'timeout':
      return errorPayload('Sandbox.Timedout', `RequestId: ${requestIdOf(world.seed, invocation)} Error: Task timed out after ${(invocation.timeoutMs / 1000).toFixed(2)} seconds`)
    case 'out-of-memory':
      return errorPayload('Runtime.OutOfMemory', `RequestId: ${requestIdOf(world.seed, invocation)} Error: Runtime exited with error: signal: killed`)
    case 'crash':
    case 'init-error': {
      const error = run?.error
      if (!error) return errorPayload('Runtime.Unknown', `RequestId: ${requestIdOf(world.seed, invocation)} Error: Runtime exited without providing a reason`)
      // A process that exited is reported by Lambda, unless the runtime reported its own error first.
      return outcome === 'crash' && run?.exitMessage === null
        ? errorPayload(error.errorType, `RequestId: ${requestIdOf(world.seed, invocation)} Error: ${error.errorMessage}`)
        : errorPayload(error.errorType, error.errorMessage, error.trace)
    }
  }
}

/** The last 4 KB of the invocation's log lines, base64-encoded. */
function logResult(world: World, invocation: Invocation): string {
  const text = invocationLog(invocation, { seed: world.seed, functionName: invocation.fn.name }).map((e) => e.message + '\n').join('')
  const bytes = new TextEncoder().encode(text)
  return base64(bytes.subarray(Math.max(0, bytes.length - LOG_RESULT_BYTES)))
}

interface Kept {
  readonly invocation: Invocation
  done: boolean
}

/** The results of the newest KEPT_RESULTS synchronous invocations started through the Invoke API, by request id. */
export class InvokeResults {
  private readonly byRequestId = new Map<string, Kept>()

  constructor(private readonly world: World) {}

  keep(requestId: string, invocation: Invocation): void {
    const run = invocation.codeRun()
    if (run) run.keepPayload = true
    const kept: Kept = { invocation, done: false }
    watchInvocation(invocation, { invocationEnded: () => { kept.done = true } })
    this.byRequestId.set(requestId, kept)
    if (this.byRequestId.size <= KEPT_RESULTS) return
    const [oldestId, oldest] = this.byRequestId.entries().next().value as [string, Kept]
    this.byRequestId.delete(oldestId)
    const oldRun = oldest.invocation.codeRun()
    if (oldRun) {
      oldRun.keepPayload = false
      if (oldest.done) oldRun.payload = null
    }
  }

  result(requestId: string): InvocationResult | null {
    const kept = this.byRequestId.get(requestId)
    if (!kept) return null
    if (!kept.done) return { status: 'pending' }
    const world = this.world
    const invocation = kept.invocation
    const response = syncResponseOf(world, invocation)
    return {
      status: 'done',
      StatusCode: 200,
      ...(response.functionError === null ? {} : { FunctionError: response.functionError }),
      ExecutedVersion: response.executedVersion,
      Payload: response.payload,
      LogResult: logResult(world, invocation),
    }
  }
}
