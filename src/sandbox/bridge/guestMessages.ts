/**
 * What the guest hands back at the end of each run of code, decoded and checked: the requests it
 * queued (log lines, timers, SDK calls) and how the current phase ended, if it did. The text is
 * `<requests as JSON>\n<outcome>`, the outcome being empty, `S<payload>`, `E<error report>`,
 * `M` (out of memory), `X<exit status>` (process.exit), `U<error report>` (an uncaught exception
 * ended the runtime) or `R<error report>` (an unhandled rejection did); the last four end the environment.
 * User code runs in the same context as the prelude, so nothing here is trusted: anything
 * malformed makes the environment crash.
 */
import type { CodeOutcome, EnvironmentHost, ReportedError } from '../../engine/runtime/types.ts'
import { ExitStatus, exitMessage } from '../errors.ts'

export type LogLevel = Parameters<EnvironmentHost['log']>[0]

/** The guest's level codes, by index. */
const LEVELS: readonly LogLevel[] = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR']

export type GuestRequest =
  | { kind: 'log'; level: LogLevel; message: string }
  | { kind: 'timer'; id: number; delayMs: number }
  | { kind: 'clear'; id: number }
  | { kind: 'aws'; id: number; service: string; operation: string; input: unknown }

export interface ExitReport {
  requests: GuestRequest[]
  /** How the current phase ended, if it did. */
  outcome: CodeOutcome | undefined
  /** The runtime itself ended (process.exit or an uncaught exception): the environment is gone. */
  ended: boolean
}

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0

function parseRequest(entry: unknown): GuestRequest | undefined {
  if (!Array.isArray(entry)) return undefined
  const [tag, a, b, c, d] = entry as unknown[]
  switch (tag) {
    case 'l': {
      const level = typeof a === 'number' ? LEVELS[a] : undefined
      return level !== undefined && typeof b === 'string' ? { kind: 'log', level, message: b } : undefined
    }
    case 't':
      return isId(a) && typeof b === 'number' && Number.isFinite(b) && b >= 0 ? { kind: 'timer', id: a, delayMs: b } : undefined
    case 'c':
      return isId(a) ? { kind: 'clear', id: a } : undefined
    case 'a': {
      if (!isId(a) || typeof b !== 'string' || typeof c !== 'string' || typeof d !== 'string') return undefined
      return { kind: 'aws', id: a, service: b, operation: c, input: JSON.parse(d) as unknown }
    }
    default:
      return undefined
  }
}

function parseErrorReport(json: string): ReportedError | undefined {
  const report = JSON.parse(json) as unknown
  if (typeof report !== 'object' || report === null) return undefined
  const { errorType, errorMessage, trace } = report as Record<string, unknown>
  if (typeof errorType !== 'string' || typeof errorMessage !== 'string') return undefined
  if (!Array.isArray(trace) || !trace.every((line) => typeof line === 'string')) return undefined
  return { errorType, errorMessage, trace: trace as string[] }
}

/** The runtime reported `json` for the phase, then exited with `status`. */
function exitedAfter(json: string, status: number): { outcome: CodeOutcome; ended: boolean } | undefined {
  const error = parseErrorReport(json)
  return error === undefined ? undefined : { outcome: { type: 'crash', message: exitMessage(status), error }, ended: true }
}

function parseOutcome(text: string): { outcome: CodeOutcome | undefined; ended: boolean } | undefined {
  const tag = text.charAt(0)
  const body = text.slice(1)
  switch (tag) {
    case '':
      return { outcome: undefined, ended: false }
    case 'S':
      return { outcome: { type: 'success', payload: body }, ended: false }
    case 'E': {
      const error = parseErrorReport(body)
      return error === undefined ? undefined : { outcome: { type: 'error', ...error }, ended: false }
    }
    case 'M':
      return { outcome: { type: 'out-of-memory' }, ended: true }
    case 'X':
      return /^\d+$/.test(body) ? { outcome: { type: 'crash', message: exitMessage(Number(body)) }, ended: true } : undefined
    case 'U':
      return exitedAfter(body, ExitStatus.uncaughtException)
    case 'R':
      return exitedAfter(body, ExitStatus.unhandledRejection)
    default:
      return undefined
  }
}

function parseRequests(json: string): GuestRequest[] | undefined {
  if (json === '') return []
  const entries = JSON.parse(json) as unknown
  if (!Array.isArray(entries)) return undefined
  const requests: GuestRequest[] = []
  for (const entry of entries) {
    const request = parseRequest(entry)
    if (request === undefined) return undefined
    requests.push(request)
  }
  return requests
}

/** Decodes the guest's exit text; undefined when it is malformed. */
export function parseExit(text: string): ExitReport | undefined {
  const newline = text.indexOf('\n')
  if (newline < 0) return undefined
  try {
    const requests = parseRequests(text.slice(0, newline))
    const end = parseOutcome(text.slice(newline + 1))
    return requests === undefined || end === undefined ? undefined : { requests, outcome: end.outcome, ended: end.ended }
  } catch {
    return undefined
  }
}
