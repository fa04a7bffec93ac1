/** The document's graph as React Flow's nodes and edges (plain objects; the components read `data`). */
import type { Edge, Node } from '@xyflow/react'
import type { LayoutPosition } from '../../../engine/scenario/types.ts'
import type { DocumentGraph, GraphEdge, GraphNode } from '../model/graphTypes.ts'
import { edgeName, nodeName } from './accessibleNames.ts'

export type FlowNode = Node<{ node: GraphNode }, 'resource'>
export type FlowEdge = Edge<{ edge: GraphEdge }, 'flow'>

export function toFlowNodes(graph: DocumentGraph, positions: ReadonlyMap<string, LayoutPosition>, selectedId: string | null): FlowNode[] {
  return graph.nodes.map((node) => ({
    id: node.id,
    type: 'resource',
    position: positions.get(node.id) ?? { x: 0, y: 0 },
    data: { node },
    selected: node.id === selectedId,
    ariaLabel: nodeName(node),
  }))
}

export function toFlowEdges(graph: DocumentGraph, selectedId: string | null): FlowEdge[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]))
  return graph.edges.map((edge) => ({
    id: edge.id,
    type: 'flow',
    source: edge.source,
    target: edge.target,
    data: { edge },
    selected: edge.id === selectedId,
    deletable: edge.removable,
    ariaLabel: edgeName(edge, nodes),
  }))
}

/**
 * Carries React Flow's measurements (`measured`, `width`, `height`) from the nodes it has drawn
 * to freshly derived ones, so a document edit does not make every node measure itself again.
 */
export function keepMeasurements(derived: readonly FlowNode[], drawn: readonly FlowNode[]): FlowNode[] {
  const byId = new Map(drawn.map((n) => [n.id, n]))
  return derived.map((node) => {
    const old = byId.get(node.id)
    return old?.measured === undefined ? node : { ...node, measured: old.measured }
  })
}
