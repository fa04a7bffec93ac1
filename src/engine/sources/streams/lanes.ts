/**
 * The event source mapping's poller [G-kinesis], [G-ddb] §3.4, §3.5. Each shard is polled at the
 * stream's base rate (Kinesis once per second, DynamoDB Streams 4 times per second): a poll starts
 * a batch in every idle lane that has one due. While records keep coming, a lane whose batch
 * succeeded starts the next at once ("Lambda keeps processing batches until the function catches up");
 * after a failure or a throttle it waits for the next poll. Polls are only scheduled while some lane
 * waits with work, so an idle stream costs nothing. After a ParallelizationFactor change the lanes of
 * the old factor are polled too, until they have finished what they hold (parallelization.ts).
 *
 * Stream invocations start a new chain of requests (chain depth 1): records carry no trace header,
 * and loops through Kinesis or DynamoDB are not detected [D-recursion] §8.
 */
import type { SyncInvokeResult } from '../../aws/types.ts'
import { STATUS_REQUEST_RESPONSE } from '../../facts.ts'
import { awsEnginePort } from '../../invoke/awsPort.ts'
import { scheduleStep, cancelStep } from '../../runtime/codeStep.ts'
import type { World } from '../../world.ts'
import { batchDue, takeBatch } from './batching.ts'
import { discardAged, discardExpired } from './discards.ts'
import { failed, notInvoked, partlyFailed, succeeded } from './outcomes.ts'
import { lanesOf, settleDraining } from './parallelization.ts'
import { readResponse } from './responses.ts'
import { StreamBatchEvent } from './streamEvents.ts'
import type { Lane, Segment, ShardReader, StreamRecord } from './streamTypes.ts'
import { windowClosesAtMs, windowEnds, windowView } from './windows.ts'
import { MAPPING_COUNT } from './streamMetrics.ts'

const IDLE = { phase: 'idle' } as const

/** Polls happen on the stream's grid (every 1 s or 250 ms from time 0): the first one after `afterMs`. */
function nextPollMs(reader: ShardReader, afterMs: number): number {
  const interval = reader.shard.stream.pollIntervalMs
  return (Math.floor(afterMs / interval) + 1) * interval
}

function onPollGrid(reader: ShardReader, atMs: number): number {
  const interval = reader.shard.stream.pollIntervalMs
  return Math.ceil(atMs / interval) * interval
}

/** Makes sure the reader polls at `atMs` or earlier. */
function pollBy(world: World, reader: ShardReader, atMs: number): void {
  if (reader.tick !== null) {
    if (reader.tickAtMs <= atMs) return
    cancelStep(world, reader.tick)
  }
  reader.tickAtMs = atMs
  reader.tick = scheduleStep(world, atMs, () => poll(world, reader))
}

function poll(world: World, reader: ShardReader): void {
  reader.tick = null
  for (const lane of lanesOf(reader)) pump(world, lane)
  // Draining lanes that finished (records given up for their age, say) let the lanes they held up start now.
  if (settleDraining(reader)) for (const lane of reader.lanes) pump(world, lane)
  pollWhenWaiting(world, reader)
}

/**
 * When an idle lane next has something to do: a retry, a due batch, or a window to close; never while
 * its mapping is disabled, nor while draining lanes hold it up (their end wakes it).
 */
function wakeOf(lane: Lane, nowMs: number): number | null {
  if (lane.state.phase === 'in-flight' || !lane.reader.mapping.enabled || lane.blockedBy.length > 0) return null
  const reader = lane.reader
  const next = nextPollMs(reader, nowMs)
  if (lane.retries.length > 0) return Math.max(next, lane.notBeforeMs)
  if (lane.queue.size > 0) {
    const dueAtMs = batchDue(lane, nowMs) ? next : onPollGrid(reader, lane.idleSinceMs + reader.mapping.config.windowMs)
    return Math.max(next, dueAtMs, lane.notBeforeMs)
  }
  const closesAtMs = windowClosesAtMs(lane)
  return closesAtMs === null ? null : Math.max(next, onPollGrid(reader, closesAtMs))
}

function pollWhenWaiting(world: World, reader: ShardReader): void {
  let earliest = Number.POSITIVE_INFINITY
  for (const lane of lanesOf(reader)) earliest = Math.min(earliest, wakeOf(lane, world.nowMs) ?? Number.POSITIVE_INFINITY)
  if (earliest !== Number.POSITIVE_INFINITY) pollBy(world, reader, earliest)
}

/** The reader's mapping was enabled again (or its settings changed): its lanes poll for what waits. */
export function resumeReader(world: World, reader: ShardReader): void {
  pollWhenWaiting(world, reader)
}

/** A record reached the lane: the next poll reads it. */
export function enqueue(world: World, lane: Lane, record: StreamRecord): void {
  lane.queue.pushBack(record)
  lane.queuedBytes += record.eventBytes
  if (lane.state.phase === 'idle' && lane.reader.mapping.enabled && lane.blockedBy.length === 0) pollBy(world, lane.reader, nextPollMs(lane.reader, world.nowMs))
}

const freshSegment = (records: readonly StreamRecord[], finalInvoke: boolean): Segment =>
  ({ records, retriesUsed: 0, invokes: 0, lastResponse: null, finalInvoke })

/**
 * Starts the lane's next batch if it has one due: a retry first, then a window's end, then new
 * records (not while draining lanes hold the lane up: it has no retry or window of its own then).
 */
function pump(world: World, lane: Lane): void {
  if (lane.state.phase === 'in-flight' || !lane.reader.mapping.enabled) return
  discardExpired(world, lane)
  discardAged(world, lane)
  if (world.nowMs < lane.notBeforeMs || lane.blockedBy.length > 0) return
  const retry = lane.retries[lane.retries.length - 1]
  if (retry !== undefined) {
    invoke(world, lane, retry)
    return
  }
  // A window open when TumblingWindowInSeconds changed (even to 0) still ends as it would have.
  if (lane.window !== null && windowEnds(lane, world.nowMs)) {
    start(world, lane, freshSegment([], true))
    return
  }
  if (lane.queue.size === 0 || !batchDue(lane, world.nowMs)) return
  const records = takeBatch(world, lane)
  if (records.length > 0) start(world, lane, freshSegment(records, false))
  // Everything up to a window's end was filtered out: that window may end now.
  else if (lane.window !== null && lane.queue.size > 0) pump(world, lane)
}

function start(world: World, lane: Lane, segment: Segment): void {
  lane.retries.push(segment)
  invoke(world, lane, segment)
}

/** Invokes the function with the segment at the top of the lane's stack (synchronously, as every mapping does [G-esm]). */
function invoke(world: World, lane: Lane, segment: Segment): void {
  const mapping = lane.reader.mapping
  const shard = lane.reader.shard
  const event = new StreamBatchEvent(mapping.stream, shard.shardId, segment.records, world.region, mapping.target.fn.name, windowView(lane, segment))
  let bytes = 0
  for (const record of segment.records) bytes += record.eventBytes
  const status = awsEnginePort.invokeSync(world, mapping.target, event, bytes, 1, (result) => complete(world, lane, segment, result))
  if (status !== STATUS_REQUEST_RESPONSE) {
    notInvoked(segment, status)
    lane.notBeforeMs = nextPollMs(lane.reader, world.nowMs)
    pollWhenWaiting(world, lane.reader)
    return
  }
  segment.invokes++
  lane.state = { phase: 'in-flight', segment }
  mapping.metrics.invocations++
  mapping.metrics.count(world.nowMs, MAPPING_COUNT.invoked, segment.records.length)
}

function complete(world: World, lane: Lane, segment: Segment, result: SyncInvokeResult): void {
  const mapping = lane.reader.mapping
  const nowMs = world.nowMs
  lane.state = IDLE
  lane.idleSinceMs = nowMs
  segment.lastResponse = { statusCode: STATUS_REQUEST_RESPONSE, executedVersion: result.executedVersion, functionError: result.functionError }
  const last = segment.records[segment.records.length - 1]
  if (last !== undefined) {
    // IteratorAge: the age of the batch's last record when its processing finished [D-metrics].
    mapping.target.fn.metrics.iteratorAge(nowMs, nowMs - last.arrivalMs)
    mapping.metrics.iteratorAge(nowMs, nowMs - last.arrivalMs)
  }
  const outcome = readResponse(mapping, lane, segment, result)
  switch (outcome.kind) {
    case 'success':
      succeeded(lane, segment, segment.records.length, outcome.stateJson)
      break
    case 'partial':
      if (!partlyFailed(world, lane, segment, outcome.index, outcome.stateJson)) lane.notBeforeMs = nextPollMs(lane.reader, nowMs)
      break
    case 'failed':
      if (!failed(world, lane, segment)) lane.notBeforeMs = nextPollMs(lane.reader, nowMs)
      break
    default: {
      const unknown: never = outcome
      throw new Error(`Unknown batch outcome ${JSON.stringify(unknown)}`)
    }
  }
  pump(world, lane)
  // A draining lane that has finished lets the lanes it held up start at the next poll.
  settleDraining(lane.reader)
  pollWhenWaiting(world, lane.reader)
}
