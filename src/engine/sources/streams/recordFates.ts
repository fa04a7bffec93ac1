/**
 * Where a mapping's records end up, each counted once in its accounting: processed by the function,
 * sent to the on-failure destination, or dropped with a reason (filtered out, past retention, too
 * old, retries exhausted, before the starting position). Whatever is neither is still pending.
 */
import { deliver } from '../../delivery/deliver.ts'
import type { World } from '../../world.ts'
import { countDropped } from '../resources.ts'
import { failureObjectKey, failureRecord, type FailureCondition } from './failureRecord.ts'
import { StreamBatchEvent } from './streamEvents.ts'
import type { Segment, StreamMapping, StreamRecord } from './streamTypes.ts'
import { MAPPING_COUNT } from './streamMetrics.ts'

/** Why a record left a mapping without being processed, as the accounting's `Dropped` names it. */
export type DropReason = 'FilteredOut' | 'RetentionExpired' | 'RecordAgeExceeded' | 'RetriesExhausted' | 'BeforeStartingPosition'

export function processed(mapping: StreamMapping, count: number): void {
  mapping.accounting.Processed += count
  mapping.accounting.Pending -= count
}

export function dropped(world: World, mapping: StreamMapping, reason: DropReason, count: number): void {
  if (count === 0) return
  mapping.accounting.Pending -= count
  countDropped(mapping.accounting, reason, count)
  if (reason === 'FilteredOut') mapping.metrics.count(world.nowMs, MAPPING_COUNT.filteredOut, count)
  else if (reason === 'RetentionExpired') mapping.metrics.count(world.nowMs, MAPPING_COUNT.dropped, count)
}

function deliverFailure(world: World, mapping: StreamMapping, segment: Segment, records: readonly StreamRecord[], condition: FailureCondition): boolean {
  const destination = mapping.config.onFailure
  if (destination === null) return false
  const record = failureRecord(world, mapping, segment, records, condition)
  // Lambda sends it from outside any invocation: what the destination then invokes starts a new chain.
  if (destination.type !== 'bucket') return deliver(world, destination, { body: record }, 0)
  // An S3 destination also gets the batch's event [D-kin-fail].
  const shard = (records[0] as StreamRecord).shard
  const event = new StreamBatchEvent(mapping.stream, shard.shardId, records, world.region, mapping.target.fn.name, null)
  return deliver(world, destination, { body: { ...record, payload: event }, objectKey: failureObjectKey(world, mapping, shard.shardId) }, 0)
}

/**
 * Lambda gives up on `records` [D-kin-fail]: they go to the on-failure destination with the
 * documented record, or, without one (or when the delivery fails), are dropped for `condition`.
 */
export function giveUp(world: World, mapping: StreamMapping, segment: Segment, records: readonly StreamRecord[], condition: FailureCondition): void {
  const count = records.length
  if (count === 0) return
  const nowMs = world.nowMs
  mapping.metrics.count(nowMs, MAPPING_COUNT.dropped, count)
  if (deliverFailure(world, mapping, segment, records, condition)) {
    mapping.accounting.Pending -= count
    mapping.accounting.DeadLettered += count
    mapping.metrics.count(nowMs, MAPPING_COUNT.deliveredOnFailure, count)
    return
  }
  if (mapping.config.onFailure !== null) mapping.target.fn.metrics.destinationDeliveryFailure(nowMs)
  dropped(world, mapping, condition === 'RecordAgeExceeded' ? 'RecordAgeExceeded' : 'RetriesExhausted', count)
}
