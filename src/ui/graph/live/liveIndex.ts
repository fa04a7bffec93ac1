/**
 * The live state of each node, indexed once per frame so every node's selector is a map lookup:
 * with hundreds of nodes, a frame costs one pass over the snapshot, not one per node.
 */
import { DEFAULT_ACCOUNT_CONCURRENCY } from '../../../engine/facts.ts'
import type { Snapshot } from '../../../engine/api.ts'
import type { Scenario } from '../../../engine/scenario/types.ts'
import type { NamedKind } from '../model/kinds.ts'
import { namedNodeId, parseNodeId } from '../model/nodeIds.ts'
import type { FunctionLive, LiveInputs, QualifierLive, ResourceLive } from './liveTypes.ts'

/** How `eventAccounting()` names each kind of resource (`Queue:orders`). */
export const ACCOUNTING_PREFIX: Partial<Record<NamedKind, string>> = {
  queue: 'Queue', topic: 'Topic', bucket: 'Bucket', stream: 'Stream', table: 'Table', bus: 'EventBus', rule: 'Rule', api: 'Api', loadBalancer: 'LoadBalancer',
}

export interface LiveIndex {
  readonly functions: ReadonlyMap<string, FunctionLive>
  /** Keyed `function:qualifier`. */
  readonly qualifiers: ReadonlyMap<string, QualifierLive>
  /** Keyed by node id. */
  readonly resources: ReadonlyMap<string, ResourceLive>
  /** `queue:jobs→orders`: an event source mapping with invocations running now. */
  readonly busyMappings: ReadonlySet<string>
}

const EMPTY_INDEX: LiveIndex = { functions: new Map(), qualifiers: new Map(), resources: new Map(), busyMappings: new Set() }

export const mappingKey = (sourceId: string, functionName: string): string => `${sourceId}→${functionName}`

function indexFunctions(doc: Scenario, live: LiveInputs, snapshot: Snapshot): Pick<LiveIndex, 'functions' | 'qualifiers'> {
  const accountLimit = doc.Account?.ConcurrentExecutions ?? DEFAULT_ACCOUNT_CONCURRENCY
  // A function without reserved concurrency shares what the reservations leave of the account's limit [D-concurrency].
  const reserved = snapshot.functions.reduce((sum, fn) => sum + (fn.reservedConcurrency ?? 0), 0)
  const unreservedPool = Math.max(0, accountLimit - reserved)
  const functions = new Map<string, FunctionLive>()
  const qualifiers = new Map<string, QualifierLive>()
  for (const fn of snapshot.functions) {
    let requested = 0
    let allocated = 0
    for (const pc of fn.provisioned) {
      requested += pc.requested
      allocated += pc.allocated
      qualifiers.set(`${fn.functionName}:${pc.qualifier}`, { requested: pc.requested, allocated: pc.allocated, status: pc.status })
    }
    functions.set(fn.functionName, {
      inFlight: fn.inFlight,
      limit: fn.reservedConcurrency ?? unreservedPool,
      limitKind: fn.reservedConcurrency === null ? 'unreserved' : 'reserved',
      provisionedAllocated: allocated,
      provisionedRequested: requested,
      busy: fn.environments.busy,
      idle: fn.environments.idle,
      initializing: fn.environments.initializing,
      asyncQueued: fn.asyncQueueDepth,
      throttles: live.summary?.Functions[fn.functionName]?.Throttles ?? 0,
    })
  }
  return { functions, qualifiers }
}

/** Queues, streams and HTTP endpoints from the snapshot's views; other resources from the engine's accounting. */
function indexResources(live: LiveInputs, snapshot: Snapshot): Pick<LiveIndex, 'resources' | 'busyMappings'> {
  const resources = new Map<string, ResourceLive>()
  const busyMappings = new Set<string>()
  for (const [key, accounting] of Object.entries(live.resources ?? {})) {
    const [prefix, name] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)]
    const kind = (Object.keys(ACCOUNTING_PREFIX) as NamedKind[]).find((k) => ACCOUNTING_PREFIX[k] === prefix)
    if (kind !== undefined) resources.set(namedNodeId(kind, name), { waiting: accounting.Pending, inFlight: null, received: accounting.Received, blocked: null })
  }
  for (const queue of snapshot.queues ?? []) {
    const id = namedNodeId('queue', queue.name)
    resources.set(id, { waiting: queue.visible, inFlight: queue.inFlight, received: queue.received, blocked: null })
    for (const mapping of queue.mappings) if (mapping.inFlight > 0) busyMappings.add(mappingKey(id, mapping.functionName))
  }
  for (const stream of snapshot.streams ?? []) {
    const [prefix, name = ''] = stream.resource.split(/:(.*)/s)
    const id = namedNodeId(prefix === 'Table' ? 'table' : 'stream', name)
    const waiting = stream.shards.reduce((sum, s) => sum + s.behind, 0)
    const inFlight = stream.shards.reduce((sum, s) => sum + s.inFlight, 0)
    const blocked = stream.shards.filter((s) => s.blocked).length
    resources.set(id, { waiting, inFlight, received: resources.get(id)?.received ?? null, blocked })
  }
  for (const endpoint of snapshot.httpEndpoints ?? []) {
    const id = namedNodeId(endpoint.type === 'ALB' ? 'loadBalancer' : 'api', endpoint.name)
    resources.set(id, { waiting: null, inFlight: endpoint.inFlight, received: endpoint.requests, blocked: null })
  }
  return { resources, busyMappings }
}

export function buildLiveIndex(doc: Scenario, live: LiveInputs): LiveIndex {
  const { snapshot } = live
  if (snapshot === null) return EMPTY_INDEX
  return { ...indexFunctions(doc, live, snapshot), ...indexResources(live, snapshot) }
}

const NO_QUALIFIER: QualifierLive = { requested: 0, allocated: 0, status: 'NONE' }
const NO_RESOURCE: ResourceLive = { waiting: null, inFlight: null, received: null, blocked: null }

export function qualifierLive(index: LiveIndex, nodeId: string): QualifierLive {
  const ref = parseNodeId(nodeId)
  if (ref?.kind === 'version') return index.qualifiers.get(`${ref.functionName}:${ref.version}`) ?? NO_QUALIFIER
  if (ref?.kind === 'alias') return index.qualifiers.get(`${ref.functionName}:${ref.alias}`) ?? NO_QUALIFIER
  return NO_QUALIFIER
}

export function resourceLive(index: LiveIndex, nodeId: string): ResourceLive {
  return index.resources.get(nodeId) ?? NO_RESOURCE
}
