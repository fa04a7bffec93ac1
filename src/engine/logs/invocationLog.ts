import type { InvocationRecord } from '../model/state.ts'
import { INIT_LIMIT_MS } from '../facts.ts'
import { VIRTUAL_EPOCH_MS } from '../time/epoch.ts'
import {
  endLine, initReportLine, invokeErrorLine, logGroupName, startLine, timeoutLine, type FailureStatus,
} from './format.ts'
import { reportOf } from './reportOf.ts'
import { codeInvocationLog } from './codeInvocationLog.ts'
import { requestIdOf, streamOf } from './requestIds.ts'

/** One CloudWatch Logs event: a line in an environment's log stream. */
export interface LogEvent {
  /** Virtual time of the line. */
  atMs: number
  logGroup: string
  logStream: string
  message: string
}

/** What the log of a finished invocation needs beyond its record. */
export interface LogContext {
  seed: number
  functionName: string
}

/**
 * The lines Lambda writes for one invocation, in the Node.js runtime's text format [G-node-log],
 * [D-runtime-env]: INIT_REPORT when init ran past the 10 s limit, START, the timeout or error line,
 * END, and REPORT with Init Duration on a cold start and the new-style Status fields on failures.
 * Built on demand from the invocation record, so a run that nobody reads pays nothing for logs.
 */
export function invocationLog(record: InvocationRecord, context: LogContext): LogEvent[] {
  const run = record.codeRun()
  if (run) return codeInvocationLog(record, run, context)
  const requestId = requestIdOf(context.seed, record)
  const logGroup = logGroupName(context.functionName)
  const logStream = streamOf(context.seed, record)
  const suppressed = record.suppressedInit
  const invokeStartMs = record.startMs + (suppressed ? INIT_LIMIT_MS : record.initMs)
  const endMs = invokeStartMs + record.durationMs
  const lines: LogEvent[] = []
  const line = (atMs: number, message: string): void => { lines.push({ atMs, logGroup, logStream, message }) }
  if (suppressed) line(invokeStartMs, initReportLine(INIT_LIMIT_MS, 'init', { status: 'timeout' }))
  line(invokeStartMs, startLine(requestId, record.version))
  switch (record.outcome) {
    case 'timeout':
      line(endMs, timeoutLine(VIRTUAL_EPOCH_MS, endMs, requestId, record.timeoutMs / 1000))
      break
    case 'error':
      line(endMs, invokeErrorLine(VIRTUAL_EPOCH_MS, endMs, requestId, {
        errorType: 'Error', errorMessage: 'Simulated function error (Simulation.ErrorRate)',
        stack: ['Error: Simulated function error (Simulation.ErrorRate)', '    at Runtime.handler (file:///var/task/index.mjs:1:1)'],
      }))
      break
    case 'out-of-memory':
      line(endMs, `RequestId: ${requestId} Error: Runtime exited with error: signal: killed`)
      break
    case 'success':
      break
  }
  line(endMs, endLine(requestId))
  const coldInit = record.initMs > 0 && !suppressed ? record.initMs : undefined
  const failure: FailureStatus | undefined = record.outcome === 'timeout' ? { status: 'timeout' }
    : record.outcome === 'out-of-memory' ? { status: 'error', errorType: 'Runtime.OutOfMemory' } : undefined
  line(endMs, reportOf(record, requestId, coldInit, failure))
  return lines
}
