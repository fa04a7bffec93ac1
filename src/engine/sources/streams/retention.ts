/**
 * Retention: a stream keeps a record `RetentionPeriodHours` (Kinesis, 24 by default) or 24 hours
 * (DynamoDB Streams) [D-ddb-params], then trims it. Lanes trim what they hold whenever they poll; this
 * sweep catches the rest on time (records nobody reads, and records waiting behind a batch still in
 * flight), so the accounting shows them as RetentionExpired when they expire. One agenda entry per
 * stream, at the oldest waiting record's expiry.
 */
import { scheduleStep } from '../../runtime/codeStep.ts'
import type { World } from '../../world.ts'
import { countDropped } from '../resources.ts'
import { discardExpired, oldestRestingMs } from './discards.ts'
import { resumeReader } from './lanes.ts'
import { lanesOf, settleDraining } from './parallelization.ts'
import type { StreamState } from './streamTypes.ts'

function sweep(world: World, stream: StreamState): void {
  stream.retentionSweep = null
  const cutoffMs = world.nowMs - stream.retentionMs
  // A second's unread records expire together, with its newest: at most a second late.
  for (let first = stream.unread.peekFront(); first !== undefined && first.lastArrivalMs <= cutoffMs; first = stream.unread.peekFront()) {
    stream.unread.popFront()
    stream.accounting.Pending -= first.count
    countDropped(stream.accounting, 'RetentionExpired', first.count)
  }
  let oldest = stream.unread.peekFront()?.lastArrivalMs ?? Number.POSITIVE_INFINITY
  for (const mapping of stream.readers) {
    for (const reader of mapping.readers) {
      for (const lane of lanesOf(reader)) {
        discardExpired(world, lane)
        // The batch in flight is left out: its end decides what happens to it.
        oldest = Math.min(oldest, oldestRestingMs(lane))
      }
      // A draining lane left with nothing lets the lanes it held up read again.
      if (settleDraining(reader) && mapping.enabled) resumeReader(world, reader)
    }
  }
  if (oldest !== Number.POSITIVE_INFINITY) schedule(world, stream, oldest + stream.retentionMs)
}

function schedule(world: World, stream: StreamState, atMs: number): void {
  stream.retentionSweep = scheduleStep(world, Math.max(atMs, world.nowMs), () => sweep(world, stream))
}

/** A record was written now: if no sweep waits, one comes when it expires (anything older is already watched). */
export function watchRetention(world: World, stream: StreamState): void {
  if (stream.retentionSweep === null) schedule(world, stream, world.nowMs + stream.retentionMs)
}
