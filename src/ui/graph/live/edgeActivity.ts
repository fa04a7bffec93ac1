/**
 * Which edges carry traffic now. Counters of the run (a function's invocations, a version's
 * executions, a queue's messages, a resource's processed events) are compared with the previous
 * frame's: an edge is animated while the counter it feeds keeps rising. Traffic generators are
 * active while their window and rate say they send. Computed once per frame for all edges.
 */
import type { RunSummary } from '../../../engine/api.ts'
import type { Scenario } from '../../../engine/scenario/types.ts'
import type { GraphEdge } from '../model/graphTypes.ts'
import { functionOfNode, parseNodeId } from '../model/nodeIds.ts'
import { ACCOUNTING_PREFIX, mappingKey, type LiveIndex } from './liveIndex.ts'
import type { LiveInputs } from './liveTypes.ts'
import { trafficActiveAt } from './trafficActivity.ts'

type Counters = Map<string, number>

function countersOf(summary: RunSummary | null, resources: LiveInputs['resources']): Counters {
  const counters: Counters = new Map()
  for (const [name, fn] of Object.entries(summary?.Functions ?? {})) {
    counters.set(`function:${name}`, fn.Invocations)
    counters.set(`async:${name}`, fn.AsyncEventsReceived)
    for (const [version, count] of Object.entries(fn.ExecutedVersions ?? {})) counters.set(`version:${name}:${version}`, count)
  }
  for (const [name, queue] of Object.entries(summary?.Queues ?? {})) counters.set(`received:queue:${name}`, queue.MessagesReceived)
  for (const [key, accounting] of Object.entries(resources ?? {})) {
    counters.set(`received:${key}`, accounting.Received)
    counters.set(`processed:${key}`, accounting.Processed)
  }
  return counters
}

/** The counter whose rise means the target received something (invoked, enqueued, published). */
function targetCounter(targetId: string, asynchronous: boolean): string | undefined {
  const ref = parseNodeId(targetId)
  if (ref === undefined || ref.kind === 'traffic') return undefined
  if (ref.kind === 'version') return `version:${ref.functionName}:${ref.version}`
  if (ref.kind === 'alias') return `function:${ref.functionName}`
  if (ref.kind === 'function') return asynchronous ? `async:${ref.name}` : `function:${ref.name}`
  const prefix = ACCOUNTING_PREFIX[ref.kind]
  if (ref.kind === 'queue') return `received:queue:${ref.name}`
  return prefix === undefined ? undefined : `received:${prefix}:${ref.name}`
}

function sourceCounter(sourceId: string): string | undefined {
  const ref = parseNodeId(sourceId)
  if (ref === undefined || !('name' in ref)) return undefined
  const prefix = ACCOUNTING_PREFIX[ref.kind]
  return prefix === undefined ? undefined : `processed:${prefix}:${ref.name}`
}

/**
 * The counters that may animate `edge`, best first: its source's processed events when the run
 * accounts for the source, else its target's receipts (which any other source may also cause).
 */
export function edgeCounters(edge: GraphEdge): string[] {
  switch (edge.kind) {
    case 'version': return []
    case 'traffic': return []
    case 'alias-route': {
      const target = parseNodeId(edge.target)
      return target?.kind === 'function' ? [`version:${target.name}:$LATEST`] : [targetCounter(edge.target, false) ?? '']
    }
    case 'destination':
    case 'dead-letter':
    case 'redrive':
    case 'mapping-failure': return [targetCounter(edge.target, true) ?? '']
    case 'bus-rule': return [targetCounter(edge.target, false) ?? '']
    default: return [sourceCounter(edge.source), targetCounter(edge.target, false)].filter((c): c is string => c !== undefined)
  }
}

export interface ActivityInput {
  readonly doc: Scenario
  readonly edges: readonly GraphEdge[]
  readonly live: LiveInputs
  readonly index: LiveIndex
}

/**
 * What the snapshot says directly, when it has the edge's source: a queue's mapping with invokes
 * running, a stream's batches in flight, an API's or load balancer's requests in flight.
 */
function seenInSnapshot(edge: GraphEdge, index: LiveIndex): boolean | undefined {
  const source = index.resources.get(edge.source)
  if (source === undefined) return undefined
  const sourceKind = parseNodeId(edge.source)?.kind
  if (edge.kind === 'mapping' && sourceKind === 'queue') {
    const target = parseNodeId(edge.target)
    const fn = target === undefined ? undefined : functionOfNode(target)
    return fn !== undefined && index.busyMappings.has(mappingKey(edge.source, fn))
  }
  if (edge.kind === 'mapping' || edge.kind === 'route' || edge.kind === 'target-group') return source.inFlight !== null && source.inFlight > 0
  return undefined
}

/**
 * Returns a function from the newest input to the set of active edge ids. It remembers the
 * counters of the last summary it saw; counters only change when a new summary arrives.
 */
export function createEdgeActivity(): (input: ActivityInput) => ReadonlySet<string> {
  let lastSummary: RunSummary | null = null
  let lastResources: LiveInputs['resources'] = null
  let previous: Counters = new Map()
  let rising = new Set<string>()
  let lastNowMs = 0
  return ({ doc, edges, live, index }) => {
    if (!live.playing || live.snapshot === null) return new Set()
    // A new run starts its counters from zero again.
    if (live.snapshot.nowMs < lastNowMs) previous = new Map()
    lastNowMs = live.snapshot.nowMs
    if (live.summary !== lastSummary || live.resources !== lastResources) {
      const current = countersOf(live.summary, live.resources)
      rising = new Set([...current].filter(([key, value]) => value > (previous.get(key) ?? 0)).map(([key]) => key))
      previous = current
      lastSummary = live.summary
      lastResources = live.resources
    }
    const nowMs = live.snapshot.nowMs
    const active = new Set<string>()
    for (const edge of edges) {
      if (edge.kind === 'traffic') {
        const index = parseNodeId(edge.source)
        const traffic = index?.kind === 'traffic' ? doc.Traffic?.[index.index] : undefined
        if (traffic !== undefined && trafficActiveAt(traffic, nowMs, doc.DurationSeconds)) active.add(edge.id)
      } else {
        const seen = seenInSnapshot(edge, index)
        const counter = seen === undefined ? edgeCounters(edge).find((c) => previous.has(c)) : undefined
        if (seen === true || (counter !== undefined && rising.has(counter))) active.add(edge.id)
      }
    }
    return active
  }
}
