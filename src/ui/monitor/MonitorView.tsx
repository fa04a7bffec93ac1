import { useMemo, useRef } from 'react'
import type { MonitorFrame } from '../../worker/views/types.ts'
import { useElementWidth } from '../views/useElementWidth.ts'
import { VisibleMetricChart } from './MetricChart.tsx'
import { monitorCharts, type MonitorContext } from './monitorCharts.ts'
import { MONITOR_WINDOWS } from '../../worker/views/monitorView.ts'

const CHART_HEIGHT = 140
const GAP_PX = 12

/** As many columns as fit charts at least 300 px wide, up to 3. */
function columnsFor(width: number): number {
  return Math.max(1, Math.min(3, Math.floor((width + GAP_PX) / (300 + GAP_PX))))
}

interface Props {
  frame: MonitorFrame
  context: MonitorContext
  /** Used until the grid is measured (and in tests). */
  initialWidth?: number
}

/** The charts of one monitor frame, in a grid as wide as the panel. */
export function MonitorView({ frame, context, initialWidth = 960 }: Props) {
  const grid = useRef<HTMLDivElement>(null)
  const width = useElementWidth(grid, initialWidth)
  const charts = useMemo(() => monitorCharts(frame, context), [frame, context])
  const columns = columnsFor(width)
  const chartWidth = Math.floor((width - GAP_PX * (columns - 1)) / columns)
  const { points } = MONITOR_WINDOWS[frame.window]
  const nowSeconds = frame.nowMs / 1000
  const spanSeconds = (points * frame.resolutionMs) / 1000
  const domainStart = Math.max(0, nowSeconds - spanSeconds)
  const domain = useMemo(() => [domainStart, Math.max(nowSeconds, domainStart + 1)] as const, [domainStart, nowSeconds])
  return (
    <div ref={grid} className="monitor-grid" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
      {charts.map((spec) => (
        <VisibleMetricChart key={spec.id} spec={spec} width={chartWidth} height={CHART_HEIGHT} domain={domain} />
      ))}
    </div>
  )
}
