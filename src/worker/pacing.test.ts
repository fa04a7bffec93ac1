import { describe, expect, test } from 'vitest'
import {
  INITIAL_SLICE_VIRTUAL_MS, MAX_CATCH_UP_REAL_MS, SLICE_BUDGET_REAL_MS,
  catchUp, createPacing, fallBehind, isDue, pause, play, recordSliceCost, setSpeed, step, tick,
} from './pacing.ts'

const HOUR_MS = 3_600_000

describe('paced playback', () => {
  test('a paused pacing does not move', () => {
    expect(tick(createPacing(HOUR_MS, 1000), 5000).targetMs).toBe(0)
  })

  test('advances elapsed real time × speed (virtual ms per real second)', () => {
    let pacing = play(createPacing(HOUR_MS, 60_000), 1000)
    pacing = tick(pacing, 1016)
    expect(pacing.targetMs).toBeCloseTo(960)
    pacing = tick(pacing, 1032)
    expect(pacing.targetMs).toBeCloseTo(1920)
  })

  test('the first tick after play starts from the moment of play, not from before the pause', () => {
    let pacing = tick(play(createPacing(HOUR_MS, 1000), 0), 50)
    pacing = play(pause(pacing), 10_000)
    expect(tick(pacing, 10_020).targetMs).toBeCloseTo(70)
  })

  test('a long stall is made up only up to the catch-up limit', () => {
    const pacing = tick(play(createPacing(HOUR_MS, 1000), 0), 5000)
    expect(pacing.targetMs).toBe(MAX_CATCH_UP_REAL_MS)
  })

  test('a speed change applies from the moment it is made', () => {
    let pacing = tick(play(createPacing(HOUR_MS, 1000), 0), 10)
    pacing = setSpeed(pacing, 10_000, 50)
    expect(tick(pacing, 60).targetMs).toBeCloseTo(10 + 100)
  })

  test('never runs past the end of the run', () => {
    const pacing = tick(play(createPacing(1000, 60_000), 0), 100)
    expect(pacing.targetMs).toBe(1000)
  })
})

describe('step', () => {
  test('pauses and moves the target by the step, capped at the end', () => {
    const pacing = step(play(createPacing(5000, 1000), 0), 2000)
    expect(pacing).toMatchObject({ playing: false, targetMs: 2000, lastRealMs: null })
    expect(step(pacing, 10_000).targetMs).toBe(5000)
  })

  test('ignores negative steps', () => {
    expect(step(createPacing(5000, 1000), -10).targetMs).toBe(0)
  })
})

describe('max speed', () => {
  test('each tick moves one slice, whatever the real time', () => {
    const pacing = play(createPacing(HOUR_MS, 'max'), 0)
    expect(tick(pacing, 1).targetMs).toBe(INITIAL_SLICE_VIRTUAL_MS)
    expect(tick(pacing, 9999).targetMs).toBe(INITIAL_SLICE_VIRTUAL_MS)
  })

  test('slices shrink when they cost more than the budget and grow when cheaper, by at most 2× at a time', () => {
    const pacing = createPacing(HOUR_MS, 'max')
    expect(recordSliceCost(pacing, SLICE_BUDGET_REAL_MS * 1.5).sliceMs).toBeCloseTo(INITIAL_SLICE_VIRTUAL_MS / 1.5)
    expect(recordSliceCost(pacing, SLICE_BUDGET_REAL_MS * 100).sliceMs).toBe(INITIAL_SLICE_VIRTUAL_MS / 2)
    expect(recordSliceCost(pacing, 0).sliceMs).toBe(INITIAL_SLICE_VIRTUAL_MS * 2)
  })

  test('slices stay between 1 virtual ms and 1 virtual hour', () => {
    let pacing = createPacing(HOUR_MS, 'max')
    for (let i = 0; i < 100; i++) pacing = recordSliceCost(pacing, 1e6)
    expect(pacing.sliceMs).toBe(1)
    for (let i = 0; i < 100; i++) pacing = recordSliceCost(pacing, 0)
    expect(pacing.sliceMs).toBe(HOUR_MS)
  })
})

test('isDue: never done is due; otherwise once the interval has passed', () => {
  expect(isDue(null, 0, 16)).toBe(true)
  expect(isDue(100, 115, 16)).toBe(false)
  expect(isDue(100, 116, 16)).toBe(true)
})

describe('when the run and the pacing disagree', () => {
  test('catching up moves the target to where a test invocation took the run, never back, never past the end', () => {
    const paced = step(createPacing(HOUR_MS, 1000), 2_000)
    expect(catchUp(paced, 5_000).targetMs).toBe(5_000)
    expect(catchUp(paced, 1_000).targetMs).toBe(2_000)
    expect(catchUp(paced, 2 * HOUR_MS).targetMs).toBe(HOUR_MS)
  })

  test('falling behind drops the target the tick could not reach, so the clock slows rather than leaps later', () => {
    const ahead = step(createPacing(HOUR_MS, 1000), 10_000)
    expect(fallBehind(ahead, 4_000).targetMs).toBe(4_000)
    expect(fallBehind(ahead, 12_000).targetMs).toBe(10_000)
  })
})
