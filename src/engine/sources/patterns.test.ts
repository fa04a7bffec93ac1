import { describe, expect, it } from 'vitest'
import { compilePattern, compilePatternText, matchesAnyPattern, matchesPattern, parseEventJson, type CompiledPattern } from './patterns.ts'

function compiled(pattern: unknown): CompiledPattern {
  const result = compilePattern(pattern)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.pattern
}

/** Matches `pattern` against the event written as JSON text (numbers keep their text). */
const matches = (pattern: unknown, eventText: string): boolean => matchesPattern(compiled(pattern), parseEventJson(eventText))

const problemsOf = (pattern: unknown): readonly { path: string; message: string }[] => {
  const result = compilePattern(pattern)
  return result.ok ? [] : result.problems
}

describe('event patterns: equals, null and empty [D-filter]', () => {
  it('matches a string exactly, case and all', () => {
    expect(matches({ city: ['Seattle'] }, '{"city":"Seattle"}')).toBe(true)
    expect(matches({ city: ['Seattle'] }, '{"city":"seattle"}')).toBe(false)
    expect(matches({ city: ['Seattle'] }, '{"city":"Seattle "}')).toBe(false)
  })

  it('never equates a string with a number or a boolean', () => {
    expect(matches({ n: ['300'] }, '{"n":300}')).toBe(false)
    expect(matches({ n: [300] }, '{"n":"300"}')).toBe(false)
    expect(matches({ b: [true] }, '{"b":"true"}')).toBe(false)
    expect(matches({ b: [true] }, '{"b":true}')).toBe(true)
  })

  it('compares numbers by their text: 300, 300.0 and 3.0e2 are different values [D-filter]', () => {
    expect(matches({ n: [300] }, '{"n":300}')).toBe(true)
    expect(matches({ n: [300] }, '{"n":300.0}')).toBe(false)
    expect(matches({ n: [300] }, '{"n":3.0e2}')).toBe(false)
  })

  it('compares numbers of events built in the engine by their JavaScript text', () => {
    expect(matchesPattern(compiled({ size: [1024] }), { size: 1024 })).toBe(true)
  })

  it('null matches a field present with null; "" matches the empty string only', () => {
    expect(matches({ id: [null] }, '{"id":null}')).toBe(true)
    expect(matches({ id: [null] }, '{}')).toBe(false)
    expect(matches({ id: [null] }, '{"id":""}')).toBe(false)
    expect(matches({ id: [''] }, '{"id":""}')).toBe(true)
    expect(matches({ id: [''] }, '{"id":null}')).toBe(false)
  })

  it('matches an event array when any element matches', () => {
    expect(matches({ tags: ['red'] }, '{"tags":["blue","red"]}')).toBe(true)
    expect(matches({ tags: ['red'] }, '{"tags":["blue"]}')).toBe(false)
  })
})

describe('event patterns: AND, OR and $or [D-filter]', () => {
  it('requires every key (AND) and any listed value (OR)', () => {
    const pattern = { source: ['orders'], detail: { state: ['paid', 'shipped'] } }
    expect(matches(pattern, '{"source":"orders","detail":{"state":"shipped"}}')).toBe(true)
    expect(matches(pattern, '{"source":"orders","detail":{"state":"new"}}')).toBe(false)
    expect(matches(pattern, '{"source":"users","detail":{"state":"paid"}}')).toBe(false)
    expect(matches(pattern, '{"source":"orders"}')).toBe(false)
  })

  it('$or matches when any alternative matches, ANDed with the other keys', () => {
    const pattern = { source: ['shop'], $or: [{ a: ['1'] }, { b: [{ numeric: ['>', 10] }] }] }
    expect(matches(pattern, '{"source":"shop","a":"1"}')).toBe(true)
    expect(matches(pattern, '{"source":"shop","b":11}')).toBe(true)
    expect(matches(pattern, '{"source":"shop","b":9}')).toBe(false)
    expect(matches(pattern, '{"source":"other","a":"1"}')).toBe(false)
  })

  it('a nested pattern over an array of objects needs one element to match all of it', () => {
    const pattern = { items: { sku: ['A'], qty: [{ numeric: ['>', 1] }] } }
    expect(matches(pattern, '{"items":[{"sku":"A","qty":1},{"sku":"B","qty":5}]}')).toBe(false)
    expect(matches(pattern, '{"items":[{"sku":"B","qty":1},{"sku":"A","qty":5}]}')).toBe(true)
  })

  it('an empty pattern matches every object', () => {
    expect(matches({}, '{"anything":1}')).toBe(true)
  })

  it('filters are ORed [D-filter]', () => {
    const filters = [compiled({ a: ['x'] }), compiled({ b: ['y'] })]
    expect(matchesAnyPattern(filters, { b: 'y' })).toBe(true)
    expect(matchesAnyPattern(filters, { c: 'z' })).toBe(false)
    expect(matchesAnyPattern([], { c: 'z' })).toBe(false)
  })
})

describe('event patterns: operators [D-filter]', () => {
  it('equals-ignore-case', () => {
    expect(matches({ name: [{ 'equals-ignore-case': 'alice' }] }, '{"name":"ALICE"}')).toBe(true)
    expect(matches({ name: [{ 'equals-ignore-case': 'alice' }] }, '{"name":"ALICE2"}')).toBe(false)
  })

  it('prefix and suffix, plain and case-blind, on strings only', () => {
    expect(matches({ key: [{ prefix: 'img/' }] }, '{"key":"img/a.png"}')).toBe(true)
    expect(matches({ key: [{ prefix: 'img/' }] }, '{"key":"IMG/a.png"}')).toBe(false)
    expect(matches({ key: [{ prefix: { 'equals-ignore-case': 'img/' } }] }, '{"key":"IMG/a.png"}')).toBe(true)
    expect(matches({ key: [{ suffix: '.png' }] }, '{"key":"img/a.png"}')).toBe(true)
    expect(matches({ key: [{ suffix: '.png' }] }, '{"key":"img/a.PNG"}')).toBe(false)
    expect(matches({ key: [{ suffix: { 'equals-ignore-case': '.png' } }] }, '{"key":"a.PNG"}')).toBe(true)
    expect(matches({ n: [{ prefix: '3' }] }, '{"n":300}')).toBe(false)
  })

  it('anything-but a value, a list, a prefix or a suffix; only on fields that exist', () => {
    expect(matches({ state: [{ 'anything-but': 'new' }] }, '{"state":"paid"}')).toBe(true)
    expect(matches({ state: [{ 'anything-but': 'new' }] }, '{"state":"new"}')).toBe(false)
    expect(matches({ state: [{ 'anything-but': 'new' }] }, '{}')).toBe(false)
    expect(matches({ code: [{ 'anything-but': [400, 404] }] }, '{"code":200}')).toBe(true)
    expect(matches({ code: [{ 'anything-but': [400, 404] }] }, '{"code":404}')).toBe(false)
    expect(matches({ key: [{ 'anything-but': { prefix: 'tmp/' } }] }, '{"key":"img/a"}')).toBe(true)
    expect(matches({ key: [{ 'anything-but': { prefix: 'tmp/' } }] }, '{"key":"tmp/a"}')).toBe(false)
    expect(matches({ key: [{ 'anything-but': { suffix: '.tmp' } }] }, '{"key":"a.tmp"}')).toBe(false)
    expect(matches({ key: [{ 'anything-but': { 'equals-ignore-case': 'x' } }] }, '{"key":"X"}')).toBe(false)
  })

  it('numeric ranges compare values, so 300.0 is = 300 there', () => {
    const range = { price: [{ numeric: ['>', 0, '<=', 5] }] }
    expect(matches(range, '{"price":5}')).toBe(true)
    expect(matches(range, '{"price":5.01}')).toBe(false)
    expect(matches(range, '{"price":0}')).toBe(false)
    expect(matches(range, '{"price":"3"}')).toBe(false)
    expect(matches({ n: [{ numeric: ['=', 300] }] }, '{"n":3.0e2}')).toBe(true)
    expect(matches({ n: [{ numeric: ['>=', 10] }] }, '{"n":10}')).toBe(true)
    expect(matches({ n: [{ numeric: ['<', 10] }] }, '{"n":10}')).toBe(false)
  })

  it('exists true / false, on leaf nodes only', () => {
    expect(matches({ id: [{ exists: true }] }, '{"id":"x"}')).toBe(true)
    expect(matches({ id: [{ exists: true }] }, '{"id":null}')).toBe(true)
    expect(matches({ id: [{ exists: true }] }, '{}')).toBe(false)
    expect(matches({ id: [{ exists: false }] }, '{}')).toBe(true)
    expect(matches({ id: [{ exists: false }] }, '{"id":1}')).toBe(false)
    expect(matches({ id: [{ exists: true }] }, '{"id":{"a":1}}')).toBe(false)
    expect(matches({ id: [{ exists: false }] }, '{"id":[]}')).toBe(true)
    expect(matches({ a: { b: [{ exists: false }] } }, '{}')).toBe(true)
  })

  it('wildcard: * matches any run, \\* a literal star', () => {
    expect(matches({ key: [{ wildcard: 'img/*.png' }] }, '{"key":"img/a/b.png"}')).toBe(true)
    expect(matches({ key: [{ wildcard: 'img/*.png' }] }, '{"key":"img/a.jpg"}')).toBe(false)
    expect(matches({ key: [{ wildcard: 'a\\*b' }] }, '{"key":"a*b"}')).toBe(true)
    expect(matches({ key: [{ wildcard: 'a\\*b' }] }, '{"key":"axb"}')).toBe(false)
    expect(matches({ key: [{ wildcard: 'a.c' }] }, '{"key":"abc"}')).toBe(false)
  })

  it('mixes operators and values in one list (OR)', () => {
    const pattern = { key: ['exact', { prefix: 'p-' }, { exists: false }] }
    expect(matches(pattern, '{"key":"exact"}')).toBe(true)
    expect(matches(pattern, '{"key":"p-1"}')).toBe(true)
    expect(matches(pattern, '{}')).toBe(true)
    expect(matches(pattern, '{"key":"other"}')).toBe(false)
  })
})

describe('event patterns: malformed patterns name the place', () => {
  it.each([
    [[], ''],
    [{ a: 'x' }, 'a'],
    [{ a: [] }, 'a'],
    [{ a: [{ bogus: 1 }] }, 'a[0]'],
    [{ a: [{ prefix: 'x', suffix: 'y' }] }, 'a[0]'],
    [{ a: [{ numeric: ['>'] }] }, 'a[0].numeric'],
    [{ a: [{ numeric: ['~', 1] }] }, 'a[0].numeric[0]'],
    [{ a: [{ numeric: ['>', '1'] }] }, 'a[0].numeric[1]'],
    [{ a: [{ exists: 'yes' }] }, 'a[0].exists'],
    [{ a: [{ wildcard: 'a**b' }] }, 'a[0].wildcard'],
    [{ a: [{ 'anything-but': [true] }] }, 'a[0].anything-but[0]'],
    [{ a: [{ 'anything-but': { numeric: ['>', 1] } }] }, 'a[0].anything-but'],
    [{ $or: [{ a: ['x'] }] }, '$or'],
    [{ b: { c: [[1]] } }, 'b.c[0]'],
  ])('%j is refused at %s', (pattern, path) => {
    const problems = problemsOf(pattern)
    expect(problems.map((p) => p.path)).toContain(path)
  })

  it('pattern text that is not JSON is refused', () => {
    expect(compilePatternText('{"a": [').ok).toBe(false)
    expect(compilePatternText('{"body": {"a": ["x"]}}').ok).toBe(true)
  })
})

describe('parseEventJson', () => {
  it('reads JSON like JSON.parse, keeping number text', () => {
    const text = '{"a":[1,-2.5e3,"s\\"q",true,false,null,{}],"b":{"c":""}}'
    const parsed = parseEventJson(text)
    expect(JSON.parse(JSON.stringify(parsed, (_k, v: unknown) => (v instanceof Object && 'text' in v ? Number(v.text) : v)))).toEqual(
      JSON.parse(text),
    )
  })

  it('returns undefined for text that is not JSON', () => {
    expect(parseEventJson('hello')).toBeUndefined()
    expect(parseEventJson('{"a":1} x')).toBeUndefined()
    expect(parseEventJson('"unterminated')).toBeUndefined()
    expect(parseEventJson('"plain"')).toBe('plain')
  })
})
