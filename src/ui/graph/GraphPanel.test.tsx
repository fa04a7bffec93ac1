// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { selectNode } from '../store/edits.ts'
import { renderWithServices } from '../testing/renderWithServices.tsx'
import { createTestServices } from '../testing/testServices.ts'
import { smallDocument } from './model/graphFixtures.ts'
import GraphPanel from './GraphPanel.tsx'

// jsdom has no layout: React Flow needs these to measure nodes and the viewport.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  globalThis.DOMMatrixReadOnly ??= class {
    m22 = 1
  } as unknown as typeof DOMMatrixReadOnly
})

afterEach(cleanup)

describe('Graph panel', () => {
  test('draws a node per resource, named for assistive technology', () => {
    renderWithServices(<GraphPanel />, createTestServices(smallDocument()))
    // Unmeasured in jsdom, React Flow keeps nodes hidden (so nameless to queries) until it knows their size.
    const names = screen.getAllByRole('group', { hidden: true }).map((node) => node.getAttribute('aria-label'))
    expect(names).toEqual(['Function orders', 'Function audit', 'SQS queue jobs', 'SQS queue jobs.fifo', 'SNS topic events'])
  })

  test('the palette adds a node to the document', () => {
    const services = createTestServices(smallDocument())
    renderWithServices(<GraphPanel />, services)
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Add SQS queue' })))
    expect(services.store.getState().scenario.document.Queues?.map((q) => q.QueueName)).toEqual(['jobs', 'jobs.fifo', 'my-queue'])
    expect(services.store.getState().ui.selectedNodeId).toBe('queue:my-queue')
  })

  test('the selected node connects from a list too, with the same rules: a queue to a function is a mapping', () => {
    const services = createTestServices(smallDocument({ Queues: [{ QueueName: 'jobs', VisibilityTimeout: 60 }] }))
    selectNode(services.store, 'queue:jobs')
    renderWithServices(<GraphPanel />, services)
    act(() => fireEvent.change(screen.getByLabelText('Connect SQS queue jobs to'), { target: { value: 'function:orders' } }))
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Connect' })))
    expect(services.store.getState().scenario.document.EventSourceMappings).toEqual([{ EventSourceArn: 'jobs', FunctionName: 'orders' }])
    expect(screen.getByRole('status').textContent).toContain('Connected: Event source mapping')
  })
})
