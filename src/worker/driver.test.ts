import { describe, expect, test } from 'vitest'
import {
  INITIAL_SLICE_VIRTUAL_MS, MAX_CATCH_UP_REAL_MS, SLICE_BUDGET_REAL_MS,
  createDriver, isDue, pause, play, recordSliceCost, setSpeed, step, tick,
} from './driver.ts'

const HOUR_MS = 3_600_000

describe('paced playback', () => {
  test('a paused driver does not move', () => {
    expect(tick(createDriver(HOUR_MS, 1000), 5000).targetMs).toBe(0)
  })

  test('advances elapsed real time × speed (virtual ms per real second)', () => {
    let driver = play(createDriver(HOUR_MS, 60_000), 1000)
    driver = tick(driver, 1016)
    expect(driver.targetMs).toBeCloseTo(960)
    driver = tick(driver, 1032)
    expect(driver.targetMs).toBeCloseTo(1920)
  })

  test('the first tick after play starts from the moment of play, not from before the pause', () => {
    let driver = tick(play(createDriver(HOUR_MS, 1000), 0), 50)
    driver = play(pause(driver), 10_000)
    expect(tick(driver, 10_020).targetMs).toBeCloseTo(70)
  })

  test('a long stall is made up only up to the catch-up limit', () => {
    const driver = tick(play(createDriver(HOUR_MS, 1000), 0), 5000)
    expect(driver.targetMs).toBe(MAX_CATCH_UP_REAL_MS)
  })

  test('a speed change applies from the moment it is made', () => {
    let driver = tick(play(createDriver(HOUR_MS, 1000), 0), 10)
    driver = setSpeed(driver, 10_000, 50)
    expect(tick(driver, 60).targetMs).toBeCloseTo(10 + 100)
  })

  test('never runs past the end of the run', () => {
    const driver = tick(play(createDriver(1000, 60_000), 0), 100)
    expect(driver.targetMs).toBe(1000)
  })
})

describe('step', () => {
  test('pauses and moves the target by the step, capped at the end', () => {
    const driver = step(play(createDriver(5000, 1000), 0), 2000)
    expect(driver).toMatchObject({ playing: false, targetMs: 2000, lastRealMs: null })
    expect(step(driver, 10_000).targetMs).toBe(5000)
  })

  test('ignores negative steps', () => {
    expect(step(createDriver(5000, 1000), -10).targetMs).toBe(0)
  })
})

describe('max speed', () => {
  test('each tick moves one slice, whatever the real time', () => {
    const driver = play(createDriver(HOUR_MS, 'max'), 0)
    expect(tick(driver, 1).targetMs).toBe(INITIAL_SLICE_VIRTUAL_MS)
    expect(tick(driver, 9999).targetMs).toBe(INITIAL_SLICE_VIRTUAL_MS)
  })

  test('slices shrink when they cost more than the budget and grow when cheaper, by at most 2× at a time', () => {
    const driver = createDriver(HOUR_MS, 'max')
    expect(recordSliceCost(driver, SLICE_BUDGET_REAL_MS * 1.5).sliceMs).toBeCloseTo(INITIAL_SLICE_VIRTUAL_MS / 1.5)
    expect(recordSliceCost(driver, SLICE_BUDGET_REAL_MS * 100).sliceMs).toBe(INITIAL_SLICE_VIRTUAL_MS / 2)
    expect(recordSliceCost(driver, 0).sliceMs).toBe(INITIAL_SLICE_VIRTUAL_MS * 2)
  })

  test('slices stay between 1 virtual ms and 1 virtual hour', () => {
    let driver = createDriver(HOUR_MS, 'max')
    for (let i = 0; i < 100; i++) driver = recordSliceCost(driver, 1e6)
    expect(driver.sliceMs).toBe(1)
    for (let i = 0; i < 100; i++) driver = recordSliceCost(driver, 0)
    expect(driver.sliceMs).toBe(HOUR_MS)
  })
})

test('isDue: never done is due; otherwise once the interval has passed', () => {
  expect(isDue(null, 0, 16)).toBe(true)
  expect(isDue(100, 115, 16)).toBe(false)
  expect(isDue(100, 116, 16)).toBe(true)
})
