import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadDocument } from './loadDocument.ts'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')

describe('loading a document a user brings', () => {
  it('reads scenario files as they are', () => {
    expect(loadDocument(read('../../scenarios/canary-alias.json'), 'canary-alias.json')).toMatchObject({ ok: true, kind: 'scenario', findings: [] })
  })

  it('imports SAM templates, YAML or JSON, and validates the result', () => {
    const yaml = loadDocument(read('./sam/fixtures/orders.yaml'), 'orders.yaml')
    expect(yaml).toMatchObject({ ok: true, kind: 'template', scenario: { Name: 'orders' } })
    expect(yaml.ok && yaml.findings.length).toBeGreaterThan(0)
    const json = JSON.stringify({ Resources: { Fn: { Type: 'AWS::Lambda::Function', Properties: { MemorySize: 256 } } } })
    expect(loadDocument(json, 'stack.json')).toMatchObject({ ok: true, kind: 'template', scenario: { Functions: [{ FunctionName: 'Fn', MemorySize: 256 }] } })
  })

  it('refuses a template whose values Lambda would refuse, naming the field and the rule', () => {
    const json = JSON.stringify({ Resources: { Fn: { Type: 'AWS::Lambda::Function', Properties: { MemorySize: 64 } } } })
    expect(loadDocument(json, 'stack.json')).toMatchObject({ ok: false, errors: [{ path: 'Functions[0].MemorySize', rule: 'range' }] })
  })

  it('refuses a scenario file from a newer build before validating it, naming Format', () => {
    const newer = JSON.stringify({ Format: 'lambda-playground/scenario@2', Name: 'n', Functions: [] })
    expect(loadDocument(newer, 'newer.json')).toEqual({ ok: false, errors: [{ path: 'Format', rule: 'format', message: expect.stringMatching(/newer version of Lambda Playground/) }] })
  })

  it('refuses what is neither, saying where it breaks', () => {
    expect(loadDocument('{"Format": "lambda-playground/scenario@1", ', 'x.json')).toMatchObject({ ok: false, errors: [{ rule: 'json', message: expect.stringMatching(/line 1/) }] })
    expect(loadDocument('just: [text', 'x.yaml')).toMatchObject({ ok: false, errors: [{ path: '(template)', message: expect.stringMatching(/not valid YAML/) }] })
  })
})
