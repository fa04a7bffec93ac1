import { invocationLog, type LogEvent } from '../logs/invocationLog.ts'
import type { InvocationRecord } from '../model/state.ts'
import type { World } from '../world.ts'

/**
 * The log lines of `records` (newest first), oldest line first, at most `limit` of the newest lines;
 * `used` counts the records whose lines were read (the oldest of them may be cut short).
 */
export function linesOf(world: World, functionName: string, records: Iterable<InvocationRecord>, limit: number): { events: LogEvent[]; used: number } {
  const batches: LogEvent[][] = []
  let lines = 0
  for (const record of records) {
    if (lines >= limit) break
    const batch = invocationLog(record, { seed: world.seed, functionName })
    batches.push(batch)
    lines += batch.length
  }
  const used = batches.length
  const events = batches.reverse().flat()
  return { events: events.slice(Math.max(0, events.length - limit)), used }
}

/**
 * The log events of a function's most recent invocations, oldest first, at most `limit` lines.
 * Only the last `logRetentionPerFunction` invocations are kept, so memory stays flat.
 */
export function recentLogEvents(world: World, functionName: string, limit: number): LogEvent[] {
  const fn = world.functions.get(functionName)
  if (!fn) return []
  return linesOf(world, functionName, fn.recent.newest(), limit).events
}
