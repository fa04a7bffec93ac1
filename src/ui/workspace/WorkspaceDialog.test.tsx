// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { AppServicesContext } from '../AppServicesContext.ts'
import { persistWorkspace } from '../store/persistence.ts'
import { workspaceEntries } from '../store/workspaceEntries.ts'
import { createTestServices } from '../testing/testServices.ts'
import { addEntry } from './entryEdits.ts'
import ShareDialog from './ShareDialog.tsx'
import { showTransferReport } from './transfer.ts'
import TransferReportDialog from './TransferReportDialog.tsx'
import { WorkspaceContext, type WorkspaceServices } from './WorkspaceContext.ts'
import WorkspaceDialog from './WorkspaceDialog.tsx'
import { scenarioNamed } from './workspaceFixtures.ts'
import { createMemoryStore } from './workspaceStore.ts'

// jsdom's Blob cannot stream, so it cannot compress; the link itself is tested in Node (./shareScenario.test.ts).
vi.mock('./shareScenario.ts', () => ({ shareLinkFor: async (document: { Name: string }, page: string) => `${page}#scenario=${encodeURIComponent(document.Name)}` }))

beforeAll(() => {
  // jsdom has <dialog> without its modal behaviour; the browser's is exercised by the e2e tests.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function renderWith(ui: ReactElement, unavailable: string | null = null) {
  const app = createTestServices(scenarioNamed('Mine'))
  addEntry(app, scenarioNamed('Second'), null)
  const storage = createMemoryStore()
  const ws: WorkspaceServices = { storage, persister: persistWorkspace(app.store, storage, { onHidden: () => undefined, onError: () => undefined }), unavailable, nowMs: () => 1 }
  render(<AppServicesContext value={app}><WorkspaceContext value={ws}>{ui}</WorkspaceContext></AppServicesContext>)
  return { app, names: () => workspaceEntries(app.store.getState().scenario).map((e) => e.document.Name) }
}

describe('the workspace dialog', () => {
  test("lists the workspace's scenarios, the open one marked, and opens another", async () => {
    const onClose = vi.fn()
    const { app } = renderWith(<WorkspaceDialog onClose={onClose} />)
    const dialog = screen.getByRole('dialog', { name: 'Workspace: My workspace' })
    const rows = within(within(dialog).getByRole('list', { name: 'Scenarios' })).getAllByRole('listitem')
    expect(rows.map((row) => [row.querySelector('.item-name')?.textContent, row.getAttribute('aria-current')])).toEqual([['Mine', null], ['Second', 'true']])
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open Mine' }))
    expect(app.store.getState().scenario.document.Name).toBe('Mine')
    expect(onClose).toHaveBeenCalled()
    expect((await screen.findByRole('list', { name: 'Workspaces' })).textContent).toContain('My workspace (open) · 2 scenarios')
  })

  test('renames in place, and deletes only after a confirmation', () => {
    const { names } = renderWith(<WorkspaceDialog onClose={() => undefined} />)
    fireEvent.click(screen.getByRole('button', { name: 'Rename Mine' }))
    fireEvent.change(screen.getByRole('textbox', { name: 'New name for Mine' }), { target: { value: '  Study notes ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(names()).toEqual(['Study notes', 'Second'])
    fireEvent.click(screen.getByRole('button', { name: 'Delete Study notes' }))
    expect(names()).toEqual(['Study notes', 'Second'])
    fireEvent.click(screen.getByRole('button', { name: 'Keep Study notes' }))
    fireEvent.click(screen.getByRole('button', { name: 'Delete Study notes' }))
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete Study notes' }))
    expect(names()).toEqual(['Second'])
    expect((screen.getByRole('button', { name: 'Delete Second' }) as HTMLButtonElement).disabled).toBe(true)
  })

  test('says once when the work cannot be saved', () => {
    renderWith(<WorkspaceDialog onClose={() => undefined} />, 'this browser offers no IndexedDB')
    expect(screen.getByTestId('workspace-storage').textContent).toBe('Not saved: this browser offers no IndexedDB. Export what you want to keep.')
  })
})

describe('the import report', () => {
  test('lists every problem with its field and rule, and closes', () => {
    const { app } = renderWith(<div />)
    const problems = [{ path: 'Functions[0].MemorySize', rule: 'range' as const, message: 'MemorySize must be an integer from 128 to 10,240 MB (got 64)' }]
    showTransferReport(app.store, { kind: 'refused', source: 'broken.json', problems })
    const report = app.store.getState().ui.transferReport
    if (!report) throw new Error('no report')
    render(<AppServicesContext value={app}><TransferReportDialog report={report} /></AppServicesContext>)
    const dialog = screen.getByRole('dialog', { name: 'Not imported: broken.json' })
    expect(dialog.textContent).toContain('It has a problem; your workspace is unchanged.')
    expect(within(dialog).getByRole('listitem').textContent).toBe('Functions[0].MemorySize: MemorySize must be an integer from 128 to 10,240 MB (got 64) (range)')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(app.store.getState().ui.transferReport).toBeNull()
  })
})

describe('the share dialog', () => {
  test('copies the link and shows it; when copying is not allowed, says so and keeps the link to copy by hand', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'))
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    renderWith(<ShareDialog onClose={() => undefined} />)
    await screen.findByText('Link copied to the clipboard.')
    const link = (screen.getByRole('textbox', { name: 'Link' }) as HTMLInputElement).value
    expect(link).toMatch(/#scenario=Second$/)
    expect(writeText).toHaveBeenCalledWith(link)
    cleanup()
    renderWith(<ShareDialog onClose={() => undefined} />)
    await screen.findByText('Copy the link below (the browser did not allow copying it).')
    expect((screen.getByRole('textbox', { name: 'Link' }) as HTMLInputElement).value).toBe(link)
  })
})
