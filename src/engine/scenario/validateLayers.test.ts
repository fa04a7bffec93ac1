/** Layers: the layer versions a scenario defines, and a function's ordered list of at most 5 [D-quotas] §5. */
import { describe, expect, test } from 'vitest'
import { onlyMessage, problems, scenario, withFunction } from './scenarioFixtures.ts'

const layer = (LayerName: string, Version = 1) => ({ LayerName, Version, Content: { [`nodejs/node_modules/${LayerName}/index.js`]: 'module.exports = {}' } })
const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => layer(name))

describe('Layers (the scenario\'s layer versions)', () => {
  test('a layer has a name, a version from 1 and its files', () => {
    expect(problems(scenario({ Layers: [layer('shared-utils', 3)] }))).toEqual([])
    expect(problems(scenario({ Layers: [{ LayerName: 'x', Version: 0, Content: {} }] }))).toEqual(['Layers[0].Version range'])
    expect(problems(scenario({ Layers: [{ LayerName: 'my layer', Version: 1.5 }] }))).toEqual([
      'Layers[0].Content required', 'Layers[0].LayerName pattern', 'Layers[0].Version integer',
    ])
    expect(problems(scenario({ Layers: [{ ...layer('x'), Content: { 'nodejs/a.js': 1 } }] }))).toEqual(['Layers[0].Content["nodejs/a.js"] type'])
  })

  test('duplicate: a layer version is defined once', () => {
    expect(problems(scenario({ Layers: [layer('x', 1), layer('x', 2), layer('x', 1)] }))).toEqual(['Layers[2].Version duplicate'])
  })
})

describe('a function\'s Layers', () => {
  test('names defined layer versions as "Name:Version" or a layer version ARN, in order', () => {
    const doc = withFunction({ Layers: ['a:1', 'arn:aws:lambda:us-east-1:123456789012:layer:b:1'] }, { Layers: [layer('a'), layer('b')] })
    expect(problems(doc)).toEqual([])
  })

  test('layers-max: at most 5 layers', () => {
    const refs = six.map((l) => `${l.LayerName}:1`)
    expect(problems(withFunction({ Layers: refs.slice(0, 5) }, { Layers: six }))).toEqual([])
    expect(problems(withFunction({ Layers: refs }, { Layers: six }))).toEqual(['Functions[0].Layers layers-max'])
    expect(onlyMessage(withFunction({ Layers: refs }, { Layers: six }))).toBe('A function can use at most 5 layers (got 6)')
  })

  test('reference: the layer version must be defined in the scenario', () => {
    expect(problems(withFunction({ Layers: ['a:2'] }, { Layers: [layer('a')] }))).toEqual(['Functions[0].Layers[0] reference'])
    expect(onlyMessage(withFunction({ Layers: ['a:2'] }, { Layers: [layer('a')] }))).toBe("Layer a version 2 is not defined in the scenario's Layers")
  })

  test('pattern: neither "Name:Version" nor a layer version ARN', () => {
    expect(problems(withFunction({ Layers: ['a', 'a:0', 'arn:aws:s3:::bucket'] }, { Layers: [layer('a')] }))).toEqual([
      'Functions[0].Layers[0] pattern', 'Functions[0].Layers[1] pattern', 'Functions[0].Layers[2] pattern',
    ])
  })

  test('duplicate: one version of each layer per function', () => {
    expect(problems(withFunction({ Layers: ['a:1', 'a:2'] }, { Layers: [layer('a', 1), layer('a', 2)] }))).toEqual(['Functions[0].Layers[1] duplicate'])
  })

  test('published versions and UpdateFunctionConfiguration are checked the same way', () => {
    const doc = withFunction({ Versions: [{ Version: '1', Layers: ['missing:1'] }] }, {
      Layers: six,
      Timeline: [{ AtSecond: 1, Do: { Action: 'UpdateFunctionConfiguration', FunctionName: 'api', Changes: { Layers: six.map((l) => `${l.LayerName}:1`) } } }],
    })
    expect(problems(doc)).toEqual(['Functions[0].Versions[0].Layers[0] reference', 'Timeline[0].Do.Changes.Layers layers-max'])
  })
})
