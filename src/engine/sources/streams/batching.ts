/**
 * Reading a batch from a lane: up to `BatchSize` records, never past 6 MB of event, never across a
 * tumbling window's end [G-esm] §3.1. Filter criteria apply as records are read: a record no filter
 * matches is skipped, the iterator moving past it [D-filter] §3.2, and does not count towards the batch.
 */
import { ESM_BATCH_PAYLOAD_MAX_BYTES } from '../../facts.ts'
import type { World } from '../../world.ts'
import { matchesAnyPattern, parseEventJson, type CompiledPattern } from '../patterns.ts'
import { dropped } from './recordFates.ts'
import { dataText, dynamodbRecord } from './streamEvents.ts'
import type { Lane, StreamRecord } from './streamTypes.ts'
import { windowFor } from './windows.ts'
import { MAPPING_COUNT } from './streamMetrics.ts'

/**
 * What a filter sees of a record: a DynamoDB record whole (its data key is `dynamodb`); of a Kinesis
 * record only `data`, parsed when it is JSON, since Kinesis mappings filter on the data key alone.
 */
function filterView(world: World, record: StreamRecord): unknown {
  if (record.change !== null) return dynamodbRecord(record, world.region)
  const data = parseEventJson(dataText(record))
  return data === undefined ? {} : { data }
}

export function passesFilters(world: World, filters: readonly CompiledPattern[] | null, record: StreamRecord): boolean {
  return filters === null || matchesAnyPattern(filters, filterView(world, record))
}

/**
 * Whether a lane invokes now: a full batch or 6 MB waits, or its batching window has run since its
 * last invocation ended (with no window, whatever is there goes at once) [G-esm].
 */
export function batchDue(lane: Lane, nowMs: number): boolean {
  const config = lane.reader.mapping.config
  return lane.queue.size >= config.batchSize || lane.queuedBytes >= ESM_BATCH_PAYLOAD_MAX_BYTES || nowMs >= lane.idleSinceMs + config.windowMs
}

/** Takes the next batch off the lane's queue; empty when every record read was filtered out. */
export function takeBatch(world: World, lane: Lane): StreamRecord[] {
  const mapping = lane.reader.mapping
  const { batchSize, filters, tumblingMs } = mapping.config
  const records: StreamRecord[] = []
  const head = lane.queue.peekFront()
  const window = head === undefined ? null : windowFor(lane, head, tumblingMs)
  let bytes = 0
  let polled = 0
  let filtered = 0
  let last: StreamRecord | undefined
  while (lane.queue.size > 0 && records.length < batchSize) {
    const record = lane.queue.peekFront() as StreamRecord
    if (window !== null && record.arrivalMs >= window.endMs) break
    const size = record.eventBytes
    if (records.length > 0 && bytes + size > ESM_BATCH_PAYLOAD_MAX_BYTES) break
    lane.queue.popFront()
    lane.queuedBytes -= size
    polled++
    last = record
    if (!passesFilters(world, filters, record)) {
      filtered++
      continue
    }
    records.push(record)
    bytes += size
  }
  if (last !== undefined) {
    mapping.metrics.count(world.nowMs, MAPPING_COUNT.polled, polled)
    mapping.stream.metrics.read(world.nowMs, polled, world.nowMs - last.arrivalMs)
  }
  dropped(world, mapping, 'FilteredOut', filtered)
  return records
}
