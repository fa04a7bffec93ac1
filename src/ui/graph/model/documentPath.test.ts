import { describe, expect, test } from 'vitest'
import { formatPath, getPath, isWithin, joinPath, parsePath, removePaths, setPath } from './documentPath.ts'
import { nodeIdOf, parseNodeId, renamedNodeId } from './nodeIds.ts'

describe('document paths, written as the validator writes them', () => {
  test('parse and format round-trip, including quoted keys', () => {
    const path = 'Functions[0].Aliases[1].RoutingConfig.AdditionalVersionWeights["2"]'
    expect(parsePath(path)).toEqual(['Functions', 0, 'Aliases', 1, 'RoutingConfig', 'AdditionalVersionWeights', '2'])
    expect(formatPath(parsePath(path)!)).toBe(path)
    expect(parsePath('Layout["a]b"].x')).toEqual(['Layout', 'a]b', 'x'])
    expect(parsePath('Functions[x]')).toBeUndefined()
  })

  test('within: a field is inside its entry, not inside a field with a longer name', () => {
    expect(isWithin('Functions[0].Timeout', 'Functions[0]')).toBe(true)
    expect(isWithin('Functions[0].TimeoutX', 'Functions[0].Timeout')).toBe(false)
    expect(isWithin('Functions[10]', 'Functions[1]')).toBe(false)
    expect(joinPath('Functions[0]', 'Aliases[2].Name')).toBe('Functions[0].Aliases[2].Name')
    expect(joinPath('Functions[0]', '["x"]')).toBe('Functions[0]["x"]')
  })

  test('set copies along the path, creates what is missing, and shares the rest', () => {
    const doc = { Functions: [{ FunctionName: 'a' }, { FunctionName: 'b' }] }
    const next = setPath(doc, 'Functions[0].EventInvokeConfig.MaximumRetryAttempts', 1)
    expect(next.Functions[0]).toEqual({ FunctionName: 'a', EventInvokeConfig: { MaximumRetryAttempts: 1 } })
    expect(next.Functions[1]).toBe(doc.Functions[1])
    expect(doc.Functions[0]).toEqual({ FunctionName: 'a' })
  })

  test('unsetting a field removes the objects it leaves empty', () => {
    const doc = { Functions: [{ FunctionName: 'a', EventInvokeConfig: { MaximumRetryAttempts: 1 } }] }
    expect(setPath(doc, 'Functions[0].EventInvokeConfig.MaximumRetryAttempts', undefined)).toEqual({ Functions: [{ FunctionName: 'a' }] })
  })

  test('removing several list items at once removes exactly those', () => {
    const doc = { Traffic: ['a', 'b', 'c', 'd'], Other: { x: 1, y: 2 } }
    expect(removePaths(doc, ['Traffic[0]', 'Traffic[2]', 'Other.x'])).toEqual({ Traffic: ['b', 'd'], Other: { y: 2 } })
    expect(getPath(doc, 'Traffic[3]')).toBe('d')
  })
})

describe('node ids', () => {
  test('round-trip for every kind of node', () => {
    for (const id of ['function:orders', 'version:orders:2', 'alias:orders:live', 'traffic:3', 'queue:jobs.fifo', 'bus:a/b', 'loadBalancer:front']) {
      const ref = parseNodeId(id)
      expect(ref, id).toBeDefined()
      expect(nodeIdOf(ref!)).toBe(id)
    }
    expect(parseNodeId('edge:Traffic[0].Target')).toBeUndefined()
    expect(parseNodeId('traffic:01')).toBeUndefined()
  })

  test('a renamed node keeps its kind, an alias its function', () => {
    expect(renamedNodeId('alias:orders:live', 'prod')).toBe('alias:orders:prod')
    expect(renamedNodeId('queue:jobs', 'work')).toBe('queue:work')
    expect(renamedNodeId('version:orders:2', 'x')).toBe('version:orders:2')
  })
})
