/**
 * The accessible names of nodes and edges: what a screen reader announces and what end-to-end
 * tests find them by (`getByRole('group', { name: 'Function orders' })`). Kept in one place so
 * the names stay stable.
 */
import type { GraphEdge, GraphNode } from '../model/graphTypes.ts'
import type { NodeKind } from '../model/kinds.ts'

export const KIND_NAMES: { readonly [K in NodeKind]: string } = {
  function: 'Function', version: 'Version', alias: 'Alias', traffic: 'Traffic',
  queue: 'SQS queue', topic: 'SNS topic', bucket: 'S3 bucket', table: 'DynamoDB table', stream: 'Kinesis stream',
  bus: 'Event bus', rule: 'EventBridge rule', api: 'API Gateway API', loadBalancer: 'Load balancer',
}

/** `Function orders`, `Alias orders:live`, `Version orders:2`, `SQS queue jobs`, `Traffic 1`. */
export function nodeName(node: GraphNode): string {
  switch (node.kind) {
    case 'traffic': return node.label
    case 'version': return `Version ${node.functionName ?? ''}:${node.id.split(':').at(-1) ?? ''}`
    case 'alias': return `Alias ${node.label}`
    default: return `${KIND_NAMES[node.kind]} ${node.label}`
  }
}

/** `OnFailure from Function orders to SQS queue jobs`. */
export function edgeName(edge: GraphEdge, nodes: ReadonlyMap<string, GraphNode>): string {
  const source = nodes.get(edge.source)
  const target = nodes.get(edge.target)
  return `${edge.label} from ${source ? nodeName(source) : edge.source} to ${target ? nodeName(target) : edge.target}`
}
