/**
 * SNS subscriptions of `Topics[]`: a Lambda function or an SQS queue, an optional filter policy in
 * event-pattern syntax on the message's attributes or body, raw delivery for queues. SNS FIFO topics
 * deliver to SQS queues only, and standard topics cannot deliver to FIFO queues.
 * https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html
 * https://docs.aws.amazon.com/sns/latest/dg/fifo-topic-subscriptions.html
 */
import { compilePattern } from '../sources/patterns.ts'
import { field, isObject, item, type Fields } from './check.ts'
import type { ScenarioContext } from './context.ts'
import type { SubscriptionConfig } from './types.ts'
import { checkFunctionAtStart, checkQueueOrTopic, reportPatternProblems } from './validatePushReferences.ts'

const SUBSCRIPTION_FIELDS: Fields<SubscriptionConfig> = {
  Protocol: 'required', Endpoint: 'required', FilterPolicy: 'optional', FilterPolicyScope: 'optional', RawMessageDelivery: 'optional',
}
const PROTOCOLS: readonly SubscriptionConfig['Protocol'][] = ['lambda', 'sqs']
const SCOPES: readonly NonNullable<SubscriptionConfig['FilterPolicyScope']>[] = ['MessageAttributes', 'MessageBody']

/** The topics' own fields are checked with the account (validateAccount.ts); this checks their Subscriptions. */
export function checkSubscriptions(ctx: ScenarioContext, topics: unknown, at: string): void {
  if (!Array.isArray(topics)) return
  topics.forEach((topic, i) => {
    if (!isObject(topic)) return
    const topicAt = item(at, i)
    const fifo = topic.FifoTopic === true
    ctx.c.array(topic.Subscriptions, field(topicAt, 'Subscriptions'))?.forEach((raw, j) => {
      checkSubscription(ctx, raw, item(field(topicAt, 'Subscriptions'), j), fifo)
    })
  })
}

function checkSubscription(ctx: ScenarioContext, value: unknown, at: string, fifoTopic: boolean): void {
  const { c } = ctx
  const sub = c.object(value, at, SUBSCRIPTION_FIELDS)
  if (sub === undefined) return
  const protocol = c.oneOf(sub.Protocol, field(at, 'Protocol'), PROTOCOLS)
  const endpointAt = field(at, 'Endpoint')
  if (protocol === 'lambda') {
    checkFunctionAtStart(ctx, sub.Endpoint, endpointAt)
    if (fifoTopic) c.report(field(at, 'Protocol'), 'fifo-pairing', 'An SNS FIFO topic delivers only to SQS queues; subscribe a queue and map it to the function')
    if (sub.RawMessageDelivery === true) {
      c.report(field(at, 'RawMessageDelivery'), 'subscription-option', 'RawMessageDelivery applies to SQS (and HTTP) subscriptions; Lambda always receives the SNS event')
    }
  } else if (protocol === 'sqs') {
    const queue = checkQueueOrTopic(ctx, sub.Endpoint, endpointAt, 'Queue')
    if (queue !== undefined && queue.fifo !== fifoTopic) {
      c.report(endpointAt, 'fifo-pairing', queue.fifo
        ? `${queue.name} is a FIFO queue; only a FIFO topic can deliver to it`
        : `${queue.name} is a standard queue; a FIFO topic delivers to FIFO queues`)
    }
  }
  c.boolean(sub.RawMessageDelivery, field(at, 'RawMessageDelivery'))
  const scope = c.oneOf(sub.FilterPolicyScope, field(at, 'FilterPolicyScope'), SCOPES) ?? 'MessageAttributes'
  checkFilterPolicy(ctx, sub.FilterPolicy, field(at, 'FilterPolicy'), scope)
}

/** Event-pattern syntax; on attributes the policy is flat, as SNS requires outside `MessageBody` scope. */
function checkFilterPolicy(ctx: ScenarioContext, policy: unknown, at: string, scope: NonNullable<SubscriptionConfig['FilterPolicyScope']>): void {
  if (policy === undefined) return
  const compiled = compilePattern(policy)
  if (!compiled.ok) {
    reportPatternProblems(ctx, at, compiled.problems, 'FilterPolicy')
    return
  }
  if (scope !== 'MessageAttributes' || !isObject(policy)) return
  for (const [key, value] of Object.entries(policy)) {
    if (key !== '$or' && isObject(value)) {
      ctx.c.report(field(at, key), 'event-pattern', `FilterPolicy: attribute policies are flat (attribute name → list of values); nested keys need FilterPolicyScope "MessageBody"`)
    }
  }
}
