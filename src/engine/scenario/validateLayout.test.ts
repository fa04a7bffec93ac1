/** Layout: the graph's node positions, carried in the document and checked for shape only. */
import { describe, expect, test } from 'vitest'
import { problems, scenario } from './scenarioFixtures.ts'

describe('Layout', () => {
  test('accepts positions keyed by any node id, and an empty map', () => {
    expect(problems(scenario({ Layout: { 'function:api': { x: 0, y: -40.5 }, 'traffic:0': { x: 120, y: 8 } } }))).toEqual([])
    expect(problems(scenario({ Layout: {} }))).toEqual([])
  })

  test('a position is an object with finite numbers x and y, nothing else', () => {
    expect(problems(scenario({ Layout: { 'function:api': { x: '1', y: null } } }))).toEqual([
      'Layout["function:api"].x type', 'Layout["function:api"].y type',
    ])
    expect(problems(scenario({ Layout: { 'function:api': { x: 1 } } }))).toEqual(['Layout["function:api"].y required'])
    expect(problems(scenario({ Layout: { 'function:api': { x: 1, y: 2, z: 3 } } }))).toEqual(['Layout["function:api"].z unknown-field'])
    expect(problems(scenario({ Layout: { 'function:api': [1, 2] } }))).toEqual(['Layout["function:api"] type'])
  })

  test('Layout itself is an object', () => {
    expect(problems(scenario({ Layout: [] }))).toEqual(['Layout type'])
  })
})
