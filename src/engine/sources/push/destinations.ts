/**
 * Where S3 notifications and EventBridge rules send events: a function (invoked asynchronously), a
 * queue or a topic, named by ARN or, as scenarios also write them, by name.
 */
import { resolveTarget, type TargetRef } from '../../invoke/targets.ts'
import { parseResourceTarget } from '../../scenario/resourceTargets.ts'
import type { World } from '../../world.ts'
import { queueNameOf } from '../sqs/references.ts'
import { sendToQueue } from '../sqs/send.ts'
import { invokeFromService } from './invokeFunction.ts'
import { publishToTopic } from './snsTopics.ts'

export type PushDestination =
  | { readonly kind: 'function'; readonly target: TargetRef }
  | { readonly kind: 'queue'; readonly name: string }
  | { readonly kind: 'topic'; readonly name: string }

/** What is sent: a JSON value, and its text when the sender has it already (a rule target's Input). */
export interface PushPayload {
  readonly value: unknown
  readonly text: string | null
}

/**
 * The destination a valid document names; `kind` when the field says it (S3's QueueArn), else
 * read from the ARN, or a bare name looked up among functions, queues and topics.
 */
export function destinationOf(world: World, reference: string, kind: PushDestination['kind'] | null, at: string): PushDestination {
  if (kind === 'queue') return { kind, name: queueNameOf(reference) }
  if (kind === 'topic') return { kind, name: reference.slice(reference.lastIndexOf(':') + 1) }
  const resource = reference.startsWith('arn:') ? parseResourceTarget(reference) : undefined
  if (resource?.kind === 'Queue') return { kind: 'queue', name: resource.name }
  if (resource?.kind === 'Topic') return { kind: 'topic', name: resource.name }
  const target = resource === undefined ? resolveTarget(world, reference) : null
  if (target !== null) return { kind: 'function', target }
  if (kind === null && world.queues.has(reference)) return { kind: 'queue', name: reference }
  if (kind === null && world.topics.has(reference)) return { kind: 'topic', name: reference }
  throw new Error(`${at}: no ${kind ?? 'function, queue or topic'} ${reference}`)
}

/**
 * What became of a send: taken by the destination, refused by the queue or topic, or refused by
 * Lambda because the sender's chain was stopped as a recursive loop (../recursion.ts).
 */
export type SendOutcome = 'sent' | 'refused' | 'stopped'

const sentIf = (ok: boolean): SendOutcome => (ok ? 'sent' : 'refused')

/** Sends on behalf of a sender at `chainDepth`. */
export function sendToDestination(world: World, destination: PushDestination, payload: PushPayload, subject: string | null, chainDepth: number): SendOutcome {
  switch (destination.kind) {
    case 'function':
      return invokeFromService(world, destination.target, payload.value, chainDepth) ? 'sent' : 'stopped'
    case 'queue':
      return sentIf(sendToQueue(world, destination.name, payload.text ?? payload.value, { chainDepth }).ok)
    case 'topic': {
      const text = payload.text ?? JSON.stringify(payload.value)
      return sentIf(publishToTopic(world, destination.name, { text, subject, attributes: null, groupId: null }, chainDepth) !== null)
    }
    default: {
      const unknown: never = destination
      throw new Error(`Unknown destination ${JSON.stringify(unknown)}`)
    }
  }
}
