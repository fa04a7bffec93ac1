import type { DeliveryTarget, FunctionState } from '../model/state.ts'
import { resolveTarget } from '../invoke/targets.ts'
import { invokeFromService } from '../sources/push/invokeFunction.ts'
import { putDestinationEvent } from '../sources/push/eventBus.ts'
import { putObjectFromService } from '../sources/push/s3Notifications.ts'
import { snsAttributesOf } from '../sources/push/snsShapes.ts'
import { publishToTopic } from '../sources/push/snsTopics.ts'
import { SNS_MESSAGE_MAX_BYTES } from '../aws/limits.ts'
import type { MessageAttributes } from '../sources/sqs/message.ts'
import { sendToQueue } from '../sources/sqs/send.ts'
import { utf8Length } from '../traffic/payloadSize.ts'
import type { World } from '../world.ts'
import { asyncFailureKey } from './objectKeys.ts'

/** How many delivered messages a queue or topic keeps for the UI to show. */
const RECENT_MESSAGES = 20

/** Keeps `message` among a queue's, topic's or event bus's latest, dropping the oldest beyond the bound. */
export function remember(list: unknown[], message: unknown): void {
  list.push(message)
  if (list.length > RECENT_MESSAGES) list.shift()
}

/** What Lambda sends to a destination or dead-letter queue. */
export interface Delivery {
  /** The invocation record, failure record or event (a JSON value). */
  readonly body: unknown
  /** SQS message attributes: a dead-letter message's `RequestID`, `ErrorCode`, `ErrorMessage` [D-async-rec]. */
  readonly attributes?: MessageAttributes
  /** An async invocation's record: which function, and whether it succeeded (EventBridge's detail-type, the S3 key). */
  readonly invocation?: { readonly functionName: string; readonly functionArn: string; readonly success: boolean }
  /** S3 destinations of records that are not an async invocation's: the object key. */
  readonly objectKey?: string
}

/**
 * Delivers a record or an event to a queue, topic, function, bucket or event bus, on behalf of an
 * invocation at `chainDepth` (what a topic or bucket then invokes runs one further [D-recursion]).
 * FIFO queues and topics are refused as destinations and DLQs [D-async-rec]; the validator stops
 * them earlier, but a refused delivery returns false, which callers count as the documented
 * failure metric (DestinationDeliveryFailures, DeadLetterErrors) rather than letting it vanish.
 */
export function deliver(world: World, target: DeliveryTarget, delivery: Delivery, chainDepth: number): boolean {
  switch (target.type) {
    case 'queue': {
      const queue = world.queues.get(target.name)
      if (!queue || queue.fifo) return false
      const options = delivery.attributes === undefined ? { chainDepth } : { chainDepth, messageAttributes: delivery.attributes }
      return sendToQueue(world, target.name, delivery.body, options).ok
    }
    case 'topic': {
      const topic = world.topics.get(target.name)
      if (!topic || topic.fifo) return false
      const text = JSON.stringify(delivery.body ?? null)
      // An SNS destination takes at most 256 KB, although async payloads may be 1 MB [D-async-rec].
      if (utf8Length(text) > SNS_MESSAGE_MAX_BYTES) return false
      const message = { text, subject: null, attributes: snsAttributesOf(delivery.attributes), groupId: null }
      return publishToTopic(world, target.name, message, chainDepth) !== null
    }
    case 'function': {
      const fn = resolveTarget(world, target.name)
      // A function refusing the record of a stopped chain (../sources/recursion.ts) is a failed delivery too.
      return fn !== null && invokeFromService(world, fn, delivery.body, chainDepth)
    }
    case 'bucket': {
      // S3 takes on-failure records only (since Nov 2024), under Lambda's own key [D-async-rec].
      if (delivery.invocation?.success === true) return false
      const key = delivery.objectKey ?? (delivery.invocation ? asyncFailureKey(world, delivery.invocation.functionName) : undefined)
      if (key === undefined) return false
      return putObjectFromService(world, target.name, key, JSON.stringify(delivery.body ?? null), chainDepth)
    }
    case 'event-bus':
      return delivery.invocation !== undefined && putDestinationEvent(world, target.name, delivery.invocation, delivery.body)
    default: {
      const unknown: never = target.type
      throw new Error(`Unknown delivery target ${String(unknown)}`)
    }
  }
}

/** Sends a failed event to the function's dead-letter queue: the event as-is with its error attributes [D-async-rec]. */
export function deliverDeadLetter(world: World, fn: FunctionState, delivery: Delivery, chainDepth: number): void {
  if (!fn.deadLetter) return
  if (!deliver(world, fn.deadLetter, delivery, chainDepth)) fn.metrics.deadLetterError(world.nowMs)
}
