/**
 * The push services' state (`world.push`): SNS topics with their subscriptions, buckets with their
 * notifications, EventBridge buses with their rules. Built at time 0 from the document, once the
 * functions and queues they send to exist.
 */
import type { Scenario } from '../../scenario/types.ts'
import type { World } from '../../world.ts'
import { DEFAULT_EVENT_BUS } from '../../aws/limits.ts'
import { createBus, type BusRuntime } from './eventBus.ts'
import { createRule, type RuleRuntime } from './rules.ts'
import { createBucketNotifier, type BucketNotifier } from './s3Notifications.ts'
import { createTopic, type TopicRuntime } from './snsTopics.ts'

export interface PushState {
  readonly topics: Map<string, TopicRuntime>
  readonly buckets: Map<string, BucketNotifier>
  readonly buses: Map<string, BusRuntime>
  readonly rules: RuleRuntime[]
}

export function createPushState(): PushState {
  return { topics: new Map(), buckets: new Map(), buses: new Map(), rules: [] }
}

/** Builds the document's topics, bucket notifications, buses and rules into `world.push`, and starts the schedules. */
export function startPush(world: World, scenario: Scenario): void {
  const push = world.push
  for (const doc of scenario.Topics ?? []) {
    const state = world.topics.get(doc.TopicName)
    if (state) push.topics.set(doc.TopicName, createTopic(world, doc, state))
  }
  for (const doc of scenario.Buckets ?? []) push.buckets.set(doc.BucketName, createBucketNotifier(world, doc))
  for (const name of [DEFAULT_EVENT_BUS, ...(scenario.EventBuses ?? []).map((b) => b.Name)]) push.buses.set(name, createBus(world, name))
  for (const doc of scenario.Rules ?? []) {
    const rule = createRule(world, doc)
    push.rules.push(rule)
    if (rule.pattern !== null && rule.enabled) push.buses.get(rule.busName)?.rules.push(rule)
  }
}
