/**
 * The names AWS gives streams, shards and records, shaped like the real ones and the same
 * in every run: they derive from the document (names, positions), never from the seed, so a learner
 * comparing two seeds of a scenario sees the same shard ids.
 */
import { ACCOUNT_ID } from '../../facts.ts'
import { md5Hex } from '../../aws/md5.ts'
import { isoTimestamp } from '../../logs/time.ts'
import { VIRTUAL_EPOCH_MS } from '../../time/epoch.ts'
import type { StreamKind } from './streamTypes.ts'

export const kinesisStreamArn = (region: string, name: string): string => `arn:aws:kinesis:${region}:${ACCOUNT_ID}:stream/${name}`

/**
 * A table's stream ARN ends in its label, the stream's creation time: every stream in the document
 * exists from time 0, so the label is the virtual epoch (`2026-01-01T00:00:00.000`).
 */
const tableStreamLabel = (): string => isoTimestamp(VIRTUAL_EPOCH_MS, 0).slice(0, -1)
export const tableStreamArn = (region: string, table: string): string =>
  `arn:aws:dynamodb:${region}:${ACCOUNT_ID}:table/${table}/stream/${tableStreamLabel()}`

/** `shardId-000000000000` for Kinesis; DynamoDB Streams shards carry a creation time and a suffix (`shardId-00000001767225600000-1a2b3c4d`). */
export function shardIdOf(kind: StreamKind, streamName: string, index: number): string {
  if (kind === 'kinesis') return `shardId-${String(index).padStart(12, '0')}`
  return `shardId-${String(VIRTUAL_EPOCH_MS).padStart(20, '0')}-${md5Hex(`${streamName}/${index}`).slice(0, 8)}`
}

/**
 * A record's sequence number as events show it, from its serial in the stream: 56 digits for
 * Kinesis, 21 for DynamoDB. Fixed width, so comparing the texts compares the serials.
 */
export function sequenceNumberOf(kind: StreamKind, shardIndex: number, serial: number): string {
  if (kind === 'kinesis') return `49${String(shardIndex).padStart(4, '0')}${String(serial).padStart(50, '0')}`
  return `1${String(serial).padStart(20, '0')}`
}
