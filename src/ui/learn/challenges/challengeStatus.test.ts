import { describe, expect, test } from 'vitest'
import { BROKEN_CHECK, TEST_ENTRY, THROTTLE_FREE, summaryWithThrottles } from '../testing/learnFixtures.ts'
import { challengeStatus, type CheckableRun } from './challengeStatus.ts'

const document = TEST_ENTRY.document
const run = (over: Partial<CheckableRun>): CheckableRun => ({ document, summary: null, done: false, playing: false, nowMs: 0, durationMs: 600_000, ...over })
const status = (over: Partial<CheckableRun>, solvedBefore = false, checkRequested = false) =>
  challengeStatus(THROTTLE_FREE, { run: run(over), solvedBefore, checkRequested })

describe('a challenge’s status', () => {
  test('not tried until a check reads a run', () => {
    expect(status({})).toEqual({ kind: 'not-tried' })
    expect(status({ nowMs: 42_000 })).toEqual({ kind: 'not-tried' })
  })

  test('running while the run plays: it is checked when the run ends', () => {
    expect(status({ playing: true, nowMs: 10_000 })).toEqual({ kind: 'running' })
    expect(status({ playing: true }, false, true)).toEqual({ kind: 'running' })
  })

  test('Check before the end says how much of the run there is, and that the whole run is needed', () => {
    expect(status({ nowMs: 42_000, summary: summaryWithThrottles(0) }, false, true)).toEqual({
      kind: 'too-short',
      detail: 'The run has covered 0:42 of 10:00. The check reads the whole run: play it to its end (speed Max is quickest).',
    })
  })

  test('a finished run is checked, Check pressed or not: solved, or not yet with what the metrics show', () => {
    expect(status({ done: true, nowMs: 600_000, summary: summaryWithThrottles(0) })).toEqual({ kind: 'solved', detail: 'checkout throttled 0 times' })
    expect(status({ done: true, nowMs: 600_000, summary: summaryWithThrottles(37) })).toEqual({ kind: 'not-yet', detail: 'checkout throttled 37 times' })
  })

  test('once solved it stays solved; a later failing run still shows its reading', () => {
    expect(status({}, true)).toEqual({ kind: 'solved', detail: null })
    expect(status({ playing: true }, true)).toEqual({ kind: 'solved', detail: null })
    expect(status({ done: true, summary: summaryWithThrottles(5) }, true)).toEqual({ kind: 'solved', detail: 'checkout throttled 5 times' })
  })

  test('a check that throws is "not yet" with its reason, never a crash', () => {
    const result = challengeStatus(BROKEN_CHECK, { run: run({ done: true, summary: summaryWithThrottles(0) }), solvedBefore: false, checkRequested: true })
    expect(result).toEqual({ kind: 'not-yet', detail: 'The check could not read this run: no such metric' })
  })
})
