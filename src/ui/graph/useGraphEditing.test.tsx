// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import type { AppStore } from '../store/appStore.ts'
import { createTestServices } from '../testing/testServices.ts'
import { ConnectMenu } from './ConnectMenu.tsx'
import type { FlowNode } from './flow/toFlow.ts'
import { smallDocument, timelineDocument } from './model/graphFixtures.ts'
import { useGraphEditing } from './useGraphEditing.ts'

afterEach(cleanup)

/** The graph's editing without React Flow: a button per connection the test makes. */
function Harness({ store, connections }: { store: AppStore; connections: [string, string][] }) {
  const editing = useGraphEditing(store)
  return (
    <>
      {connections.map(([source, target]) => (
        <button key={`${source}>${target}`} type="button" onClick={() => editing.onConnect({ source, target, sourceHandle: null, targetHandle: null })}>
          {`${source}>${target}`}
        </button>
      ))}
      {editing.pending !== null && <ConnectMenu pending={editing.pending} nameOf={(id) => id} onChoose={editing.choose} onCancel={editing.cancelChoice} />}
      {editing.message !== null && <p role={editing.message.kind === 'error' ? 'alert' : 'status'}>{editing.message.text}</p>}
    </>
  )
}

function setUp(connections: [string, string][], doc = smallDocument()) {
  const services = createTestServices(doc)
  render(<Harness store={services.store} connections={connections} />)
  return services
}

const click = (name: string) => act(() => fireEvent.click(screen.getByRole('button', { name })))

describe('connecting nodes in the graph', () => {
  test('a connection with several meanings asks which one, then edits the document', () => {
    const services = setUp([['function:orders', 'queue:jobs']])
    click('function:orders>queue:jobs')
    expect(screen.getByRole('dialog', { name: 'What should this connection create?' })).toBeTruthy()
    click('Dead-letter queue')
    expect(services.store.getState().scenario.document.Functions[0]?.DeadLetterConfig).toEqual({ TargetArn: 'jobs' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('status').textContent).toBe('Connected: Dead-letter queue')
  })

  test('a refused connection changes nothing and says why, in the graph and the status line [D-async-rec]', () => {
    const services = setUp([['function:orders', 'queue:jobs.fifo']])
    click('function:orders>queue:jobs.fifo')
    expect(screen.getByRole('alert').textContent).toContain('jobs.fifo is a FIFO queue')
    expect(services.store.getState().scenario.document).toEqual(smallDocument())
    expect(services.store.getState().live.notices.at(-1)).toMatchObject({ kind: 'error' })
  })

  test('options the validator refuses are offered disabled, with the reason beside them', () => {
    const doc = smallDocument({ Functions: [{ FunctionName: 'orders', Versions: [{ Version: '1' }, { Version: '2' }], Aliases: [{ Name: 'live', FunctionVersion: '1' }], ProvisionedConcurrencyConfigs: [{ Qualifier: 'live', ProvisionedConcurrentExecutions: 2 }] }] })
    setUp([['alias:orders:live', 'version:orders:2']], doc)
    click('alias:orders:live>version:orders:2')
    const routed = screen.getByRole('button', { name: /Route 10 %/ }) as HTMLButtonElement
    expect(routed.disabled).toBe(true)
    expect(window.document.getElementById(routed.getAttribute('aria-describedby') ?? '')?.textContent).toContain('routing configuration')
    expect((screen.getByRole('button', { name: 'Point live at 2' }) as HTMLButtonElement).disabled).toBe(false)
  })
})

/** Deleting without React Flow: one button deletes the given nodes, as React Flow asks before it would. */
function DeleteHarness({ store, nodeIds }: { store: AppStore; nodeIds: string[] }) {
  const editing = useGraphEditing(store)
  const nodes = nodeIds.map((id) => ({ id, ariaLabel: id, position: { x: 0, y: 0 }, data: {} }) as unknown as FlowNode)
  return (
    <>
      <button type="button" onClick={() => void editing.onBeforeDelete({ nodes, edges: [] })}>delete</button>
      {editing.message !== null && <p role="status">{editing.message.text}</p>}
    </>
  )
}

describe('deleting in the graph', () => {
  test('the Timeline entries that changed what was deleted go with it, and the message names them', () => {
    const services = createTestServices(timelineDocument())
    render(<DeleteHarness store={services.store} nodeIds={['queue:failures']} />)
    click('delete')
    expect(screen.getByRole('status').textContent).toBe('Deleted queue:failures, and from the Timeline: UpdateEventSourceMapping at 20 s (clicks → worker:live)')
    expect(services.store.getState().scenario.document.Timeline?.map((e) => e.AtSecond)).toEqual([10, 30, 40, 50, 60, 70])
  })
})
