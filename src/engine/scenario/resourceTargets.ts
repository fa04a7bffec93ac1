/**
 * How a `Traffic` entry names a resource that invokes functions, rather than a function: `Kind:Name`
 * (`Api:orders`, `Queue:jobs`) or the resource's ARN as AWS writes it. Shared by the validator and
 * the engine, so both read a target the same way.
 *
 * A function whose name is one of the kinds below is targeted by its ARN (`Api:prod` is the API).
 */
import { isObject } from './check.ts'

/** The resources a traffic source can feed (a subset of the engine's `ResourceKind`). */
export const FEED_KINDS = ['Api', 'LoadBalancer', 'Queue', 'Topic', 'Bucket', 'Stream', 'Table', 'EventBus'] as const
export type FeedKind = (typeof FEED_KINDS)[number]

export interface ResourceTarget {
  readonly kind: FeedKind
  readonly name: string
  /** Only when written as an ARN that carries them (an S3 bucket ARN has neither). */
  readonly region: string | undefined
  readonly account: string | undefined
}

/** The ARN forms, one line each, for error messages and docs. */
export const RESOURCE_ARN_FORMS = [
  'arn:aws:apigateway:<region>::/restapis/<Name> or /apis/<Name> (the API\'s Name stands for its id)',
  'arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app/<Name>[/<id>]',
  'arn:aws:sqs:<region>:<account>:<QueueName>',
  'arn:aws:sns:<region>:<account>:<TopicName>',
  'arn:aws:s3:::<BucketName>',
  'arn:aws:kinesis:<region>:<account>:stream/<StreamName>',
  'arn:aws:dynamodb:<region>:<account>:table/<TableName>',
  'arn:aws:events:<region>:<account>:event-bus/<Name>',
] as const

const isFeedKind = (text: string): text is FeedKind => (FEED_KINDS as readonly string[]).includes(text)

/** `<prefix><name>` of an ARN's resource part, or undefined. */
function after(resource: string, prefix: string): string | undefined {
  if (!resource.startsWith(prefix)) return undefined
  const name = resource.slice(prefix.length)
  return name === '' || name.includes('/') ? undefined : name
}

function fromArn(text: string): ResourceTarget | undefined {
  const parts = text.split(':')
  const [arn, partition, service, regionPart, accountPart] = parts
  if (arn !== 'arn' || partition !== 'aws' || parts.length < 6) return undefined
  const resource = parts.slice(5).join(':')
  const region = regionPart === '' ? undefined : regionPart
  const account = accountPart === '' ? undefined : accountPart
  const target = (kind: FeedKind, name: string | undefined): ResourceTarget | undefined =>
    name === undefined || name === '' ? undefined : { kind, name, region, account }
  switch (service) {
    case 'sqs':
      return region && account && !resource.includes('/') ? target('Queue', resource) : undefined
    case 'sns':
      return region && account && !resource.includes('/') ? target('Topic', resource) : undefined
    case 's3':
      return !region && !account && !resource.includes('/') ? target('Bucket', resource) : undefined
    case 'kinesis':
      return region && account ? target('Stream', after(resource, 'stream/')) : undefined
    case 'dynamodb':
      return region && account ? target('Table', after(resource, 'table/')) : undefined
    case 'events':
      return region && account ? target('EventBus', after(resource, 'event-bus/')) : undefined
    case 'apigateway':
      return region && !account ? target('Api', after(resource, '/restapis/') ?? after(resource, '/apis/')) : undefined
    case 'elasticloadbalancing': {
      const match = /^loadbalancer\/app\/([^/]+)(?:\/[0-9a-f]+)?$/.exec(resource)
      return region && account ? target('LoadBalancer', match?.[1]) : undefined
    }
    default:
      return undefined
  }
}

/** The resource a target names, or undefined when it names a function (or nothing valid). */
export function parseResourceTarget(text: string): ResourceTarget | undefined {
  if (text.startsWith('arn:')) return fromArn(text)
  const colon = text.indexOf(':')
  if (colon < 0) return undefined
  const kind = text.slice(0, colon)
  const name = text.slice(colon + 1)
  return isFeedKind(kind) && name !== '' ? { kind, name, region: undefined, account: undefined } : undefined
}

/** Whether `text` starts like a resource target (`Kind:` or a non-Lambda ARN), valid or not. */
export function looksLikeResourceTarget(text: string): boolean {
  if (text.startsWith('arn:')) return !text.startsWith('arn:aws:lambda:')
  const colon = text.indexOf(':')
  return colon > 0 && isFeedKind(text.slice(0, colon))
}

const NAME_FIELDS: Readonly<Record<FeedKind, readonly [string, string]>> = {
  Api: ['Apis', 'Name'],
  LoadBalancer: ['LoadBalancers', 'Name'],
  Queue: ['Queues', 'QueueName'],
  Topic: ['Topics', 'TopicName'],
  Bucket: ['Buckets', 'BucketName'],
  Stream: ['Streams', 'StreamName'],
  Table: ['Tables', 'TableName'],
  EventBus: ['EventBuses', 'Name'],
}

/**
 * The names each kind of resource has in a (not yet validated) document, for checking references:
 * entries that are malformed are reported where they are declared, so they are simply skipped here.
 */
export function resourceNamesOf(doc: Readonly<Record<string, unknown>>): ReadonlyMap<FeedKind, ReadonlySet<string>> {
  const names = new Map<FeedKind, ReadonlySet<string>>()
  for (const kind of FEED_KINDS) {
    const [list, nameField] = NAME_FIELDS[kind]
    const entries = Array.isArray(doc[list]) ? (doc[list] as unknown[]) : []
    const found = new Set<string>(kind === 'EventBus' ? ['default'] : [])
    for (const entry of entries) {
      const name = isObject(entry) ? entry[nameField] : undefined
      if (typeof name === 'string') found.add(name)
    }
    names.set(kind, found)
  }
  return names
}

/** The document array that declares a kind, for messages ("the scenario's Apis define no ..."). */
export const declaredIn = (kind: FeedKind): string => NAME_FIELDS[kind][0]
