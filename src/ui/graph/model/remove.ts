/**
 * Deleting nodes and edges: each removes the document values it stands for, and whatever cannot
 * exist without them (a traffic generator aimed at a deleted function, a mapping to it, its
 * provisioned concurrency, the Timeline entries that change them: timelineRefs.ts). What AWS itself
 * refuses to delete is refused with the reason.
 */
import type { Scenario } from '../../../engine/scenario/types.ts'
import { newProblems } from './connect.ts'
import { documentGraph } from './documentGraph.ts'
import { field, item, removedItems, removePaths } from './documentPath.ts'
import { functionIndex } from './documentEdits.ts'
import type { GraphEdge } from './graphTypes.ts'
import { DEFAULT_BUS } from './kinds.ts'
import { parseNodeId, trafficNodeId, type NodeRef } from './nodeIds.ts'
import { relayoutAfterRemoval } from './layoutKeys.ts'
import { describeTimelineEntry, timelineAfterRemoval } from './timelineRefs.ts'

/** `removedFromTimeline`: the Timeline entries deleted with what they changed, as the user reads them (timelineRefs.ts). */
export type RemoveResult = { readonly doc: Scenario; readonly removedFromTimeline: readonly string[] } | { readonly refused: string }

const FIXED_EDGE_REASONS: Partial<Record<GraphEdge['kind'], string>> = {
  traffic: 'A traffic generator always has a target: connect it to another node, or delete the generator',
  'alias-route': 'An alias always points to a version: connect it to another version to repoint it',
  version: 'Delete the version node to delete the version',
  'bus-rule': 'A rule always belongs to an event bus: connect another bus to the rule to move it',
}

/** A target group goes with the listener rules and default action that forward to it. */
function edgePaths(doc: Scenario, edge: GraphEdge): string[] {
  if (edge.kind !== 'target-group') return [edge.path]
  const match = /^LoadBalancers\[(\d+)\]\.TargetGroups\[(\d+)\]$/.exec(edge.path)
  const lbIndex = Number(match?.[1])
  const lb = doc.LoadBalancers?.[lbIndex]
  const group = lb?.TargetGroups?.[Number(match?.[2])]
  if (lb === undefined || group === undefined) return [edge.path]
  const at = item('LoadBalancers', lbIndex)
  const rules = (lb.Rules ?? []).flatMap((rule, i) => (rule.TargetGroup === group.Name ? [item(field(at, 'Rules'), i)] : []))
  return [edge.path, ...rules, ...(lb.DefaultTargetGroup === group.Name ? [field(at, 'DefaultTargetGroup')] : [])]
}

/** Provisioned concurrency and Timeline actions that name a function, or one of its qualifiers. */
function dependents(doc: Scenario, fn: string, qualifier?: string): string[] {
  const paths: string[] = []
  const index = functionIndex(doc, fn)
  if (qualifier !== undefined && index >= 0) {
    doc.Functions[index]?.ProvisionedConcurrencyConfigs?.forEach((pc, i) => {
      if (pc.Qualifier === qualifier) paths.push(item(field(item('Functions', index), 'ProvisionedConcurrencyConfigs'), i))
    })
  }
  doc.Timeline?.forEach((step, i) => {
    const action = step.Do as Record<string, unknown>
    if (action.FunctionName !== fn) return
    const names = [action.Name, action.Qualifier, action.FunctionVersion]
    if (qualifier === undefined || names.includes(qualifier)) paths.push(item('Timeline', i))
  })
  return paths
}

/** The node ids a deletion of `ref` takes with it (a function takes its versions and aliases). */
function family(doc: Scenario, ref: NodeRef, id: string): string[] {
  if (ref.kind !== 'function') return [id]
  const fn = doc.Functions.find((f) => f.FunctionName === ref.name)
  return [id, ...(fn?.Versions ?? []).map((v) => `version:${ref.name}:${v.Version}`), ...(fn?.Aliases ?? []).map((a) => `alias:${ref.name}:${a.Name}`)]
}

export function removeElements(doc: Scenario, nodeIds: readonly string[], edgeIds: readonly string[] = []): RemoveResult {
  const graph = documentGraph(doc)
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]))
  const deleted = new Set<string>()
  const paths: string[] = []
  for (const id of nodeIds) {
    const ref = parseNodeId(id)
    const node = nodes.get(id)
    if (ref === undefined || node === undefined) continue
    if (ref.kind === 'bus' && ref.name === DEFAULT_BUS && node.path === '') return { refused: 'The default event bus exists in every account and cannot be deleted' }
    for (const member of family(doc, ref, id)) deleted.add(member)
    paths.push(node.path)
    if (ref.kind === 'function') paths.push(...dependents(doc, ref.name))
    if (ref.kind === 'version') paths.push(...dependents(doc, ref.functionName, ref.version))
    if (ref.kind === 'alias') paths.push(...dependents(doc, ref.functionName, ref.alias))
  }
  for (const edge of graph.edges) {
    const sourceGone = deleted.has(edge.source)
    const targetGone = deleted.has(edge.target)
    if (!sourceGone && !targetGone) continue
    if (edge.removable) paths.push(...edgePaths(doc, edge))
    else if (edge.kind === 'traffic' && targetGone) paths.push(nodes.get(edge.source)?.path ?? edge.path)
    else if (edge.kind === 'bus-rule' && sourceGone) paths.push(nodes.get(edge.target)?.path ?? edge.path)
    else if (edge.kind === 'alias-route' && targetGone && !sourceGone) {
      // Lambda will not delete a version an alias points to (ResourceConflictException).
      return { refused: `${nodes.get(edge.source)?.label ?? 'An alias'} points to ${nodes.get(edge.target)?.label ?? 'this version'}: repoint the alias before deleting the version` }
    }
  }
  for (const id of edgeIds) {
    const edge = graph.edges.find((e) => e.id === id)
    if (edge === undefined) continue
    if (!edge.removable) return { refused: FIXED_EDGE_REASONS[edge.kind] ?? 'This connection cannot be removed' }
    paths.push(...edgePaths(doc, edge))
  }
  const timeline = timelineAfterRemoval(doc, paths, deleted)
  const removedTraffic = removedItems(timeline.paths, 'Traffic')
  for (const index of removedTraffic) deleted.add(trafficNodeId(index))
  const next = relayoutAfterRemoval(removePaths(timeline.doc, timeline.paths), deleted, removedTraffic)
  const [problem] = newProblems(doc, next)
  if (problem !== undefined) return { refused: `Deleting this would leave a problem: ${problem}` }
  const removedFromTimeline = removedItems(timeline.paths, 'Timeline').flatMap((i) => {
    const entry = doc.Timeline?.[i]
    return entry === undefined ? [] : [describeTimelineEntry(doc, entry)]
  })
  return { doc: next, removedFromTimeline }
}
