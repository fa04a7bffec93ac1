/**
 * Connections that start at a function, version or alias: asynchronous destinations and the
 * dead-letter queue ([D-async-rec], lambda-facts §2.4, §2.5), and an alias's versions (§7.2).
 */
import type { Scenario } from '../../../engine/scenario/types.ts'
import { choices, refuse, type ConnectionChoice, type ConnectionPlan } from './connectionTypes.ts'
import { entry, field, setPath } from './documentPath.ts'
import { functionField } from './documentEdits.ts'
import { NAMED_KINDS, type NamedKind } from './kinds.ts'
import type { NodeRef } from './nodeIds.ts'
import { referenceTo } from './referenceTo.ts'
import { findEntry, findFunction } from './resolve.ts'

const DESTINATION_KINDS: readonly NamedKind[] = ['queue', 'topic', 'function', 'bus', 'bucket']
const DEAD_LETTER_KINDS: readonly NamedKind[] = ['queue', 'topic']
/** The routed version's share when an alias is first connected to a second version: a 10 % canary. */
export const CANARY_WEIGHT = 0.1

function isFifo(doc: Scenario, target: NodeRef): boolean {
  if (target.kind !== 'queue' && target.kind !== 'topic') return false
  const resource = findEntry(doc, target.kind, target.name)
  return resource?.[target.kind === 'queue' ? 'FifoQueue' : 'FifoTopic'] === true
}

function destination(fn: string, on: 'OnSuccess' | 'OnFailure', label: string, reference: string): ConnectionChoice {
  return {
    id: on,
    label,
    edit: (doc) => setPath(doc, functionField(doc, fn, `EventInvokeConfig.DestinationConfig.${on}`), { Destination: reference }),
  }
}

function deadLetter(fn: string, reference: string): ConnectionChoice {
  return {
    id: 'DeadLetterConfig',
    label: 'Dead-letter queue',
    edit: (doc) => setPath(doc, functionField(doc, fn, 'DeadLetterConfig'), { TargetArn: reference }),
  }
}

/** A function node → a queue, topic, bucket, bus or another function. */
export function connectFunction(doc: Scenario, fn: string, target: NodeRef, targetId: string): ConnectionPlan {
  if (target.kind === 'version' || target.kind === 'alias' || target.kind === 'traffic') {
    return refuse('A destination is a whole function: Lambda invokes its unqualified ARN ($LATEST), never a version or an alias')
  }
  if (target.kind === 'function' && target.name === fn) {
    return refuse(`${fn} cannot be its own destination: sending a function's result back to itself is a loop Lambda refuses to configure`)
  }
  if (!DESTINATION_KINDS.includes(target.kind)) {
    return refuse(`Lambda cannot send a function's results to ${NAMED_KINDS[target.kind].noun} ${target.name}: destinations are SQS queues, SNS topics, functions, event buses and (on failure) S3 buckets; handler code reaches the rest through the SDK`)
  }
  if (isFifo(doc, target)) {
    return refuse(`${target.name} is a FIFO ${target.kind}: Lambda supports only standard queues and topics as destinations and dead-letter queues`)
  }
  const reference = referenceTo(doc, targetId, DESTINATION_KINDS) ?? target.name
  const onFailure = destination(fn, 'OnFailure', 'On-failure destination', reference)
  // An S3 bucket receives failed invocations only (since November 2024, [API@2024-11-22]).
  if (target.kind === 'bucket') return choices(onFailure)
  const onSuccess = destination(fn, 'OnSuccess', 'On-success destination', reference)
  if (!DEAD_LETTER_KINDS.includes(target.kind)) return choices(onSuccess, onFailure)
  return choices(onSuccess, onFailure, deadLetter(fn, referenceTo(doc, targetId, DEAD_LETTER_KINDS) ?? target.name))
}

/** An alias → one of its function's versions (or the function itself, `$LATEST`): its primary version, or a weighted second one. */
export function connectAlias(doc: Scenario, fn: string, alias: string, target: NodeRef): ConnectionPlan {
  const targetFunction = target.kind === 'function' ? target.name : target.kind === 'version' ? target.functionName : undefined
  if (target.kind === 'alias') return refuse('An alias points to a version, not to another alias')
  if (targetFunction === undefined) return refuse(`An alias only points to versions of its function; connect ${alias} to a version of ${fn}`)
  if (targetFunction !== fn) return refuse(`Alias ${alias} belongs to ${fn}; an alias points only to versions of its own function`)
  const version = target.kind === 'version' ? target.version : '$LATEST'
  const aliases = findFunction(doc, fn)?.Aliases ?? []
  const aliasIndex = aliases.findIndex((a) => a.Name === alias)
  const config = aliases[aliasIndex]
  if (config === undefined) return refuse(`${fn} has no alias ${alias}`)
  const aliasPath = (d: Scenario): string => functionField(d, fn, `Aliases[${aliasIndex}]`)
  const primary: ConnectionChoice = {
    id: 'primary',
    label: `Point ${alias} at ${version}`,
    edit: (d) => {
      const pointed = setPath(d, field(aliasPath(d), 'FunctionVersion'), version)
      // The version cannot also be the alias's routed one (`routing-same-version`), so that route goes.
      return setPath(pointed, entry(field(field(aliasPath(d), 'RoutingConfig'), 'AdditionalVersionWeights'), version), undefined)
    },
  }
  if (version === '$LATEST') return choices(primary)
  if (version === config.FunctionVersion) return refuse(`${alias} already points to version ${version}`)
  const routed: ConnectionChoice = {
    id: 'additional',
    label: `Route ${CANARY_WEIGHT * 100} % of ${alias}'s traffic to version ${version}`,
    // Lambda routes to at most one additional version, so this replaces any other one.
    edit: (d) => setPath(d, field(field(aliasPath(d), 'RoutingConfig'), 'AdditionalVersionWeights'), { [version]: CANARY_WEIGHT }),
  }
  return choices(primary, routed)
}
