/**
 * Traffic into the push services: `Bucket:<name>` uploads or deletes an object, `Topic:<name>`
 * publishes a message, `EventBus:<name>` puts an event. Each arrival comes from outside any
 * invocation (chain depth 0), as a client's request does.
 */
import { removeObject, writeObject } from '../../aws/s3.ts'
import { AwsError } from '../../aws/errors.ts'
import type { BucketState } from '../../aws/state.ts'
import { isObject } from '../../scenario/check.ts'
import type { World } from '../../world.ts'
import { keyOf, type Arrival } from '../feeders.ts'
import { putEventOnBus } from './eventBus.ts'
import { notifyObjectEvent } from './s3Notifications.ts'
import type { SnsMessage } from './snsShapes.ts'
import { publish, type TopicRuntime } from './snsTopics.ts'

/** `Request.EventName` when none is given. */
const DEFAULT_BUCKET_EVENT = 's3:ObjectCreated:Put'
/** `Request.Size` when none is given. */
const DEFAULT_OBJECT_BYTES = 1024
/** `Request.Source` and `Request.DetailType` when none are given. */
const DEFAULT_EVENT_SOURCE = 'playground.traffic'
const DEFAULT_DETAIL_TYPE = 'Traffic Event'

/**
 * An upload (`ObjectCreated:*`) or a delete (`ObjectRemoved:*`). Uploaded objects are kept empty,
 * within the simulator's bounds, so handler code can read them; the event reports `Request.Size`.
 */
export function feedBucket(world: World, name: string, arrival: Arrival): void {
  const request = arrival.traffic.request
  const eventName = (request.EventName ?? DEFAULT_BUCKET_EVENT).replace(/^s3:/, '')
  const key = keyOf(arrival, 'object-{n}')
  const bucket = world.aws.buckets.get(name)
  if (!bucket) return
  if (eventName.startsWith('ObjectRemoved:')) {
    removeObject(bucket, key)
    notifyObjectEvent(world, name, eventName, key, null, 0)
    return
  }
  const eTag = store(world, bucket, key)
  notifyObjectEvent(world, name, eventName, key, { bytes: request.Size ?? DEFAULT_OBJECT_BYTES, eTag }, 0)
}

/** The stored object's ETag; the empty body's when the bucket is full and keeps nothing more. */
function store(world: World, bucket: BucketState, key: string): string {
  try {
    return writeObject(world, bucket, key, '').eTag
  } catch (error) {
    if (!(error instanceof AwsError)) throw error
    return EMPTY_ETAG
  }
}

/** MD5 of no bytes. */
const EMPTY_ETAG = '"d41d8cd98f00b204e9800998ecf8427e"'

interface TopicTraffic {
  /** Undefined when the scenario has no such topic. */
  readonly topic: TopicRuntime | undefined
  readonly fifo: boolean
  /** The last payload and its message (without a group): an entry's one payload is written out once, into one message. */
  payload: unknown
  message: SnsMessage
}

/** The payload as the message: a string as it is, anything else as its JSON. */
const messageText = (payload: unknown): string => (typeof payload === 'string' ? payload : JSON.stringify(payload ?? {}))

function topicTrafficOf(world: World, name: string, arrival: Arrival): TopicTraffic {
  const request = arrival.traffic.request
  const attributes = request.MessageAttributes === undefined
    ? null
    : Object.fromEntries(Object.entries(request.MessageAttributes).map(([k, v]) => [k, { Type: 'String', Value: v }]))
  return {
    topic: world.push.topics.get(name),
    fifo: world.topics.get(name)?.fifo === true,
    payload: arrival.payload,
    message: { text: messageText(arrival.payload), subject: request.Subject ?? null, attributes, groupId: null },
  }
}

export function feedTopic(world: World, name: string, arrival: Arrival): void {
  const memo = (arrival.traffic.memo ??= topicTrafficOf(world, name, arrival)) as TopicTraffic
  if (memo.topic === undefined) return
  if (memo.payload !== arrival.payload) {
    memo.payload = arrival.payload
    memo.message = { ...memo.message, text: messageText(arrival.payload) }
  }
  // A FIFO topic's arrivals cycle through message groups as a FIFO queue's do (sqs/feedQueue.ts).
  const message = memo.fifo ? { ...memo.message, groupId: `group-${((arrival.n - 1) % (arrival.traffic.request.KeyCount ?? 1)) + 1}` } : memo.message
  publish(world, memo.topic, message, 0)
}

/** The payload is the event's `detail` (an object; anything else sends `{}`). */
export function feedEventBus(world: World, name: string, arrival: Arrival): void {
  const request = arrival.traffic.request
  putEventOnBus(world, name, {
    source: request.Source ?? DEFAULT_EVENT_SOURCE,
    detailType: request.DetailType ?? DEFAULT_DETAIL_TYPE,
    resources: [],
    detail: isObject(arrival.payload) ? arrival.payload : {},
    detailText: null,
  })
}
