import { describe, expect, it } from 'vitest'
import { environmentIdFor, requestIdFor } from './ids.ts'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('requestIdFor: a deterministic version-4 UUID', () => {
  it('has the 8-4-4-4-12 lowercase shape, version nibble 4 and variant 8–b', () => {
    const variants = new Set<string>()
    for (let n = 0; n < 10_000; n++) {
      const id = requestIdFor(7, n)
      expect(id).toMatch(UUID_V4)
      variants.add(id.charAt(19))
    }
    expect([...variants].sort()).toEqual(['8', '9', 'a', 'b'])
  })

  it('is a pure function of seed and n', () => {
    expect(requestIdFor(1, 42)).toBe(requestIdFor(1, 42))
    expect(requestIdFor(1, 42)).not.toBe(requestIdFor(2, 42))
    expect(requestIdFor(1, 42)).not.toBe(requestIdFor(1, 43))
  })

  it('never repeats over 200,000 consecutive invocations', () => {
    const seen = new Set<string>()
    for (let n = 0; n < 200_000; n++) seen.add(requestIdFor(1, n))
    expect(seen.size).toBe(200_000)
  })

  it('gives two seeds unrelated sequences', () => {
    const seen = new Set<string>()
    for (let n = 0; n < 20_000; n++) seen.add(requestIdFor(1, n)).add(requestIdFor(2, n))
    expect(seen.size).toBe(40_000)
  })

  it('still changes past 2^32 invocations', () => {
    expect(requestIdFor(1, 2 ** 32 + 5)).not.toBe(requestIdFor(1, 5))
    expect(requestIdFor(1, 2 ** 32 + 5)).toMatch(UUID_V4)
  })

  it('looks random: every hex digit is about equally common', () => {
    const counts = new Map<string, number>()
    for (let n = 0; n < 20_000; n++) {
      for (const ch of requestIdFor(3, n).slice(0, 8)) counts.set(ch, (counts.get(ch) ?? 0) + 1)
    }
    expect(counts.size).toBe(16)
    for (const count of counts.values()) expect(Math.abs(count / 10_000 - 1)).toBeLessThan(0.05)
  })
})

describe('environmentIdFor: 32 lowercase hex digits, as in log stream names', () => {
  it('has the shape and differs from the request id material of the same (seed, n)', () => {
    const id = environmentIdFor(1, 0)
    expect(id).toMatch(/^[0-9a-f]{32}$/)
    expect(id.slice(0, 8)).not.toBe(requestIdFor(1, 0).slice(0, 8))
  })

  it('never repeats over 200,000 environments', () => {
    const seen = new Set<string>()
    for (let n = 0; n < 200_000; n++) seen.add(environmentIdFor(9, n))
    expect(seen.size).toBe(200_000)
  })
})
