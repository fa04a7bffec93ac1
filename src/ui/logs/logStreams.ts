/** The log streams of a group as CloudWatch lists them: one per execution environment, most recent event first. */
import type { LogEvent } from '../../engine/api.ts'

export interface LogStreamSummary {
  name: string
  lastEventMs: number
  events: number
}

export function logStreamsOf(events: readonly LogEvent[]): LogStreamSummary[] {
  const streams = new Map<string, LogStreamSummary>()
  for (const event of events) {
    const stream = streams.get(event.logStream)
    if (stream) {
      stream.events++
      stream.lastEventMs = Math.max(stream.lastEventMs, event.atMs)
    } else {
      streams.set(event.logStream, { name: event.logStream, lastEventMs: event.atMs, events: 1 })
    }
  }
  return [...streams.values()].sort((a, b) => b.lastEventMs - a.lastEventMs || a.name.localeCompare(b.name))
}
