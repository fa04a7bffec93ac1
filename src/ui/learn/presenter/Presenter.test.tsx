// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { ShortcutsDialog } from '../../keyboard/ShortcutsDialog.tsx'
import { commandForKey } from '../../keyboard/keymap.ts'
import { renderWithServices } from '../../testing/renderWithServices.tsx'
import { createTestServices, type TestServices } from '../../testing/testServices.ts'
import { showRun, TEST_ENTRY } from '../testing/learnFixtures.ts'
import { Presenter, PRESENTER_CLASS } from './Presenter.tsx'
import { togglePresenter } from './togglePresenter.ts'

vi.mock('../../../learn/library.ts', async () => (await import('../testing/learnFixtures.ts')).testLibraryModule())

afterEach(cleanup)

async function present(bundledId: string | null = TEST_ENTRY.id): Promise<TestServices> {
  const services = createTestServices(TEST_ENTRY.document)
  services.store.setState((state) => ({ scenario: { ...state.scenario, bundledId } }))
  showRun(services.store, { nowMs: 0 })
  renderWithServices(<Presenter />, services)
  act(() => void togglePresenter.run(services))
  await screen.findByTestId('presenter-card')
  // The lazy card committed outside act: let its effects (the key listener) run before keys are pressed.
  await act(async () => undefined)
  return services
}

const press = (key: string, target: Element = document.body) => act(() => {
  fireEvent.keyDown(target, { key })
})
const count = () => screen.getByTestId('presenter-count').textContent
const applied = (services: TestServices) => services.sent.filter((command) => command.type === 'apply')

describe('presenter mode', () => {
  test('Ctrl/Cmd+Shift+F toggles it, and the ? dialog lists it', () => {
    const key = { key: 'F', ctrlKey: true, metaKey: false, altKey: false, shiftKey: true }
    expect(commandForKey(key, 'other')).toBe(togglePresenter)
    expect(commandForKey({ ...key, ctrlKey: false, metaKey: true }, 'text')).toBe(togglePresenter)
    expect(commandForKey({ ...key, key: 'f', shiftKey: false }, 'other')).toBeNull()
    renderWithServices(<ShortcutsDialog />, createTestServices(TEST_ENTRY.document))
    const row = screen.getByRole('row', { name: /Presenter mode/, hidden: true })
    expect(within(row).getByText('Ctrl+Shift+F')).toBeTruthy()
  })

  test('large type on the whole page while on; Esc leaves', async () => {
    const services = await present()
    expect(document.documentElement.classList.contains(PRESENTER_CLASS)).toBe(true)
    expect(screen.getByRole('region', { name: TEST_ENTRY.title })).toBeTruthy()
    press('Escape')
    expect(services.store.getState().ui.presenting).toBe(false)
    expect(document.documentElement.classList.contains(PRESENTER_CLASS)).toBe(false)
    expect(screen.queryByTestId('presenter-card')).toBeNull()
  })

  test('→ and ← move through the steps, "Step N of M"; a step puts its tab and node on screen', async () => {
    const services = await present()
    expect(count()).toBe('3 steps')
    press('ArrowLeft')
    expect(count()).toBe('3 steps')
    press('ArrowRight')
    expect(count()).toBe('Step 1 of 3')
    expect(screen.getByText('checkout', { selector: 'strong' })).toBeTruthy()
    const { ui } = services.store.getState()
    expect([ui.activeTab, ui.selectedNodeId, ui.focusedFunction]).toEqual(['monitor', 'function:checkout', { functionName: 'checkout', qualifier: '$LATEST' }])
    press('PageDown')
    expect(count()).toBe('Step 2 of 3')
    press('PageUp')
    expect(count()).toBe('Step 1 of 3')
  })

  test('entering a step going forward runs its action once through the commands; the answer shows on the card', async () => {
    const services = await present()
    services.applyResult = { ok: true, detail: 'Published version 2' }
    press('ArrowRight')
    press('ArrowRight')
    expect(screen.getByTestId('presenter-action').textContent).toContain('Publish a new version of checkout')
    expect(await screen.findByText('Done: Published version 2')).toBeTruthy()
    expect(applied(services)).toEqual([expect.objectContaining({ action: { Action: 'PublishVersion', FunctionName: 'checkout' } })])
    expect(services.store.getState().scenario.document.Functions[0]?.Versions?.map((v) => v.Version)).toEqual(['2'])
    // Back and forward again: the version is not published twice; Run again does it on purpose.
    press('ArrowLeft')
    press('ArrowRight')
    expect(applied(services)).toHaveLength(1)
    fireEvent.click(screen.getByRole('button', { name: 'Run again' }))
    await vi.waitFor(() => expect(applied(services)).toHaveLength(2))
  })

  test('an action Lambda refuses shows its error on the step card', async () => {
    const services = await present()
    press('ArrowRight')
    press('ArrowRight')
    services.applyResult = { ok: false, error: 'Specified ReservedConcurrentExecutions for function decreases account\'s UnreservedConcurrentExecution below its minimum value of [100].' }
    press('ArrowRight')
    expect(count()).toBe('Step 3 of 3')
    expect((await screen.findByRole('alert')).textContent).toContain('Failed: Specified ReservedConcurrentExecutions')
    press('ArrowRight')
    expect(count()).toBe('Step 3 of 3')
  })

  test('keys typed in a field, and arrows on a tab, are theirs, not the presenter’s', async () => {
    await present()
    const input = document.body.appendChild(document.createElement('input'))
    press('ArrowRight', input)
    const tab = document.body.appendChild(Object.assign(document.createElement('button'), { role: 'tab' }))
    tab.setAttribute('role', 'tab')
    press('ArrowRight', tab)
    press('Escape', input)
    expect(count()).toBe('3 steps')
    // A clicker's Page Down is nobody else's: it moves on from a tab too.
    press('PageDown', tab)
    expect(count()).toBe('Step 1 of 3')
    input.remove()
    tab.remove()
  })

  test('leaving and coming back resumes where the presentation was', async () => {
    const services = await present()
    press('ArrowRight')
    press('Escape')
    act(() => void togglePresenter.run(services))
    expect((await screen.findByTestId('presenter-count')).textContent).toBe('Step 1 of 3')
  })

  test('a scenario without a script, or not from the library, says so', async () => {
    await present('scaling-spike')
    expect(screen.getByText('This scenario has no scripted steps.')).toBeTruthy()
    cleanup()
    await present(null)
    expect(screen.getByText(/Open a scenario from the library/)).toBeTruthy()
  })
})
