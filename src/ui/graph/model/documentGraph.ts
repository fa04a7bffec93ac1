/** The document's graph: its nodes, and the edges between nodes that exist. */
import type { Scenario } from '../../../engine/scenario/types.ts'
import { documentEdges } from './documentEdges.ts'
import { documentNodes } from './documentNodes.ts'
import type { DocumentGraph } from './graphTypes.ts'
import { perDocument } from './perDocument.ts'

export function documentGraph(doc: Scenario): DocumentGraph {
  const edges = documentEdges(doc)
  const referenced = new Set(edges.flatMap((e) => [e.source, e.target]))
  const nodes = documentNodes(doc, referenced)
  const ids = new Set(nodes.map((node) => node.id))
  // A rule on a bus the document does not declare, say: the validator reports it; the graph skips it.
  return { nodes, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)) }
}

/** `documentGraph`, computed once per document object: the graph and its live selectors share it. */
export const graphOf = perDocument(documentGraph)
