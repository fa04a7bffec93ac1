/**
 * Connections that start at a source of events: a queue or stream polled by an event source mapping
 * ([G-esm], lambda-facts §3), a queue's redrive policy, an SNS topic's subscriptions and an S3
 * bucket's notifications.
 */
import { SQS_RECOMMENDED_MAX_RECEIVE_COUNT, SQS_VISIBILITY_TIMEOUT_DEFAULT_SECONDS } from '../../../engine/facts.ts'
import type { EventSourceMappingConfig, Scenario } from '../../../engine/scenario/types.ts'
import { choices, edit, isInvokable, refuse, type ConnectionPlan } from './connectionTypes.ts'
import { appendAt, listPath, timeoutSecondsOf } from './documentEdits.ts'
import { field, setPath } from './documentPath.ts'
import { NAMED_KINDS, type NamedKind } from './kinds.ts'
import type { NodeRef } from './nodeIds.ts'
import { referenceTo } from './referenceTo.ts'
import { findEntry } from './resolve.ts'

const noun = (kind: NamedKind): string => NAMED_KINDS[kind].noun

function fifo(doc: Scenario, kind: 'queue' | 'topic', name: string): boolean {
  return findEntry(doc, kind, name)?.[kind === 'queue' ? 'FifoQueue' : 'FifoTopic'] === true
}


function mappingExists(doc: Scenario, source: string, fnRef: string): boolean {
  return doc.EventSourceMappings?.some((m) => m.EventSourceArn === source && m.FunctionName === fnRef) === true
}

function eventSourceMapping(doc: Scenario, source: NodeRef & { name: string }, targetId: string, mapping: Partial<EventSourceMappingConfig>): ConnectionPlan {
  const fnRef = referenceTo(doc, targetId, ['function']) ?? ''
  const sourceRef = referenceTo(doc, `${source.kind}:${source.name}`, ['queue', 'stream', 'table']) ?? source.name
  // Lambda refuses a second mapping of the same source to the same function (ResourceConflictException).
  if (mappingExists(doc, sourceRef, fnRef)) return refuse(`${source.name} is already mapped to ${fnRef}`)
  return choices(edit('EventSourceMapping', 'Event source mapping', (d) => appendAt(d, 'EventSourceMappings', { EventSourceArn: sourceRef, FunctionName: fnRef, ...mapping })))
}

function fromQueue(doc: Scenario, queue: string, target: NodeRef, targetId: string): ConnectionPlan {
  if (target.kind === 'queue') {
    if (fifo(doc, 'queue', queue) !== fifo(doc, 'queue', target.name)) {
      return refuse(`SQS requires a queue's dead-letter queue to be of the same type: ${queue} is ${fifo(doc, 'queue', queue) ? 'FIFO' : 'standard'} and ${target.name} is not`)
    }
    return choices(edit('RedrivePolicy', 'Dead-letter queue (redrive policy)', (d) =>
      setPath(d, field(listPath(d, 'queue', queue), 'RedrivePolicy'), { deadLetterTargetArn: target.name, maxReceiveCount: SQS_RECOMMENDED_MAX_RECEIVE_COUNT })))
  }
  if (!isInvokable(target)) {
    return refuse(`An SQS queue does not push its messages anywhere: Lambda polls it through an event source mapping, so connect ${queue} to a function`)
  }
  const timeout = timeoutSecondsOf(doc, targetId)
  const raw = findEntry(doc, 'queue', queue)?.VisibilityTimeout
  const visibility = typeof raw === 'number' ? raw : SQS_VISIBILITY_TIMEOUT_DEFAULT_SECONDS
  // [D-sqs-cfg]: Lambda rejects the mapping when the function's timeout exceeds the queue's visibility timeout.
  if (timeout !== undefined && timeout > visibility) {
    return refuse(`The function's Timeout (${timeout} s) exceeds ${queue}'s VisibilityTimeout (${visibility} s): Lambda refuses the mapping, since a message could reappear while it is still being processed. Raise VisibilityTimeout (AWS suggests 6 × the timeout) or lower Timeout`)
  }
  return eventSourceMapping(doc, { kind: 'queue', name: queue }, targetId, {})
}

function fromTopic(doc: Scenario, topic: string, target: NodeRef, targetId: string): ConnectionPlan {
  const topicPath = (d: Scenario): string => field(listPath(d, 'topic', topic), 'Subscriptions')
  const subscribed = (endpoint: string): boolean => doc.Topics?.find((t) => t.TopicName === topic)?.Subscriptions?.some((s) => s.Endpoint === endpoint) === true
  if (target.kind === 'queue') {
    if (subscribed(target.name)) return refuse(`${target.name} is already subscribed to ${topic}`)
    return choices(edit('Subscription', 'SQS subscription', (d) => appendAt(d, topicPath(d), { Protocol: 'sqs', Endpoint: target.name })))
  }
  if (!isInvokable(target)) return refuse(`SNS delivers ${topic}'s messages to subscribed functions and queues; ${noun(target.kind as NamedKind)} is neither`)
  if (fifo(doc, 'topic', topic)) return refuse(`${topic} is a FIFO topic: SNS FIFO topics deliver only to SQS queues, not to Lambda functions`)
  const endpoint = referenceTo(doc, targetId, ['function']) ?? ''
  if (subscribed(endpoint)) return refuse(`${endpoint} is already subscribed to ${topic}`)
  return choices(edit('Subscription', 'Lambda subscription', (d) => appendAt(d, topicPath(d), { Protocol: 'lambda', Endpoint: endpoint })))
}

function fromBucket(doc: Scenario, bucket: string, target: NodeRef, targetId: string): ConnectionPlan {
  const at = (d: Scenario, list: string): string => field(field(listPath(d, 'bucket', bucket), 'NotificationConfiguration'), list)
  const events = ['s3:ObjectCreated:*']
  if (target.kind === 'queue' || target.kind === 'topic') {
    if (fifo(doc, target.kind, target.name)) return refuse(`${target.name} is FIFO: S3 event notifications go only to standard queues and topics`)
    const [list, key] = target.kind === 'queue' ? ['QueueConfigurations', 'QueueArn'] : ['TopicConfigurations', 'TopicArn']
    return choices(edit('Notification', 'S3 event notification', (d) => appendAt(d, at(d, list), { Events: events, [key]: target.name })))
  }
  if (!isInvokable(target)) return refuse(`S3 sends ${bucket}'s event notifications to functions, queues and topics only`)
  const reference = referenceTo(doc, targetId, ['function']) ?? ''
  return choices(edit('Notification', 'S3 event notification', (d) => appendAt(d, at(d, 'LambdaFunctionConfigurations'), { Events: events, LambdaFunctionArn: reference })))
}

function fromStreamOrTable(doc: Scenario, source: NodeRef & { kind: 'stream' | 'table'; name: string }, target: NodeRef, targetId: string): ConnectionPlan {
  if (!isInvokable(target)) {
    return refuse(`A ${source.kind === 'stream' ? 'Kinesis stream' : "DynamoDB table's stream"} is read only by an event source mapping that invokes a function: connect ${source.name} to a function (its mapping can send failed batches to a queue or topic)`)
  }
  const plan = eventSourceMapping(doc, source, targetId, { StartingPosition: 'TRIM_HORIZON' })
  if (source.kind === 'stream' || 'refused' in plan) return plan
  // A table's mapping reads its stream, so connecting turns the stream on if it is off.
  const [mapping] = plan.choices
  if (mapping === undefined) return plan
  return choices(edit(mapping.id, mapping.label, (d) => {
    const specPath = field(listPath(d, 'table', source.name), 'StreamSpecification')
    const on = findEntry(d, 'table', source.name)?.StreamSpecification
    const enabled = typeof on === 'object' && on !== null && (on as { StreamEnabled?: unknown }).StreamEnabled === true
    return mapping.edit(enabled ? d : setPath(d, specPath, { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' }))
  }))
}

export function connectSource(doc: Scenario, source: NodeRef & { kind: 'queue' | 'topic' | 'bucket' | 'stream' | 'table'; name: string }, target: NodeRef, targetId: string): ConnectionPlan {
  switch (source.kind) {
    case 'queue': return fromQueue(doc, source.name, target, targetId)
    case 'topic': return fromTopic(doc, source.name, target, targetId)
    case 'bucket': return fromBucket(doc, source.name, target, targetId)
    case 'stream':
    case 'table': return fromStreamOrTable(doc, { kind: source.kind, name: source.name }, target, targetId)
    default: {
      const unknown: never = source.kind
      return unknown
    }
  }
}
