/**
 * Where each environment's cell sits in the grid: fixed-size squares filling rows left to right,
 * in creation order, so a cell keeps its place while the environment lives.
 */

export const CELL_PX = 12
export const CELL_GAP_PX = 2
const PITCH_PX = CELL_PX + CELL_GAP_PX

export interface GridLayout {
  columns: number
  rows: number
  widthPx: number
  heightPx: number
}

export function gridLayout(count: number, availableWidthPx: number): GridLayout {
  const columns = Math.max(1, Math.floor((availableWidthPx + CELL_GAP_PX) / PITCH_PX))
  const rows = Math.ceil(count / columns)
  return { columns, rows, widthPx: columns * PITCH_PX - CELL_GAP_PX, heightPx: Math.max(0, rows * PITCH_PX - CELL_GAP_PX) }
}

/** The top-left corner of cell `index`. */
export function cellOrigin(layout: GridLayout, index: number): { x: number; y: number } {
  return { x: (index % layout.columns) * PITCH_PX, y: Math.floor(index / layout.columns) * PITCH_PX }
}

/** The cell under a point, or null for a gap or past the last cell. */
export function cellAt(layout: GridLayout, count: number, x: number, y: number): number | null {
  if (x < 0 || y < 0) return null
  const column = Math.floor(x / PITCH_PX)
  const row = Math.floor(y / PITCH_PX)
  if (column >= layout.columns || x - column * PITCH_PX >= CELL_PX || y - row * PITCH_PX >= CELL_PX) return null
  const index = row * layout.columns + column
  return index < count ? index : null
}
