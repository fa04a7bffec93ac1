/**
 * The graph (React Flow) of the scenario being edited: derived from the document on every edit,
 * never the other way round. Live state reaches nodes and edges through their own selectors
 * (./live/useLive.ts), so a frame re-renders only what changed, not the whole graph.
 */
import {
  Background, Controls, ReactFlow, ReactFlowProvider, applyNodeChanges, useReactFlow,
  type EdgeChange, type Node, type NodeChange,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useCallback, useMemo, useRef, useState } from 'react'
import { focusFunction, selectNode } from '../store/edits.ts'
import { selectDocument, selectFocusedFunction, selectSelectedNodeId } from '../store/selectors.ts'
import { useAppState, useAppStore } from '../store/useAppState.ts'
import { ConnectBar } from './ConnectBar.tsx'
import { ConnectMenu } from './ConnectMenu.tsx'
import { EDGE_TYPES } from './edges/FlowEdgeView.tsx'
import { nodeName } from './flow/accessibleNames.ts'
import { keepMeasurements, toFlowEdges, toFlowNodes, type FlowNode } from './flow/toFlow.ts'
import './graph.css'
import { ActiveEdgesContext } from './live/useLive.ts'
import { createActiveEdgesSelector } from './live/storeLive.ts'
import { freeSpot, nodePositions } from './model/autoLayout.ts'
import { graphOf } from './model/documentGraph.ts'
import type { NodeKind } from './model/kinds.ts'
import { focusOfNode } from './model/nodeIds.ts'
import { NODE_TYPES } from './nodes/ResourceNode.tsx'
import { Palette } from './Palette.tsx'
import { useGraphEditing } from './useGraphEditing.ts'

const DELETE_KEYS = ['Delete', 'Backspace']
/** A small scenario is shown at its natural size, not blown up to fill the panel. */
const FIT_VIEW = { maxZoom: 1, padding: 0.15 }
/** About the middle of a node drawn at zoom 1, from its top-left position. */
const NODE_CENTRE = { x: 110, y: 45 }

function GraphCanvas() {
  const store = useAppStore()
  const doc = useAppState(selectDocument)
  const selectedId = useAppState(selectSelectedNodeId)
  const focused = useAppState(selectFocusedFunction)
  const editing = useGraphEditing(store)
  const flow = useReactFlow()
  const container = useRef<HTMLDivElement>(null)

  const graph = graphOf(doc)
  const selectedNode = graph.nodes.find((n) => n.id === selectedId)
  const nameOf = useCallback((id: string) => {
    const node = graph.nodes.find((n) => n.id === id)
    return node === undefined ? id : nodeName(node)
  }, [graph])
  const derived = useMemo(() => toFlowNodes(graph, nodePositions(graph, doc.Layout), selectedId), [graph, doc.Layout, selectedId])
  const edges = useMemo(() => toFlowEdges(graph, selectedId), [graph, selectedId])

  // React Flow moves nodes while they are dragged; the document learns the new place when the drag ends.
  const [drawn, setDrawn] = useState({ derived, nodes: derived })
  if (drawn.derived !== derived) setDrawn({ derived, nodes: keepMeasurements(derived, drawn.nodes) })

  const selectActiveEdges = useMemo(() => createActiveEdgesSelector(), [])

  const select = useCallback((id: string | null) => {
    const focus = id === null ? undefined : focusOfNode(id)
    selectNode(store, id)
    if (focus !== undefined) focusFunction(store, focus)
  }, [store])

  const onSelectionChange = useCallback((changes: readonly (NodeChange<FlowNode> | EdgeChange)[]) => {
    const chosen = changes.find((c) => c.type === 'select' && c.selected)
    if (chosen !== undefined && 'id' in chosen) select(chosen.id)
    else if (changes.some((c) => c.type === 'select' && !c.selected && c.id === selectedId)) select(null)
  }, [select, selectedId])

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    onSelectionChange(changes)
    const moves = changes.filter((c) => c.type !== 'select' && c.type !== 'remove')
    if (moves.length > 0) setDrawn((d) => ({ ...d, nodes: applyNodeChanges(moves, d.nodes) }))
  }, [onSelectionChange])

  const onDragStop = useCallback((_: unknown, __: Node, dragged: Node[]) => editing.savePositions(dragged), [editing])

  const addFromPalette = useCallback((kind: NodeKind) => {
    const box = container.current?.getBoundingClientRect()
    const centre = box === undefined ? { x: 0, y: 0 } : flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
    const spot = freeSpot(centre, drawn.nodes.map((n) => n.position))
    const id = editing.add(kind, focused?.functionName, spot)
    if (id === undefined) return
    select(id)
    // The free spot may lie below the visible part of a crowded graph: bring the new node into view.
    void flow.setCenter(spot.x + NODE_CENTRE.x, spot.y + NODE_CENTRE.y, { zoom: flow.getZoom() })
  }, [editing, flow, focused, select, drawn.nodes])

  return (
    <div className="graph-panel" ref={container}>
      <div className="graph-toolbar">
        <Palette functionName={focused?.functionName ?? null} onAdd={addFromPalette} />
        {selectedNode !== undefined && <ConnectBar key={selectedNode.id} source={selectedNode} nodes={graph.nodes} onConnect={editing.connectNodes} />}
      </div>
      <ActiveEdgesContext value={selectActiveEdges}>
        <ReactFlow<FlowNode>
          nodes={drawn.nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onSelectionChange}
          onConnect={editing.onConnect}
          onBeforeDelete={editing.onBeforeDelete}
          onNodeDragStop={onDragStop}
          onPaneClick={() => select(null)}
          deleteKeyCode={DELETE_KEYS}
          // Space plays and pauses the run (the shortcuts), so it does not also switch React Flow to panning.
          panActivationKeyCode={null}
          onlyRenderVisibleElements
          fitView
          fitViewOptions={FIT_VIEW}
          minZoom={0.1}
          aria-label="Scenario graph"
        >
          <Background />
          <Controls />
        </ReactFlow>
      </ActiveEdgesContext>
      {editing.pending !== null && <ConnectMenu pending={editing.pending} nameOf={nameOf} onChoose={editing.choose} onCancel={editing.cancelChoice} />}
      {editing.message !== null && (
        <div className={`graph-message graph-message-${editing.message.kind}`} role={editing.message.kind === 'error' ? 'alert' : 'status'}>
          <span>{editing.message.text}</span>
          <button type="button" aria-label="Dismiss message" onClick={editing.dismissMessage}>×</button>
        </div>
      )}
    </div>
  )
}

/** The graph panel, as the layout lazy-loads it. */
export default function GraphPanel() {
  return (
    <ReactFlowProvider>
      <GraphCanvas />
    </ReactFlowProvider>
  )
}
