/**
 * A record entering a stream, whoever writes it (traffic, a handler's PutRecord or PutItem): it goes
 * to the shard its partition key hashes to, gets the next sequence number, and reaches every
 * mapping reading the stream, each through the lane of that key.
 */
import type { World } from '../../world.ts'
import type { Route } from './hashKeys.ts'
import { enqueue } from './lanes.ts'
import { dropped } from './recordFates.ts'
import { eventBytesOf } from './streamEvents.ts'
import { watchRetention } from './retention.ts'
import type { StreamMapping, StreamRecord, StreamState, TableChange } from './streamTypes.ts'

function receive(world: World, mapping: StreamMapping, record: StreamRecord): void {
  mapping.accounting.Received++
  mapping.accounting.Pending++
  // AT_TIMESTAMP: the mapping's iterators start at its timestamp; earlier records are never read.
  if (record.arrivalMs < mapping.config.startAtMs) {
    dropped(world, mapping, 'BeforeStartingPosition', 1)
    return
  }
  const reader = mapping.readers[record.shard.index]
  // A lane hash is a 32-bit number V8 keeps as a double, whose `%` is a call into the C library:
  // with one lane (ParallelizationFactor 1, the default) the answer is lane 0 without it.
  const factor = mapping.config.parallelization
  const lane = reader?.lanes[factor === 1 ? 0 : record.laneHash % factor]
  if (lane === undefined) throw new Error(`${mapping.uuid} has no lane for ${record.shard.shardId}`)
  enqueue(world, lane, record)
}

/** A record no mapping reads waits for retention to trim it, counted with the others of its second. */
function keepUnread(world: World, stream: StreamState): void {
  stream.accounting.Received++
  stream.accounting.Pending++
  const last = stream.unread.peekBack()
  if (last !== undefined && Math.floor(last.lastArrivalMs / 1000) === Math.floor(world.nowMs / 1000)) {
    last.lastArrivalMs = world.nowMs
    last.count++
  } else {
    stream.unread.pushBack({ lastArrivalMs: world.nowMs, count: 1 })
  }
}

/**
 * Writes a record now; `bytes` is its data's size (Kinesis) or its item's (DynamoDB). A writer that
 * keeps its keys' routes passes the key's.
 */
export function appendRecord(
  world: World, stream: StreamState, partitionKey: string, data: unknown, change: TableChange | null, bytes: number,
  route: Route = stream.routes.routeOf(partitionKey),
): StreamRecord {
  const shard = stream.shards[route.shard]
  if (shard === undefined) throw new Error(`${stream.name} has no shard ${route.shard}`)
  shard.incoming++
  stream.serial++
  const record: StreamRecord = {
    serial: stream.serial, shard, partitionKey, laneHash: route.laneHash, arrivalMs: world.nowMs, data, change, bytes,
    eventBytes: eventBytesOf(stream, partitionKey, change, bytes),
  }
  stream.metrics.incoming(world.nowMs, bytes)
  if (stream.readers.length === 0) keepUnread(world, stream)
  for (const mapping of stream.readers) receive(world, mapping, record)
  watchRetention(world, stream)
  return record
}
