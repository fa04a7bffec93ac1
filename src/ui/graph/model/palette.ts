/**
 * The palette: adding a node adds a valid document entry with AWS's defaults (fields left out take
 * them) and a name no other resource of its kind has. Versions and aliases belong to a function, so
 * they are added to the function the user is working on.
 */
import type { LayoutPosition, Scenario } from '../../../engine/scenario/types.ts'
import { newProblems } from './connect.ts'
import { appendAt, functionField, uniqueName } from './documentEdits.ts'
import { NAMED_KINDS, namesOf, type NamedKind, type NodeKind } from './kinds.ts'
import { aliasNodeId, namedNodeId, trafficNodeId, versionNodeId } from './nodeIds.ts'
import { findFunction } from './resolve.ts'
import { entry, setPath } from './documentPath.ts'

export interface PaletteItem {
  readonly kind: NodeKind
  /** The button's accessible name: "Add function". */
  readonly label: string
  /** What the button shows, short enough for one row at 1280 px: "+ function". */
  readonly short: string
  /** Needs a function to work on (versions, aliases, traffic). */
  readonly needsFunction: boolean
}

export const PALETTE: readonly PaletteItem[] = [
  { kind: 'function', label: 'Add function', short: '+ function', needsFunction: false },
  { kind: 'version', label: 'Publish version', short: '+ version', needsFunction: true },
  { kind: 'alias', label: 'Add alias', short: '+ alias', needsFunction: true },
  { kind: 'traffic', label: 'Add traffic', short: '+ traffic', needsFunction: true },
  { kind: 'queue', label: 'Add SQS queue', short: '+ queue', needsFunction: false },
  { kind: 'topic', label: 'Add SNS topic', short: '+ topic', needsFunction: false },
  { kind: 'bucket', label: 'Add S3 bucket', short: '+ bucket', needsFunction: false },
  { kind: 'table', label: 'Add DynamoDB table', short: '+ table', needsFunction: false },
  { kind: 'stream', label: 'Add Kinesis stream', short: '+ stream', needsFunction: false },
  { kind: 'bus', label: 'Add event bus', short: '+ bus', needsFunction: false },
  { kind: 'rule', label: 'Add EventBridge rule', short: '+ rule', needsFunction: false },
  { kind: 'api', label: 'Add API Gateway API', short: '+ API', needsFunction: true },
  { kind: 'loadBalancer', label: 'Add load balancer', short: '+ ALB', needsFunction: true },
]

/**
 * The new entry of a named kind, given its unique name: only what AWS requires, the rest defaults.
 * An API needs a route and a load balancer a target group, so they start wired to `fn`.
 */
function newEntry(kind: NamedKind, name: string, fn: string | undefined): Record<string, unknown> | string {
  const named = { [NAMED_KINDS[kind].nameField]: name }
  switch (kind) {
    case 'table': return { ...named, KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] }
    case 'rule': return { ...named, ScheduleExpression: 'rate(1 minute)', Targets: [] }
    case 'api':
      return fn === undefined ? NEEDS_FUNCTION : { ...named, ProtocolType: 'HTTP', Routes: [{ RouteKey: '$default', Target: fn }] }
    case 'loadBalancer': {
      const group = `${fn ?? ''}-targets`
      return fn === undefined ? NEEDS_FUNCTION : { ...named, TargetGroups: [{ Name: group, Target: fn }], DefaultTargetGroup: group }
    }
    default: return named
  }
}

const NEEDS_FUNCTION = 'Add a function first: it is what versions, aliases, traffic, API routes and target groups lead to'

const BASE_NAMES: { readonly [K in NamedKind]: string } = {
  function: 'my-function', queue: 'my-queue', topic: 'my-topic', bucket: 'my-bucket', table: 'my-table',
  stream: 'my-stream', bus: 'my-bus', rule: 'my-rule', api: 'my-api', loadBalancer: 'my-alb',
}

export type AddResult = { readonly doc: Scenario; readonly nodeId: string } | { readonly refused: string }

interface Added { doc: Scenario; nodeId: string }

function addForFunction(doc: Scenario, kind: 'version' | 'alias' | 'traffic', fnName: string): Added | string {
  const fn = findFunction(doc, fnName)
  if (fn === undefined) return `There is no function named ${fnName}`
  switch (kind) {
    case 'version': {
      // Versions are numbered 1, 2, 3, ... and a number is never reused ([D-versions] §7.1).
      const next = String(Math.max(0, ...(fn.Versions ?? []).map((v) => Number(v.Version) || 0)) + 1)
      return { doc: appendAt(doc, functionField(doc, fnName, 'Versions'), { Version: next }), nodeId: versionNodeId(fnName, next) }
    }
    case 'alias': {
      const name = uniqueName('live', (fn.Aliases ?? []).map((a) => a.Name))
      const newest = fn.Versions?.at(-1)?.Version ?? '$LATEST'
      return { doc: appendAt(doc, functionField(doc, fnName, 'Aliases'), { Name: name, FunctionVersion: newest }), nodeId: aliasNodeId(fnName, name) }
    }
    case 'traffic': {
      const index = doc.Traffic?.length ?? 0
      return { doc: appendAt(doc, 'Traffic', { Target: fnName, Arrivals: { Process: 'constant', RatePerSecond: 1 } }), nodeId: trafficNodeId(index) }
    }
    default: {
      const unknown: never = kind
      return unknown
    }
  }
}

/**
 * Adds a node of `kind`. `functionName` is the function versions, aliases and traffic attach to;
 * `position` (graph coordinates) is stored in `Layout` so the node appears where it was asked for.
 */
export function addNode(doc: Scenario, kind: NodeKind, options: { functionName?: string; position?: LayoutPosition } = {}): AddResult {
  let added: Added | string
  const fnName = options.functionName ?? doc.Functions[0]?.FunctionName
  if (kind === 'version' || kind === 'alias' || kind === 'traffic') {
    added = fnName === undefined ? NEEDS_FUNCTION : addForFunction(doc, kind, fnName)
  } else {
    const name = uniqueName(BASE_NAMES[kind], namesOf(doc, kind))
    const entry = newEntry(kind, name, fnName)
    added = typeof entry === 'string' ? entry : { doc: appendAt(doc, NAMED_KINDS[kind].list, entry), nodeId: namedNodeId(kind, name) }
  }
  if (typeof added === 'string') return { refused: added }
  const [problem] = newProblems(doc, added.doc)
  if (problem !== undefined) return { refused: problem }
  const placed = options.position === undefined ? added.doc : setPath(added.doc, entry('Layout', added.nodeId), options.position)
  return { doc: placed, nodeId: added.nodeId }
}
