import { describe, expect, test } from 'vitest'
import { mappingUuidOf, mappingUuids, validMappingUuids } from './mappingIds.ts'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const orders = { EventSourceArn: 'orders', FunctionName: 'worker' }
const clicks = { EventSourceArn: 'clicks', FunctionName: 'worker', StartingPosition: 'LATEST' }

describe("an event source mapping's UUID", () => {
  test('has the shape of a version 4 UUID and is the same every time', () => {
    expect(mappingUuidOf('orders', 'worker')).toMatch(UUID_V4)
    expect(mappingUuidOf('orders', 'worker')).toBe(mappingUuidOf('orders', 'worker'))
    // Pinned: the bundled scenarios' Timelines name their mappings by these values.
    expect(mappingUuidOf('orders', 'worker')).toBe('0ce669fc-5027-467b-a1a5-33fe4a491378')
  })

  test('depends on the source and the function, kept apart', () => {
    const ids = [mappingUuidOf('orders', 'worker'), mappingUuidOf('orders', 'worker:live'), mappingUuidOf('jobs', 'worker'), mappingUuidOf('a:b', 'c'), mappingUuidOf('a', 'b:c')]
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('does not depend on other mappings: adding, removing or moving them leaves it', () => {
    const alone = mappingUuids([orders])[0]
    expect(mappingUuids([clicks, orders])[1]).toBe(alone)
    expect(mappingUuids([orders, clicks])[0]).toBe(alone)
    expect(mappingUuids([clicks, { ...orders, BatchSize: 5 }])).toEqual([mappingUuidOf('clicks', 'worker'), alone])
  })

  test('mappings with the same source and function are told apart by their order among themselves', () => {
    const [first, other, second] = mappingUuids([orders, clicks, orders])
    expect(first).toBe(mappingUuidOf('orders', 'worker', 0))
    expect(second).toBe(mappingUuidOf('orders', 'worker', 1))
    expect(other).toBe(mappingUuidOf('clicks', 'worker'))
    expect(validMappingUuids([orders, clicks, orders])).toEqual([first, other, second])
  })

  test('an entry without a source and function as strings has none, and does not count', () => {
    expect(mappingUuids([{ EventSourceArn: 'orders' }, null, orders])).toEqual([undefined, undefined, mappingUuidOf('orders', 'worker')])
    expect(mappingUuids(undefined)).toEqual([])
    expect(() => validMappingUuids([orders, { FunctionName: 'worker' }])).toThrow('EventSourceMappings[1] names no EventSourceArn and FunctionName')
  })
})
