/**
 * Connecting without a mouse: the selected node can be connected to any other from a list, with the
 * same meaning (and the same refusals) as dragging from its handle.
 */
import { useState } from 'react'
import { nodeName } from './flow/accessibleNames.ts'
import type { GraphNode } from './model/graphTypes.ts'

interface ConnectBarProps {
  source: GraphNode
  nodes: readonly GraphNode[]
  onConnect: (source: string, target: string) => void
}

export function ConnectBar({ source, nodes, onConnect }: ConnectBarProps) {
  const [target, setTarget] = useState('')
  const others = nodes.filter((n) => n.id !== source.id || n.kind === 'function')
  const chosen = others.some((n) => n.id === target) ? target : ''
  return (
    <form className="graph-connect-bar" onSubmit={(e) => { e.preventDefault(); if (chosen !== '') onConnect(source.id, chosen) }}>
      <label>
        {`Connect ${nodeName(source)} to`}
        <select value={chosen} onChange={(e) => setTarget(e.target.value)}>
          <option value="">choose a node…</option>
          {others.map((n) => <option key={n.id} value={n.id}>{nodeName(n)}</option>)}
        </select>
      </label>
      <button type="submit" disabled={chosen === ''}>Connect</button>
    </form>
  )
}
