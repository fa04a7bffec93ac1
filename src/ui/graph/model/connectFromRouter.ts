/**
 * Connections from things that route requests or events to a target: traffic generators, API Gateway
 * APIs, load balancers, event buses and rules.
 */
import type { Scenario } from '../../../engine/scenario/types.ts'
import { choices, edit, isInvokable, refuse, type ConnectionPlan } from './connectionTypes.ts'
import { appendAt, listPath, uniqueName } from './documentEdits.ts'
import { field, item, setPath } from './documentPath.ts'
import { DEFAULT_BUS, NAMED_KINDS, namesOf, type NamedKind } from './kinds.ts'
import type { NodeRef } from './nodeIds.ts'
import { referenceTo } from './referenceTo.ts'
import { findEntry } from './resolve.ts'

/** EventBridge allows up to 5 targets per rule. */
export const RULE_TARGETS_MAX = 5
/** An EventBridge pattern every event matches: EventBridge refuses an empty pattern. */
export const MATCH_ALL_PATTERN = { source: [{ prefix: '' }] }

/** A traffic generator feeds a function, version or alias directly, or any resource that invokes functions. */
function fromTraffic(doc: Scenario, index: number, target: NodeRef, targetId: string): ConnectionPlan {
  let reference: string | undefined
  if (target.kind === 'function' || target.kind === 'version' || target.kind === 'alias') reference = referenceTo(doc, targetId, ['function'])
  else if (target.kind !== 'traffic') {
    const prefix = NAMED_KINDS[target.kind].trafficPrefix
    if (prefix === undefined) return refuse(`Traffic cannot be sent to ${NAMED_KINDS[target.kind].noun} ${target.name}: events reach a rule through its event bus, so connect the traffic to the bus`)
    reference = `${prefix}:${target.name}`
  }
  if (reference === undefined) return refuse('A traffic generator sends to a function or a resource that invokes one, not to another generator')
  const text = reference
  const toFunction = target.kind === 'function' || target.kind === 'version' || target.kind === 'alias'
  return choices(edit('Target', `Send Traffic ${index + 1} to ${text}`, (d) => {
    const at = item('Traffic', index)
    const retargeted = setPath(d, field(at, 'Target'), text)
    // A function is sent Payload with an InvocationType; a resource a Request, invoking its functions its own way.
    return toFunction ? setPath(retargeted, field(at, 'Request'), undefined) : setPath(retargeted, field(at, 'InvocationType'), undefined)
  }))
}

function fromApi(doc: Scenario, api: string, target: NodeRef, targetId: string): ConnectionPlan {
  if (!isInvokable(target)) return refuse(`API Gateway integrates ${api}'s routes with Lambda functions (proxy integration); connect it to a function, version or alias`)
  const fnRef = referenceTo(doc, targetId, ['function']) ?? ''
  const routes = (findEntry(doc, 'api', api)?.Routes ?? []) as { RouteKey?: string }[]
  const keys = routes.map((r) => r.RouteKey ?? '')
  const http = findEntry(doc, 'api', api)?.ProtocolType === 'HTTP'
  // The catch-all route first (`$default` on HTTP APIs, `ANY /{proxy+}` on REST), then a path per function.
  const catchAll = http ? '$default' : 'ANY /{proxy+}'
  const fnName = fnRef.split(':')[0] ?? fnRef
  const routeKey = keys.includes(catchAll) ? uniqueName(`ANY /${fnName}`, keys) : catchAll
  return choices(edit('Route', `Route ${routeKey}`, (d) => appendAt(d, field(listPath(d, 'api', api), 'Routes'), { RouteKey: routeKey, Target: fnRef })))
}

function fromLoadBalancer(doc: Scenario, lb: string, target: NodeRef, targetId: string): ConnectionPlan {
  if (!isInvokable(target)) return refuse(`An Application Load Balancer forwards to a target group whose target is a Lambda function; connect ${lb} to a function`)
  const fnRef = referenceTo(doc, targetId, ['function']) ?? ''
  const entry = findEntry(doc, 'loadBalancer', lb)
  const groups = ((entry?.TargetGroups ?? []) as { Name?: string }[]).map((g) => g.Name ?? '')
  const name = uniqueName(`${fnRef.replaceAll(':', '-')}-targets`, groups)
  return choices(edit('TargetGroup', `Target group ${name}`, (d) => {
    const at = listPath(d, 'loadBalancer', lb)
    const withGroup = appendAt(d, field(at, 'TargetGroups'), { Name: name, Target: fnRef })
    // The first target group also becomes the listener's default action, so requests reach it.
    return entry?.DefaultTargetGroup === undefined ? setPath(withGroup, field(at, 'DefaultTargetGroup'), name) : withGroup
  }))
}

const RULE_TARGET_KINDS: readonly NamedKind[] = ['function', 'queue', 'topic', 'bus']

function ruleTargetReference(doc: Scenario, target: NodeRef, targetId: string): string | undefined {
  if (isInvokable(target)) return referenceTo(doc, targetId, RULE_TARGET_KINDS)
  if (target.kind === 'queue' || target.kind === 'topic' || target.kind === 'bus') return referenceTo(doc, targetId, RULE_TARGET_KINDS)
  return undefined
}

function fromRule(doc: Scenario, rule: string, target: NodeRef, targetId: string): ConnectionPlan {
  const reference = ruleTargetReference(doc, target, targetId)
  if (reference === undefined) return refuse(`Rule ${rule} can target functions, queues, topics and event buses here`)
  const targets = (findEntry(doc, 'rule', rule)?.Targets ?? []) as { Id?: string; Arn?: string }[]
  if (targets.some((t) => t.Arn === reference)) return refuse(`${reference} is already a target of ${rule}`)
  if (targets.length >= RULE_TARGETS_MAX) return refuse(`Rule ${rule} already has ${RULE_TARGETS_MAX} targets, EventBridge's limit per rule`)
  const id = uniqueName(`target-${targets.length + 1}`, targets.map((t) => t.Id ?? ''))
  return choices(edit('Target', `Target of ${rule}`, (d) => appendAt(d, field(listPath(d, 'rule', rule), 'Targets'), { Id: id, Arn: reference })))
}

function fromBus(doc: Scenario, bus: string, target: NodeRef, targetId: string): ConnectionPlan {
  if (target.kind === 'rule') {
    const setBus = (d: Scenario): Scenario => setPath(d, field(listPath(d, 'rule', target.name), 'EventBusName'), bus === DEFAULT_BUS ? undefined : bus)
    return choices(edit('EventBusName', `Put rule ${target.name} on ${bus}`, setBus))
  }
  const reference = ruleTargetReference(doc, target, targetId)
  if (reference === undefined || target.kind === 'bus') return refuse(`An event bus delivers through rules: connect ${bus} to a function, queue or topic (a rule is created) or to a rule`)
  const ruleName = uniqueName(`${bus}-to-${reference.split(':')[0] ?? 'target'}`.replace(/[^.\-_A-Za-z0-9]/g, '-'), namesOf(doc, 'rule'))
  return choices(edit('Rule', `Rule ${ruleName} (every event)`, (d) => appendAt(d, 'Rules', {
    Name: ruleName,
    ...(bus === DEFAULT_BUS ? {} : { EventBusName: bus }),
    EventPattern: MATCH_ALL_PATTERN,
    Targets: [{ Id: 'target-1', Arn: reference }],
  })))
}

export function connectRouter(doc: Scenario, source: NodeRef, target: NodeRef, targetId: string): ConnectionPlan {
  switch (source.kind) {
    case 'traffic': return fromTraffic(doc, source.index, target, targetId)
    case 'api': return fromApi(doc, source.name, target, targetId)
    case 'loadBalancer': return fromLoadBalancer(doc, source.name, target, targetId)
    case 'rule': return fromRule(doc, source.name, target, targetId)
    case 'bus': return fromBus(doc, source.name, target, targetId)
    default: return refuse(`${source.kind} nodes do not route to anything`)
  }
}
