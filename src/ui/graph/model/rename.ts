/**
 * Renaming a resource renames every reference to it, as the console does when it shows a
 * resource's triggers and destinations: traffic targets, destinations, mappings, subscriptions,
 * notifications, rule targets, routes and target groups, the Timeline's actions (with the UUIDs of
 * the mappings they update, which follow what the mappings connect: timelineRefs.ts), provisioned
 * concurrency on a renamed alias, and the node's place in `Layout`.
 */
import type { Scenario } from '../../../engine/scenario/types.ts'
import { graphOf } from './documentGraph.ts'
import type { GraphEdge } from './graphTypes.ts'
import { field, getPath, item, setPath } from './documentPath.ts'
import { NAMED_KINDS } from './kinds.ts'
import { renameLayoutKeys } from './layoutKeys.ts'
import { aliasNodeId, functionNodeId, parseNodeId, versionNodeId } from './nodeIds.ts'
import { keepMappingUuids, timelineRefs } from './timelineRefs.ts'

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * `text` with the name `from` replaced by `to`, in any of the document's reference forms: a bare
 * name, `Queue:name`, an ARN ending in `:name` or `/name` (or with `/name/` inside, a table's stream).
 */
export function renameInReference(text: string, from: string, to: string): string {
  return text.replace(new RegExp(`(^|[:/])${escape(from)}(?=$|/)`), `$1${to}`)
}

/** A function reference: `name`, `name:qualifier`, `account:function:name[:q]` or its ARN. */
export function renameFunctionInReference(text: string, from: string, to: string): string {
  const parts = text.split(':')
  const at = text.startsWith('arn:') ? 6 : parts[1] === 'function' ? 2 : 0
  if (parts[at] !== from) return text
  parts[at] = to
  return parts.join(':')
}

/** An alias reference: the qualifier after the function's name. */
function renameAliasInReference(text: string, fn: string, from: string, to: string): string {
  const parts = text.split(':')
  const at = text.startsWith('arn:') ? 7 : parts[1] === 'function' ? 3 : 1
  const fnAt = at - 1
  if (parts[fnAt] !== fn || parts[at] !== from) return text
  parts[at] = to
  return parts.join(':')
}

function rewrite(doc: Scenario, path: string, change: (text: string) => string): Scenario {
  const text = getPath(doc, path)
  if (typeof text !== 'string') return doc
  const next = change(text)
  return next === text ? doc : setPath(doc, path, next)
}

function renameTimeline(doc: Scenario, fn: string, change: (action: Record<string, unknown>) => Record<string, unknown>): Scenario {
  if (doc.Timeline === undefined) return doc
  return { ...doc, Timeline: doc.Timeline.map((step) => (step.Do.FunctionName === fn ? { ...step, Do: change({ ...step.Do }) as typeof step.Do } : step)) }
}

/**
 * Renames the resource or alias `nodeId` to `to`, with every reference to it. Versions are numbered
 * by Lambda and traffic generators have no name, so those are returned unchanged.
 */
export function renameNode(doc: Scenario, nodeId: string, to: string): Scenario {
  const next = renameReferences(doc, nodeId, to)
  return next === doc ? doc : keepMappingUuids(doc, next)
}

/** A reference to a node: a graph edge, or where the Timeline names one. */
type Reference = Pick<GraphEdge, 'target' | 'targetRef' | 'sourceRef'> & { readonly source?: string }

function renameReferences(doc: Scenario, nodeId: string, to: string): Scenario {
  const ref = parseNodeId(nodeId)
  const graph = graphOf(doc)
  const references: readonly Reference[] = [...graph.edges, ...timelineRefs(doc)]
  const node = graph.nodes.find((n) => n.id === nodeId)
  if (ref === undefined || node === undefined || node.path === '' || ref.kind === 'version' || ref.kind === 'traffic') return doc
  if (ref.kind === 'alias') {
    const { functionName: fn, alias: from } = ref
    let next = setPath(doc, field(node.path, 'Name'), to)
    for (const edge of references) {
      if (edge.target === nodeId && edge.targetRef !== undefined) next = rewrite(next, edge.targetRef, (t) => renameAliasInReference(t, fn, from, to))
    }
    const fnIndex = doc.Functions.findIndex((f) => f.FunctionName === fn)
    doc.Functions[fnIndex]?.ProvisionedConcurrencyConfigs?.forEach((pc, i) => {
      if (pc.Qualifier === from) next = setPath(next, field(item(field(item('Functions', fnIndex), 'ProvisionedConcurrencyConfigs'), i), 'Qualifier'), to)
    })
    next = renameTimeline(next, fn, (a) => ({ ...a, ...(a.Name === from ? { Name: to } : {}), ...(a.Qualifier === from ? { Qualifier: to } : {}) }))
    return renameLayoutKeys(next, (id) => (id === nodeId ? aliasNodeId(fn, to) : id))
  }
  const from = ref.name
  let next = setPath(doc, field(node.path, NAMED_KINDS[ref.kind].nameField), to)
  if (ref.kind === 'function') {
    const family = new Set([nodeId, ...graph.nodes.filter((n) => n.functionName === from).map((n) => n.id)])
    for (const edge of references) {
      if (family.has(edge.target) && edge.targetRef !== undefined) next = rewrite(next, edge.targetRef, (t) => renameFunctionInReference(t, from, to))
    }
    next = renameTimeline(next, from, (a) => ({ ...a, FunctionName: to }))
    return renameLayoutKeys(next, (id) => {
      const r = parseNodeId(id)
      if (r?.kind === 'function' && r.name === from) return functionNodeId(to)
      if (r?.kind === 'version' && r.functionName === from) return versionNodeId(to, r.version)
      if (r?.kind === 'alias' && r.functionName === from) return aliasNodeId(to, r.alias)
      return id
    })
  }
  for (const edge of references) {
    if (edge.target === nodeId && edge.targetRef !== undefined) next = rewrite(next, edge.targetRef, (t) => renameInReference(t, from, to))
    if (edge.source === nodeId && edge.sourceRef !== undefined) next = rewrite(next, edge.sourceRef, (t) => renameInReference(t, from, to))
  }
  return renameLayoutKeys(next, (id) => (id === nodeId ? `${ref.kind}:${to}` : id))
}
