/** The account (Region, concurrency limit, scaling model) and the queues and topics in it. */
import {
  ACCOUNT_CONCURRENCY_MAX, ACCOUNT_CONCURRENCY_MIN, DEFAULT_ACCOUNT_CONCURRENCY, DEFAULT_REGION, QUEUE_NAME_PATTERN,
  REGION_PATTERN, TOPIC_NAME_PATTERN, UNRESERVED_MINIMUM,
} from '../facts.ts'
import { field, item, type Checker, type Fields, type Raw } from './check.ts'
import type { Resource } from './context.ts'
import type { AccountConfig, EnvironmentSelection, QueueConfig, ScalingModel, TopicConfig } from './types.ts'

const ACCOUNT_FIELDS: Fields<AccountConfig> = {
  Region: 'optional',
  ConcurrentExecutions: 'optional',
  ScalingModel: 'optional',
  EnvironmentSelection: 'optional',
  ApplyFreeTier: 'optional',
  ProvisionedConcurrencyPreparationSeconds: 'optional',
}
const SCALING_MODELS: readonly ScalingModel[] = ['per-function', 'legacy-burst']
const ENVIRONMENT_SELECTIONS: readonly EnvironmentSelection[] = ['most-recently-used', 'newest', 'oldest', 'random']
const QUEUE_FIELDS: Fields<QueueConfig> = {
  QueueName: 'required', FifoQueue: 'optional', VisibilityTimeout: 'optional', MessageRetentionPeriod: 'optional', DelaySeconds: 'optional',
  ContentBasedDeduplication: 'optional', RedrivePolicy: 'optional',
}
const TOPIC_FIELDS: Fields<TopicConfig> = { TopicName: 'required', FifoTopic: 'optional', Subscriptions: 'optional' }

export interface AccountFacts {
  /** Undefined when invalid, so checks against it stay silent. */
  readonly region: string | undefined
  readonly concurrency: number | undefined
}

export function checkAccount(c: Checker, value: unknown, at: string): AccountFacts {
  const account = c.object(value, at, ACCOUNT_FIELDS) ?? {}
  const region = c.string(account.Region, field(at, 'Region'), {
    pattern: REGION_PATTERN, expected: 'a Region code such as "us-east-1" or "eu-west-1"',
  })
  const concurrency = c.integer(account.ConcurrentExecutions, field(at, 'ConcurrentExecutions'), {
    min: ACCOUNT_CONCURRENCY_MIN,
    max: ACCOUNT_CONCURRENCY_MAX,
    why: `Lambda keeps ${UNRESERVED_MINIMUM} units unreserved, and the simulator stops at a million (AWS's default is 1,000)`,
  })
  c.oneOf(account.ScalingModel, field(at, 'ScalingModel'), SCALING_MODELS)
  c.oneOf(account.EnvironmentSelection, field(at, 'EnvironmentSelection'), ENVIRONMENT_SELECTIONS)
  c.boolean(account.ApplyFreeTier, field(at, 'ApplyFreeTier'))
  c.number(account.ProvisionedConcurrencyPreparationSeconds, field(at, 'ProvisionedConcurrencyPreparationSeconds'), {
    min: 0, unit: 'seconds',
  })
  return {
    region: account.Region === undefined ? DEFAULT_REGION : region,
    concurrency: account.ConcurrentExecutions === undefined ? DEFAULT_ACCOUNT_CONCURRENCY : concurrency,
  }
}

interface ResourceKind<T> {
  readonly fields: Fields<T>
  readonly nameField: keyof T & string
  readonly fifoField: keyof T & string
  readonly pattern: RegExp
  readonly expected: string
  readonly noun: 'queue' | 'topic'
}

const QUEUE: ResourceKind<QueueConfig> = {
  fields: QUEUE_FIELDS, nameField: 'QueueName', fifoField: 'FifoQueue', pattern: QUEUE_NAME_PATTERN, noun: 'queue',
  expected: 'up to 80 letters, digits, hyphens or underscores, with ".fifo" at the end for a FIFO queue',
}
const TOPIC: ResourceKind<TopicConfig> = {
  fields: TOPIC_FIELDS, nameField: 'TopicName', fifoField: 'FifoTopic', pattern: TOPIC_NAME_PATTERN, noun: 'topic',
  expected: '1 to 256 letters, digits, hyphens or underscores, with ".fifo" at the end for a FIFO topic',
}

export const checkQueues = (c: Checker, value: unknown, at: string): ReadonlyMap<string, Resource> => checkResources(c, value, at, QUEUE)
export const checkTopics = (c: Checker, value: unknown, at: string): ReadonlyMap<string, Resource> => checkResources(c, value, at, TOPIC)

/** Names are unique, and a name ends in `.fifo` exactly when the queue or topic is FIFO (SQS and SNS both require it). */
function checkResources<T>(c: Checker, value: unknown, at: string, kind: ResourceKind<T>): ReadonlyMap<string, Resource> {
  const resources = new Map<string, Resource>()
  c.array(value, at)?.forEach((entry, i) => {
    const resourceAt = item(at, i)
    const raw: Raw<T> | undefined = c.object(entry, resourceAt, kind.fields)
    if (raw === undefined) return
    const nameAt = field(resourceAt, kind.nameField)
    const name = c.string(raw[kind.nameField], nameAt, { pattern: kind.pattern, expected: kind.expected })
    const declared = raw[kind.fifoField]
    // Absent means standard; an invalid value is reported and leaves the kind unknown.
    const fifo = declared === undefined ? false : c.boolean(declared, field(resourceAt, kind.fifoField))
    if (name === undefined) return
    if (fifo !== undefined && name.endsWith('.fifo') !== fifo) {
      const Noun = kind.noun === 'queue' ? 'Queue' : 'Topic'
      c.report(nameAt, 'fifo-name', fifo
        ? `${Noun} ${name} is FIFO, so its name must end in ".fifo"`
        : `${Noun} ${name} ends in ".fifo", which only FIFO ${kind.noun}s' names do; set ${kind.fifoField} to true`)
    }
    if (resources.has(name)) c.report(nameAt, 'duplicate', `There is already a ${kind.noun} named ${name}; names are unique in an account and Region`)
    else resources.set(name, { fifo: fifo ?? false })
  })
  return resources
}
