/**
 * An EventBridge rule's targets, and what happens when a delivery fails
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html).
 *
 * EventBridge invokes a function target asynchronously, so all it sees is the Invoke call. Lambda
 * accepts that (202) whenever the function exists, as asynchronous invocations from AWS services
 * are not rate-limited [D-quotas] §1; from then on the event is Lambda's, and Lambda's async
 * retries, destinations and dead-letter queue apply [D-async-err] §2.2. EventBridge retries only
 * retriable failures of its own delivery (throttling, 5xx) under the target's `RetryPolicy`; no
 * delivery the simulator makes to a function, queue or topic fails that way, so the policy never
 * comes into play. The failure the simulator does have is a function target whose version or
 * alias does not exist yet (the Timeline creates it later): Lambda answers ResourceNotFoundException,
 * which EventBridge does not retry ("a target resource that no longer exists"). The event goes at
 * once to the target's dead-letter queue with EventBridge's message attributes, or is dropped.
 */
import { ACCOUNT_ID } from '../../facts.ts'
import { resolveTarget } from '../../invoke/targets.ts'
import { parseFunctionTarget } from '../../scenario/references.ts'
import { parseResourceTarget } from '../../scenario/resourceTargets.ts'
import type { RuleTargetConfig } from '../../scenario/types.ts'
import type { World } from '../../world.ts'
import type { MessageAttributes } from '../sqs/message.ts'
import { queueNameOf } from '../sqs/references.ts'
import { sendToQueue } from '../sqs/send.ts'
import { destinationOf, sendToDestination, type PushDestination, type PushPayload } from './destinations.ts'

export interface RuleTarget {
  /** `Arn` as written: a function target is invoked by this name, so a version or alias created later resolves once it exists. */
  readonly reference: string
  /** Null while the function target's version or alias does not exist. */
  destination: PushDestination | null
  /** `Input`: the JSON the target receives instead of the event, as a value and as its text. */
  readonly input: PushPayload | null
  /** The dead-letter queue's name; null without one. */
  readonly deadLetterQueue: string | null
}

export type DeliveryOutcome = 'delivered' | 'dead-lettered' | 'dropped'

/** A queue or topic the reference names (by ARN, or by a name the document gives one). */
function namesQueueOrTopic(world: World, reference: string): boolean {
  const resource = reference.startsWith('arn:') ? parseResourceTarget(reference) : undefined
  if (resource !== undefined) return resource.kind === 'Queue' || resource.kind === 'Topic'
  return world.queues.has(reference) || world.topics.has(reference)
}

/** A target of a valid document; a function's qualifier may not exist yet. */
export function createRuleTarget(world: World, doc: RuleTargetConfig, at: string): RuleTarget {
  const resolvable = namesQueueOrTopic(world, doc.Arn) || resolveTarget(world, doc.Arn) !== null
  return {
    reference: doc.Arn,
    destination: resolvable ? destinationOf(world, doc.Arn, null, `${at}.Arn`) : null,
    input: doc.Input === undefined ? null : { value: JSON.parse(doc.Input) as unknown, text: doc.Input },
    deadLetterQueue: doc.DeadLetterConfig?.Arn === undefined ? null : queueNameOf(doc.DeadLetterConfig.Arn),
  }
}

function functionArn(region: string, reference: string): string {
  const target = parseFunctionTarget(reference)
  const qualifier = target?.qualifier === undefined ? '' : `:${target.qualifier}`
  return `arn:aws:lambda:${region}:${ACCOUNT_ID}:function:${target?.name ?? reference}${qualifier}`
}

/** The attributes EventBridge puts on a dead-lettered event; EXHAUSTED_RETRY_CONDITION only when retries ran out, never here. */
function deadLetterAttributes(ruleArn: string, targetArn: string, code: string, message: string): MessageAttributes {
  const text = (value: string) => ({ DataType: 'String', StringValue: value })
  return { RULE_ARN: text(ruleArn), TARGET_ARN: text(targetArn), ERROR_CODE: text(code), ERROR_MESSAGE: text(message), RETRY_ATTEMPTS: text('0') }
}

/** Sends `event` (or the target's Input) on a new chain of requests: EventBridge carries no loop detection [D-recursion]. */
export function deliverToTarget(world: World, ruleArn: string, target: RuleTarget, event: object): DeliveryOutcome {
  if (target.destination === null) {
    const resolved = resolveTarget(world, target.reference)
    if (resolved !== null) target.destination = { kind: 'function', target: resolved }
  }
  if (target.destination !== null) {
    return sendToDestination(world, target.destination, target.input ?? { value: event, text: null }, null, 0) === 'sent' ? 'delivered' : 'dropped'
  }
  if (target.deadLetterQueue === null) return 'dropped'
  const arn = functionArn(world.region, target.reference)
  // The event as it matched the rule (not the target's Input) is what the dead-letter queue keeps.
  const sent = sendToQueue(world, target.deadLetterQueue, event, {
    messageAttributes: deadLetterAttributes(ruleArn, arn, 'NO_RESOURCE', `Function not found: ${arn}`),
  })
  return sent.ok ? 'dead-lettered' : 'dropped'
}
