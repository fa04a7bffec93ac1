/** Whatever the graph renames or deletes, in any order, the Timeline it leaves is one the validator accepts. */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { validateScenario } from '../../../engine/scenario/validate.ts'
import type { Scenario } from '../../../engine/scenario/types.ts'
import { graphOf } from './documentGraph.ts'
import { timelineDocument } from './graphFixtures.ts'
import { parseNodeId } from './nodeIds.ts'
import { removeElements, type RemoveResult } from './remove.ts'
import { renameNode } from './rename.ts'

type Edit = { readonly kind: 'rename' | 'removeNode' | 'removeEdge'; readonly pick: number }

const edits = fc.array(fc.record({ kind: fc.constantFrom('rename', 'removeNode', 'removeEdge'), pick: fc.nat() }), { minLength: 1, maxLength: 8 })

/** A deletion's document; one refused for what AWS refuses stays as it was, but never for the Timeline's sake. */
function afterRemoval(doc: Scenario, result: RemoveResult): Scenario {
  if ('doc' in result) return result.doc
  expect(result.refused).not.toContain('Timeline')
  return doc
}

/** The document after `edit`, or the same one when the edit does not apply (nothing to pick, or refused). */
function applyEdit(doc: Scenario, edit: Edit, step: number): Scenario {
  const graph = graphOf(doc)
  if (edit.kind === 'removeEdge') {
    const edges = graph.edges.filter((e) => e.removable)
    const edge = edges[edit.pick % Math.max(1, edges.length)]
    return edge === undefined ? doc : afterRemoval(doc, removeElements(doc, [], [edge.id]))
  }
  if (edit.kind === 'removeNode') {
    const node = graph.nodes[edit.pick % Math.max(1, graph.nodes.length)]
    return node === undefined ? doc : afterRemoval(doc, removeElements(doc, [node.id]))
  }
  // Versions are numbered by Lambda, traffic has no name, and the default bus is not the document's.
  const renamable = graph.nodes.filter((n) => n.path !== '' && !['version', 'traffic'].includes(parseNodeId(n.id)?.kind ?? 'traffic'))
  const node = renamable[edit.pick % Math.max(1, renamable.length)]
  return node === undefined ? doc : renameNode(doc, node.id, `renamed-${step}`)
}

describe('graph edits and the Timeline', () => {
  test('after any sequence of renames and deletions the document validates, and no deletion is refused for the Timeline', () => {
    fc.assert(fc.property(edits, (sequence) => {
      let doc = timelineDocument()
      sequence.forEach((edit, step) => {
        doc = applyEdit(doc, edit, step)
        const result = validateScenario(doc)
        expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`), JSON.stringify(sequence)).toEqual([])
      })
    }), { numRuns: 100 })
  }, 60_000)
})
