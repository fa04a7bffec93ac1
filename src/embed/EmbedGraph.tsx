/**
 * The scenario's graph, read-only: the playground's document → React Flow mapping, nodes and
 * edges (../ui/graph), with their live badges, but none of its editing. Clicking a function,
 * version or alias makes the charts (and the Code tab) follow it. The wheel scrolls the host page
 * rather than zooming, so a reader scrolling past the player is not caught by it.
 */
import { Controls, ReactFlow, ReactFlowProvider, type NodeMouseHandler } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useCallback, useMemo } from 'react'
import { EDGE_TYPES } from '../ui/graph/edges/FlowEdgeView.tsx'
import { toFlowEdges, toFlowNodes, type FlowNode } from '../ui/graph/flow/toFlow.ts'
import '../ui/graph/graph.css'
import { createActiveEdgesSelector } from '../ui/graph/live/storeLive.ts'
import { ActiveEdgesContext } from '../ui/graph/live/useLive.ts'
import { nodePositions } from '../ui/graph/model/autoLayout.ts'
import { graphOf } from '../ui/graph/model/documentGraph.ts'
import { focusOfNode } from '../ui/graph/model/nodeIds.ts'
import { NODE_TYPES } from '../ui/graph/nodes/ResourceNode.tsx'
import { focusFunction } from '../ui/store/edits.ts'
import { selectDocument } from '../ui/store/selectors.ts'
import { useAppState, useAppStore } from '../ui/store/useAppState.ts'

const FIT_VIEW = { maxZoom: 1, padding: 0.1 }

function EmbedGraphCanvas() {
  const store = useAppStore()
  const doc = useAppState(selectDocument)
  const graph = graphOf(doc)
  const nodes = useMemo(() => toFlowNodes(graph, nodePositions(graph, doc.Layout), null), [graph, doc.Layout])
  const edges = useMemo(() => toFlowEdges(graph, null), [graph])
  const selectActiveEdges = useMemo(() => createActiveEdgesSelector(), [])
  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback((_, node) => {
    const focus = focusOfNode(node.id)
    if (focus !== undefined) focusFunction(store, focus)
  }, [store])
  return (
    <ActiveEdgesContext value={selectActiveEdges}>
      <ReactFlow<FlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        deleteKeyCode={null}
        onNodeClick={onNodeClick}
        zoomOnScroll={false}
        preventScrolling={false}
        fitView
        fitViewOptions={FIT_VIEW}
        minZoom={0.1}
        aria-label="Scenario graph"
      >
        <Controls showInteractive={false} />
      </ReactFlow>
    </ActiveEdgesContext>
  )
}

/** Default-exported for React.lazy: React Flow loads after the player's first paint. */
export default function EmbedGraph() {
  return (
    <div className="graph-panel">
      <ReactFlowProvider>
        <EmbedGraphCanvas />
      </ReactFlowProvider>
    </div>
  )
}
