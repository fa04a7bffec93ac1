/**
 * Every node of the graph: its kind, name, main settings and live state, with a handle to connect
 * from (right) and one to connect to (left). Handles carry React Flow's `data-nodeid` and
 * `data-handlepos`; the keyboard way to connect is the graph's "Connect ... to" list.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { KIND_NAMES } from '../flow/accessibleNames.ts'
import type { FlowNode } from '../flow/toFlow.ts'
import { FunctionLiveBadge, QualifierLiveBadge, ResourceLiveBadge } from './LiveBadges.tsx'

function ResourceNodeView({ data, selected }: NodeProps<FlowNode>) {
  const { node } = data
  return (
    <div className={`graph-node graph-node-${node.kind}${selected ? ' graph-node-selected' : ''}`}>
      {/* Traffic generators only send: nothing connects into them. */}
      {node.kind !== 'traffic' && <Handle type="target" position={Position.Left} />}
      <div className="graph-node-kind">{KIND_NAMES[node.kind]}</div>
      <div className="graph-node-label">{node.label}</div>
      <div className="graph-node-detail">{node.detail}</div>
      {node.kind === 'function' && node.functionName !== undefined && <FunctionLiveBadge functionName={node.functionName} />}
      {(node.kind === 'version' || node.kind === 'alias') && <QualifierLiveBadge nodeId={node.id} />}
      {node.kind !== 'function' && node.kind !== 'version' && node.kind !== 'alias' && node.kind !== 'traffic' && (
        <ResourceLiveBadge nodeId={node.id} queue={node.kind === 'queue'} />
      )}
      <Handle type="source" position={Position.Right} />
    </div>
  )
}

export const ResourceNode = memo(ResourceNodeView)

/** At module scope, as React Flow requires, so node types never change identity. */
export const NODE_TYPES = { resource: ResourceNode }
