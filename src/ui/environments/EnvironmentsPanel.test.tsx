// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { EnvironmentCell, EnvironmentTimeline } from '../../engine/api.ts'
import { renderWithServices } from '../testing/renderWithServices.tsx'
import { createTestServices } from '../testing/testServices.ts'
import { documentWith, showFrame, snapshotAt } from '../views/testFrames.ts'
import EnvironmentsPanel, { MAX_CELLS } from './EnvironmentsPanel.tsx'
import { LANE_PX, VISIBLE_LANES } from './EnvironmentLanes.tsx'

// jsdom has no canvas; the views draw nothing there, and the test reads the DOM around the drawing.
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext
})
afterEach(cleanup)

const document = documentWith([{ FunctionName: 'orders' }])

function cell(i: number, over: Partial<EnvironmentCell> = {}): EnvironmentCell {
  return { id: `env${String(i).padStart(5, '0')}abcdef`, version: '1', state: 'busy', provisioned: false, createdAtMs: i, sinceMs: i, invocations: 3, endReason: null, ...over }
}

function timeline(cells: EnvironmentCell[], laneOffset = 0): EnvironmentTimeline {
  const counts = { initializing: 0, busy: 0, idle: 0, ended: 0, provisioned: 0 }
  for (const c of cells) {
    counts[c.state]++
    if (c.provisioned && c.state !== 'ended') counts.provisioned++
  }
  return {
    functionName: 'orders', nowMs: 60_000, windowMs: 120_000, cells, counts, laneOffset,
    lanes: cells.slice(laneOffset, laneOffset + VISIBLE_LANES).map((c) => ({ ...c, phases: ['busy'], startsMs: [c.sinceMs], knownFromMs: c.createdAtMs })),
  }
}

describe('Environments panel', () => {
  test('watches the environments of the focused function, up to 1,000 cells', () => {
    const services = createTestServices(document)
    renderWithServices(<EnvironmentsPanel />, services)
    expect(services.sent).toContainEqual({
      type: 'watch', views: { environments: { functionName: 'orders', maxCells: MAX_CELLS, laneOffset: 0, laneCount: VISIBLE_LANES, windowMs: 120_000 } },
    })
  })

  test('counts each state in the legend and describes the grid for screen readers; provisioned ones are counted', () => {
    const services = createTestServices(document)
    const cells = [cell(0, { provisioned: true, state: 'idle' }), cell(1), cell(2, { state: 'initializing' }), cell(3, { state: 'ended', endReason: 'idle-reclaimed' })]
    showFrame(services.store, { environments: timeline(cells) }, snapshotAt(60_000))
    renderWithServices(<EnvironmentsPanel />, services)
    expect(screen.getByTestId('count-busy').textContent).toBe('Busy 1')
    expect(screen.getByTestId('count-provisioned').textContent).toBe('Provisioned 1')
    expect(screen.getByTestId('count-ended').textContent).toContain('1')
    expect(screen.getByRole('img', { name: /^orders: 3 execution environments, 1 busy, 1 idle, 1 initializing; 1 ended recently; 1 provisioned/ })).toBeTruthy()
    expect(screen.getByText(/Environment env00000abcdef, provisioned, version 1, Idle, 3 invocations/)).toBeTruthy()
    expect(screen.getByText(/Environment env00003abcdef, version 1, Ended \(idle-reclaimed\)/)).toBeTruthy()
  })

  test('1,000 environments are one canvas, with lanes only for the visible ones', () => {
    const services = createTestServices(document)
    showFrame(services.store, { environments: timeline(Array.from({ length: 1000 }, (_, i) => cell(i))) }, snapshotAt(60_000))
    renderWithServices(<EnvironmentsPanel />, services)
    expect(window.document.querySelectorAll('canvas')).toHaveLength(2)
    expect(window.document.querySelectorAll('.lane-labels li')).toHaveLength(VISIBLE_LANES)
  })

  test('scrolling the lanes asks for the lanes from there', () => {
    const services = createTestServices(document)
    showFrame(services.store, { environments: timeline(Array.from({ length: 100 }, (_, i) => cell(i))) }, snapshotAt(60_000))
    renderWithServices(<EnvironmentsPanel />, services)
    const scroller = screen.getByRole('region', { name: 'Timeline lanes' })
    act(() => {
      scroller.scrollTop = 40 * LANE_PX
      fireEvent.scroll(scroller)
    })
    expect(services.sent).toContainEqual({
      type: 'watch', views: { environments: { functionName: 'orders', maxCells: MAX_CELLS, laneOffset: 40, laneCount: VISIBLE_LANES, windowMs: 120_000 } },
    })
  })

  test('a function without environments says how they start', () => {
    const services = createTestServices(document)
    showFrame(services.store, { environments: timeline([]) }, snapshotAt(0))
    renderWithServices(<EnvironmentsPanel />, services)
    expect(screen.getByText(/the first request starts one/)).toBeTruthy()
  })
})
