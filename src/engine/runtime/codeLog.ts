/**
 * The lines user code logged in one invocation (or one init), kept on its record for the log view.
 * Bounded, so a chatty handler cannot grow memory with the run: the log view keeps 1,000
 * invocations per function, each with at most CODE_LOG_MAX_LINES lines and CODE_LOG_MAX_BYTES of text.
 */
import type { LogLevel } from '../logs/format.ts'
import { truncateUtf8, utf8Length } from '../traffic/payloadSize.ts'

/** Ours, not Lambda's (CloudWatch keeps everything): enough to read a handler's output. */
export const CODE_LOG_MAX_LINES = 100
export const CODE_LOG_MAX_BYTES = 32 * 1024

/** What the Node.js runtime prints as the request id of lines logged outside a request (module scope, init). */
export const INIT_REQUEST_ID = 'undefined'

export interface CodeLogLine {
  /** Virtual time the line was logged. */
  readonly atMs: number
  readonly requestId: string
  readonly level: LogLevel
  readonly message: string
}

export class CodeLog {
  readonly lines: CodeLogLine[] = []
  private bytes = 0
  /** Lines not kept, or kept only in part, once a bound was reached. */
  omitted = 0

  add(atMs: number, requestId: string, level: LogLevel, message: string): void {
    const room = CODE_LOG_MAX_BYTES - this.bytes
    if (this.lines.length >= CODE_LOG_MAX_LINES || room <= 0) {
      this.omitted++
      return
    }
    const size = utf8Length(message)
    const kept = size <= room ? message : truncateUtf8(message, room)
    if (kept !== message) this.omitted++
    this.bytes += size <= room ? size : room
    this.lines.push({ atMs, requestId, level, message: kept })
  }

  /** The note that replaces what was not kept; null when everything was. */
  omissionNote(): string | null {
    if (this.omitted === 0) return null
    return `[Lambda Playground] ${this.omitted} log line${this.omitted === 1 ? '' : 's'} not kept in full: an invocation keeps at most ${CODE_LOG_MAX_LINES} lines and ${CODE_LOG_MAX_BYTES / 1024} KB of its code's output`
  }
}
