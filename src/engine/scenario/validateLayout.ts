/**
 * `Layout`: where the playground's graph draws each node. It is UI-only (the engine never reads it),
 * but it travels with the document so a shared scenario opens as its author arranged it; the
 * validator still checks its shape so a hand-edited document cannot smuggle in anything else.
 */
import { entry, field, type Checker, type Fields } from './check.ts'
import type { LayoutPosition } from './types.ts'

const POSITION_FIELDS: Fields<LayoutPosition> = { x: 'required', y: 'required' }

/** A map from node id (any string the graph chooses) to a finite `{ x, y }` in graph coordinates. */
export function checkLayout(c: Checker, value: unknown, at: string): void {
  const layout = c.map(value, at)
  if (layout === undefined) return
  for (const [nodeId, raw] of Object.entries(layout)) {
    const positionAt = entry(at, nodeId)
    const position = c.object(raw, positionAt, POSITION_FIELDS)
    if (position === undefined) continue
    c.number(position.x, field(positionAt, 'x'))
    c.number(position.y, field(positionAt, 'y'))
  }
}
