/**
 * The log of an invocation that ran code: what the code logged, in the Node.js runtime's format
 * [G-node-log], between Lambda's own lines. Init lines come before START (request id `undefined`,
 * as the runtime prints outside a request); a failed Init phase is reported by INIT_REPORT before
 * START, and the init retried inside the invoke by INIT_REPORT Phase: invoke when it fails too.
 */
import type { InvocationRecord } from '../model/state.ts'
import type { CodeLog } from '../runtime/codeLog.ts'
import type { CodeRun } from '../runtime/codeRun.ts'
import { VIRTUAL_EPOCH_MS } from '../time/epoch.ts'
import {
  applicationLine, endLine, initReportLine, invokeErrorLine, logGroupName, startLine, timeoutLine,
  type FailureStatus,
} from './format.ts'
import type { LogContext, LogEvent } from './invocationLog.ts'
import { reportOf } from './reportOf.ts'
import { streamOf } from './requestIds.ts'

/** The REPORT line's Status of an invocation that ended its environment. */
function reportStatusOf(record: InvocationRecord, run: CodeRun): FailureStatus | undefined {
  switch (record.outcome) {
    case 'timeout':
      return { status: 'timeout' }
    case 'out-of-memory':
    case 'crash':
    case 'init-error':
      return { status: 'error', errorType: run.error?.errorType ?? 'Runtime.Unknown' }
    case 'success':
    case 'error':
      return undefined
  }
}

export function codeInvocationLog(record: InvocationRecord, run: CodeRun, context: LogContext): LogEvent[] {
  const requestId = run.requestId
  const logGroup = logGroupName(context.functionName)
  const logStream = streamOf(context.seed, record)
  const endMs = run.invokeStartMs + record.durationMs
  const lines: LogEvent[] = []
  const line = (atMs: number, message: string): void => { lines.push({ atMs, logGroup, logStream, message }) }
  const codeLines = (log: CodeLog | null): void => {
    if (!log) return
    for (const l of log.lines) line(l.atMs, applicationLine(VIRTUAL_EPOCH_MS, l.atMs, l.requestId, l.level, l.message))
    const note = log.omissionNote()
    if (note !== null) line(log.lines.at(-1)?.atMs ?? endMs, note)
  }

  codeLines(run.initLog)
  if (run.failedInit) line(record.startMs + run.failedInit.durationMs, initReportLine(run.failedInit.durationMs, 'init', run.failedInit.failure))
  line(run.invokeStartMs, startLine(requestId, record.version))
  codeLines(run.log)
  const error = run.error
  switch (record.outcome) {
    case 'timeout':
      line(endMs, timeoutLine(VIRTUAL_EPOCH_MS, endMs, requestId, record.timeoutMs / 1000))
      break
    case 'error':
      if (error) line(endMs, invokeErrorLine(VIRTUAL_EPOCH_MS, endMs, requestId, { errorType: error.errorType, errorMessage: error.errorMessage, stack: error.trace }))
      break
    case 'out-of-memory':
    case 'crash':
      line(endMs, `RequestId: ${requestId} Error: ${run.exitMessage ?? error?.errorMessage ?? 'Runtime exited without providing a reason'}`)
      break
    case 'init-error':
      if (run.failedRetry) line(endMs, initReportLine(run.failedRetry.durationMs, 'invoke', run.failedRetry.failure))
      break
    case 'success':
      break
  }
  line(endMs, endLine(requestId))
  // Init Duration shows on a cold start whose Init phase completed; a retried init is inside Duration.
  const coldInit = run.cold && !run.failedInit ? record.initMs : undefined
  const failure = reportStatusOf(record, run)
  line(endMs, reportOf(record, requestId, coldInit, failure))
  return lines
}
