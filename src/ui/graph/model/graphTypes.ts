/** The graph as the document implies it, before React Flow sees it: plain data, DOM-free. */
import type { NodeKind } from './kinds.ts'

export interface GraphNode {
  /** See ./nodeIds.ts. */
  readonly id: string
  readonly kind: NodeKind
  /** The name the user gave it (a function's name, `v2`, an alias's name, `Traffic 1`). */
  readonly label: string
  /** One short line of its main settings, e.g. `512 MB · 30 s` or `FIFO`. */
  readonly detail: string
  /** Where its entry sits in the document, e.g. `Functions[0].Aliases[1]`; the inspector edits it. */
  readonly path: string
  /** For functions, versions and aliases: the function, so live state can be looked up by name. */
  readonly functionName?: string
}

export type EdgeKind =
  | 'traffic' | 'version' | 'alias-route' | 'destination' | 'dead-letter' | 'subscription' | 'notification'
  | 'mapping' | 'mapping-failure' | 'redrive' | 'bus-rule' | 'rule-target' | 'route' | 'target-group'

export interface GraphEdge {
  /** `edge:` + `path`: unique, and never mistaken for a node id. */
  readonly id: string
  readonly kind: EdgeKind
  readonly source: string
  readonly target: string
  /** What the connection is, in AWS's words (`OnFailure`, `ObjectCreated:*`, `90 %`). */
  readonly label: string
  /** The document value the edge stands for; removing the edge removes it (when `removable`). */
  readonly path: string
  /** Edges whose value the document requires (a traffic target, an alias's version) are changed, never removed. */
  readonly removable: boolean
  /** The string naming the target (`...OnFailure.Destination`), rewritten when the target is renamed. */
  readonly targetRef?: string
  /** The string naming the source, when the document names it here too (a mapping's `EventSourceArn`). */
  readonly sourceRef?: string
  /** Alias routes: the share of the alias's traffic, 0–1. */
  readonly weight?: number
}

export interface DocumentGraph {
  readonly nodes: readonly GraphNode[]
  readonly edges: readonly GraphEdge[]
}

export const EDGE_ID_PREFIX = 'edge:'
export const edgeIdFor = (path: string): string => `${EDGE_ID_PREFIX}${path}`
export const isEdgeId = (id: string): boolean => id.startsWith(EDGE_ID_PREFIX)
export const edgePathOf = (id: string): string => id.slice(EDGE_ID_PREFIX.length)
