/** Where cells and lane bars are drawn: pure geometry, tested without a canvas. */
import { describe, expect, test } from 'vitest'
import type { EnvironmentLane } from '../../engine/api.ts'
import { CELL_PX, cellAt, cellOrigin, gridLayout } from './gridLayout.ts'
import { laneBars } from './laneGeometry.ts'

describe('environment grid layout', () => {
  test('1,000 cells fill rows as wide as the view, 14 px apart', () => {
    const layout = gridLayout(1000, 700)
    expect(layout.columns).toBe(50)
    expect(layout.rows).toBe(20)
    expect(cellOrigin(layout, 51)).toEqual({ x: 14, y: 14 })
  })

  test('hovering finds the cell under the pointer, and nothing in a gap or past the last cell', () => {
    const layout = gridLayout(60, 700)
    expect(cellAt(layout, 60, 14 + 1, 14 + 1)).toBe(51)
    expect(cellAt(layout, 60, CELL_PX + 1, 1)).toBeNull()
    expect(cellAt(layout, 60, 14 * 20, 14)).toBeNull()
  })
})

function lane(over: Partial<EnvironmentLane>): EnvironmentLane {
  return {
    id: 'env', version: '$LATEST', state: 'idle', provisioned: false, createdAtMs: 0, sinceMs: 300, invocations: 1, endReason: null,
    phases: ['initializing', 'busy', 'idle'], startsMs: [0, 200, 300], knownFromMs: 0, ...over,
  }
}

describe('timeline lane bars', () => {
  const scale = { fromMs: 0, toMs: 1000, widthPx: 100 }

  test('Init, the invocation and the idle gap map to bars over the window, the last running until now', () => {
    expect(laneBars(lane({}), scale, 1000)).toEqual([
      { kind: 'initializing', x: 0, width: 20 },
      { kind: 'busy', x: 20, width: 10 },
      { kind: 'idle', x: 30, width: 70 },
    ])
  })

  test('an ended environment stops where it ended', () => {
    const bars = laneBars(lane({ state: 'ended', sinceMs: 500, endReason: 'idle-reclaimed' }), scale, 1000)
    expect(bars.at(-1)).toEqual({ kind: 'idle', x: 30, width: 20 })
  })

  test('a 1 ms invocation still gets a pixel', () => {
    const bars = laneBars(lane({ phases: ['busy'], startsMs: [500] }), { fromMs: 0, toMs: 1000, widthPx: 100 }, 501)
    expect(bars).toEqual([{ kind: 'busy', x: 50, width: 1 }])
  })

  test('time before the kept history is marked unknown', () => {
    const bars = laneBars(lane({ knownFromMs: 200, phases: ['busy', 'idle'], startsMs: [200, 300] }), scale, 1000)
    expect(bars[0]).toEqual({ kind: 'unknown', x: 0, width: 20 })
  })
})
