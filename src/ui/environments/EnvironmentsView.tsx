import { useRef } from 'react'
import type { EnvironmentCounts, EnvironmentTimeline } from '../../engine/api.ts'
import { formatCount } from '../format.ts'
import { useElementWidth } from '../views/useElementWidth.ts'
import { EnvironmentGrid } from './EnvironmentGrid.tsx'
import { EnvironmentLanes } from './EnvironmentLanes.tsx'

const LABEL_COLUMN_PX = 170

interface Props {
  timeline: EnvironmentTimeline
  onLaneOffset(offset: number): void
  /** Used until the view is measured (and in tests). */
  initialWidth?: number
}

const LEGEND: readonly { key: keyof EnvironmentCounts; label: string; variable: string }[] = [
  { key: 'initializing', label: 'Initializing', variable: '--state-init' },
  { key: 'busy', label: 'Busy', variable: '--state-busy' },
  { key: 'idle', label: 'Idle', variable: '--state-idle' },
  { key: 'ended', label: 'Ended (reclaimed, recycled, failed)', variable: '--state-ended' },
  { key: 'provisioned', label: 'Provisioned', variable: '--state-provisioned' },
]

/** "orders: 12 execution environments, 5 busy, 4 idle, 3 initializing; 2 ended recently; 0 provisioned". */
export function describeEnvironments(timeline: EnvironmentTimeline): string {
  const { counts } = timeline
  const alive = counts.initializing + counts.busy + counts.idle
  return `${timeline.functionName}: ${formatCount(alive)} execution environments, ${formatCount(counts.busy)} busy, ${formatCount(counts.idle)} idle, ` +
    `${formatCount(counts.initializing)} initializing; ${formatCount(counts.ended)} ended recently; ${formatCount(counts.provisioned)} provisioned`
}

/** The grid of every environment of a function, its legend with counts, and the timeline lanes. */
export function EnvironmentsView({ timeline, onLaneOffset, initialWidth = 900 }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const width = useElementWidth(box, initialWidth)
  const shown = timeline.cells.length
  const total = timeline.counts.initializing + timeline.counts.busy + timeline.counts.idle + timeline.counts.ended
  return (
    <div ref={box} className="environments-view">
      <ul className="environment-legend" aria-label="Environment states">
        {LEGEND.map((entry) => (
          <li key={entry.key} data-testid={`count-${entry.key}`}>
            <span className="swatch" style={{ background: `var(${entry.variable})` }} aria-hidden="true" />
            {entry.label} <strong>{formatCount(timeline.counts[entry.key])}</strong>
          </li>
        ))}
      </ul>
      {total === 0 ? (
        <p className="panel-message">No execution environments yet: the first request starts one (a cold start).</p>
      ) : (
        <>
          <EnvironmentGrid cells={timeline.cells} nowMs={timeline.nowMs} windowMs={timeline.windowMs} widthPx={width} label={describeEnvironments(timeline)} />
          {shown < total && <p className="view-note">Showing {formatCount(shown)} of {formatCount(total)} environments.</p>}
          <h3 className="view-subtitle">Timeline</h3>
          <EnvironmentLanes timeline={timeline} widthPx={Math.max(120, width - LABEL_COLUMN_PX)} onLaneOffset={onLaneOffset} />
        </>
      )}
    </div>
  )
}
