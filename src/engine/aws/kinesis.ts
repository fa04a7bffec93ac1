/**
 * Kinesis PutRecord and PutRecords on the scenario's streams: each record goes to the shard its
 * partition key hashes to and reaches the mappings reading the stream (sources/streams).
 * https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html
 */
import { ACCOUNT_ID, KINESIS_RECORD_MAX_BYTES, PARTITION_KEY_MAX_LENGTH } from '../facts.ts'
import type { JsonObject } from '../scenario/check.ts'
import { appendRecord } from '../sources/streams/appendRecord.ts'
import { sequenceNumber } from '../sources/streams/streamEvents.ts'
import { parseStreamArn } from '../sources/streams/streamSources.ts'
import type { StreamState } from '../sources/streams/streamTypes.ts'
import { utf8Length } from '../traffic/payloadSize.ts'
import type { World } from '../world.ts'
import { awsError } from './errors.ts'
import { inputObject, optionalString, requiredString, type ParameterErrors } from './input.ts'
import type { AwsCall, Operation } from './operation.ts'

const constraint = (field: string, rule: string) =>
  awsError('kinesis', 'ValidationException', `1 validation error detected: Value at '${field}' failed to satisfy constraint: ${rule}`)

const ERRORS: ParameterErrors = {
  missing: (field) => constraint(`${field.charAt(0).toLowerCase()}${field.slice(1)}`, 'Member must not be null'),
  invalid: (message) => awsError('kinesis', 'InvalidArgumentException', message),
}

/** PutRecords takes at most 500 records per call. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html */
const PUT_RECORDS_MAX = 500

/** `StreamName`, or `StreamARN` as AWS's newer clients send. */
function streamOf(world: World, input: JsonObject): StreamState {
  const arn = optionalString(input, 'StreamARN', ERRORS)
  const name = arn === undefined ? requiredString(input, 'StreamName', ERRORS) : parseStreamArn(arn)?.name ?? arn
  const stream = world.streams?.kinesis.get(name)
  if (!stream) throw awsError('kinesis', 'ResourceNotFoundException', `Stream ${name} under account ${ACCOUNT_ID} not found.`)
  return stream
}

interface CheckedRecord {
  readonly partitionKey: string
  readonly data: string
  readonly bytes: number
}

function checkRecord(record: JsonObject): CheckedRecord {
  if (record.ExplicitHashKey !== undefined) throw ERRORS.invalid("Lambda Playground's Kinesis does not support ExplicitHashKey yet: the partition key's MD5 places the record")
  const partitionKey = requiredString(record, 'PartitionKey', ERRORS)
  if (partitionKey.length === 0 || partitionKey.length > PARTITION_KEY_MAX_LENGTH) {
    throw constraint('partitionKey', `Member must have length between 1 and ${PARTITION_KEY_MAX_LENGTH}`)
  }
  // The SDK module turns a Uint8Array into text; the simulator keeps the data as text.
  const data = requiredString(record, 'Data', ERRORS)
  const bytes = utf8Length(data)
  if (bytes > KINESIS_RECORD_MAX_BYTES) throw constraint('data', `Member must have length less than or equal to ${KINESIS_RECORD_MAX_BYTES}`)
  return { partitionKey, data, bytes }
}

function put(world: World, stream: StreamState, record: CheckedRecord): { ShardId: string; SequenceNumber: string } {
  const written = appendRecord(world, stream, record.partitionKey, record.data, null, record.bytes)
  return { ShardId: written.shard.shardId, SequenceNumber: sequenceNumber(written) }
}

function putRecord(call: AwsCall): void {
  const input = inputObject(call.input, ERRORS)
  const stream = streamOf(call.world, input)
  call.succeed({ ...put(call.world, stream, checkRecord(input)), EncryptionType: 'NONE' })
}

function putRecords(call: AwsCall): void {
  const input = inputObject(call.input, ERRORS)
  const stream = streamOf(call.world, input)
  const records = input.Records
  if (!Array.isArray(records) || records.length === 0 || records.length > PUT_RECORDS_MAX) {
    throw constraint('records', `Member must have length between 1 and ${PUT_RECORDS_MAX}`)
  }
  // Every record is checked before any is written, so a refused call writes nothing.
  const checked = records.map((record) => checkRecord(inputObject(record, ERRORS)))
  call.succeed({ FailedRecordCount: 0, Records: checked.map((record) => put(call.world, stream, record)), EncryptionType: 'NONE' })
}

export const KINESIS_OPERATIONS: Readonly<Record<string, Operation>> = { PutRecord: putRecord, PutRecords: putRecords }
