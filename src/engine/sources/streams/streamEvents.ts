/**
 * The events a stream mapping invokes its function with, in the documented shapes (lambda-facts §11):
 * Kinesis records with their data in base64 [G-kinesis], DynamoDB records with the images the
 * table's StreamViewType keeps [G-ddb], and the tumbling-window envelope [D-kin-win]. A batch's
 * event is built only when something serializes it (a function with code, an S3 failure record):
 * modelled functions never read their event, so a run of them builds none.
 */
import { ACCOUNT_ID } from '../../facts.ts'
import { md5Hex } from '../../aws/md5.ts'
import { base64 } from '../../logs/base64.ts'
import { isoTimestamp } from '../../logs/time.ts'
import { VIRTUAL_EPOCH_MS } from '../../time/epoch.ts'
import { sequenceNumberOf } from './streamIds.ts'
import type { StreamViewType } from '../../scenario/types.ts'
import type { StreamRecord, StreamState, TableChange } from './streamTypes.ts'

const encoder = new TextEncoder()

/** A Kinesis record's data as text: a string as it is, any other value as its JSON. */
export function dataText(record: StreamRecord): string {
  const data = record.data
  if (typeof data === 'string') return data
  return data === undefined ? '' : JSON.stringify(data)
}

export const sequenceNumber = (record: StreamRecord): string =>
  sequenceNumberOf(record.shard.stream.kind, record.shard.index, record.serial)

/** `approximateArrivalTimestamp`: seconds since the Unix epoch, with milliseconds. */
const arrivalSeconds = (record: StreamRecord): number => (VIRTUAL_EPOCH_MS + record.arrivalMs) / 1000

function kinesisRecord(record: StreamRecord, region: string, roleArn: string): unknown {
  const stream = record.shard.stream
  const sequence = sequenceNumber(record)
  return {
    kinesis: {
      kinesisSchemaVersion: '1.0',
      partitionKey: record.partitionKey,
      sequenceNumber: sequence,
      data: base64(encoder.encode(dataText(record))),
      approximateArrivalTimestamp: arrivalSeconds(record),
    },
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `${record.shard.shardId}:${sequence}`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: roleArn,
    awsRegion: region,
    eventSourceARN: stream.arn,
  }
}

const parse = (json: string): unknown => JSON.parse(json) as unknown

/** The `dynamodb` part of a record: the keys, the images its view type keeps, and their size. */
function dynamodbPart(record: StreamRecord, change: TableChange, stream: StreamState): Record<string, unknown> {
  // Tables' streams always have a view type; only Kinesis streams have none.
  const viewType = stream.viewType as StreamViewType
  const withNew = (viewType === 'NEW_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES') && change.newJson !== null
  const withOld = (viewType === 'OLD_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES') && change.oldJson !== null
  const sizeBytes = change.keysJson.length + (withNew ? (change.newJson?.length ?? 0) : 0) + (withOld ? (change.oldJson?.length ?? 0) : 0)
  return {
    ApproximateCreationDateTime: Math.floor(arrivalSeconds(record)),
    Keys: parse(change.keysJson),
    ...(withNew ? { NewImage: parse(change.newJson as string) } : {}),
    ...(withOld ? { OldImage: parse(change.oldJson as string) } : {}),
    StreamViewType: viewType,
    SequenceNumber: sequenceNumber(record),
    SizeBytes: sizeBytes,
  }
}

/** A DynamoDB Streams record; also what filter criteria match against (the data key is `dynamodb` [D-filter]). */
export function dynamodbRecord(record: StreamRecord, region: string): Record<string, unknown> {
  const change = record.change as TableChange
  const stream = record.shard.stream
  return {
    eventID: md5Hex(`${stream.arn}:${record.serial}`),
    eventVersion: '1.0',
    dynamodb: dynamodbPart(record, change, stream),
    awsRegion: region,
    eventName: change.eventName,
    eventSourceARN: stream.arn,
    eventSource: 'aws:dynamodb',
  }
}

/** The execution role the records name as `invokeIdentityArn` (scenarios give functions no role: the playground names it after the function). */
const roleArnOf = (functionName: string): string => `arn:aws:iam::${ACCOUNT_ID}:role/${functionName}-role`

/** A tumbling window as its invocations see it, fixed when the invocation starts. */
export interface WindowView {
  readonly startMs: number
  readonly endMs: number
  readonly stateJson: string
  readonly final: boolean
  readonly terminatedEarly: boolean
}

/** `2020-12-09T07:04:00Z`: window bounds are whole seconds, written without milliseconds [D-kin-win]. */
const windowTime = (ms: number): string => `${isoTimestamp(VIRTUAL_EPOCH_MS, ms).slice(0, 19)}Z`

/** A batch's event; `toJSON` builds it, so JSON.stringify of the payload is the only way it is ever made. */
export class StreamBatchEvent {
  constructor(
    private readonly stream: StreamState,
    private readonly shardId: string,
    private readonly records: readonly StreamRecord[],
    private readonly region: string,
    /** The invoked function: its role's ARN, the records' `invokeIdentityArn`, is written only when serialised. */
    private readonly functionName: string,
    private readonly window: WindowView | null,
  ) {}

  toJSON(): unknown {
    const { stream, region, window } = this
    const roleArn = roleArnOf(this.functionName)
    const records = this.records.map((r) => (stream.kind === 'kinesis' ? kinesisRecord(r, region, roleArn) : dynamodbRecord(r, region)))
    if (window === null) return { Records: records }
    return {
      Records: records,
      window: { start: windowTime(window.startMs), end: windowTime(window.endMs) },
      state: parse(window.stateJson),
      shardId: this.shardId,
      eventSourceARN: stream.arn,
      isFinalInvokeForWindow: window.final,
      isWindowTerminatedEarly: window.terminatedEarly,
    }
  }
}

/**
 * Bytes a record adds to a batch's event, for the 6 MB cap [G-esm]: the data in base64 (or the
 * images) plus the record's fixed fields, which run to about 400 bytes.
 */
export function eventBytesOf(stream: StreamState, partitionKey: string, change: TableChange | null, bytes: number): number {
  const fixed = 400 + stream.arn.length
  if (change !== null) return fixed + 2 * bytes
  return fixed + partitionKey.length + 4 * Math.ceil(bytes / 3)
}
