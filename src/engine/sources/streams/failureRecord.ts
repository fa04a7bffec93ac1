/**
 * What a stream mapping sends to its on-failure destination when it gives up on a batch [D-kin-fail]:
 * metadata only (`KinesisBatchInfo` or `DDBStreamBatchInfo`: the shard, the first and last sequence
 * numbers, their arrival times, the batch size, the stream), so a reader fetches the records from
 * the stream before they expire. An S3 destination also receives the batch's event as `payload`,
 * under `aws/lambda/<ESM-UUID>/<shardID>/YYYY/MM/DD/YYYY-MM-DDTHH.MM.SS-<UUID>`.
 */
import { nextAwsId } from '../../aws/ids.ts'
import { ACCOUNT_ID } from '../../facts.ts'
import { invokedArn } from '../../invoke/targets.ts'
import { isoTimestamp } from '../../logs/time.ts'
import { VIRTUAL_EPOCH_MS } from '../../time/epoch.ts'
import type { World } from '../../world.ts'
import { sequenceNumber } from './streamEvents.ts'
import type { Segment, StreamMapping, StreamRecord } from './streamTypes.ts'

/**
 * Why a batch was given up: its retries ran out, or a record grew older than MaximumRecordAgeInSeconds.
 * `RetryAttemptsExhausted` is documented [D-kin-fail]; `RecordAgeExceeded` is the name AWS-compatible
 * emulators use (secondary).
 */
export type FailureCondition = 'RetryAttemptsExhausted' | 'RecordAgeExceeded'

const iso = (ms: number): string => isoTimestamp(VIRTUAL_EPOCH_MS, ms)

function responseContext(segment: Segment): Record<string, unknown> {
  const last = segment.lastResponse
  if (last === null) return {}
  return {
    statusCode: last.statusCode,
    ...(last.executedVersion === null ? {} : { executedVersion: last.executedVersion }),
    ...(last.functionError === null ? {} : { functionError: last.functionError }),
  }
}

/** The documented record, fields in the documented order. */
export function failureRecord(
  world: World, mapping: StreamMapping, segment: Segment, records: readonly StreamRecord[], condition: FailureCondition,
): Record<string, unknown> {
  const first = records[0] as StreamRecord
  const last = records[records.length - 1] as StreamRecord
  const stream = mapping.stream
  const batchInfo = {
    shardId: first.shard.shardId,
    startSequenceNumber: sequenceNumber(first),
    endSequenceNumber: sequenceNumber(last),
    approximateArrivalOfFirstRecord: iso(first.arrivalMs),
    approximateArrivalOfLastRecord: iso(last.arrivalMs),
    batchSize: records.length,
    streamArn: stream.arn,
  }
  return {
    requestContext: {
      requestId: nextAwsId(world),
      functionArn: invokedArn(world.region, ACCOUNT_ID, mapping.target),
      condition,
      approximateInvokeCount: segment.invokes,
    },
    responseContext: responseContext(segment),
    version: '1.0',
    timestamp: iso(world.nowMs),
    [stream.kind === 'kinesis' ? 'KinesisBatchInfo' : 'DDBStreamBatchInfo']: batchInfo,
  }
}

/** `aws/lambda/<ESM-UUID>/<shardID>/YYYY/MM/DD/YYYY-MM-DDTHH.MM.SS-<UUID>` [D-kin-fail]. */
export function failureObjectKey(world: World, mapping: StreamMapping, shardId: string): string {
  const [date = '', time = ''] = iso(world.nowMs).split('T')
  return `aws/lambda/${mapping.uuid}/${shardId}/${date.replaceAll('-', '/')}/${date}T${time.slice(0, 8).replaceAll(':', '.')}-${nextAwsId(world)}`
}
