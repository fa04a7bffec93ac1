/**
 * SQS queue attributes (`Queues[]`: their names and FIFO-ness are checked with the account) and
 * the event source mappings that read queues. Ranges are CreateQueue's; a redrive policy names an
 * existing queue of the same type, with `maxReceiveCount` 1–1,000.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html
 */
import {
  SQS_DELAY_MAX_SECONDS, SQS_MAX_RECEIVE_COUNT_MAX, SQS_RETENTION_MAX_SECONDS, SQS_RETENTION_MIN_SECONDS,
  SQS_VISIBILITY_TIMEOUT_DEFAULT_SECONDS, SQS_VISIBILITY_TIMEOUT_MAX_SECONDS,
} from '../facts.ts'
import { field, isObject, item, type Fields, type Raw } from './check.ts'
import type { ScenarioContext } from './context.ts'
import type { QueueConfig, Scenario } from './types.ts'
import { checkQueueOrTopic } from './validatePushReferences.ts'
import { checkSqsMappings } from './validateSqsMapping.ts'

type RedrivePolicy = NonNullable<QueueConfig['RedrivePolicy']>
const REDRIVE_FIELDS: Fields<RedrivePolicy> = { deadLetterTargetArn: 'required', maxReceiveCount: 'required' }

/** What a mapping needs to know of its queue. */
export interface QueueFacts {
  readonly fifo: boolean
  /** Seconds; undefined when invalid (reported). */
  readonly visibilityTimeout: number | undefined
}

/** Checks every queue's attributes, then the mappings that read queues; returns what the mappings learned of each queue. */
export function checkSqs(ctx: ScenarioContext, scenario: Raw<Scenario>): ReadonlyMap<string, QueueFacts> {
  const queues = checkQueueAttributes(ctx, scenario.Queues, 'Queues')
  checkSqsMappings(ctx, scenario, queues)
  return queues
}

function checkQueueAttributes(ctx: ScenarioContext, value: unknown, at: string): ReadonlyMap<string, QueueFacts> {
  const facts = new Map<string, QueueFacts>()
  if (!Array.isArray(value)) return facts
  value.forEach((entry, i) => {
    if (!isObject(entry)) return
    const queueAt = item(at, i)
    const raw: Raw<QueueConfig> = entry
    const fifo = raw.FifoQueue === true
    const { c } = ctx
    const visibilityTimeout = c.integer(raw.VisibilityTimeout, field(queueAt, 'VisibilityTimeout'), {
      min: 0, max: SQS_VISIBILITY_TIMEOUT_MAX_SECONDS, unit: 'seconds', why: 'SQS hides a received message for 0 s to 12 hours',
    })
    c.integer(raw.MessageRetentionPeriod, field(queueAt, 'MessageRetentionPeriod'), {
      min: SQS_RETENTION_MIN_SECONDS, max: SQS_RETENTION_MAX_SECONDS, unit: 'seconds', why: 'SQS keeps messages from 1 minute to 14 days',
    })
    c.integer(raw.DelaySeconds, field(queueAt, 'DelaySeconds'), { min: 0, max: SQS_DELAY_MAX_SECONDS, unit: 'seconds', why: 'SQS delays messages up to 15 minutes' })
    const dedup = c.boolean(raw.ContentBasedDeduplication, field(queueAt, 'ContentBasedDeduplication'))
    if (dedup !== undefined && !fifo) {
      c.report(field(queueAt, 'ContentBasedDeduplication'), 'fifo-only', 'ContentBasedDeduplication applies to FIFO queues only; standard queues do not deduplicate')
    }
    checkRedrivePolicy(ctx, raw.RedrivePolicy, field(queueAt, 'RedrivePolicy'), fifo)
    if (typeof raw.QueueName === 'string') {
      facts.set(raw.QueueName, {
        fifo,
        visibilityTimeout: raw.VisibilityTimeout === undefined ? SQS_VISIBILITY_TIMEOUT_DEFAULT_SECONDS : visibilityTimeout,
      })
    }
  })
  return facts
}

function checkRedrivePolicy(ctx: ScenarioContext, value: unknown, at: string, fifo: boolean): void {
  const { c } = ctx
  const policy = c.object(value, at, REDRIVE_FIELDS)
  if (policy === undefined) return
  c.integer(policy.maxReceiveCount, field(at, 'maxReceiveCount'), {
    min: 1, max: SQS_MAX_RECEIVE_COUNT_MAX, why: 'the receives after which SQS moves a message to the dead-letter queue',
  })
  const targetAt = field(at, 'deadLetterTargetArn')
  const target = policy.deadLetterTargetArn === undefined ? undefined : checkQueueOrTopic(ctx, policy.deadLetterTargetArn, targetAt, 'Queue')
  if (target === undefined || target.fifo === fifo) return
  c.report(targetAt, 'redrive-type', fifo
    ? `${target.name} is a standard queue; the dead-letter queue of a FIFO queue must be a FIFO queue`
    : `${target.name} is a FIFO queue; the dead-letter queue of a standard queue must be a standard queue`)
}
