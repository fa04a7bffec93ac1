import type { PresenterFocus } from '../../../learn/types.ts'
import { functionOfNode, parseNodeId } from '../../graph/model/nodeIds.ts'
import { focusFunction, selectNode, setActiveTab } from '../../store/edits.ts'
import type { AppStore } from '../../store/appStore.ts'

/**
 * Puts on screen what a step talks about: its panel tab, and its graph node selected (so the
 * inspector shows it), focusing the node's function as clicking the node does.
 */
export function applyStepFocus(store: AppStore, focus: PresenterFocus | undefined): void {
  if (focus?.tab !== undefined) setActiveTab(store, focus.tab)
  if (focus?.nodeId === undefined) return
  const ref = parseNodeId(focus.nodeId)
  const functionName = ref === undefined ? undefined : functionOfNode(ref)
  selectNode(store, focus.nodeId)
  if (functionName !== undefined) {
    const qualifier = ref?.kind === 'version' ? ref.version : ref?.kind === 'alias' ? ref.alias : '$LATEST'
    focusFunction(store, { functionName, qualifier })
  }
}
