/** What the inspector shows for the selection: a node's or an edge's entry in the document and its field table. */
import type { Scenario } from '../../engine/scenario/types.ts'
import { edgeName, nodeName } from '../graph/flow/accessibleNames.ts'
import { graphOf } from '../graph/model/documentGraph.ts'
import { edgePathOf, isEdgeId, type GraphEdge } from '../graph/model/graphTypes.ts'
import type { NodeKind } from '../graph/model/kinds.ts'
import { EDGE_FIELDS, WEIGHT_FIELD } from './fields/edgeFields.ts'
import { FUNCTION_FIELDS } from './fields/functionFields.ts'
import type { FieldSpec } from './fields/fieldTypes.ts'
import { ALIAS_FIELDS, VERSION_FIELDS } from './fields/qualifierFields.ts'
import { API_FIELDS } from './fields/apiFields.ts'
import { BUCKET_FIELDS } from './fields/bucketFields.ts'
import { BUS_FIELDS } from './fields/busFields.ts'
import { LOAD_BALANCER_FIELDS } from './fields/loadBalancerFields.ts'
import { QUEUE_FIELDS } from './fields/queueFields.ts'
import { RULE_FIELDS } from './fields/ruleFields.ts'
import { STREAM_FIELDS } from './fields/streamFields.ts'
import { TABLE_FIELDS } from './fields/tableFields.ts'
import { TOPIC_FIELDS } from './fields/topicFields.ts'
import { TRAFFIC_FIELDS } from './fields/trafficFields.ts'
import { SCENARIO_FIELDS } from './fields/scenarioFields.ts'

export const NODE_FIELDS: { readonly [K in NodeKind]: readonly FieldSpec[] } = {
  function: FUNCTION_FIELDS, version: VERSION_FIELDS, alias: ALIAS_FIELDS, traffic: TRAFFIC_FIELDS,
  queue: QUEUE_FIELDS, topic: TOPIC_FIELDS, bucket: BUCKET_FIELDS, table: TABLE_FIELDS, stream: STREAM_FIELDS,
  bus: BUS_FIELDS, rule: RULE_FIELDS, api: API_FIELDS, loadBalancer: LOAD_BALANCER_FIELDS,
}

export interface InspectorTarget {
  /** `Function orders`, `OnFailure from Function orders to SQS queue jobs`, `Scenario`. */
  readonly title: string
  /** The entry the fields' paths are relative to; `''` is the document itself. */
  readonly entryPath: string
  readonly fields: readonly FieldSpec[]
  /** The node whose name fields rename (with every reference to it). */
  readonly nodeId?: string
  /** Shown instead of fields when there is nothing to set. */
  readonly note?: string
}

const SCENARIO: InspectorTarget = { title: 'Scenario', entryPath: '', fields: SCENARIO_FIELDS }

/** An edge whose settings are those of a node (a traffic target is its generator's) shows that node. */
function edgeTarget(doc: Scenario, edge: GraphEdge): InspectorTarget | undefined {
  const graph = graphOf(doc)
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]))
  const title = edgeName(edge, nodes)
  const fields = EDGE_FIELDS[edge.kind]
  if (fields !== undefined) return { title, entryPath: edge.path, fields }
  if (edge.kind === 'alias-route' && edge.path.endsWith('.FunctionVersion')) return nodeTarget(doc, edge.source)
  if (edge.kind === 'alias-route') return { title, entryPath: edge.path, fields: [WEIGHT_FIELD] }
  // Traffic, a version's publication and a rule's bus are set on the node at one end.
  return nodeTarget(doc, edge.kind === 'traffic' ? edge.source : edge.target)
}

function nodeTarget(doc: Scenario, nodeId: string): InspectorTarget | undefined {
  const node = graphOf(doc).nodes.find((n) => n.id === nodeId)
  if (node === undefined) return undefined
  if (node.path === '') return { title: nodeName(node), entryPath: '', fields: [], note: 'Every account has the default event bus; it has nothing to set.' }
  return { title: nodeName(node), entryPath: node.path, fields: NODE_FIELDS[node.kind], nodeId }
}

/** The selection's target; the scenario itself when nothing (or something since deleted) is selected. */
export function inspectorTarget(doc: Scenario, selectedId: string | null): InspectorTarget {
  if (selectedId === null) return SCENARIO
  if (isEdgeId(selectedId)) {
    const edge = graphOf(doc).edges.find((e) => e.path === edgePathOf(selectedId))
    return (edge === undefined ? undefined : edgeTarget(doc, edge)) ?? SCENARIO
  }
  return nodeTarget(doc, selectedId) ?? SCENARIO
}
