import { describe, expect, test } from 'vitest'
import { EMBED_PROTOCOL_VERSION, EMBED_SOURCE } from './embedProtocol.ts'
import { parseHostMessage } from './parseHostMessage.ts'

const ours = (body: object) => ({ source: EMBED_SOURCE, v: EMBED_PROTOCOL_VERSION, ...body })

describe('messages from the host page', () => {
  test('messages without the lambda-playground marker are someone else\'s and ignored', () => {
    for (const data of [null, 'play', 42, [], { type: 'play' }, { source: 'react-devtools', type: 'play' }]) {
      expect(parseHostMessage(data)).toEqual({ kind: 'foreign' })
    }
  })

  test('each command of the API is accepted with its fields', () => {
    expect(parseHostMessage(ours({ type: 'play' }))).toEqual({ kind: 'command', command: { type: 'play' } })
    expect(parseHostMessage(ours({ type: 'pause', extra: 1 }))).toEqual({ kind: 'command', command: { type: 'pause' } })
    expect(parseHostMessage(ours({ type: 'reset' }))).toEqual({ kind: 'command', command: { type: 'reset' } })
    expect(parseHostMessage(ours({ type: 'seek', virtualMs: 120_000 }))).toEqual({ kind: 'command', command: { type: 'seek', virtualMs: 120_000 } })
    expect(parseHostMessage(ours({ type: 'setSpeed', speed: 'max' }))).toEqual({ kind: 'command', command: { type: 'setSpeed', speed: 'max' } })
    expect(parseHostMessage(ours({ type: 'setSpeed', speed: 60_000 }))).toEqual({ kind: 'command', command: { type: 'setSpeed', speed: 60_000 } })
    expect(parseHostMessage(ours({ type: 'load', scenario: 'canary-alias' }))).toEqual({ kind: 'command', command: { type: 'load', scenario: 'canary-alias' } })
    const document = { Format: 'lambda-playground/scenario@1', Name: 'x', Functions: [] }
    expect(parseHostMessage(ours({ type: 'load', scenario: document }))).toEqual({ kind: 'command', command: { type: 'load', scenario: document } })
  })

  test('one of ours that is not a valid command is malformed, and the answer says what is wrong', () => {
    const cases: [object, RegExp][] = [
      [{ source: EMBED_SOURCE, v: 2, type: 'play' }, /version 2 of the embed protocol; this player speaks 1/],
      [{ source: EMBED_SOURCE, type: 'play' }, /version undefined/],
      [ours({ type: 'jump' }), /Unknown command "jump"/],
      [ours({ type: 'seek' }), /seek needs `virtualMs`/],
      [ours({ type: 'seek', virtualMs: -1 }), /0 or more \(got -1\)/],
      [ours({ type: 'seek', virtualMs: '60' }), /got "60"/],
      [ours({ type: 'setSpeed', speed: 0 }), /a number above 0\) or "max" \(got 0\)/],
      [ours({ type: 'setSpeed', speed: 'fast' }), /got "fast"/],
      [ours({ type: 'load' }), /load needs `scenario`/],
      [ours({ type: 'load', scenario: '' }), /load needs `scenario`/],
      [ours({ type: 'load', scenario: [1] }), /load needs `scenario`/],
    ]
    for (const [data, message] of cases) {
      const parsed = parseHostMessage(data)
      expect(parsed.kind).toBe('malformed')
      expect(parsed.kind === 'malformed' && parsed.message).toMatch(message)
    }
  })
})
