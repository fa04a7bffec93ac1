/** The Logs panel's filter box and stream list, as CloudWatch Logs behaves. */
import { describe, expect, test } from 'vitest'
import { logStreamsOf } from './logStreams.ts'
import { matchesFilter, parseFilterPattern } from './filterPattern.ts'

const matches = (pattern: string, message: string) => matchesFilter(message, parseFilterPattern(pattern))

describe('filter patterns', () => {
  test('every term must appear', () => {
    expect(matches('REPORT Init', 'REPORT RequestId: 1\tDuration: 2 ms\tInit Duration: 180.00 ms')).toBe(true)
    expect(matches('REPORT Init', 'REPORT RequestId: 1\tDuration: 2 ms')).toBe(false)
  })

  test('a quoted phrase matches as a whole', () => {
    expect(matches('"Task timed out"', '2026-01-01T00:00:03.000Z abc Task timed out after 3.00 seconds')).toBe(true)
    expect(matches('"timed Task"', 'Task timed out')).toBe(false)
  })

  test('-term excludes events containing it', () => {
    expect(matches('RequestId -START', 'END RequestId: 1')).toBe(true)
    expect(matches('RequestId -START', 'START RequestId: 1 Version: $LATEST')).toBe(false)
  })

  test('?terms match events with any of them', () => {
    expect(matches('?ERROR ?WARN', 'x\tWARN\tlow memory')).toBe(true)
    expect(matches('?ERROR ?WARN', 'x\tINFO\tfine')).toBe(false)
  })

  test('matching is case-sensitive, as in CloudWatch', () => {
    expect(matches('report', 'REPORT RequestId: 1')).toBe(false)
  })

  test('an empty pattern matches everything', () => {
    expect(matches('   ', 'anything')).toBe(true)
  })
})

describe('log streams', () => {
  test('one per environment, the most recently written first, with their event counts', () => {
    const event = (logStream: string, atMs: number) => ({ atMs, logStream, logGroup: '/aws/lambda/fn', message: 'm' })
    expect(logStreamsOf([event('a', 1), event('b', 2), event('a', 3)])).toEqual([
      { name: 'a', lastEventMs: 3, events: 2 },
      { name: 'b', lastEventMs: 2, events: 1 },
    ])
  })
})
