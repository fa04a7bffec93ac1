/**
 * CloudWatch Logs lines exactly as Lambda and the Node.js runtime write them in the text log format
 * (lambda-facts §6.3, §4, §13). Pure string building; the engine calls these lazily, when a log view
 * asks, so they favour plain concatenation over cleverness.
 */
import { isoTimestamp, utcDatePath } from './time.ts'

export { isoTimestamp, utcDatePath } from './time.ts'
export { environmentIdFor, requestIdFor } from './ids.ts'

/** The Node.js runtime's levels for console.trace/debug/info (and log)/warn/error/fatal (runtime interface client, src/LogPatch.js). */
export type LogLevel = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'FATAL'

/** How an invoke or an init ended when it did not succeed (new-style REPORT / INIT_REPORT fields). [D-runtime-env] */
export type FailureStatus = { status: 'timeout' } | { status: 'error'; errorType: string }

/** `/aws/lambda/<function-name>`. [D-logs] */
export function logGroupName(functionName: string): string {
  return '/aws/lambda/' + functionName
}

/**
 * `YYYY/MM/DD/[<version>]<environment-id>`, dated (UTC) when the environment was created: one stream
 * per execution environment. [D-logs], [G-node-log]
 */
export function logStreamName(epochMs: number, createdAtMs: number, version: string, environmentId: string): string {
  return utcDatePath(epochMs, createdAtMs) + '/[' + version + ']' + environmentId
}

/** START names the version that ran, which is how alias routing shows in logs. [G-aliases] */
export function startLine(requestId: string, version: string): string {
  return 'START RequestId: ' + requestId + ' Version: ' + version
}

export function endLine(requestId: string): string {
  return 'END RequestId: ' + requestId
}

export interface ReportFields {
  requestId: string
  durationMs: number
  /** From `billedDurationMs` in ../cost/bill.ts; the log shows what was billed, it does not recompute it. */
  billedDurationMs: number
  memorySizeMB: number
  maxMemoryUsedMB: number
  /** Cold starts only. [G-node-log] */
  initDurationMs?: number
  /** Only when active tracing is on. */
  xray?: { traceId: string; segmentId: string; sampled: boolean }
  /** Absent on success. */
  failure?: FailureStatus
}

/** Field order: Duration, Billed Duration, Memory Size, Max Memory Used, Init Duration, X-Ray, Status, Error Type. [D-logs], [D-runtime-env] */
export function reportLine(fields: ReportFields): string {
  let line =
    'REPORT RequestId: ' + fields.requestId +
    '\tDuration: ' + fields.durationMs.toFixed(2) + ' ms' +
    '\tBilled Duration: ' + fields.billedDurationMs + ' ms' +
    '\tMemory Size: ' + fields.memorySizeMB + ' MB' +
    '\tMax Memory Used: ' + fields.maxMemoryUsedMB + ' MB'
  if (fields.initDurationMs !== undefined) line += '\tInit Duration: ' + fields.initDurationMs.toFixed(2) + ' ms'
  if (fields.xray !== undefined) {
    const { traceId, segmentId, sampled } = fields.xray
    line += '\tXRAY TraceId: ' + traceId + '\tSegmentId: ' + segmentId + '\tSampled: ' + sampled
  }
  if (fields.failure !== undefined) line += failureFields(fields.failure)
  return line
}

function failureFields(failure: FailureStatus): string {
  switch (failure.status) {
    case 'timeout':
      return '\tStatus: timeout'
    case 'error':
      return '\tStatus: error\tError Type: ' + failure.errorType
    default: {
      const unreachable: never = failure
      return unreachable
    }
  }
}

/** A line the function logged: `<ISO timestamp>\t<requestId>\t<LEVEL>\t<message>`. [G-node-log] */
export function applicationLine(epochMs: number, atMs: number, requestId: string, level: LogLevel, message: string): string {
  return isoTimestamp(epochMs, atMs) + '\t' + requestId + '\t' + level + '\t' + message
}

/** Written by Lambda itself, space-separated, before END and REPORT. [D-runtime-env] */
export function timeoutLine(epochMs: number, atMs: number, requestId: string, timeoutSeconds: number): string {
  return isoTimestamp(epochMs, atMs) + ' ' + requestId + ' Task timed out after ' + timeoutSeconds.toFixed(2) + ' seconds'
}

/**
 * A failed Init phase. Phase `invoke` is an init retried inside the first invocation after the
 * 10 s on-demand limit (the Telemetry API's name for that phase). [D-runtime-env] §4
 */
export function initReportLine(initDurationMs: number, phase: 'init' | 'invoke', failure: FailureStatus): string {
  return 'INIT_REPORT Init Duration: ' + initDurationMs.toFixed(2) + ' ms\tPhase: ' + phase + failureFields(failure)
}

/** An error thrown from the handler, as the runtime serialises it: `stack` is `error.stack` split into lines. */
export interface FunctionError {
  errorType: string
  errorMessage: string
  stack: readonly string[]
}

/**
 * The Node.js runtime logs a handler error with `console.error('Invoke Error', '\t' + JSON)`, and
 * `util.format` joins the two arguments with a space, hence `Invoke Error \t{...}`.
 * (aws-lambda-nodejs-runtime-interface-client, src/LogPatch.js and src/Errors.js)
 */
export function invokeErrorLine(epochMs: number, atMs: number, requestId: string, error: FunctionError): string {
  const json = JSON.stringify({ errorType: error.errorType, errorMessage: error.errorMessage, stack: error.stack })
  return applicationLine(epochMs, atMs, requestId, 'ERROR', 'Invoke Error \t' + json)
}
