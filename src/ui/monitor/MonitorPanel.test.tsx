// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import type { MonitorFrame } from '../../worker/views/types.ts'
import { renderWithServices } from '../testing/renderWithServices.tsx'
import { createTestServices } from '../testing/testServices.ts'
import { documentWith, functionView, showFrame, snapshotAt } from '../views/testFrames.ts'
import MonitorPanel from './MonitorPanel.tsx'

afterEach(cleanup)

const document = documentWith([{ FunctionName: 'orders' }])

function monitorFrame(over: Partial<MonitorFrame> = {}): MonitorFrame {
  const values = { Invocations: 12, Errors: 1, Throttles: 2, DurationSum: 1200, DurationP50: 95, DurationP90: 110, DurationP99: 140, ConcurrentExecutions: 3 }
  return {
    window: '2m', resolutionMs: 1000, nowMs: 3000, accountConcurrencyLimit: 1000,
    account: [{ tMs: 0, values: { ConcurrentExecutions: 3, UnreservedConcurrentExecutions: 3, ClaimedAccountConcurrency: 3, Throttles: 2 } }],
    function: { functionName: 'orders', series: [{ tMs: 0, values }, { tMs: 1000, values }], byVersion: [{ version: '$LATEST', points: [{ tMs: 0, values }] }] },
    sources: [],
    ...over,
  }
}

describe('Monitor panel', () => {
  test('watches the monitor view of the focused function', () => {
    const services = createTestServices(document)
    renderWithServices(<MonitorPanel />, services)
    expect(services.sent).toContainEqual({ type: 'watch', views: { monitor: { functionName: 'orders', window: '2m' } } })
  })

  test('draws each metric as a figure named by its CloudWatch title, with the limits on ConcurrentExecutions', async () => {
    const services = createTestServices(document)
    showFrame(services.store, { monitor: monitorFrame() }, snapshotAt(3000, [functionView('orders', { reservedConcurrency: 20 })]))
    renderWithServices(<MonitorPanel />, services)
    // Role queries are slow over SVG: one, within one chart, proves the figure's accessible name; the titles are read directly.
    // The charts arrive with Recharts, loaded once the run has started.
    const slot = (await screen.findByTestId('chart-invocations', {}, { timeout: 10_000 })).parentElement as HTMLElement
    expect(within(slot).getByRole('figure', { name: /^Invocations \(Sum\)Times the function code ran/ })).toBeTruthy()
    const titles = [...window.document.querySelectorAll('.metric-chart-title')].map((element) => element.textContent)
    expect(titles).toEqual([
      'Invocations (Sum)', 'Errors, Throttles (Sum)', 'Duration (p50, p90, p99)', 'ConcurrentExecutions (Maximum)', 'Cold starts (Sum)',
      'Invocations by ExecutedVersion (Sum)', 'Account ConcurrentExecutions (Maximum)',
    ])
    // Titles show at once; the plots follow in the next animation frames.
    const concurrency = screen.getByTestId('chart-concurrency')
    await waitFor(() => expect(concurrency.textContent).toContain('Reserved 20'), { timeout: 10_000 })
    expect(concurrency.textContent).toContain('Account limit 1000')
  }, 20_000)

  test('at 0:00 there is nothing to chart: it says so and draws none (Recharts loads once the run has started)', () => {
    const services = createTestServices(document)
    showFrame(services.store, { monitor: monitorFrame({ nowMs: 0 }) })
    renderWithServices(<MonitorPanel />, services)
    expect(screen.getByText(/^Press Play: CloudWatch’s metrics .* are charted here as the run goes\.$/)).toBeTruthy()
    expect(screen.queryByTestId('chart-invocations')).toBeNull()
    expect(screen.queryByText('Loading the charts…')).toBeNull()
  })

  test('choosing a window asks the worker for it', () => {
    const services = createTestServices(document)
    renderWithServices(<MonitorPanel />, services)
    act(() => { fireEvent.change(screen.getByLabelText('Window'), { target: { value: '1h' } }) })
    expect(services.sent).toContainEqual({ type: 'watch', views: { monitor: { functionName: 'orders', window: '1h' } } })
  })
})
