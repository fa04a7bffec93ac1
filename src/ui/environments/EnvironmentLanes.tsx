import { useEffect, useRef, type UIEvent } from 'react'
import type { EnvironmentLane, EnvironmentTimeline } from '../../engine/api.ts'
import { formatClock } from '../format.ts'
import { fadeFor, prepareCanvas } from './canvas.ts'
import { laneBars } from './laneGeometry.ts'
import { readPalette, STATE_LABELS } from './palette.ts'

/** Height of one lane; the list scrolls by whole lanes. */
export const LANE_PX = 18
const BAR_INSET_PX = 3
/** Lanes drawn at once: the worker sends the history of these only. */
export const VISIBLE_LANES = 12

interface Props {
  timeline: EnvironmentTimeline
  /** Width of the bars' area. */
  widthPx: number
  /** The first lane scrolled into view changed: ask the worker for lanes from there. */
  onLaneOffset(offset: number): void
}

function describeLane(lane: EnvironmentLane): string {
  const kind = lane.provisioned ? 'provisioned, ' : ''
  const why = lane.endReason ? ` (${lane.endReason})` : ''
  return `Environment ${lane.id}, ${kind}version ${lane.version}, ${STATE_LABELS[lane.state]}${why}, ${lane.invocations} invocations`
}

/**
 * A lane per environment over the window: Init, invocations and idle gaps as coloured bars on
 * one canvas, labels in the DOM. Only `VISIBLE_LANES` lanes exist at a time; scrolling asks for others.
 */
export function EnvironmentLanes({ timeline, widthPx, onLaneOffset }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const { lanes, nowMs, windowMs, laneOffset } = timeline
  const fromMs = Math.max(0, nowMs - windowMs)

  useEffect(() => {
    const element = canvas.current
    if (!element) return
    const context = prepareCanvas(element, widthPx, lanes.length * LANE_PX)
    if (!context) return
    const palette = readPalette(element)
    const scale = { fromMs, toMs: fromMs + windowMs, widthPx }
    lanes.forEach((lane, row) => {
      context.globalAlpha = lane.state === 'ended' ? fadeFor(lane.sinceMs, nowMs, windowMs) : 1
      for (const bar of laneBars(lane, scale, nowMs)) {
        context.fillStyle = palette[bar.kind]
        context.fillRect(bar.x, row * LANE_PX + BAR_INSET_PX, bar.width, LANE_PX - 2 * BAR_INSET_PX)
      }
    })
    context.globalAlpha = 1
  }, [lanes, fromMs, nowMs, windowMs, widthPx])

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const offset = Math.floor(event.currentTarget.scrollTop / LANE_PX)
    if (offset !== laneOffset) onLaneOffset(offset)
  }
  const total = timeline.cells.length

  return (
    <div className="environment-lanes">
      <div className="lanes-scroll" style={{ height: Math.min(total, VISIBLE_LANES) * LANE_PX }} onScroll={onScroll} tabIndex={0}
        role="region" aria-label="Timeline lanes">
        <div style={{ height: total * LANE_PX, position: 'relative' }}>
          <div className="lanes-window" style={{ top: laneOffset * LANE_PX }}>
            <ol className="lane-labels" start={laneOffset + 1}>
              {lanes.map((lane) => (
                <li key={lane.id} style={{ height: LANE_PX }} className={lane.state === 'ended' ? 'lane-ended' : undefined}>
                  <span aria-hidden="true">{lane.id.slice(0, 8)} · {lane.version}{lane.provisioned ? ' · PC' : ''}</span>
                  <span className="visually-hidden">{describeLane(lane)}</span>
                </li>
              ))}
            </ol>
            <canvas ref={canvas} aria-hidden="true" />
          </div>
        </div>
      </div>
      <div className="lanes-axis" aria-hidden="true" style={{ width: widthPx }}>
        <span>{formatClock(fromMs)}</span>
        <span>{formatClock(nowMs)}</span>
      </div>
    </div>
  )
}
