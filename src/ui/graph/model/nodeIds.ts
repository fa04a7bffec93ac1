/**
 * Graph node ids, derived from the document so they survive reloads and key `Layout`:
 * `function:orders`, `version:orders:2`, `alias:orders:live`, `queue:jobs`, `traffic:0`, ...
 * Function names never contain a colon ([API] FunctionName pattern), so ids split unambiguously.
 */
import type { NamedKind, NodeKind } from './kinds.ts'
import { NAMED_KINDS } from './kinds.ts'

export type NodeRef =
  | { readonly kind: NamedKind; readonly name: string }
  | { readonly kind: 'version'; readonly functionName: string; readonly version: string }
  | { readonly kind: 'alias'; readonly functionName: string; readonly alias: string }
  | { readonly kind: 'traffic'; readonly index: number }

export const namedNodeId = (kind: NamedKind, name: string): string => `${kind}:${name}`
export const functionNodeId = (name: string): string => namedNodeId('function', name)
export const versionNodeId = (functionName: string, version: string): string => `version:${functionName}:${version}`
export const aliasNodeId = (functionName: string, alias: string): string => `alias:${functionName}:${alias}`
export const trafficNodeId = (index: number): string => `traffic:${index}`

export function nodeIdOf(ref: NodeRef): string {
  switch (ref.kind) {
    case 'version': return versionNodeId(ref.functionName, ref.version)
    case 'alias': return aliasNodeId(ref.functionName, ref.alias)
    case 'traffic': return trafficNodeId(ref.index)
    default: return namedNodeId(ref.kind, ref.name)
  }
}

function isNamedKind(kind: string): kind is NamedKind {
  return Object.hasOwn(NAMED_KINDS, kind)
}

/** The node an id names, or undefined for an id the graph never makes (an edge id, a stale selection). */
export function parseNodeId(id: string): NodeRef | undefined {
  const colon = id.indexOf(':')
  if (colon < 0) return undefined
  const kind = id.slice(0, colon)
  const rest = id.slice(colon + 1)
  if (rest === '') return undefined
  if (kind === 'traffic') {
    const index = Number(rest)
    return Number.isInteger(index) && index >= 0 && String(index) === rest ? { kind, index } : undefined
  }
  if (kind === 'version' || kind === 'alias') {
    const split = rest.indexOf(':')
    if (split <= 0 || split === rest.length - 1) return undefined
    const functionName = rest.slice(0, split)
    const qualifier = rest.slice(split + 1)
    return kind === 'version' ? { kind, functionName, version: qualifier } : { kind, functionName, alias: qualifier }
  }
  return isNamedKind(kind) ? { kind, name: rest } : undefined
}

export function kindOfNodeId(id: string): NodeKind | undefined {
  return parseNodeId(id)?.kind
}

/** The function a function, version or alias node belongs to. */
export function functionOfNode(ref: NodeRef): string | undefined {
  if (ref.kind === 'function') return ref.name
  if (ref.kind === 'version' || ref.kind === 'alias') return ref.functionName
  return undefined
}

/**
 * What the panels follow when a node is chosen: its function at the node's qualifier (a version's
 * number, an alias's name, `$LATEST` for the function itself); undefined for other nodes.
 */
export function focusOfNode(id: string): { functionName: string; qualifier: string } | undefined {
  const ref = parseNodeId(id)
  const functionName = ref === undefined ? undefined : functionOfNode(ref)
  if (ref === undefined || functionName === undefined) return undefined
  return { functionName, qualifier: ref.kind === 'version' ? ref.version : ref.kind === 'alias' ? ref.alias : '$LATEST' }
}

/** The id a node has once renamed to `name` (an alias keeps its function). */
export function renamedNodeId(id: string, name: string): string {
  const ref = parseNodeId(id)
  if (ref === undefined) return id
  if (ref.kind === 'alias') return aliasNodeId(ref.functionName, name)
  if (ref.kind === 'version' || ref.kind === 'traffic') return id
  return namedNodeId(ref.kind, name)
}
