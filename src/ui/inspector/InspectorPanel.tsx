/**
 * The inspector panel, as the layout lazy-loads it: every setting of the selected node (or edge, or
 * the scenario when nothing is selected), validated as you type by the engine's validator. Only a
 * valid document reaches the store, so only a valid one can reach the worker.
 */
import { useCallback } from 'react'
import type { Scenario } from '../../engine/scenario/types.ts'
import { renamedNodeId } from '../graph/model/nodeIds.ts'
import { editDocument, selectNode } from '../store/edits.ts'
import { selectDocument, selectSelectedNodeId } from '../store/selectors.ts'
import { useAppState, useAppStore } from '../store/useAppState.ts'
import type { FieldSpec } from './fields/fieldTypes.ts'
import { Inspector } from './Inspector.tsx'
import './inspector.css'
import { inspectorTarget } from './inspectorTarget.ts'

export default function InspectorPanel() {
  const store = useAppStore()
  const doc = useAppState(selectDocument)
  const selectedId = useAppState(selectSelectedNodeId)
  const target = inspectorTarget(doc, selectedId)
  const onCommit = useCallback((next: Scenario, spec: FieldSpec, text: string) => {
    editDocument(store, () => next)
    // A renamed node has a new id: keep it selected.
    if (spec.isName === true && target.nodeId !== undefined) {
      const renamed = renamedNodeId(target.nodeId, text.trim())
      if (renamed !== target.nodeId) selectNode(store, renamed)
    }
  }, [store, target.nodeId])
  return <Inspector doc={doc} target={target} onCommit={onCommit} />
}
