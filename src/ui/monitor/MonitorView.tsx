import { useMemo, useRef, useState } from 'react'
import type { MonitorFrame } from '../../worker/views/types.ts'
import { useElementWidth } from '../views/useElementWidth.ts'
import { createFrameQueue } from './frameQueue.ts'
import { MetricChart } from './MetricChart.tsx'
import { chartWindow, monitorCharts, type MonitorContext } from './monitorCharts.ts'

const CHART_HEIGHT = 140
const GAP_PX = 12
/**
 * Real milliseconds of chart drawing one frame may run. A Recharts chart takes 10 to 40 ms to draw
 * here (more on a busy machine), so this is one to four charts a frame, and a task stays well
 * under issue 5's 100 ms; fewer, fuller frames drop fewer frames than one chart a frame would.
 */
const DRAW_BUDGET_MS = 50

/** As many columns as fit charts at least 300 px wide, up to 3. */
function columnsFor(width: number): number {
  return Math.max(1, Math.min(3, Math.floor((width + GAP_PX) / (300 + GAP_PX))))
}

interface Props {
  frame: MonitorFrame
  context: MonitorContext
  /** Used until the grid is measured (and in tests). */
  initialWidth?: number
  /** The ids of the charts to draw (an embedded player shows a few); all of them when absent. */
  only?: readonly string[]
  chartHeight?: number
}

/** The charts of one monitor frame, in a grid as wide as the panel. */
export function MonitorView({ frame, context, initialWidth = 960, only, chartHeight = CHART_HEIGHT }: Props) {
  const grid = useRef<HTMLDivElement>(null)
  const width = useElementWidth(grid, initialWidth)
  // The charts take turns to redraw, a few per frame, so new data never costs one long task.
  const [queue] = useState(() => createFrameQueue({ budgetMs: DRAW_BUDGET_MS }))
  const charts = useMemo(() => monitorCharts(frame, context).filter((chart) => only?.includes(chart.id) ?? true), [frame, context, only])
  const columns = columnsFor(width)
  const chartWidth = Math.floor((width - GAP_PX * (columns - 1)) / columns)
  const domain = useMemo(() => chartWindow(frame), [frame])
  return (
    <div ref={grid} className="monitor-grid" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
      {charts.map((spec) => (
        <MetricChart key={spec.id} spec={spec} width={chartWidth} height={chartHeight} domain={domain} queue={queue} />
      ))}
    </div>
  )
}
