/**
 * Where nodes go when the document's `Layout` does not say: left to right in the direction things
 * flow (traffic → triggers → functions → versions → destinations), by longest path from the nodes
 * nothing points to. Cycles (a function whose destination queue feeds it back) are broken where
 * the walk in document order meets them. Within a column, nodes follow the average row of what feeds them.
 */
import type { LayoutPosition } from '../../../engine/scenario/types.ts'
import type { DocumentGraph } from './graphTypes.ts'

export const COLUMN_WIDTH = 280
export const ROW_HEIGHT = 110

/**
 * Each node's column: the longest path to it from a node nothing points to. An edge back into a
 * node still being ranked closes a cycle and is ignored, so nodes earlier in the document win.
 */
function ranks(graph: DocumentGraph): Map<string, number> {
  const incoming = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]))
  for (const e of graph.edges) if (e.source !== e.target) incoming.get(e.target)?.push(e.source)
  const rank = new Map<string, number>()
  const onPath = new Set<string>()
  const visit = (id: string): number | undefined => {
    const known = rank.get(id)
    if (known !== undefined) return known
    if (onPath.has(id)) return undefined
    onPath.add(id)
    let r = 0
    for (const source of incoming.get(id) ?? []) {
      const before = visit(source)
      if (before !== undefined) r = Math.max(r, before + 1)
    }
    onPath.delete(id)
    rank.set(id, r)
    return r
  }
  for (const node of graph.nodes) visit(node.id)
  return rank
}

export function autoLayout(graph: DocumentGraph): Map<string, LayoutPosition> {
  const rank = ranks(graph)
  const columns = new Map<number, string[]>()
  for (const node of graph.nodes) {
    const r = rank.get(node.id) ?? 0
    const list = columns.get(r)
    if (list === undefined) columns.set(r, [node.id])
    else list.push(node.id)
  }
  const row = new Map<string, number>()
  const feeders = new Map<string, string[]>()
  for (const e of graph.edges) {
    const list = feeders.get(e.target)
    if (list === undefined) feeders.set(e.target, [e.source])
    else list.push(e.source)
  }
  const positions = new Map<string, LayoutPosition>()
  for (const r of [...columns.keys()].sort((a, b) => a - b)) {
    const ids = columns.get(r) ?? []
    const weight = (id: string, fallback: number): number => {
      const rows = (feeders.get(id) ?? []).map((s) => row.get(s)).filter((y) => y !== undefined)
      return rows.length === 0 ? fallback : rows.reduce((a, b) => a + b, 0) / rows.length
    }
    const sorted = ids.map((id, i) => ({ id, key: weight(id, i) })).sort((a, b) => a.key - b.key)
    sorted.forEach(({ id }, i) => {
      row.set(id, i)
      positions.set(id, { x: r * COLUMN_WIDTH, y: i * ROW_HEIGHT })
    })
  }
  return positions
}

/** Each node's position: the document's `Layout` where it has one, else the automatic one. */
export function nodePositions(graph: DocumentGraph, layout: Readonly<Record<string, LayoutPosition>> | undefined): Map<string, LayoutPosition> {
  const auto = autoLayout(graph)
  const positions = new Map<string, LayoutPosition>()
  for (const node of graph.nodes) positions.set(node.id, layout?.[node.id] ?? auto.get(node.id) ?? { x: 0, y: 0 })
  return positions
}

/** A node's footprint for `freeSpot`: about the size a node is drawn at zoom 1. */
const FOOTPRINT = { width: 230, height: 95 }

/** The first place at or below `wanted` where a new node would not cover another, so added nodes stay visible. */
export function freeSpot(wanted: LayoutPosition, taken: Iterable<LayoutPosition>): LayoutPosition {
  const occupied = [...taken]
  const overlaps = (p: LayoutPosition): boolean =>
    occupied.some((o) => Math.abs(o.x - p.x) < FOOTPRINT.width && Math.abs(o.y - p.y) < FOOTPRINT.height)
  let spot = { x: Math.round(wanted.x), y: Math.round(wanted.y) }
  // Bounded: a graph taller than this many rows gets the node at the last row tried.
  for (let i = 0; i < 200 && overlaps(spot); i++) spot = { x: spot.x, y: spot.y + FOOTPRINT.height + 10 }
  return spot
}
