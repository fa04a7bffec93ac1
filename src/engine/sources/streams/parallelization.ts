/**
 * ParallelizationFactor: a shard runs up to PF batches at once while "Lambda still ensures in-order
 * processing at the partition-key level" [G-kinesis] §3.4. A shard reader has PF lanes and a record
 * goes to lane `laneHash % PF`, so all of a key's records share one lane.
 *
 * UpdateEventSourceMapping may change the factor [API]; AWS documents nothing of how a change meets
 * the batches under way, so the simulator does what keeps each key in order and nothing twice:
 * - the reader gets the new number of lanes at once, and they start batches from the next poll;
 *   records not yet read move to the lane their key hashes to now, in stream order;
 * - a batch in flight, and batches waiting to be retried, finish under the old factor in the lane
 *   that sent them: that lane drains, reading nothing new, and goes when it has nothing left;
 * - a new lane that now owns a key a draining lane still holds starts nothing until that lane has
 *   gone, so no record reaches the function before an earlier record of its key has finished;
 * - a tumbling window open in an old lane ends early: its final invocation says
 *   `isWindowTerminatedEarly`, and the new lanes go on with the same window and a fresh state, as
 *   AWS describes a window terminated early [D-kin-win].
 * While lanes drain, the shard can run more batches than the new factor: those already sent, and the
 * new lanes they do not hold up.
 */
import { Deque } from '../sqs/deque.ts'
import type { Lane, ShardReader, StreamRecord } from './streamTypes.ts'

/** `count` fresh lanes for `reader`; a batching window counts from `idleSinceMs` (the start of the run, or the old lanes' earliest). */
export function createLanes(reader: ShardReader, count: number, idleSinceMs = 0): Lane[] {
  return Array.from({ length: count }, (_, index): Lane => ({
    reader, index, queue: new Deque(), queuedBytes: 0, retries: [], state: { phase: 'idle' }, idleSinceMs, notBeforeMs: 0,
    window: null, nextWindowFromMs: 0, blockedBy: [],
  }))
}

/** Every lane of the reader: the draining ones (oldest records first), then the current ones. */
export function lanesOf(reader: ShardReader): readonly Lane[] {
  return reader.draining.length === 0 ? reader.lanes : [...reader.draining, ...reader.lanes]
}

/** Whether a lane still has something of its own to finish: a batch in flight, one to retry, or a window to close. */
function hasWork(lane: Lane): boolean {
  return lane.state.phase === 'in-flight' || lane.retries.length > 0 || lane.window !== null
}

/** Whether `draining` holds a record whose key belongs to lane `index` of `factor`. */
function holdsKeysOf(draining: Lane, index: number, factor: number): boolean {
  return draining.retries.some((segment) => segment.records.some((record) => record.laneHash % factor === index))
}

/** The unread records of `lanes`, in stream order (each lane's queue is in order already). */
function unreadOf(lanes: readonly Lane[]): StreamRecord[] {
  const records: StreamRecord[] = []
  for (const lane of lanes) {
    while (lane.queue.size > 0) records.push(lane.queue.popFront())
    lane.queuedBytes = 0
  }
  return records.sort((a, b) => a.serial - b.serial)
}

/** Gives the reader `factor` lanes now (the mapping's config already says `factor`). */
export function changeParallelization(reader: ShardReader, factor: number): void {
  const old = reader.lanes
  if (old.length === factor) return
  const lanes = createLanes(reader, factor, Math.min(...old.map((lane) => lane.idleSinceMs)))
  for (const record of unreadOf(old)) {
    const lane = lanes[record.laneHash % factor] as Lane
    lane.queue.pushBack(record)
    lane.queuedBytes += record.eventBytes
  }
  for (const lane of old) {
    if (lane.window !== null) lane.window.terminatedEarly = true
    if (hasWork(lane)) reader.draining.push(lane)
  }
  for (const lane of lanes) lane.blockedBy.push(...reader.draining.filter((draining) => holdsKeysOf(draining, lane.index, factor)))
  reader.lanes = lanes
}

/** Lets go of draining lanes that have finished, unblocking the lanes they held up; returns whether any went. */
export function settleDraining(reader: ShardReader): boolean {
  if (reader.draining.length === 0) return false
  const done = reader.draining.filter((lane) => !hasWork(lane))
  if (done.length === 0) return false
  reader.draining.splice(0, reader.draining.length, ...reader.draining.filter((lane) => hasWork(lane)))
  for (const lane of reader.lanes) {
    const still = lane.blockedBy.filter((blocker) => !done.includes(blocker))
    lane.blockedBy.splice(0, lane.blockedBy.length, ...still)
  }
  return true
}
