import { describe, expect, test } from 'vitest'
import { validateScenario } from '../../../engine/scenario/validate.ts'
import type { Scenario } from '../../../engine/scenario/types.ts'
import { smallDocument } from './graphFixtures.ts'
import { PALETTE, addNode, type AddResult } from './palette.ts'

function added(result: AddResult): { doc: Scenario; nodeId: string } {
  if ('refused' in result) throw new Error(result.refused)
  expect(validateScenario(result.doc).ok).toBe(true)
  return result
}

describe('the palette adds valid entries with unique names', () => {
  test('every palette item adds a node the validator accepts', () => {
    for (const item of PALETTE) {
      const { doc, nodeId } = added(addNode(smallDocument(), item.kind, { functionName: 'orders' }))
      expect(nodeId.startsWith(`${item.kind}:`), item.kind).toBe(true)
      expect(doc).not.toEqual(smallDocument())
    }
  })

  test('names never collide: my-queue, my-queue-2, ...', () => {
    const once = added(addNode(smallDocument(), 'queue'))
    const twice = added(addNode(once.doc, 'queue'))
    expect([once.nodeId, twice.nodeId]).toEqual(['queue:my-queue', 'queue:my-queue-2'])
  })

  test('a published version takes the next number, never reusing one [D-versions]', () => {
    const doc = smallDocument({ Functions: [{ FunctionName: 'orders', Versions: [{ Version: '1' }, { Version: '4' }] }] })
    expect(added(addNode(doc, 'version', { functionName: 'orders' })).nodeId).toBe('version:orders:5')
  })

  test('an alias points to the newest published version, else $LATEST', () => {
    const { doc } = added(addNode(smallDocument(), 'alias', { functionName: 'audit' }))
    expect(doc.Functions[1]?.Aliases).toEqual([{ Name: 'live', FunctionVersion: '$LATEST' }])
  })

  test('the node is placed where asked, in Layout', () => {
    const { doc } = added(addNode(smallDocument(), 'topic', { position: { x: 10, y: 20 } }))
    expect(doc.Layout).toEqual({ 'topic:my-topic': { x: 10, y: 20 } })
  })

  test('traffic needs a function to send to', () => {
    expect(addNode({ ...smallDocument(), Functions: [] }, 'traffic')).toEqual({ refused: 'Add a function first: it is what versions, aliases, traffic, API routes and target groups lead to' })
  })
})
