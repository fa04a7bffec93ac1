import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react'
import type { EnvironmentCell } from '../../engine/api.ts'
import { fadeFor, prepareCanvas } from './canvas.ts'
import { CELL_PX, cellAt, cellOrigin, gridLayout } from './gridLayout.ts'
import { readPalette, STATE_LABELS } from './palette.ts'

interface Props {
  cells: readonly EnvironmentCell[]
  nowMs: number
  windowMs: number
  widthPx: number
  /** Read by screen readers instead of the drawing. */
  label: string
}

function describeCell(cell: EnvironmentCell): string {
  const kind = cell.provisioned ? 'provisioned ' : ''
  const why = cell.endReason ? ` (${cell.endReason})` : ''
  return `${cell.id} · ${kind}version ${cell.version} · ${STATE_LABELS[cell.state]}${why} · ${cell.invocations} invocations`
}

/**
 * One square per execution environment on a single canvas: a thousand cells cost one draw call
 * each and no DOM. Provisioned environments carry an inner mark; ended ones fade out over the window.
 */
export function EnvironmentGrid({ cells, nowMs, windowMs, widthPx, label }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const [hovered, setHovered] = useState<number | null>(null)
  const layout = useMemo(() => gridLayout(cells.length, widthPx), [cells.length, widthPx])

  useEffect(() => {
    const element = canvas.current
    if (!element) return
    const context = prepareCanvas(element, layout.widthPx, layout.heightPx)
    if (!context) return
    const palette = readPalette(element)
    cells.forEach((cell, index) => {
      const { x, y } = cellOrigin(layout, index)
      context.globalAlpha = cell.state === 'ended' ? fadeFor(cell.sinceMs, nowMs, windowMs) : 1
      context.fillStyle = palette[cell.state]
      context.fillRect(x, y, CELL_PX, CELL_PX)
      if (cell.provisioned) {
        context.fillStyle = palette.provisioned
        context.fillRect(x + 3, y + 3, CELL_PX - 6, CELL_PX - 6)
      }
    })
    context.globalAlpha = 1
  }, [cells, layout, nowMs, windowMs])

  const onMove = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    setHovered(cellAt(layout, cells.length, event.clientX - box.left, event.clientY - box.top))
  }
  const hoveredCell = hovered === null ? undefined : cells[hovered]

  return (
    <div className="environment-grid">
      <canvas ref={canvas} role="img" aria-label={label} data-testid="environment-grid" onMouseMove={onMove} onMouseLeave={() => setHovered(null)} />
      <p className="environment-hover" aria-hidden="true">{hoveredCell ? describeCell(hoveredCell) : '\u00a0'}</p>
    </div>
  )
}
