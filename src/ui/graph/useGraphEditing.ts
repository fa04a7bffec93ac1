/**
 * What the graph does to the document: connect (directly, or after the user picks what the
 * connection means), delete, add from the palette, and remember where nodes were dragged. Every
 * refusal is shown in the graph and in the status line, with Lambda's reason.
 */
import type { Connection, Edge, Node, OnBeforeDelete } from '@xyflow/react'
import { useCallback, useEffect, useState } from 'react'
import type { LayoutPosition, Scenario } from '../../engine/scenario/types.ts'
import { addNotice, editDocument, selectNode } from '../store/edits.ts'
import type { AppStore } from '../store/appStore.ts'
import { nodeName } from './flow/accessibleNames.ts'
import type { FlowNode } from './flow/toFlow.ts'
import { connect, type ConnectOption } from './model/connect.ts'
import { graphOf } from './model/documentGraph.ts'
import { entry, setPath } from './model/documentPath.ts'
import type { NodeKind } from './model/kinds.ts'
import { addNode } from './model/palette.ts'
import { removeElements } from './model/remove.ts'

export interface PendingChoice {
  readonly source: string
  readonly target: string
  readonly options: readonly ConnectOption[]
}

export interface GraphMessage {
  readonly kind: 'info' | 'error'
  readonly text: string
}

/** How long a confirmation ("Connected: ...") stays over the graph; the status line keeps it. */
const INFO_VISIBLE_MS = 4000

export function useGraphEditing(store: AppStore) {
  const [pending, setPending] = useState<PendingChoice | null>(null)
  const [message, setMessage] = useState<GraphMessage | null>(null)

  // Confirmations fade; a refusal stays until it is read and dismissed.
  useEffect(() => {
    if (message?.kind !== 'info') return undefined
    const timer = setTimeout(() => setMessage(null), INFO_VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [message])

  const tell = useCallback((kind: GraphMessage['kind'], text: string) => {
    setMessage({ kind, text })
    addNotice(store, kind, text)
  }, [store])

  const apply = useCallback((doc: Scenario, text: string) => {
    editDocument(store, () => doc)
    tell('info', text)
  }, [store, tell])

  const connectNodes = useCallback((source: string, target: string, choiceId?: string) => {
    const result = connect(store.getState().scenario.document, source, target, choiceId)
    setPending(null)
    if (result.status === 'done') apply(result.doc, `Connected: ${result.label}`)
    else if (result.status === 'refused') tell('error', result.reason)
    else setPending({ source, target, options: result.options })
  }, [store, apply, tell])

  const onConnect = useCallback((connection: Connection) => connectNodes(connection.source, connection.target), [connectNodes])

  const choose = useCallback((choiceId: string) => {
    if (pending !== null) connectNodes(pending.source, pending.target, choiceId)
  }, [pending, connectNodes])

  // The document is the source of truth: React Flow never deletes on its own; the edit re-derives the graph.
  const onBeforeDelete: OnBeforeDelete<FlowNode, Edge> = useCallback(({ nodes, edges }) => {
    const result = removeElements(store.getState().scenario.document, nodes.map((n) => n.id), edges.map((e) => e.id))
    if ('refused' in result) {
      tell('error', result.refused)
    } else {
      // React Flow passes a deleted node's edges along; naming the nodes says it all.
      const named = nodes.length > 0 ? nodes.map((n) => n.ariaLabel ?? n.id) : edges.map((e) => e.ariaLabel ?? e.id)
      // The user wrote those entries: say which went with what they changed.
      const timeline = result.removedFromTimeline.length === 0 ? '' : `, and from the Timeline: ${result.removedFromTimeline.join('; ')}`
      apply(result.doc, `Deleted ${named.join(', ')}${timeline}`)
      selectNode(store, null)
    }
    return Promise.resolve(false)
  }, [store, apply, tell])

  const add = useCallback((kind: NodeKind, functionName: string | undefined, position: LayoutPosition) => {
    const result = addNode(store.getState().scenario.document, kind, { ...(functionName === undefined ? {} : { functionName }), position })
    if ('refused' in result) {
      tell('error', result.refused)
      return undefined
    }
    const added = graphOf(result.doc).nodes.find((n) => n.id === result.nodeId)
    apply(result.doc, `Added ${added === undefined ? result.nodeId : nodeName(added)}`)
    return result.nodeId
  }, [store, apply, tell])

  const savePositions = useCallback((nodes: readonly Node[]) => {
    editDocument(store, (doc) => nodes.reduce((d, node) => setPath(d, entry('Layout', node.id), { x: Math.round(node.position.x), y: Math.round(node.position.y) }), doc))
  }, [store])

  return {
    pending, message, connectNodes, onConnect, choose, onBeforeDelete, add, savePositions,
    cancelChoice: useCallback(() => setPending(null), []),
    dismissMessage: useCallback(() => setMessage(null), []),
  }
}
