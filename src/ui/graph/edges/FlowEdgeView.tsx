/**
 * An edge: a bezier with its label (what the connection is, or an alias route's weight). Edges that
 * carry traffic now are animated; weighted alias routes are drawn thicker the more they carry.
 */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react'
import { memo } from 'react'
import type { FlowEdge } from '../flow/toFlow.ts'
import { useEdgeActive } from '../live/useLive.ts'

function FlowEdgeView({ id, data, selected, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd }: EdgeProps<FlowEdge>) {
  const active = useEdgeActive(id)
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })
  const edge = data?.edge
  const weight = edge?.weight
  const width = weight === undefined ? 1.5 : 1 + 5 * weight
  const classes = ['graph-edge', `graph-edge-${edge?.kind ?? 'flow'}`, active ? 'graph-edge-active' : '', selected ? 'graph-edge-selected' : '']
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={classes.join(' ')} style={{ strokeWidth: width }} />
      {edge !== undefined && edge.label !== '' && (
        <EdgeLabelRenderer>
          <div
            className={`graph-edge-label nodrag nopan${weight === undefined ? '' : ' graph-edge-weight'}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {edge.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
}

export const FlowEdgeComponent = memo(FlowEdgeView)

export const EDGE_TYPES = { flow: FlowEdgeComponent }
