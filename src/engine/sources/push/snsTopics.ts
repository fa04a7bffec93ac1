/**
 * SNS topics with subscriptions: every published message fans out to every subscription whose
 * filter policy matches, as it is published. A Lambda subscription invokes its function
 * asynchronously with the SNS event; an SQS subscription sends the JSON envelope (or, with raw
 * message delivery, the message alone) to its queue [G-sns].
 * https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html
 */
import type { ResourceAccounting } from '../../api.ts'
import { awsIdOf, nextAwsId } from '../../aws/ids.ts'
import { remember } from '../../delivery/deliver.ts'
import { ACCOUNT_ID } from '../../facts.ts'
import { resolveTarget, type TargetRef } from '../../invoke/targets.ts'
import { isoTimestamp } from '../../logs/format.ts'
import type { TopicState } from '../../model/state.ts'
import type { TopicConfig } from '../../scenario/types.ts'
import { VIRTUAL_EPOCH_MS } from '../../time/epoch.ts'
import type { World } from '../../world.ts'
import { matchesPattern, type CompiledPattern } from '../patterns.ts'
import { RECURSIVE_LOOP_DROP } from '../recursion.ts'
import { countDropped, emptyAccounting } from '../resources.ts'
import { queueNameOf } from '../sqs/references.ts'
import { sendToQueue } from '../sqs/send.ts'
import { invokeFromService } from './invokeFunction.ts'
import { compiledOrThrow } from './compiled.ts'
import type { SendOutcome } from './destinations.ts'
import { CounterMetrics, registerCounted } from './pushMetrics.ts'
import { attributesView, bodyView, type FilterInput } from './snsFilter.ts'
import {
  certUrl, rawAttributes, SnsLambdaEvent, sqsEnvelope, unsubscribeUrl, type SnsMessage, type SnsNotification, type SubscriptionIds,
} from './snsShapes.ts'

const METRICS = [
  'NumberOfMessagesPublished', 'NumberOfNotificationsDelivered', 'NumberOfNotificationsFailed',
  'NumberOfNotificationsFilteredOut', 'NumberOfNotificationsFilteredOut-NoMessageAttributes',
] as const
const PUBLISHED = 0
const DELIVERED = 1
const FAILED = 2
const FILTERED_OUT = 3
const NO_ATTRIBUTES = 4

type Endpoint = { readonly protocol: 'lambda'; readonly target: TargetRef } | { readonly protocol: 'sqs'; readonly queueName: string }

interface Subscription extends SubscriptionIds {
  readonly endpoint: Endpoint
  readonly filter: CompiledPattern | null
  readonly scope: 'MessageAttributes' | 'MessageBody'
  readonly raw: boolean
}

export interface TopicRuntime {
  readonly state: TopicState
  readonly arn: string
  readonly certUrl: string
  readonly subscriptions: readonly Subscription[]
  readonly metrics: CounterMetrics<(typeof METRICS)[number]>
  /**
   * Per message: processed when at least one subscription got it; else dropped for NoSubscriptions,
   * FilteredOut, RecursiveLoop (every copy went to a function refusing a stopped chain) or DeliveryFailed.
   */
  readonly accounting: ResourceAccounting
}

export const topicArn = (region: string, name: string): string => `arn:aws:sns:${region}:${ACCOUNT_ID}:${name}`

/** Builds the scenario's topics' subscriptions (the document is valid, so every endpoint resolves). */
export function createTopic(world: World, doc: TopicConfig, state: TopicState): TopicRuntime {
  const arn = topicArn(world.region, doc.TopicName)
  const subscriptions = (doc.Subscriptions ?? []).map((sub, index): Subscription => {
    const at = `Topics.${doc.TopicName}.Subscriptions[${index}]`
    const target = sub.Protocol === 'lambda' ? resolveTarget(world, sub.Endpoint) : null
    if (sub.Protocol === 'lambda' && target === null) throw new Error(`${at}.Endpoint: no function ${sub.Endpoint}`)
    const subscriptionArn = `${arn}:${nextAwsId(world)}`
    return {
      arn: subscriptionArn,
      unsubscribeUrl: unsubscribeUrl(world.region, subscriptionArn),
      endpoint: target === null ? { protocol: 'sqs', queueName: queueNameOf(sub.Endpoint) } : { protocol: 'lambda', target },
      filter: sub.FilterPolicy === undefined ? null : compiledOrThrow(sub.FilterPolicy, `${at}.FilterPolicy`),
      scope: sub.FilterPolicyScope ?? 'MessageAttributes',
      raw: sub.RawMessageDelivery ?? false,
    }
  })
  const topic: TopicRuntime = { state, arn, certUrl: certUrl(world.region), subscriptions, metrics: new CounterMetrics(METRICS), accounting: emptyAccounting() }
  registerCounted(world, 'Topic', doc.TopicName, topic)
  return topic
}

/**
 * Publishes `message` to the topic now, on behalf of a sender at `chainDepth` (0 outside any
 * invocation): the notification (its `messageId` is what Publish answers), or null when there is no
 * such topic. Every subscription gets it or filters it out.
 */
export function publishToTopic(world: World, topicName: string, message: SnsMessage, chainDepth: number): SnsNotification | null {
  const topic = world.push.topics.get(topicName)
  return topic ? publish(world, topic, message, chainDepth) : null
}

/** `publishToTopic` for a sender that keeps the topic (traffic publishing thousands of messages a second). */
export function publish(world: World, topic: TopicRuntime, message: SnsMessage, chainDepth: number): SnsNotification {
  const nowMs = world.nowMs
  topic.state.messagesPublished++
  remember(topic.state.recent, message.text)
  topic.metrics.count(nowMs, PUBLISHED)
  topic.accounting.Received++
  const notification = new Notification(world, world.aws.idSerial++, nowMs, topic.arn, message, topic.certUrl)
  // Filter policies share the message's parsed views; a topic without policies never makes them.
  let input: FilterInput | null = null
  let delivered = 0
  let failed = 0
  let stopped = 0
  let filteredOut = 0
  for (const subscription of topic.subscriptions) {
    if (subscription.filter !== null && !passes(subscription, (input ??= { message, attributes: undefined, body: undefined }))) {
      filteredOut++
      if (subscription.scope === 'MessageAttributes' && message.attributes === null) topic.metrics.count(nowMs, NO_ATTRIBUTES)
      continue
    }
    const outcome = notify(world, subscription, notification, chainDepth)
    if (outcome === 'sent') delivered++
    else if (outcome === 'stopped') stopped++
    else failed++
  }
  if (delivered > 0) topic.metrics.count(nowMs, DELIVERED, delivered)
  // Lambda's refusal of a stopped chain is a failed delivery to SNS, as any refused one is.
  if (failed + stopped > 0) topic.metrics.count(nowMs, FAILED, failed + stopped)
  if (filteredOut > 0) topic.metrics.count(nowMs, FILTERED_OUT, filteredOut)
  const accounting = topic.accounting
  if (delivered > 0) accounting.Processed++
  else if (topic.subscriptions.length === 0) countDropped(accounting, 'NoSubscriptions')
  else if (filteredOut === topic.subscriptions.length) countDropped(accounting, 'FilteredOut')
  else countDropped(accounting, failed === 0 ? RECURSIVE_LOOP_DROP : 'DeliveryFailed')
  return notification
}

/** One publish: its id and timestamp are formatted only when a subscriber's copy is serialised or the publisher reads the id. */
class Notification implements SnsNotification {
  private id: string | null = null
  private time: string | null = null

  constructor(
    private readonly world: World, private readonly idSerial: number, private readonly atMs: number,
    readonly topicArn: string, readonly message: SnsMessage, readonly certUrl: string,
  ) {}

  get messageId(): string {
    return (this.id ??= awsIdOf(this.world, this.idSerial))
  }

  get timestamp(): string {
    return (this.time ??= isoTimestamp(VIRTUAL_EPOCH_MS, this.atMs))
  }
}

function passes(subscription: Subscription, input: FilterInput): boolean {
  const view = subscription.scope === 'MessageBody' ? bodyView(input) : attributesView(input)
  return view !== undefined && matchesPattern(subscription.filter as CompiledPattern, view)
}

/** One subscription's copy: delivered, refused by its queue, or refused by its function because the chain was stopped. */
function notify(world: World, subscription: Subscription, notification: SnsNotification, chainDepth: number): SendOutcome {
  const { endpoint } = subscription
  if (endpoint.protocol === 'lambda') {
    return invokeFromService(world, endpoint.target, new SnsLambdaEvent(notification, subscription), chainDepth) ? 'sent' : 'stopped'
  }
  const { message } = notification
  const body = subscription.raw ? message.text : sqsEnvelope(notification, subscription)
  const attributes = subscription.raw ? rawAttributes(message.attributes) : undefined
  const sent = sendToQueue(world, endpoint.queueName, body, {
    chainDepth,
    ...(attributes === undefined ? {} : { messageAttributes: attributes }),
    // A FIFO topic's message keeps its group in a FIFO queue, deduplicated by its message id.
    ...(message.groupId === null ? {} : { messageGroupId: message.groupId, messageDeduplicationId: notification.messageId }),
  })
  return sent.ok ? 'sent' : 'refused'
}
