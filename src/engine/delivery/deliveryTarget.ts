import type { DeliveryTarget } from '../model/state.ts'
import { parseResourceTarget, type FeedKind } from '../scenario/resourceTargets.ts'
import type { Scenario } from '../scenario/types.ts'

const TYPE_BY_KIND: { readonly [K in FeedKind]?: DeliveryTarget['type'] } = {
  Queue: 'queue', Topic: 'topic', Bucket: 'bucket', EventBus: 'event-bus',
}

/**
 * The destination or dead-letter target a validated scenario names: a queue, topic, bucket or event
 * bus ARN, a function ARN, or a bare name (which the validator made sure is unambiguous).
 */
export function deliveryTargetOf(reference: string | undefined, scenario: Scenario): DeliveryTarget | null {
  if (!reference) return null
  if (reference.startsWith('arn:aws:lambda:')) {
    const name = reference.split(':function:')[1]?.split(':')[0]
    return name === undefined ? null : { type: 'function', name }
  }
  const resource = reference.startsWith('arn:') ? parseResourceTarget(reference) : undefined
  const type = resource === undefined ? undefined : TYPE_BY_KIND[resource.kind]
  if (resource !== undefined) return type === undefined ? null : { type, name: resource.name }
  const name = reference
  if (scenario.Queues?.some((q) => q.QueueName === name)) return { type: 'queue', name }
  if (scenario.Topics?.some((t) => t.TopicName === name)) return { type: 'topic', name }
  if (scenario.Functions.some((f) => f.FunctionName === name)) return { type: 'function', name }
  if (scenario.Buckets?.some((b) => b.BucketName === name)) return { type: 'bucket', name }
  if (name === 'default' || scenario.EventBuses?.some((b) => b.Name === name)) return { type: 'event-bus', name }
  return null
}
