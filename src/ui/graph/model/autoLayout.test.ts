import { describe, expect, test } from 'vitest'
import { COLUMN_WIDTH, autoLayout, freeSpot, nodePositions } from './autoLayout.ts'
import { documentGraph } from './documentGraph.ts'
import { everythingDocument, smallDocument } from './graphFixtures.ts'

const column = (positions: Map<string, { x: number }>, id: string): number => (positions.get(id)?.x ?? NaN) / COLUMN_WIDTH

describe('automatic layout', () => {
  test('things flow left to right: traffic, then the alias it invokes, then its versions', () => {
    const positions = autoLayout(documentGraph(everythingDocument()))
    expect(column(positions, 'traffic:0')).toBe(0)
    expect(column(positions, 'alias:checkout:live')).toBeGreaterThan(column(positions, 'traffic:0'))
    expect(column(positions, 'version:checkout:1')).toBeGreaterThan(column(positions, 'alias:checkout:live'))
  })

  test('every node gets a place, and no two share one, even with cycles', () => {
    const doc = smallDocument({
      Functions: [{ FunctionName: 'orders', EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: 'jobs' } } } }],
      EventSourceMappings: [{ EventSourceArn: 'jobs', FunctionName: 'orders' }],
    })
    const positions = autoLayout(documentGraph(doc))
    const graph = documentGraph(doc)
    expect(positions.size).toBe(graph.nodes.length)
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(graph.nodes.length)
  })

  test("the document's Layout wins over the automatic position", () => {
    const doc = smallDocument({ Layout: { 'queue:jobs': { x: -5, y: 7 } } })
    expect(nodePositions(documentGraph(doc), doc.Layout).get('queue:jobs')).toEqual({ x: -5, y: 7 })
  })

  test('hundreds of nodes lay out quickly', () => {
    const many = smallDocument({ Functions: Array.from({ length: 500 }, (_, i) => ({ FunctionName: `f${i}`, DeadLetterConfig: { TargetArn: 'jobs' } })) })
    const start = performance.now()
    autoLayout(documentGraph(many))
    expect(performance.now() - start).toBeLessThan(500)
  })

  test('a new node goes where asked, or below the nodes already there', () => {
    expect(freeSpot({ x: 10.4, y: 20.6 }, [{ x: 500, y: 0 }])).toEqual({ x: 10, y: 21 })
    expect(freeSpot({ x: 0, y: 0 }, [{ x: 20, y: 10 }, { x: 0, y: 105 }])).toEqual({ x: 0, y: 210 })
  })
})
