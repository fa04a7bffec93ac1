/** Keeping `Layout` in step with the nodes when they are deleted or renamed. */
import type { LayoutPosition, Scenario } from '../../../engine/scenario/types.ts'
import { parseNodeId, trafficNodeId } from './nodeIds.ts'

function withLayout(doc: Scenario, layout: Record<string, LayoutPosition>): Scenario {
  const rest: Scenario = { ...doc }
  delete rest.Layout
  return Object.keys(layout).length === 0 ? rest : { ...rest, Layout: layout }
}

/**
 * Drops the positions of deleted nodes; traffic generators are known by index, so those after a
 * deleted one move up (`traffic:3` becomes `traffic:2`) and keep their places on the canvas.
 */
export function relayoutAfterRemoval(doc: Scenario, deleted: ReadonlySet<string>, removedTraffic: readonly number[]): Scenario {
  if (doc.Layout === undefined) return doc
  const layout: Record<string, LayoutPosition> = {}
  for (const [id, position] of Object.entries(doc.Layout)) {
    if (deleted.has(id)) continue
    const ref = parseNodeId(id)
    const key = ref?.kind === 'traffic' ? trafficNodeId(ref.index - removedTraffic.filter((i) => i < ref.index).length) : id
    layout[key] = position
  }
  return withLayout(doc, layout)
}

/** Moves positions from old node ids to new ones (a renamed function moves its versions and aliases too). */
export function renameLayoutKeys(doc: Scenario, rename: (id: string) => string): Scenario {
  if (doc.Layout === undefined) return doc
  return withLayout(doc, Object.fromEntries(Object.entries(doc.Layout).map(([id, position]) => [rename(id), position])))
}
