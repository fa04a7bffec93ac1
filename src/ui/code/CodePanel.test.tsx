// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { renderWithServices } from '../testing/renderWithServices.tsx'
import { createTestServices } from '../testing/testServices.ts'
import { documentWith, showFrame } from '../views/testFrames.ts'
import type { CodeEditorProps } from './CodeEditor.tsx'
import CodePanel from './CodePanel.tsx'
import { EDIT_DELAY_MS } from './usePendingEdits.ts'

// Monaco needs a real browser (the e2e journeys drive it); here a text area stands in for the editor.
vi.mock('./CodeEditor.tsx', () => ({
  default: ({ file, onChange }: CodeEditorProps) => (
    <textarea aria-label={`Code editor: ${file.label}`} defaultValue={file.value} onChange={(event) => onChange(file, event.target.value)} />
  ),
}))

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const handler = 'export const handler = async () => 1'
const document = documentWith(
  [{ FunctionName: 'orders', Code: { 'index.mjs': handler, 'lib.mjs': 'export const x = 1' }, Layers: ['utils:1'] }, { FunctionName: 'model' }],
  { Layers: [{ LayerName: 'utils', Version: 1, Content: { 'nodejs/node_modules/utils/index.js': 'exports.u = 1' } }] },
)

function open() {
  const services = createTestServices(document)
  showFrame(services.store, {})
  renderWithServices(<CodePanel />, services)
  return services
}

describe('Code panel', () => {
  test('one tab per file of the function and of its layers', async () => {
    open()
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent)
    expect(tabs).toEqual(['index.mjs', 'lib.mjs', 'utils:1 /opt/nodejs/node_modules/utils/index.js'])
    expect(await screen.findByLabelText('Code editor: index.mjs')).toBeTruthy()
    fireEvent.click(screen.getByRole('tab', { name: 'lib.mjs' }))
    expect(await screen.findByLabelText('Code editor: lib.mjs')).toBeTruthy()
  })

  test('typing edits the document shortly after, and the tab shows it is not deployed', async () => {
    vi.useFakeTimers()
    const services = open()
    await act(() => vi.runAllTimersAsync())
    fireEvent.change(screen.getByLabelText('Code editor: index.mjs'), { target: { value: 'export const handler = async () => 2' } })
    expect(services.store.getState().scenario.document.Functions[0]?.Code?.['index.mjs']).toBe(handler)
    act(() => { vi.advanceTimersByTime(EDIT_DELAY_MS) })
    expect(services.store.getState().scenario.document.Functions[0]?.Code?.['index.mjs']).toBe('export const handler = async () => 2')
    expect(screen.getByRole('tab', { name: 'index.mjs (not deployed)' })).toBeTruthy()
    expect(screen.getByRole('status').textContent).toContain('Changes not deployed')
  })

  test('Deploy sends the edited code to $LATEST at once, through the deploy command', async () => {
    const services = open()
    fireEvent.change(await screen.findByLabelText('Code editor: index.mjs'), { target: { value: 'export const handler = async () => 3' } })
    fireEvent.click(screen.getByRole('button', { name: 'Deploy' }))
    const apply = services.sent.find((c) => c.type === 'apply')
    expect(apply).toMatchObject({ action: { Action: 'UpdateFunctionConfiguration', FunctionName: 'orders', Changes: { Code: { 'index.mjs': 'export const handler = async () => 3' } } } })
  })

  test('Publish new version asks the run to publish the function', () => {
    const services = open()
    fireEvent.click(screen.getByRole('button', { name: 'Publish new version' }))
    expect(services.sent).toContainEqual(expect.objectContaining({ type: 'apply', action: { Action: 'PublishVersion', FunctionName: 'orders' } }))
  })

  test('a modelled function offers to add a handler', () => {
    const services = createTestServices(document)
    services.store.setState((state) => ({ ui: { ...state.ui, focusedFunction: { functionName: 'model', qualifier: '$LATEST' } } }))
    renderWithServices(<CodePanel />, services)
    fireEvent.click(screen.getByRole('button', { name: 'Add a handler' }))
    expect(Object.keys(services.store.getState().scenario.document.Functions[1]?.Code ?? {})).toEqual(['index.mjs'])
    expect(screen.getByRole('tab', { name: /index\.mjs/ })).toBeTruthy()
  })
})
