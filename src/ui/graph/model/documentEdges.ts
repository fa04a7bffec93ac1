/**
 * The graph's edges, each standing for one value of the document: a traffic target, a destination,
 * a subscription, a notification, an event source mapping, a rule's target, an alias's versions
 * and their weights. References that resolve to nothing draw no edge (the validator reports them).
 */
import type { FunctionConfig, Scenario } from '../../../engine/scenario/types.ts'
import { entry, field, item } from './documentPath.ts'
import { edgeIdFor, type EdgeKind, type GraphEdge } from './graphTypes.ts'
import { trafficMode } from './documentNodes.ts'
import { DEFAULT_BUS, type NamedKind } from './kinds.ts'
import { aliasNodeId, functionNodeId, namedNodeId, trafficNodeId, versionNodeId } from './nodeIds.ts'
import { resolveFunction, resolveResource, resolveTrafficTarget } from './resolve.ts'

type Resolve = (text: string) => string | undefined

class EdgeList {
  readonly edges: GraphEdge[] = []
  constructor(readonly doc: Scenario) {}

  /** Adds an edge for the reference at `path` if it is a string that resolves. */
  add(
    kind: EdgeKind, source: string | undefined, ref: unknown, resolve: Resolve, path: string, label: string,
    /** `refField`: where under `path` the target is named; absent = `path` itself, false = nowhere (a rule's bus edge). */
    options: { removable?: boolean; weight?: number; refField?: string | false; sourceRef?: string } = {},
  ): void {
    if (source === undefined || typeof ref !== 'string') return
    const target = resolve(ref)
    if (target === undefined) return
    const { removable = true, weight, refField, sourceRef } = options
    this.edges.push({
      id: edgeIdFor(path), kind, source, target, label, path, removable,
      ...(refField === false ? {} : { targetRef: refField === undefined ? path : field(path, refField) }),
      ...(sourceRef === undefined ? {} : { sourceRef }),
      ...(weight === undefined ? {} : { weight }),
    })
  }

  to(kinds: readonly NamedKind[]): Resolve {
    return (text) => resolveResource(this.doc, text, kinds)
  }

  get fn(): Resolve {
    return (text) => resolveFunction(this.doc, text)
  }
}

const DESTINATION_KINDS: readonly NamedKind[] = ['queue', 'topic', 'function', 'bus', 'bucket']
const DEAD_LETTER_KINDS: readonly NamedKind[] = ['queue', 'topic']
const MAPPING_SOURCE_KINDS: readonly NamedKind[] = ['queue', 'stream', 'table']
export const MAPPING_FAILURE_KINDS: readonly NamedKind[] = ['queue', 'topic', 'bucket']
const RULE_TARGET_KINDS: readonly NamedKind[] = ['function', 'queue', 'topic', 'bus']

const percent = (weight: number): string => `${Math.round(weight * 1000) / 10} %`

function functionEdges(list: EdgeList, fn: FunctionConfig, at: string): void {
  const name = fn.FunctionName
  if (typeof name !== 'string') return
  const source = functionNodeId(name)
  fn.Versions?.forEach((version, i) => {
    if (typeof version.Version !== 'string') return
    const path = item(field(at, 'Versions'), i)
    list.edges.push({ id: edgeIdFor(path), kind: 'version', source, target: versionNodeId(name, version.Version), label: 'published', path, removable: false })
  })
  fn.Aliases?.forEach((alias, i) => {
    if (typeof alias.Name !== 'string') return
    const aliasAt = item(field(at, 'Aliases'), i)
    const aliasId = aliasNodeId(name, alias.Name)
    const weights = alias.RoutingConfig?.AdditionalVersionWeights ?? {}
    const additional = Object.values(weights).reduce((sum, w) => sum + (typeof w === 'number' ? w : 0), 0)
    const resolveVersion: Resolve = (version) => resolveFunction(list.doc, `${name}:${version}`)
    const primaryWeight = Math.max(0, 1 - additional)
    const primaryPath = field(aliasAt, 'FunctionVersion')
    list.add('alias-route', aliasId, alias.FunctionVersion, resolveVersion, primaryPath, percent(primaryWeight), { removable: false, weight: primaryWeight })
    const weightsAt = field(field(aliasAt, 'RoutingConfig'), 'AdditionalVersionWeights')
    for (const [version, weight] of Object.entries(weights)) {
      const w = typeof weight === 'number' ? weight : 0
      list.add('alias-route', aliasId, version, resolveVersion, entry(weightsAt, version), percent(w), { weight: w })
    }
  })
  const destinationsAt = field(field(at, 'EventInvokeConfig'), 'DestinationConfig')
  for (const on of ['OnSuccess', 'OnFailure'] as const) {
    const onAt = field(destinationsAt, on)
    list.add('destination', source, fn.EventInvokeConfig?.DestinationConfig?.[on]?.Destination, list.to(DESTINATION_KINDS), onAt, on, { refField: 'Destination' })
  }
  list.add('dead-letter', source, fn.DeadLetterConfig?.TargetArn, list.to(DEAD_LETTER_KINDS), field(at, 'DeadLetterConfig'), 'DLQ', { refField: 'TargetArn' })
}

function sourceEdges(list: EdgeList, doc: Scenario): void {
  doc.Topics?.forEach((topic, i) => {
    const source = namedNodeId('topic', topic.TopicName)
    topic.Subscriptions?.forEach((sub, j) => {
      const resolve = sub.Protocol === 'sqs' ? list.to(['queue']) : list.fn
      list.add('subscription', source, sub.Endpoint, resolve, item(field(item('Topics', i), 'Subscriptions'), j), `${sub.Protocol} subscription`, { refField: 'Endpoint' })
    })
  })
  doc.Buckets?.forEach((bucket, i) => {
    const source = namedNodeId('bucket', bucket.BucketName)
    const config = bucket.NotificationConfiguration
    const at = field(item('Buckets', i), 'NotificationConfiguration')
    const events = (e: { Events?: string[] }): string => (Array.isArray(e.Events) ? e.Events.join(', ').replaceAll('s3:', '') : 'notification')
    config?.LambdaFunctionConfigurations?.forEach((n, j) => list.add('notification', source, n.LambdaFunctionArn, list.fn, item(field(at, 'LambdaFunctionConfigurations'), j), events(n), { refField: 'LambdaFunctionArn' }))
    config?.QueueConfigurations?.forEach((n, j) => list.add('notification', source, n.QueueArn, list.to(['queue']), item(field(at, 'QueueConfigurations'), j), events(n), { refField: 'QueueArn' }))
    config?.TopicConfigurations?.forEach((n, j) => list.add('notification', source, n.TopicArn, list.to(['topic']), item(field(at, 'TopicConfigurations'), j), events(n), { refField: 'TopicArn' }))
  })
  doc.Queues?.forEach((queue, i) => {
    const policy = queue.RedrivePolicy
    const label = typeof policy?.maxReceiveCount === 'number' ? `DLQ after ${policy.maxReceiveCount} receives` : 'DLQ'
    list.add('redrive', namedNodeId('queue', queue.QueueName), policy?.deadLetterTargetArn, list.to(['queue']), field(item('Queues', i), 'RedrivePolicy'), label, { refField: 'deadLetterTargetArn' })
  })
  doc.EventSourceMappings?.forEach((mapping, i) => {
    const at = item('EventSourceMappings', i)
    const source = typeof mapping.EventSourceArn === 'string' ? resolveResource(doc, mapping.EventSourceArn, MAPPING_SOURCE_KINDS) : undefined
    const batch = typeof mapping.BatchSize === 'number' ? ` · batch ${mapping.BatchSize}` : ''
    const label = mapping.Enabled === false ? 'mapping (disabled)' : `mapping${batch}`
    const sourceRef = field(at, 'EventSourceArn')
    list.add('mapping', source, mapping.FunctionName, list.fn, at, label, { refField: 'FunctionName', sourceRef })
    const failureAt = field(field(at, 'DestinationConfig'), 'OnFailure')
    list.add('mapping-failure', source, mapping.DestinationConfig?.OnFailure?.Destination, list.to(MAPPING_FAILURE_KINDS), failureAt, 'OnFailure (mapping)', { refField: 'Destination', sourceRef })
  })
  doc.Rules?.forEach((rule, i) => {
    const at = item('Rules', i)
    const ruleId = namedNodeId('rule', rule.Name)
    const busPath = field(at, 'EventBusName')
    list.add('bus-rule', namedNodeId('bus', rule.EventBusName ?? DEFAULT_BUS), rule.Name, () => ruleId, busPath, 'rule', { removable: false, refField: false, sourceRef: busPath })
    rule.Targets?.forEach((target, j) => list.add('rule-target', ruleId, target.Arn, list.to(RULE_TARGET_KINDS), item(field(at, 'Targets'), j), `target ${target.Id}`, { refField: 'Arn' }))
  })
  doc.Apis?.forEach((api, i) => {
    api.Routes?.forEach((route, j) => list.add('route', namedNodeId('api', api.Name), route.Target, list.fn, item(field(item('Apis', i), 'Routes'), j), route.RouteKey, { refField: 'Target' }))
  })
  doc.LoadBalancers?.forEach((lb, i) => {
    lb.TargetGroups?.forEach((group, j) => list.add('target-group', namedNodeId('loadBalancer', lb.Name), group.Target, list.fn, item(field(item('LoadBalancers', i), 'TargetGroups'), j), group.Name, { refField: 'Target' }))
  })
}

export function documentEdges(doc: Scenario): GraphEdge[] {
  const list = new EdgeList(doc)
  doc.Traffic?.forEach((traffic, i) => {
    list.add('traffic', trafficNodeId(i), traffic.Target, (text) => resolveTrafficTarget(doc, text), field(item('Traffic', i), 'Target'), trafficMode(traffic), { removable: false })
  })
  doc.Functions.forEach((fn, i) => functionEdges(list, fn, item('Functions', i)))
  sourceEdges(list, doc)
  return list.edges
}
