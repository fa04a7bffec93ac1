/**
 * Tumbling windows on a stream mapping [D-kin-win] §3.4, §11: state carried from one invocation of
 * a window to the next, the final invocation, a missing state failing the invocation, and the 1 MB
 * state limit ending a window early.
 */
import { describe, expect, test } from 'vitest'
import { simulate } from '../testing/harness.ts'
import { kinesisScenario, recordingRuntime, replayOf, type StreamEvent } from '../testing/streamHarness.ts'

/** Counts records per window in the state; the final invocation returns it unchanged. */
const counting = (event: StreamEvent) => {
  const state = (event.state ?? {}) as { count?: number }
  return { returns: { state: { count: (state.count ?? 0) + event.Records.length } } }
}

const windowed = (seconds: number, lines: [number, string][], extra = {}) =>
  kinesisScenario({ mapping: { TumblingWindowInSeconds: seconds, ...extra }, traffic: [replayOf('Stream:clicks', lines)], extra: { DurationSeconds: 400 } })

describe('tumbling windows [D-kin-win]', () => {
  test('each invocation of a window gets the state the previous one returned, and the window fields', () => {
    const { runtime, calls } = recordingRuntime(counting)
    const { sim } = simulate(windowed(60, [[1, 'a'], [5, 'b'], [6, 'c'], [70, 'd']]), { runtime })
    sim.runToEnd()
    const first = calls[0]?.event
    expect(first).toMatchObject({
      window: { start: '2026-01-01T00:00:00Z', end: '2026-01-01T00:01:00Z' }, state: {},
      shardId: 'shardId-000000000000', eventSourceARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/clicks',
      isFinalInvokeForWindow: false, isWindowTerminatedEarly: false,
    })
    expect(Object.keys(first ?? {})).toEqual(['Records', 'window', 'state', 'shardId', 'eventSourceARN', 'isFinalInvokeForWindow', 'isWindowTerminatedEarly'])
    expect(calls.map((c) => [c.atMs, c.event.Records.length, c.event.state, c.event.isFinalInvokeForWindow])).toEqual([
      [2000, 1, {}, false],
      [6000, 1, { count: 1 }, false],
      // c arrived while b was running: read as soon as b ended.
      [6100, 1, { count: 2 }, false],
      // A record of the next window is read at 71 s: the first window ends with its final invocation.
      [71000, 0, { count: 3 }, true],
      [71100, 1, {}, false],
      // No more records: the second window closes 2 minutes after its end (120 s + 2 min).
      [240_000, 0, { count: 1 }, true],
    ])
  })

  test('a response without state is a failed invocation, retried like any other', () => {
    const { runtime, calls } = recordingRuntime(() => ({ returns: { total: 1 } }))
    const { sim } = simulate(windowed(60, [[1, 'a']], { MaximumRetryAttempts: 2 }), { runtime })
    sim.runToEnd()
    // Three attempts for the record; the window's final invocation, at its close, fails the same way.
    expect(calls.map((c) => [c.atMs, c.event.isFinalInvokeForWindow])).toEqual([
      [2000, false], [3000, false], [4000, false], [180_000, true], [181_000, true], [182_000, true],
    ])
    expect(sim.eventAccounting()['Stream:clicks']).toMatchObject({ Processed: 0, Dropped: { RetriesExhausted: 1 } })
  })

  test('a state over 1 MB ends the window early; its other records start afresh', () => {
    // {"big":"…"} is 10 bytes of JSON around the string: 1 MB exactly is 1,048,566 characters.
    const stateOf = (length: number) => ({ big: 'x'.repeat(length) })
    const run = (length: number) => {
      const { runtime, calls } = recordingRuntime((event) => ({ returns: { state: event.Records.length > 0 && Object.keys(event.state ?? {}).length === 0 ? stateOf(length) : {} } }))
      const { sim } = simulate(windowed(60, [[1, 'a'], [5, 'b']]), { runtime })
      sim.runToEnd()
      return calls.slice(0, 3).map((c) => [c.event.Records.length, c.event.isFinalInvokeForWindow, c.event.isWindowTerminatedEarly])
    }
    expect(run(1_048_567)).toEqual([[1, false, false], [0, true, true], [1, false, false]])
    expect(run(1_048_566)).toEqual([[1, false, false], [1, false, false], [0, true, false]])
  })
})
