import { memo, useId, useRef } from 'react'
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { formatClock, formatCount, formatMs, formatUsd } from '../format.ts'
import { useVisible } from '../views/useVisible.ts'
import type { ChartSpec, ChartUnit } from './monitorCharts.ts'

interface Props {
  spec: ChartSpec
  width: number
  height: number
  /** Virtual seconds the x axis spans, the same for every chart so they line up. */
  domain: readonly [number, number]
  /** Scrolled out of view: keep the last drawing instead of redrawing for every update. */
  frozen?: boolean
}

/** Redraw only for a new spec, size or window, and never while frozen. */
function unchanged(before: Props, after: Props): boolean {
  if (after.frozen) return true
  return before.spec === after.spec && before.width === after.width && before.height === after.height &&
    before.domain[0] === after.domain[0] && before.domain[1] === after.domain[1] && before.frozen === after.frozen
}

const FORMAT: Readonly<Record<ChartUnit, (value: number) => string>> = {
  Count: formatCount,
  Milliseconds: (value) => `${formatMs(value)} ms`,
  USD: formatUsd,
}

const tickTime = (tSeconds: number) => formatClock(tSeconds * 1000)

/** Axis text in the page's text colour (Recharts' grey fails contrast on the dark theme). */
const TICK = { fill: 'currentColor', fontSize: 11 }
const TOOLTIP_STYLE = { background: 'var(--surface-raised)', color: 'var(--text)', border: '1px solid var(--border)', fontSize: 12 }

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
 * One CloudWatch metric as a figure with its caption. No animation and no dots, as suits
 * streaming data (STYLE.md §10); memoised, so it redraws only when its spec or size changes.
 */
export const MetricChart = memo(function MetricChart({ spec, width, height, domain }: Props) {
  const captionId = useId()
  const format = FORMAT[spec.unit]
  return (
    <figure className="metric-chart" aria-labelledby={captionId} data-testid={`chart-${spec.id}`}>
      <figcaption id={captionId}>
        <span className="metric-chart-title">{spec.title}</span>
        <span className="metric-chart-caption">{spec.caption}</span>
      </figcaption>
      <LineChart width={width} height={height} data={spec.rows} syncId="monitor" title={describeChart(spec)} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--lp-grid)" />
        <XAxis dataKey="tSeconds" type="number" domain={[domain[0], domain[1]]} allowDataOverflow tickFormatter={tickTime} stroke="currentColor" tick={TICK} />
        <YAxis width={56} tickFormatter={format} allowDecimals={spec.unit !== 'Count'} stroke="currentColor" tick={TICK} />
        <Tooltip isAnimationActive={false} labelFormatter={(label) => tickTime(Number(label))} formatter={(value) => format(Number(value))} contentStyle={TOOLTIP_STYLE} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        {spec.lines.map((line) => (
          <Line key={line.key} dataKey={line.key} name={line.label} stroke={line.color} strokeWidth={1.5} dot={false} type="linear" isAnimationActive={false} />
        ))}
        {spec.limits.map((limit) => (
          <ReferenceLine key={limit.label} y={limit.value} stroke={limit.color} strokeDasharray="6 3" ifOverflow="extendDomain"
            label={{ value: limit.label, position: 'insideTopLeft', fill: 'currentColor', fontSize: 11 }} />
        ))}
      </LineChart>
    </figure>
  )
}, unchanged)

/**
 * A chart that stops redrawing while it is scrolled out of view: with a dozen charts, only the
 * visible ones pay for each update.
 */
export function VisibleMetricChart(props: Omit<Props, 'frozen'>) {
  const slot = useRef<HTMLDivElement>(null)
  const visible = useVisible(slot)
  return <div ref={slot} className="metric-chart-slot"><MetricChart {...props} frozen={!visible} /></div>
}
