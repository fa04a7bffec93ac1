import { billedDurationMs } from '../cost/bill.ts'
import type { InvocationRecord } from '../model/state.ts'
import { INIT_LIMIT_MS } from '../facts.ts'
import { VIRTUAL_EPOCH_MS } from '../time/epoch.ts'
import {
  endLine, environmentIdFor, initReportLine, invokeErrorLine, logGroupName, logStreamName, reportLine,
  startLine, timeoutLine,
} from './format.ts'
import { requestIdOf } from './requestIds.ts'

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

export function streamOf(seed: number, record: InvocationRecord): string {
  return logStreamName(VIRTUAL_EPOCH_MS, record.environment.createdAtMs, record.version, environmentIdFor(seed, record.environment.serial))
}

/**
 * The lines Lambda writes for one invocation, in the Node.js runtime's text format [G-node-log],
 * [D-runtime-env]: INIT_REPORT when init ran past the 10 s limit, START, the timeout or error line,
 * END, and REPORT with Init Duration on a cold start and the new-style Status fields on failures.
 * Built on demand from the invocation record, so a run that nobody reads pays nothing for logs.
 */
export function invocationLog(record: InvocationRecord, context: LogContext): LogEvent[] {
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
  line(endMs, reportLine({
    requestId,
    durationMs: record.durationMs,
    billedDurationMs: billedDurationMs(record.durationMs, coldInit ?? 0),
    memorySizeMB: record.memoryMb,
    maxMemoryUsedMB: Math.round(record.memoryUsedMb),
    ...(coldInit === undefined ? {} : { initDurationMs: coldInit }),
    ...(record.outcome === 'timeout' ? { failure: { status: 'timeout' as const } } : {}),
    ...(record.outcome === 'out-of-memory' ? { failure: { status: 'error' as const, errorType: 'Runtime.OutOfMemory' } } : {}),
  }))
  return lines
}
