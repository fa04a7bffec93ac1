import { memo, useId, useRef } from 'react'
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { formatClock, formatCount, formatMs, formatUsd } from '../format.ts'
import { useVisible } from '../views/useVisible.ts'
import { decimateRows } from './chartData.ts'
import type { FrameQueue } from './frameQueue.ts'
import type { ChartSpec, ChartUnit, LimitSpec } from './monitorCharts.ts'
import { useQueuedValue } from './useQueuedValue.ts'

/** What one drawing of a chart depends on. */
export interface Drawing {
  spec: ChartSpec
  width: number
  height: number
  /** Virtual seconds the x axis spans, the same for every chart so they line up. */
  domain: readonly [number, number]
}

interface Props extends Drawing {
  /** Charts of one view take turns to redraw, a few per animation frame. */
  queue: FrameQueue
}

/** Redraw only for a new spec, size or window. */
function sameDrawing(before: Drawing, after: Drawing): boolean {
  return before.spec === after.spec && before.width === after.width && before.height === after.height &&
    before.domain[0] === after.domain[0] && before.domain[1] === after.domain[1]
}

const FORMAT: Readonly<Record<ChartUnit, (value: number) => string>> = {
  Count: formatCount,
  Milliseconds: (value) => `${formatMs(value)} ms`,
  USD: formatUsd,
}

/** The Y axis's width and the plot's margins (px): what is left of the chart's width is the plot. */
const Y_AXIS_WIDTH = 56
const MARGIN = { top: 8, right: 12, bottom: 0, left: 0 }

// Props Recharts receives are module constants or depend on the spec alone: a prop that changed
// identity makes Recharts register the component's settings again, and every chart pays for it.
const tickTime = (tSeconds: number) => formatClock(tSeconds * 1000)
const tooltipLabel = (label: unknown) => tickTime(Number(label))
const TOOLTIP_VALUE: Readonly<Record<ChartUnit, (value: unknown) => string>> = {
  Count: (value) => FORMAT.Count(Number(value)),
  Milliseconds: (value) => FORMAT.Milliseconds(Number(value)),
  USD: (value) => FORMAT.USD(Number(value)),
}
/** Axis text in the page's text colour (Recharts' grey fails contrast on the dark theme). */
const TICK = { fill: 'currentColor', fontSize: 11 }
const TOOLTIP_STYLE = { background: 'var(--surface-raised)', color: 'var(--text)', border: '1px solid var(--border)', fontSize: 12 }
const limitLabel = (limit: LimitSpec) => ({ value: limit.label, position: 'insideTopLeft', fill: 'currentColor', fontSize: 11 }) as const

/** "Invocations: latest 12, peak 40": what a screen reader hears instead of the plot. */
export function describeChart(spec: ChartSpec): string {
  const format = FORMAT[spec.unit]
  const parts = spec.lines.map((line) => {
    const values = spec.rows.map((row) => row[line.key]).filter((v): v is number => typeof v === 'number')
    if (values.length === 0) return `${line.label}: no data`
    return `${line.label}: latest ${format(values.at(-1) as number)}, peak ${format(Math.max(...values))}`
  })
  return `${spec.title}. ${parts.join('; ')}.`
}

/**
 * The plot: no animation and no dots, as suits streaming data (STYLE.md §10), at most a point per
 * pixel, horizontal grid lines only (CloudWatch's), and no Recharts legend (it measures itself in
 * the DOM on every draw; the figure lists the lines instead). Memoised: it redraws only for a new drawing.
 */
const Plot = memo(function Plot({ spec, width, height, domain }: Drawing) {
  const rows = decimateRows(spec.rows, spec.lines.map((line) => line.key), width - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right)
  return (
    <LineChart width={width} height={height} data={rows} syncId="monitor" title={describeChart(spec)} margin={MARGIN}>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--lp-grid)" vertical={false} />
      <XAxis dataKey="tSeconds" type="number" domain={[domain[0], domain[1]]} allowDataOverflow tickFormatter={tickTime} stroke="currentColor" tick={TICK} />
      <YAxis width={Y_AXIS_WIDTH} tickFormatter={FORMAT[spec.unit]} allowDecimals={spec.unit !== 'Count'} stroke="currentColor" tick={TICK} />
      <Tooltip isAnimationActive={false} labelFormatter={tooltipLabel} formatter={TOOLTIP_VALUE[spec.unit]} contentStyle={TOOLTIP_STYLE} />
      {spec.lines.map((line) => (
        <Line key={line.key} dataKey={line.key} name={line.label} stroke={line.color} strokeWidth={1.5} dot={false} type="linear" isAnimationActive={false} />
      ))}
      {spec.limits.map((limit) => (
        <ReferenceLine key={limit.label} y={limit.value} stroke={limit.color} strokeDasharray="6 3" ifOverflow="extendDomain" label={limitLabel(limit)} />
      ))}
    </LineChart>
  )
})

/**
 * One CloudWatch metric as a figure: its title, caption and lines at once, its plot when the
 * view's frame queue gives it a turn. A plot scrolled out of view (even with its title in view)
 * keeps its last drawing instead of redrawing for every update.
 */
export function MetricChart({ queue, ...drawing }: Props) {
  const plot = useRef<HTMLDivElement>(null)
  const captionId = useId()
  const visible = useVisible(plot)
  const drawn = useQueuedValue<Drawing>(drawing, queue, !visible, sameDrawing)
  const { spec } = drawing
  return (
    <div className="metric-chart-slot">
      <figure className="metric-chart" aria-labelledby={captionId} data-testid={`chart-${spec.id}`}>
        <figcaption id={captionId}>
          <span className="metric-chart-title">{spec.title}</span>
          <span className="metric-chart-caption">{spec.caption}</span>
        </figcaption>
        <div ref={plot} style={{ height: drawing.height }}>{drawn && <Plot {...drawn} />}</div>
        <ul className="metric-chart-legend">
          {(drawn ?? drawing).spec.lines.map((line) => (
            <li key={line.key}><span className="metric-chart-swatch" style={{ background: line.color }} />{line.label}</li>
          ))}
        </ul>
      </figure>
    </div>
  )
}
