import { describe, expect, test } from 'vitest'
import { below, equals, lacks, matches, passes } from './expectations.ts'

describe('passes, the portable judge of the sandbox check page', () => {
  test('equals: deep, exact, patterns match strings, undefined properties ignored', () => {
    expect(passes(equals('', { a: [1, 'x'], b: undefined }, { a: [1, 'x'] }))).toBe(true)
    expect(passes(equals('', { a: 1, b: 2 }, { a: 1 }))).toBe(false)
    expect(passes(equals('', [1, 2], [1]))).toBe(false)
    expect(passes(equals('', 'abc', /^a/))).toBe(true)
    expect(passes(equals('', 1, /1/))).toBe(false)
    expect(passes(equals('', undefined, null))).toBe(false)
  })

  test('matches: only the properties the shape names', () => {
    expect(passes(matches('', { type: 'crash', message: 'signal: killed', extra: 1 }, { type: 'crash', message: /killed/ }))).toBe(true)
    expect(passes(matches('', { type: 'error' }, { type: 'crash' }))).toBe(false)
    expect(passes(matches('', undefined, { type: 'crash' }))).toBe(false)
  })

  test('below and lacks', () => {
    expect(passes(below('', 1, 2))).toBe(true)
    expect(passes(below('', 2, 2))).toBe(false)
    expect(passes(lacks('', 'safe', /host/))).toBe(true)
    expect(passes(lacks('', 'hostResolve', /host/))).toBe(false)
    expect(passes(lacks('', undefined, /host/))).toBe(false)
  })
})
