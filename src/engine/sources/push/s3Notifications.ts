/**
 * S3 event notifications: when an object is created or removed, the one notification configuration
 * of its bucket whose event types and key filter match sends the event to its function
 * (asynchronously), queue or topic. Configurations cannot overlap (the validator refuses it, as S3
 * does), so an event goes to at most one. Notifications ride the writer's chain of requests:
 * loops through S3 are detected since October 2024 [B-recursion-s3].
 */
import type { ResourceAccounting } from '../../api.ts'
import { nextAwsId } from '../../aws/ids.ts'
import { writeObject } from '../../aws/s3.ts'
import type { StoredObject } from '../../aws/state.ts'
import { AwsError } from '../../aws/errors.ts'
import { isoTimestamp } from '../../logs/format.ts'
import type { BucketConfig, S3NotificationTarget } from '../../scenario/types.ts'
import { VIRTUAL_EPOCH_MS } from '../../time/epoch.ts'
import type { World } from '../../world.ts'
import { RECURSIVE_LOOP_DROP } from '../recursion.ts'
import { countDropped, emptyAccounting } from '../resources.ts'
import { destinationOf, sendToDestination, type PushDestination } from './destinations.ts'
import { CounterMetrics, registerCounted } from './pushMetrics.ts'
import { coversEvent, keyMatches, type KeyFilter } from './s3EventTypes.ts'
import { s3Event, type S3ObjectFacts } from './s3Shapes.ts'

/** AWS/S3 request metrics (https://docs.aws.amazon.com/AmazonS3/latest/userguide/metrics-dimensions.html). */
const METRICS = ['PutRequests', 'PostRequests', 'DeleteRequests', 'BytesUploaded'] as const
const REQUEST_METRIC: Readonly<Record<string, number>> = {
  'ObjectCreated:Put': 0, 'ObjectCreated:Copy': 0, 'ObjectCreated:Post': 1, 'ObjectCreated:CompleteMultipartUpload': 1,
  'ObjectRemoved:Delete': 2, 'ObjectRemoved:DeleteMarkerCreated': 2,
}
const BYTES_UPLOADED = 3

interface Configuration {
  readonly id: string
  readonly events: readonly string[]
  readonly filter: KeyFilter
  readonly destination: PushDestination
}

export interface BucketNotifier {
  readonly name: string
  readonly configurations: readonly Configuration[]
  readonly metrics: CounterMetrics<(typeof METRICS)[number]>
  /**
   * Per object event: processed when a configuration sent it on, FilteredOut when none matched;
   * DeliveryFailed when its queue or topic refused it, RecursiveLoop when its function did.
   */
  readonly accounting: ResourceAccounting
  /** S3's `sequencer` orders a key's events; one counter per bucket keeps it increasing. */
  sequence: number
}

function keyFilterOf(target: S3NotificationTarget): KeyFilter {
  const rules = target.Filter?.Key.FilterRules ?? []
  return {
    prefix: rules.find((r) => r.Name === 'prefix')?.Value ?? '',
    suffix: rules.find((r) => r.Name === 'suffix')?.Value ?? '',
  }
}

function configuration(world: World, target: S3NotificationTarget, destination: PushDestination): Configuration {
  return { id: target.Id ?? nextAwsId(world), events: target.Events, filter: keyFilterOf(target), destination }
}

/** The bucket's configurations, resolved (the document is valid), registered as `Bucket:<name>`. */
export function createBucketNotifier(world: World, doc: BucketConfig): BucketNotifier {
  const n = doc.NotificationConfiguration ?? {}
  const at = `Buckets.${doc.BucketName}.NotificationConfiguration`
  const configurations = [
    ...(n.LambdaFunctionConfigurations ?? []).map((c) => configuration(world, c, destinationOf(world, c.LambdaFunctionArn, 'function', at))),
    ...(n.QueueConfigurations ?? []).map((c) => configuration(world, c, destinationOf(world, c.QueueArn, 'queue', at))),
    ...(n.TopicConfigurations ?? []).map((c) => configuration(world, c, destinationOf(world, c.TopicArn, 'topic', at))),
  ]
  const notifier: BucketNotifier = {
    name: doc.BucketName, configurations, metrics: new CounterMetrics(METRICS), accounting: emptyAccounting(), sequence: 0,
  }
  registerCounted(world, 'Bucket', doc.BucketName, notifier)
  return notifier
}

/** What an event says of a created object (its size and ETag); a removal has none. */
export interface ObjectVersion {
  readonly bytes: number
  readonly eTag: string
}

/**
 * An object of `bucketName` was created or removed (`eventName` as `ObjectCreated:Put`), by a writer
 * at `chainDepth` (0 outside any invocation): the matching configuration, if any, sends the event on.
 * `countsRequest` is false for the second and later keys of one DeleteObjects request, which S3's
 * request metrics count once.
 */
export function notifyObjectEvent(
  world: World, bucketName: string, eventName: string, key: string, object: ObjectVersion | null, chainDepth: number, countsRequest = true,
): void {
  const notifier = world.push.buckets.get(bucketName)
  if (!notifier) return
  const nowMs = world.nowMs
  const request = REQUEST_METRIC[eventName]
  if (request !== undefined && countsRequest) notifier.metrics.count(nowMs, request)
  if (object !== null) notifier.metrics.count(nowMs, BYTES_UPLOADED, object.bytes)
  notifier.accounting.Received++
  const matched = notifier.configurations.find((c) => keyMatches(c.filter, key) && c.events.some((e) => coversEvent(e, eventName)))
  if (matched === undefined) {
    countDropped(notifier.accounting, 'FilteredOut')
    return
  }
  const facts: S3ObjectFacts = object === null ? { key } : { key, size: object.bytes, eTag: object.eTag }
  const requestId = nextAwsId(world).replaceAll('-', '').slice(0, 16).toUpperCase()
  const event = s3Event({
    region: world.region, eventTime: isoTimestamp(VIRTUAL_EPOCH_MS, nowMs), eventName, bucketName,
    configurationId: matched.id, requestId, sequencer: (++notifier.sequence).toString(16).toUpperCase().padStart(18, '0'),
  }, facts)
  const outcome = sendToDestination(world, matched.destination, { value: event, text: null }, 'Amazon S3 Notification', chainDepth)
  if (outcome === 'sent') notifier.accounting.Processed++
  // A function refuses an event on a chain loop detection stopped (../recursion.ts) [D-recursion] §8;
  // S3 keeps no undelivered notification, so the event is dropped.
  else countDropped(notifier.accounting, outcome === 'stopped' ? RECURSIVE_LOOP_DROP : 'DeliveryFailed')
}

/**
 * Stores an object for a service (Lambda's S3 on-failure destination) and notifies: false when the
 * bucket does not exist or is full (the simulator's bound).
 */
export function putObjectFromService(world: World, bucketName: string, key: string, body: string, chainDepth: number): boolean {
  const bucket = world.aws.buckets.get(bucketName)
  if (!bucket) return false
  let object: StoredObject
  try {
    object = writeObject(world, bucket, key, body, 'application/json')
  } catch (error) {
    if (error instanceof AwsError) return false
    throw error
  }
  notifyObjectEvent(world, bucketName, 'ObjectCreated:Put', key, object, chainDepth)
  return true
}
