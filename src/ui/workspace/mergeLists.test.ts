import { describe, expect, test } from 'vitest'
import { mergeLists } from './mergeLists.ts'
import { sameValue } from './sameValue.ts'

const merge = (base: string[], mine: string[], theirs: string[]) => mergeLists(base, mine, theirs, String)

describe('merging a list two tabs changed', () => {
  test('a list only one tab changed comes back as that tab\'s, the very array when it is this tab\'s', () => {
    const mine = ['b', 'a']
    expect(merge(['a', 'b'], mine, ['a', 'b'])).toBe(mine)
    expect(merge(['a', 'b'], ['a', 'b'], ['a'])).toEqual(['a'])
  })

  test('both changed: theirs, less what this tab removed, plus what this tab added', () => {
    expect(merge(['a', 'b', 'c'], ['a', 'c', 'mine'], ['a', 'b', 'theirs'])).toEqual(['a', 'theirs', 'mine'])
  })

  test('without a common base (a journal), nothing either holds is dropped', () => {
    expect(merge([], ['a', 'mine'], ['theirs', 'a'])).toEqual(['theirs', 'a', 'mine'])
  })
})

describe('comparing stored values', () => {
  test('the order of keys and keys holding undefined do not count; values do', () => {
    expect(sameValue({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true)
    expect(sameValue({ a: 1, gone: undefined }, { a: 1 })).toBe(true)
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
    expect(sameValue({ a: [] }, { a: {} })).toBe(false)
    expect(sameValue({ a: 1 }, { a: 1, b: null })).toBe(false)
  })
})
