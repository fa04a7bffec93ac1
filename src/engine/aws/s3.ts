/**
 * S3 PutObject, GetObject, DeleteObject and DeleteObjects on the scenario's buckets, kept in memory
 * within the simulator's bounds; writes and deletes fire the bucket's notifications. Buckets are
 * unversioned, so a delete removes the object and notifies `ObjectRemoved:Delete`.
 */
import { isoTimestamp } from '../logs/format.ts'
import { isObject, type JsonObject } from '../scenario/check.ts'
import { utf8ByteLength } from '../scenario/describe.ts'
import { VIRTUAL_EPOCH_MS } from '../time/epoch.ts'
import type { World } from '../world.ts'
import { awsError } from './errors.ts'
import { inputObject, optionalString, requiredString, type ParameterErrors } from './input.ts'
import { S3_DELETE_OBJECTS_MAX, S3_KEY_MAX_BYTES } from './limits.ts'
import { md5Hex } from './md5.ts'
import type { AwsCall, Operation } from './operation.ts'
import type { BucketState, StoredObject } from './state.ts'
import { notifyObjectEvent } from '../sources/push/s3Notifications.ts'
import { bytesAfterWrite } from './storeRoom.ts'

const ERRORS: ParameterErrors = {
  missing: (field) => awsError('s3', 'InvalidArgument', `${field} is required`),
  invalid: (message) => awsError('s3', 'InvalidArgument', message),
}

/** What S3 records when a PutObject names no Content-Type. https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html */
const DEFAULT_CONTENT_TYPE = 'binary/octet-stream'

function bucketOf(world: World, input: JsonObject): BucketState {
  const bucket = world.aws.buckets.get(requiredString(input, 'Bucket', ERRORS))
  if (!bucket) throw awsError('s3', 'NoSuchBucket', 'The specified bucket does not exist')
  return bucket
}

function keyOf(input: JsonObject): string {
  const key = requiredString(input, 'Key', ERRORS)
  if (key === '') throw ERRORS.invalid('Key must not be empty')
  if (utf8ByteLength(key) > S3_KEY_MAX_BYTES) throw awsError('s3', 'KeyTooLongError', 'Your key is too long')
  return key
}

/**
 * Stores `body` under `key`, as PutObject does for handlers, Lambda's S3 destination and traffic
 * uploads; throws SimulationLimitExceeded when the bucket is full (storeRoom.ts).
 */
export function writeObject(world: World, bucket: BucketState, key: string, body: string, contentType = DEFAULT_CONTENT_TYPE): StoredObject {
  const bytes = utf8ByteLength(body)
  const total = bytesAfterWrite(bucket, bucket.objects, key, bytes, 's3', { entries: 'objects', container: 'bucket', aws: 'S3' })
  const object: StoredObject = { body, bytes, eTag: `"${md5Hex(body)}"`, contentType, lastModifiedMs: world.nowMs }
  bucket.objects.set(key, object)
  bucket.bytes = total
  return object
}

function putObject(call: AwsCall): void {
  const { world } = call
  const input = inputObject(call.input, ERRORS)
  const bucket = bucketOf(world, input)
  const key = keyOf(input)
  // The SDK module turns a Uint8Array body into text; the simulator stores text only.
  const body = optionalString(input, 'Body', ERRORS) ?? ''
  const object = writeObject(world, bucket, key, body, optionalString(input, 'ContentType', ERRORS) ?? DEFAULT_CONTENT_TYPE)
  // The bucket's notifications fire on the caller's chain of requests [D-recursion] (S3 since Oct 2024).
  notifyObjectEvent(world, bucket.name, 'ObjectCreated:Put', key, object, call.caller.chainDepth)
  call.succeed({ ETag: object.eTag })
}

/** Removes `key` from the bucket, if it holds it, as every delete does (handlers, traffic). */
export function removeObject(bucket: BucketState, key: string): void {
  const object = bucket.objects.get(key)
  if (!object) return
  bucket.objects.delete(key)
  bucket.bytes -= object.bytes
}

/**
 * DeleteObject answers 204 whether or not the key existed, as S3 does for an unversioned bucket;
 * the notification fires either way (a choice: S3 documents the answer, not the event).
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html
 */
function deleteObject(call: AwsCall): void {
  const { world } = call
  const input = inputObject(call.input, ERRORS)
  const bucket = bucketOf(world, input)
  const key = keyOf(input)
  removeObject(bucket, key)
  notifyObjectEvent(world, bucket.name, 'ObjectRemoved:Delete', key, null, call.caller.chainDepth)
  call.succeed({})
}

/** The keys of `Delete.Objects`, checked as S3 checks the request (MalformedXML otherwise). */
function keysToDelete(input: JsonObject): string[] {
  const request = input.Delete
  const objects = isObject(request) ? request.Objects : undefined
  if (!Array.isArray(objects) || objects.length === 0 || objects.length > S3_DELETE_OBJECTS_MAX) {
    throw awsError('s3', 'MalformedXML', `Delete.Objects must list 1 to ${S3_DELETE_OBJECTS_MAX} objects, each { Key }`)
  }
  return objects.map((entry) => keyOf(isObject(entry) ? entry : {}))
}

/**
 * Each key is deleted and notified as by DeleteObject; the bucket's DeleteRequests metric counts the
 * request once, as S3's does. `Quiet` leaves the deleted keys out of the answer.
 */
function deleteObjects(call: AwsCall): void {
  const { world } = call
  const input = inputObject(call.input, ERRORS)
  const bucket = bucketOf(world, input)
  const keys = keysToDelete(input)
  keys.forEach((key, i) => {
    removeObject(bucket, key)
    notifyObjectEvent(world, bucket.name, 'ObjectRemoved:Delete', key, null, call.caller.chainDepth, i === 0)
  })
  const quiet = isObject(input.Delete) && input.Delete.Quiet === true
  call.succeed(quiet ? { Errors: [] } : { Deleted: keys.map((Key) => ({ Key })), Errors: [] })
}

function getObject(call: AwsCall): void {
  const { world } = call
  const input = inputObject(call.input, ERRORS)
  const bucket = bucketOf(world, input)
  const object = bucket.objects.get(keyOf(input))
  if (!object) throw awsError('s3', 'NoSuchKey', 'The specified key does not exist.')
  call.succeed({
    Body: object.body,
    ContentLength: object.bytes,
    ContentType: object.contentType,
    ETag: object.eTag,
    // The SDK module turns it into a Date, as the real client does.
    LastModified: isoTimestamp(VIRTUAL_EPOCH_MS, object.lastModifiedMs),
  })
}

export const S3_OPERATIONS: Readonly<Record<string, Operation>> = {
  PutObject: putObject, GetObject: getObject, DeleteObject: deleteObject, DeleteObjects: deleteObjects,
}
