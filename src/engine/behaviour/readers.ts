/**
 * Small readers for the behaviour tests: trace events of one kind, REPORT line fields, and the
 * documented shapes of destination records and dead-letter messages, so tests assert on names
 * rather than on string offsets.
 */
import type { LogEvent } from '../api.ts'
import type { TraceEvent } from '../trace.ts'

export type StartEvent = Extract<TraceEvent, { type: 'invocation-start' }>
export type EndEvent = Extract<TraceEvent, { type: 'invocation-end' }>
export type ThrottleEvent = Extract<TraceEvent, { type: 'throttle' }>

export function startsOf(trace: readonly TraceEvent[], functionName = 'fn'): StartEvent[] {
  return trace.filter((e): e is StartEvent => e.type === 'invocation-start' && e.functionName === functionName)
}

export function endsOf(trace: readonly TraceEvent[], functionName = 'fn'): EndEvent[] {
  return trace.filter((e): e is EndEvent => e.type === 'invocation-end' && e.functionName === functionName)
}

export function throttlesOf(trace: readonly TraceEvent[], functionName = 'fn'): ThrottleEvent[] {
  return trace.filter((e): e is ThrottleEvent => e.type === 'throttle' && e.functionName === functionName)
}

/** Differences between consecutive values. */
export function gaps(values: readonly number[]): number[] {
  return values.slice(1).map((v, i) => v - (values[i] as number))
}

/** The messages of the log lines that start with `prefix` (START, END, REPORT, ...). */
export function linesStartingWith(events: readonly LogEvent[], prefix: string): string[] {
  return events.map((e) => e.message).filter((m) => m.startsWith(prefix))
}

/** `REPORT RequestId: x\tDuration: 1.00 ms\t...` → { RequestId: 'x', Duration: '1.00 ms', ... }. */
export function reportFields(line: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const part of line.replace(/^REPORT /, '').split('\t')) {
    const at = part.indexOf(': ')
    if (at > 0) fields[part.slice(0, at)] = part.slice(at + 2)
  }
  return fields
}

/** The RequestId of a START, END or REPORT line. */
export function requestIdOfLine(line: string): string {
  const match = /RequestId: ([0-9a-f-]{36})/.exec(line)
  if (!match?.[1]) throw new Error(`No RequestId in ${line}`)
  return match[1]
}

/** The invocation record Lambda sends to a destination [D-async-rec]. */
export interface DestinationRecord {
  version: string
  timestamp: string
  requestContext: { requestId: string; functionArn: string; condition: string; approximateInvokeCount: number }
  requestPayload: unknown
  responseContext: { statusCode: number; executedVersion: string; functionError?: string }
  responsePayload: unknown
}

/** A dead-letter message: the event as-is with the error attributes [D-async-rec]. */
export interface DeadLetterMessage {
  body: unknown
  messageAttributes: Record<'RequestID' | 'ErrorCode' | 'ErrorMessage', { DataType: string; StringValue: string }>
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

export function asDestinationRecord(message: unknown): DestinationRecord {
  if (!isObject(message) || !isObject(message.requestContext) || !isObject(message.responseContext)) {
    throw new Error(`Not an invocation record: ${JSON.stringify(message)}`)
  }
  return message as unknown as DestinationRecord
}

export function asDeadLetter(message: unknown): DeadLetterMessage {
  if (!isObject(message) || !isObject(message.messageAttributes)) throw new Error(`Not a dead-letter message: ${JSON.stringify(message)}`)
  return message as unknown as DeadLetterMessage
}

/** UTF-8 length of a string. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length
}
