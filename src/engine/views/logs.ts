import { invocationLog, type LogEvent } from '../logs/invocationLog.ts'
import type { InvocationRecord } from '../model/state.ts'
import type { World } from '../world.ts'

/**
 * The log events of a function's most recent invocations, oldest first, at most `limit` lines.
 * Only the last `logRetentionPerFunction` invocations are kept, so memory stays flat.
 */
export function recentLogEvents(world: World, functionName: string, limit: number): LogEvent[] {
  const fn = world.functions.get(functionName)
  if (!fn) return []
  const records: InvocationRecord[] = []
  const size = fn.recent.length
  for (let i = 0; i < size; i++) {
    const record = fn.recent[(fn.recentNext + i) % size]
    if (record) records.push(record)
  }
  const events: LogEvent[] = []
  for (let i = records.length - 1; i >= 0 && events.length < limit; i--) {
    const lines = invocationLog(records[i] as InvocationRecord, { seed: world.seed, functionName })
    events.unshift(...lines)
  }
  return events.slice(Math.max(0, events.length - limit))
}
