/**
 * What a lane does with a batch's outcome [D-kin-fail], [D-kin-pbr]. The failed batch stays at the
 * top of the lane's retry stack, so nothing newer in the lane goes before it: that is how one bad
 * record blocks its shard (its lane, with ParallelizationFactor > 1) until it succeeds, runs out of
 * retries, grows too old or expires. With `BisectBatchOnFunctionError` a failed batch is split in two
 * halves, retried first half first, and splitting consumes no retry; only a batch that cannot be
 * split (one record) counts retries. A partial failure checkpoints before the first failed record;
 * with bisect the batch is "bisected at the returned sequence number", which also consumes no retry
 * as long as it makes progress.
 */
import type { World } from '../../world.ts'
import { giveUp, processed } from './recordFates.ts'
import type { FailureResponse, Lane, Segment, StreamRecord } from './streamTypes.ts'
import { closeWindow, keepState } from './windows.ts'
import { MAPPING_COUNT } from './streamMetrics.ts'

const split = (segment: Segment, records: readonly StreamRecord[]): Segment => ({
  records, retriesUsed: segment.retriesUsed, invokes: 0, lastResponse: segment.lastResponse, finalInvoke: false,
})

function replaceTop(lane: Lane, ...segments: Segment[]): void {
  lane.retries.pop()
  lane.retries.push(...segments)
}

/** Everything in the segment was processed; a window keeps the state returned. */
export function succeeded(lane: Lane, segment: Segment, count: number, stateJson: string | null): void {
  processed(lane.reader.mapping, count)
  lane.retries.pop()
  if (stateJson !== null) keepState(lane, segment, stateJson)
}

/**
 * The records before `index` were processed; the rest are retried (bisected off, when the mapping
 * bisects). Returns whether the lane moves on at once, as `failed` does.
 */
export function partlyFailed(world: World, lane: Lane, segment: Segment, index: number, stateJson: string | null): boolean {
  const mapping = lane.reader.mapping
  processed(mapping, index)
  if (stateJson !== null) keepState(lane, segment, stateJson)
  const rest = segment.records.slice(index)
  if (mapping.config.bisect && index > 0) {
    mapping.metrics.count(world.nowMs, MAPPING_COUNT.failedInvoke, rest.length)
    replaceTop(lane, split(segment, rest))
    return false
  }
  segment.records = rest
  return failed(world, lane, segment)
}

/**
 * The whole segment failed: bisect it, retry it, or give it up once MaximumRetryAttempts retries
 * have failed too. Returns whether the lane moves on at once (it gave up) rather than waiting to retry.
 */
export function failed(world: World, lane: Lane, segment: Segment): boolean {
  const mapping = lane.reader.mapping
  const { records } = segment
  mapping.metrics.count(world.nowMs, MAPPING_COUNT.failedInvoke, records.length)
  if (mapping.config.bisect && records.length > 1) {
    const half = Math.ceil(records.length / 2)
    // The stack's top runs next: the first half, then the second.
    replaceTop(lane, split(segment, records.slice(half)), split(segment, records.slice(0, half)))
    return false
  }
  if (segment.retriesUsed < mapping.config.maxRetryAttempts) {
    segment.retriesUsed++
    return false
  }
  lane.retries.pop()
  giveUp(world, mapping, segment, records, 'RetryAttemptsExhausted')
  // A window whose final invocation keeps failing is dropped with its state.
  if (segment.finalInvoke) closeWindow(lane)
  return true
}

/** An invocation that did not reach the function (throttled): retried without consuming a retry [D-kin-fail]. */
export function notInvoked(segment: Segment, statusCode: number): void {
  const response: FailureResponse = { statusCode, executedVersion: null, functionError: null }
  segment.lastResponse = response
}
