/**
 * The kinds of node the graph draws, one per kind of thing the scenario document holds, and where
 * each lives in the document. Named resources are entries of a top-level list keyed by a name field;
 * versions and aliases live under their function; traffic generators are unnamed, known by index.
 */
import type { Scenario } from '../../../engine/scenario/types.ts'
import { perDocument } from './perDocument.ts'

/** A resource that is an entry of a top-level list of the document, known by its name. */
export type NamedKind = 'function' | 'queue' | 'topic' | 'bucket' | 'table' | 'stream' | 'bus' | 'rule' | 'api' | 'loadBalancer'
export type NodeKind = NamedKind | 'version' | 'alias' | 'traffic'

type ListKey = 'Functions' | 'Queues' | 'Topics' | 'Buckets' | 'Tables' | 'Streams' | 'EventBuses' | 'Rules' | 'Apis' | 'LoadBalancers'

export interface NamedKindInfo {
  readonly list: ListKey
  readonly nameField: string
  /** What the console calls one, for labels and messages. */
  readonly noun: string
  /** How a `Traffic[].Target` names a resource of this kind (`Queue:orders`); functions are named bare. */
  readonly trafficPrefix: string | undefined
}

export const NAMED_KINDS: { readonly [K in NamedKind]: NamedKindInfo } = {
  function: { list: 'Functions', nameField: 'FunctionName', noun: 'function', trafficPrefix: undefined },
  queue: { list: 'Queues', nameField: 'QueueName', noun: 'SQS queue', trafficPrefix: 'Queue' },
  topic: { list: 'Topics', nameField: 'TopicName', noun: 'SNS topic', trafficPrefix: 'Topic' },
  bucket: { list: 'Buckets', nameField: 'BucketName', noun: 'S3 bucket', trafficPrefix: 'Bucket' },
  table: { list: 'Tables', nameField: 'TableName', noun: 'DynamoDB table', trafficPrefix: 'Table' },
  stream: { list: 'Streams', nameField: 'StreamName', noun: 'Kinesis stream', trafficPrefix: 'Stream' },
  bus: { list: 'EventBuses', nameField: 'Name', noun: 'event bus', trafficPrefix: 'EventBus' },
  rule: { list: 'Rules', nameField: 'Name', noun: 'EventBridge rule', trafficPrefix: undefined },
  api: { list: 'Apis', nameField: 'Name', noun: 'API Gateway API', trafficPrefix: 'Api' },
  loadBalancer: { list: 'LoadBalancers', nameField: 'Name', noun: 'load balancer', trafficPrefix: 'LoadBalancer' },
}

export const NAMED_KIND_LIST = Object.keys(NAMED_KINDS) as NamedKind[]

/** The `default` event bus exists in every account without being declared [EventBridge]. */
export const DEFAULT_BUS = 'default'

/** A document entry seen without its exact type: the graph reads names and references from it. */
export type Entry = Readonly<Record<string, unknown>>

/** The entries of a kind's list (empty when the document has none). */
export function entriesOf(doc: Scenario, kind: NamedKind): readonly Entry[] {
  const list: unknown = doc[NAMED_KINDS[kind].list]
  return Array.isArray(list) ? (list as Entry[]) : []
}

/** The name of an entry, or undefined when it has none yet (a half-typed document). */
export function nameOf(entry: Entry, kind: NamedKind): string | undefined {
  const name = entry[NAMED_KINDS[kind].nameField]
  return typeof name === 'string' && name !== '' ? name : undefined
}

export function namesOf(doc: Scenario, kind: NamedKind): string[] {
  const names = entriesOf(doc, kind).map((entry) => nameOf(entry, kind)).filter((name) => name !== undefined)
  return kind === 'bus' && !names.includes(DEFAULT_BUS) ? [DEFAULT_BUS, ...names] : names
}

export function indexOfName(doc: Scenario, kind: NamedKind, name: string): number {
  return entriesOf(doc, kind).findIndex((entry) => nameOf(entry, kind) === name)
}

const nameSets = perDocument((doc) => new Map(NAMED_KIND_LIST.map((kind) => [kind, new Set(namesOf(doc, kind))])))

/** Whether the document has a `kind` named `name`; indexed once per document, so resolving every reference stays linear. */
export function hasName(doc: Scenario, kind: NamedKind, name: string): boolean {
  return nameSets(doc).get(kind)?.has(name) === true
}
