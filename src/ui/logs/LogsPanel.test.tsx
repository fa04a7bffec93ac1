// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import type { LogEvent } from '../../engine/api.ts'
import { renderWithServices } from '../testing/renderWithServices.tsx'
import { createTestServices } from '../testing/testServices.ts'
import { documentWith, showFrame } from '../views/testFrames.ts'
import LogsPanel, { LOG_LINES_PER_FRAME } from './LogsPanel.tsx'

afterEach(cleanup)

const document = documentWith([{ FunctionName: 'orders' }, { FunctionName: 'billing' }])
const streamA = '2026/01/01/[$LATEST]aaaa1111'
const streamB = '2026/01/01/[$LATEST]bbbb2222'

function invocation(stream: string, requestId: string, atMs: number, cold: boolean): LogEvent[] {
  const line = (message: string, at = atMs) => ({ atMs: at, logGroup: '/aws/lambda/orders', logStream: stream, message })
  return [
    line(`START RequestId: ${requestId} Version: $LATEST`),
    line(`END RequestId: ${requestId}`, atMs + 100),
    line(`REPORT RequestId: ${requestId}\tDuration: 100.00 ms\tBilled Duration: 100 ms\tMemory Size: 128 MB\tMax Memory Used: 70 MB${cold ? '\tInit Duration: 200.00 ms' : ''}`, atMs + 100),
  ]
}

function withLogs(events: LogEvent[]) {
  const services = createTestServices(document)
  showFrame(services.store, {})
  act(() => services.store.setState((state) => ({ live: { ...state.live, logs: { functionName: 'orders', events, skippedInvocations: 0, gap: false } } })))
  renderWithServices(<LogsPanel />, services)
  return services
}

const shownMessages = () => within(screen.getByRole('list', { name: 'Log events' })).getAllByRole('listitem').map((li) => li.querySelector('.log-message')?.textContent)

describe('Logs panel', () => {
  test('follows the focused function’s log group', () => {
    const services = withLogs([])
    expect(services.sent).toContainEqual({ type: 'watch', views: { logs: { functionName: 'orders', limit: LOG_LINES_PER_FRAME } } })
    expect(screen.getByRole('button', { name: '/aws/lambda/orders', pressed: true })).toBeTruthy()
  })

  test('shows START, END and REPORT lines with CloudWatch timestamps', () => {
    withLogs(invocation(streamA, 'r1', 1000, true))
    expect(shownMessages()).toHaveLength(3)
    expect(screen.getByText(/^REPORT RequestId: r1\s+Duration: 100.00 ms/)).toBeTruthy()
    expect(screen.getAllByText('2026-01-01T00:00:01.000Z')).toHaveLength(1)
  })

  test('the filter box keeps the events matching a CloudWatch filter pattern', () => {
    withLogs([...invocation(streamA, 'r1', 1000, true), ...invocation(streamB, 'r2', 2000, false)])
    fireEvent.change(screen.getByLabelText('Filter events'), { target: { value: 'REPORT "Init Duration"' } })
    expect(shownMessages()).toEqual([expect.stringContaining('REPORT RequestId: r1')])
    expect(screen.getByTestId('log-count').textContent).toContain('1 matching events')
    fireEvent.change(screen.getByLabelText('Filter events'), { target: { value: 'RequestId -START -END' } })
    expect(shownMessages()).toHaveLength(2)
  })

  test('a log stream per environment; choosing one shows only its events', () => {
    withLogs([...invocation(streamA, 'r1', 1000, true), ...invocation(streamB, 'r2', 2000, true)])
    fireEvent.click(screen.getByRole('button', { name: streamA }))
    expect(shownMessages()).toEqual([expect.stringContaining('r1'), expect.stringContaining('r1'), expect.stringContaining('r1')])
    fireEvent.click(screen.getByRole('button', { name: 'All streams' }))
    expect(shownMessages()).toHaveLength(6)
  })

  test('choosing another log group focuses its function, and the panel follows it', () => {
    const services = withLogs([])
    fireEvent.click(screen.getByRole('button', { name: '/aws/lambda/billing' }))
    expect(services.store.getState().ui.focusedFunction).toEqual({ functionName: 'billing', qualifier: '$LATEST' })
    expect(services.sent).toContainEqual({ type: 'watch', views: { logs: { functionName: 'billing', limit: LOG_LINES_PER_FRAME } } })
  })

  test('scrolling up stops following; the checkbox resumes it', () => {
    withLogs(invocation(streamA, 'r1', 1000, true))
    const list = screen.getByRole('list', { name: 'Log events' })
    Object.defineProperty(list, 'scrollHeight', { value: 1000, configurable: true })
    Object.defineProperty(list, 'clientHeight', { value: 100, configurable: true })
    act(() => {
      list.scrollTop = 0
      fireEvent.scroll(list)
    })
    const follow = screen.getByRole('checkbox', { name: 'Follow the run' }) as HTMLInputElement
    expect(follow.checked).toBe(false)
    fireEvent.click(follow)
    expect(follow.checked).toBe(true)
    expect(list.scrollTop).toBe(1000)
  })
})
