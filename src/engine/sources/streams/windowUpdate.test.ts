/**
 * UpdateEventSourceMapping of TumblingWindowInSeconds (0–900) on a stream mapping [API], [D-kin-win]:
 * the new duration applies to windows that open after the update; the window open at that moment
 * keeps its bounds and its state and ends as any window does (windows.ts). A ParallelizationFactor
 * change ends the open windows early (parallelization.ts).
 */
import { describe, expect, test } from 'vitest'
import type { TimelineEntry } from '../../scenario/types.ts'
import { simulate } from '../../testing/harness.ts'
import { dataOf, kinesisScenario, recordingRuntime, replayOf, type StreamEvent } from '../../testing/streamHarness.ts'
import { mappingUuidOf } from '../mappingIds.ts'

const CLICKS = mappingUuidOf('clicks', 'fn')
const update = (atSecond: number, changes: { TumblingWindowInSeconds?: number; ParallelizationFactor?: number }): TimelineEntry =>
  ({ AtSecond: atSecond, Do: { Action: 'UpdateEventSourceMapping', UUID: CLICKS, ...changes } })

/** Counts a window's records in its state; a batch outside any window returns nothing. */
const counting = (event: StreamEvent) => {
  if (event.window === undefined) return {}
  const state = (event.state ?? {}) as { count?: number }
  return { returns: { state: { count: (state.count ?? 0) + event.Records.length } } }
}

/** Each invocation: when it started, its records, its window (`mm:ss–mm:ss`), its state, and whether it ends the window (`final`, `early`). */
function windowsOf(tumblingSeconds: number | undefined, lines: [number, string][], timeline: TimelineEntry[], mapping = {}) {
  const { runtime, calls } = recordingRuntime(counting)
  const { sim } = simulate(kinesisScenario({
    mapping: { ...(tumblingSeconds === undefined ? {} : { TumblingWindowInSeconds: tumblingSeconds }), ...mapping },
    traffic: [replayOf('Stream:clicks', lines, { KeyCount: 2 })],
    extra: { DurationSeconds: 600, Timeline: timeline },
  }), { runtime })
  sim.runToEnd()
  const clock = (iso: string) => iso.slice(14, 19)
  const invocations = calls.map(({ atMs, event }) => [
    atMs, event.Records.map(dataOf).join(),
    event.window === undefined ? null : `${clock(event.window.start)}–${clock(event.window.end)}`,
    event.state ?? null,
    event.isWindowTerminatedEarly === true ? 'early' : event.isFinalInvokeForWindow === true ? 'final' : '',
  ])
  return { sim, invocations }
}

describe('TumblingWindowInSeconds updated during a run [D-kin-win]', () => {
  test('60 → 120 s: the open window keeps its bounds and state; the next starts where it ended, then windows line up on 120 s', () => {
    const { sim, invocations } = windowsOf(60, [[1, 'a'], [5, 'b'], [50, 'c'], [70, 'd'], [130, 'e'], [250, 'f']], [update(10, { TumblingWindowInSeconds: 120 })])
    expect(invocations).toEqual([
      [2000, 'a', '00:00–01:00', {}, ''],
      [6000, 'b', '00:00–01:00', { count: 1 }, ''],
      // c arrived after the update, within the window opened before it.
      [51_000, 'c', '00:00–01:00', { count: 2 }, ''],
      [71_000, '', '00:00–01:00', { count: 3 }, 'final'],
      // On the 120 s grid d's window would start at 0, over the one that just ended: it starts at 1:00.
      [71_100, 'd', '01:00–02:00', {}, ''],
      [131_000, '', '01:00–02:00', { count: 1 }, 'final'],
      [131_100, 'e', '02:00–04:00', {}, ''],
      [251_000, '', '02:00–04:00', { count: 1 }, 'final'],
      [251_100, 'f', '04:00–06:00', {}, ''],
      // No more records: closed 2 minutes after its end.
      [480_000, '', '04:00–06:00', { count: 1 }, 'final'],
    ])
    expect(sim.eventAccounting()['Stream:clicks']).toMatchObject({ Received: 6, Processed: 6, Pending: 0 })
  })

  test('60 → 0: the open window still takes its records and ends with its final invocation; later records go in plain batches', () => {
    const { invocations } = windowsOf(60, [[1, 'a'], [50, 'b'], [70, 'c'], [200, 'd']], [update(10, { TumblingWindowInSeconds: 0 })])
    expect(invocations).toEqual([
      [2000, 'a', '00:00–01:00', {}, ''],
      [51_000, 'b', '00:00–01:00', { count: 1 }, ''],
      [71_000, '', '00:00–01:00', { count: 2 }, 'final'],
      // The handler returns no state outside a window, and these succeed.
      [71_100, 'c', null, null, ''],
      [201_000, 'd', null, null, ''],
    ])
  })

  test('0 → 30: windows open for the batches read after the update, on the 30 s grid', () => {
    const { invocations } = windowsOf(undefined, [[1, 'a'], [20, 'b'], [40, 'c']], [update(10, { TumblingWindowInSeconds: 30 })])
    expect(invocations).toEqual([
      [2000, 'a', null, null, ''],
      [21_000, 'b', '00:00–00:30', {}, ''],
      [41_000, '', '00:00–00:30', { count: 1 }, 'final'],
      [41_100, 'c', '00:30–01:00', {}, ''],
      [180_000, '', '00:30–01:00', { count: 1 }, 'final'],
    ])
  })

  test('a ParallelizationFactor change ends the open window early; the new lanes go on with the same window afresh', () => {
    const { invocations } = windowsOf(60, [[1, 'a'], [5, 'b'], [20, 'c']], [update(10, { ParallelizationFactor: 2 })])
    expect(invocations).toEqual([
      [2000, 'a', '00:00–01:00', {}, ''],
      [6000, 'b', '00:00–01:00', { count: 1 }, ''],
      // The next poll after the change: the old lane's final invocation, isWindowTerminatedEarly.
      [11_000, '', '00:00–01:00', { count: 2 }, 'early'],
      [21_000, 'c', '00:00–01:00', {}, ''],
      [180_000, '', '00:00–01:00', { count: 1 }, 'final'],
    ])
  })

  test('refused out of 0–900, naming the field and the rule, as a live update too [D-kin-params]', () => {
    const { sim } = simulate(kinesisScenario({}))
    expect(sim.apply({ Action: 'UpdateEventSourceMapping', UUID: CLICKS, TumblingWindowInSeconds: 901 }))
      .toEqual({ ok: false, error: 'UpdateEventSourceMapping.TumblingWindowInSeconds: TumblingWindowInSeconds must be an integer from 0 to 900 seconds (got 901)' })
    expect(sim.apply({ Action: 'UpdateEventSourceMapping', UUID: CLICKS, TumblingWindowInSeconds: -1 })).toMatchObject({ ok: false })
    expect(sim.apply({ Action: 'UpdateEventSourceMapping', UUID: CLICKS, TumblingWindowInSeconds: 900 })).toMatchObject({ ok: true })
  })
})
