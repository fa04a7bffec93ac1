// @vitest-environment jsdom
/** The charts draw in animation frames, a few at a time (./frameQueue.ts), so new data never costs one long task (issue 5). */
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import type { MonitorFrame } from '../../worker/views/types.ts'
import type { MonitorContext } from './monitorCharts.ts'
import { MonitorView } from './MonitorView.tsx'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** An IntersectionObserver whose reports the test makes: `show(i, visible)` for the i-th observed element. */
function stubIntersectionObserver() {
  const observers: { callback: IntersectionObserverCallback; element?: Element }[] = []
  vi.stubGlobal('IntersectionObserver', class {
    private readonly entry: (typeof observers)[number]
    constructor(callback: IntersectionObserverCallback) {
      this.entry = { callback }
      observers.push(this.entry)
    }
    observe(element: Element) { this.entry.element = element }
    disconnect() {}
  })
  return (index: number, isIntersecting: boolean) => {
    const observer = observers[index] as (typeof observers)[number]
    act(() => observer.callback([{ isIntersecting, target: observer.element } as IntersectionObserverEntry], {} as IntersectionObserver))
  }
}

/** A frame whose every metric reads `n` in its last bucket. */
function frameWith(n: number): MonitorFrame {
  const values = { Invocations: n, Errors: n, Throttles: n, DurationSum: n, DurationP50: n, ConcurrentExecutions: n, ColdStarts: n }
  const points = [{ tMs: 0, values: { ...values, Invocations: 1 } }, { tMs: 1000, values }]
  return {
    window: '2m', resolutionMs: 1000, nowMs: 2000, accountConcurrencyLimit: 1000,
    account: points,
    function: { functionName: 'orders', series: points, byVersion: [{ version: '$LATEST', points }] },
    sources: [],
  }
}
const context: MonitorContext = { reservedConcurrency: null, provisionedAllocated: 0, costRows: [] }
const CHARTS = 7

const plots = () => document.querySelectorAll('.recharts-wrapper').length
/** How many drawn plots describe their latest value as `n`. */
const drawnWith = (n: number) => [...document.querySelectorAll('.recharts-surface > title')].filter((title) => new RegExp(`latest ${n}\\b`).test(title.textContent)).length

describe('Monitor view', () => {
  test('titles show at once; the plots, and each redraw with new data, follow in the next animation frame', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'performance', 'Date'] })
    const { rerender } = render(<MonitorView frame={frameWith(7)} context={context} />)
    expect(document.querySelectorAll('.metric-chart-title')).toHaveLength(CHARTS)
    expect(plots()).toBe(0)
    // Drawing takes no (fake) time here, so every chart fits in the frame's budget.
    act(() => { vi.advanceTimersToNextFrame() })
    expect(drawnWith(7)).toBe(CHARTS)
    rerender(<MonitorView frame={frameWith(9)} context={context} />)
    expect(drawnWith(9)).toBe(0)
    act(() => { vi.advanceTimersToNextFrame() })
    expect(drawnWith(9)).toBe(CHARTS)
    expect(plots()).toBe(CHARTS)
  }, 30_000)

  test('a plot out of view is drawn once, then keeps that drawing until it scrolls into view', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'performance', 'Date'] })
    const show = stubIntersectionObserver()
    const { rerender } = render(<MonitorView frame={frameWith(7)} context={context} />)
    show(0, true)
    for (let i = 1; i < CHARTS; i++) show(i, false)
    act(() => { vi.advanceTimersToNextFrame() })
    // Every chart has its plot, and so its description.
    expect(drawnWith(7)).toBe(CHARTS)
    rerender(<MonitorView frame={frameWith(9)} context={context} />)
    act(() => { vi.advanceTimersToNextFrame() })
    expect(drawnWith(9)).toBe(1)
    show(1, true)
    act(() => { vi.advanceTimersToNextFrame() })
    expect(drawnWith(9)).toBe(2)
  }, 30_000)
})
