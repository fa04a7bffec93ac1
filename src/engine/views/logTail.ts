/**
 * A function's log events since a cursor, for a Logs panel that follows the run: each call returns
 * only the lines of invocations that finished after the one the cursor names. Invocations are kept
 * in the order they finish, which is the order their lines appear in CloudWatch.
 */
import type { LogEvent } from '../logs/invocationLog.ts'
import type { InvocationRecord } from '../model/state.ts'
import type { World } from '../world.ts'
import { linesOf } from './logs.ts'

export interface LogTailQuery {
  functionName: string
  /** The `cursor` of the previous answer; null for the newest lines. */
  cursor: number | null
  /** Most lines returned; the newest win. */
  limit: number
}

export interface LogTail {
  /** Oldest first. */
  events: LogEvent[]
  /** Pass it back to get what follows; null while the function has finished no invocation. */
  cursor: number | null
  /** Newer invocations whose lines did not fit in `limit`. */
  skippedInvocations: number
  /**
   * True when the cursor's invocation has left the kept ones (more than `logRetentionPerFunction`
   * finished since): some invocations were missed, and how many is not known.
   */
  gap: boolean
}

export function logTail(world: World, query: LogTailQuery): LogTail {
  const fn = world.functions.get(query.functionName)
  if (!fn) return { events: [], cursor: null, skippedInvocations: 0, gap: false }
  const fresh: InvocationRecord[] = []
  let found = query.cursor === null
  for (const record of fn.recent.newest()) {
    if (record.serial === query.cursor) {
      found = true
      break
    }
    fresh.push(record)
  }
  const { events, used } = linesOf(world, query.functionName, fresh, query.limit)
  return {
    events,
    cursor: fresh[0]?.serial ?? query.cursor,
    skippedInvocations: fresh.length - used,
    gap: !found,
  }
}
