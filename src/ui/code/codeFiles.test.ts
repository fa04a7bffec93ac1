/** Which files the Code tab edits, where their models live, and how an edit lands in the document. */
import { describe, expect, test } from 'vitest'
import { documentWith } from '../views/testFrames.ts'
import { editorFiles, languageOf, withFileText, withStarterHandler } from './codeFiles.ts'

const document = documentWith(
  [{ FunctionName: 'orders', Code: { 'index.ts': 'export const handler = 1', 'lib/util.mjs': 'x' }, Layers: ['utils:2', 'arn:aws:lambda:us-east-1:123456789012:layer:bin:1'] }],
  { Layers: [
    { LayerName: 'utils', Version: 2, Content: { 'nodejs/node_modules/utils/index.js': 'module.exports = {}' } },
    { LayerName: 'bin', Version: 1, Content: { 'bin/tool.sh': 'echo' } },
  ] },
)

describe('editor files', () => {
  test('the function’s files, then its layers’ in extraction order, each with its model URI and language', () => {
    const files = editorFiles(document, document, 'orders')
    expect(files.map((f) => [f.label, f.uri, f.language])).toEqual([
      ['index.ts', 'file:///functions/orders/index.ts', 'typescript'],
      ['lib/util.mjs', 'file:///functions/orders/lib/util.mjs', 'javascript'],
      // Lambda's Node.js runtimes find /opt/nodejs/node_modules by bare name; so does the editor's TypeScript.
      ['utils:2 /opt/nodejs/node_modules/utils/index.js', 'file:///node_modules/utils/index.js', 'javascript'],
      ['bin:1 /opt/bin/tool.sh', 'file:///opt/bin/tool.sh', 'plaintext'],
    ])
  })

  test('a file the run does not have yet, or has with other text, is not deployed', () => {
    const edited = withFileText(document, { kind: 'function', functionName: 'orders' }, 'index.ts', 'export const handler = 2')
    const [index, util] = editorFiles(edited, document, 'orders')
    expect(index?.value).toBe('export const handler = 2')
    expect(index?.deployedValue).toBe('export const handler = 1')
    expect(util?.value).toBe(util?.deployedValue)
    expect(editorFiles(document, null, 'orders')[0]?.deployedValue).toBeNull()
  })

  test('editing a layer file changes that layer version’s content only', () => {
    const edited = withFileText(document, { kind: 'layer', layerName: 'utils', version: 2 }, 'nodejs/node_modules/utils/index.js', 'exports.a = 1')
    expect(edited.Layers?.[0]?.Content).toEqual({ 'nodejs/node_modules/utils/index.js': 'exports.a = 1' })
    expect(edited.Layers?.[1]).toBe(document.Layers?.[1])
    expect(edited.Functions[0]).toBe(document.Functions[0])
  })

  test('a modelled function gets a starter handler that runs as index.handler', () => {
    const started = withStarterHandler(documentWith([{ FunctionName: 'model' }]), 'model')
    expect(started.Functions[0]?.Handler).toBe('index.handler')
    expect(Object.keys(started.Functions[0]?.Code ?? {})).toEqual(['index.mjs'])
  })

  test.each([['a.ts', 'typescript'], ['a.mts', 'typescript'], ['a.cjs', 'javascript'], ['a.json', 'plaintext']] as const)('%s is %s', (path, language) => {
    expect(languageOf(path)).toBe(language)
  })
})
