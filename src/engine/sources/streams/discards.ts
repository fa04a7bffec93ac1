/**
 * Records a lane stops waiting for: those past the stream's retention are gone from the stream
 * (dropped, RetentionExpired); those older than `MaximumRecordAgeInSeconds` are given up, to the
 * on-failure destination with condition RecordAgeExceeded [D-kin-fail]. A poison record blocks its
 * lane until one of these (or MaximumRetryAttempts) lets it go: up to a week on Kinesis by default,
 * a day on DynamoDB Streams [G-kinesis], [G-ddb].
 *
 * Lanes run this at every poll, so it first looks at the oldest record it could touch and stops
 * there when that one is still young: the common case costs two comparisons.
 */
import type { World } from '../../world.ts'
import { passesFilters } from './batching.ts'
import { dropped, giveUp } from './recordFates.ts'
import type { Lane, Segment, StreamRecord } from './streamTypes.ts'

/** The segments a discard may touch: all of them but the one in flight, newest records first in the array. */
function restingSegments(lane: Lane): readonly Segment[] {
  return lane.state.phase === 'in-flight' ? lane.retries.slice(0, -1) : lane.retries
}

/**
 * The oldest arrival among the records a discard may touch. The stack's top holds the oldest
 * records, the queue the newest: the first resting segment from the top decides, else the queue.
 */
export function oldestRestingMs(lane: Lane): number {
  const top = lane.state.phase === 'in-flight' ? lane.retries.length - 2 : lane.retries.length - 1
  for (let i = top; i >= 0; i--) {
    const first = (lane.retries[i] as Segment).records[0]
    if (first !== undefined) return first.arrivalMs
  }
  return lane.queue.peekFront()?.arrivalMs ?? Number.POSITIVE_INFINITY
}

/** How many of `records` (oldest first) arrived before `cutoffMs` (or at it, when `inclusive`). */
function countBefore(records: readonly StreamRecord[], cutoffMs: number, inclusive: boolean): number {
  let count = 0
  for (const record of records) {
    if (record.arrivalMs > cutoffMs || (!inclusive && record.arrivalMs === cutoffMs)) break
    count++
  }
  return count
}

function takeQueuedBefore(lane: Lane, cutoffMs: number, inclusive: boolean): StreamRecord[] {
  const taken: StreamRecord[] = []
  for (let next = lane.queue.peekFront(); next !== undefined; next = lane.queue.peekFront()) {
    if (next.arrivalMs > cutoffMs || (!inclusive && next.arrivalMs === cutoffMs)) break
    lane.queuedBytes -= lane.queue.popFront().eventBytes
    taken.push(next)
  }
  return taken
}

/** Segments left with no records are done, except a window's final invocation, which never has any. */
function dropEmptySegments(lane: Lane): void {
  const inFlight = lane.state.phase === 'in-flight' ? lane.state.segment : null
  for (let i = lane.retries.length - 1; i >= 0; i--) {
    const segment = lane.retries[i] as Segment
    if (segment !== inFlight && segment.records.length === 0 && !segment.finalInvoke) lane.retries.splice(i, 1)
  }
}

/** Trims what retention has removed from the stream: records that arrived `retentionMs` ago or earlier. */
export function discardExpired(world: World, lane: Lane): void {
  const mapping = lane.reader.mapping
  const cutoffMs = world.nowMs - mapping.stream.retentionMs
  if (oldestRestingMs(lane) > cutoffMs) return
  for (const segment of restingSegments(lane)) {
    const count = countBefore(segment.records, cutoffMs, true)
    if (count === 0) continue
    segment.records = segment.records.slice(count)
    dropped(world, mapping, 'RetentionExpired', count)
  }
  dropped(world, mapping, 'RetentionExpired', takeQueuedBefore(lane, cutoffMs, true).length)
  dropEmptySegments(lane)
}

/** Gives up records older than the mapping's MaximumRecordAgeInSeconds, before they are (re)tried. */
export function discardAged(world: World, lane: Lane): void {
  const mapping = lane.reader.mapping
  // "Older than" the maximum: a record exactly that old still goes to the function.
  const cutoffMs = world.nowMs - mapping.config.maxRecordAgeMs
  if (oldestRestingMs(lane) >= cutoffMs) return
  for (const segment of restingSegments(lane)) {
    const count = countBefore(segment.records, cutoffMs, false)
    if (count === 0) continue
    const aged = segment.records.slice(0, count)
    segment.records = segment.records.slice(count)
    giveUp(world, mapping, segment, aged, 'RecordAgeExceeded')
  }
  const read = takeQueuedBefore(lane, cutoffMs, false)
  // Read but never invoked: a record the filters skip is filtered out, not aged.
  const aged = read.filter((record) => passesFilters(world, mapping.config.filters, record))
  dropped(world, mapping, 'FilteredOut', read.length - aged.length)
  giveUp(world, mapping, { records: aged, retriesUsed: 0, invokes: 0, lastResponse: null, finalInvoke: false }, aged, 'RecordAgeExceeded')
  dropEmptySegments(lane)
}
