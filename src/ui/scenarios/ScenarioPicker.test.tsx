// @vitest-environment jsdom
/**
 * The picker fetches a scenario's document when it is chosen: the choice shows as loading, then
 * opens; a chunk that cannot be fetched (mocked below as a lost chunk fails) is reported naming the
 * scenario, and the open one stays as it was.
 */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { renderWithServices } from '../testing/renderWithServices.tsx'
import { createTestServices } from '../testing/testServices.ts'
import { documentWith } from '../views/testFrames.ts'
import { ScenarioPicker } from './ScenarioPicker.tsx'

vi.mock('/scenarios/sns-fan-out.json', () => {
  throw new TypeError('Failed to fetch dynamically imported module')
})

afterEach(cleanup)

const mine = documentWith([{ FunctionName: 'orders' }], { Name: 'My own' })
const picker = () => screen.getByTestId<HTMLSelectElement>('scenario-picker')

test('lists the bundled scenarios by name, after the open one of the user\'s', () => {
  renderWithServices(<ScenarioPicker />, createTestServices(mine))
  const labels = [...picker().options].map((option) => option.text)
  expect(labels.slice(0, 3)).toEqual(['My own', 'Reserved concurrency caps a busy function', 'Cold starts and provisioned concurrency'])
  expect(picker().value).toBe('')
})

test('a chosen scenario shows as loading until its document has arrived, then opens', async () => {
  const services = createTestServices(mine)
  renderWithServices(<ScenarioPicker />, services)
  act(() => { fireEvent.change(picker(), { target: { value: 'canary-alias' } }) })
  expect(picker().value).toBe('canary-alias')
  expect(picker().getAttribute('aria-busy')).toBe('true')
  expect(screen.getByTestId('scenario-loading').textContent).toBe('Loading…')
  await waitFor(() => expect(services.store.getState().scenario.bundledId).toBe('canary-alias'))
  expect(services.store.getState().scenario.document.Name).toBe('Canary release through a weighted alias')
  await waitFor(() => expect(screen.queryByTestId('scenario-loading')).toBeNull())
  expect(picker().getAttribute('aria-busy')).toBe('false')
})

test('a document that cannot be fetched is reported naming the scenario; the open one stays', async () => {
  const services = createTestServices(mine)
  renderWithServices(<ScenarioPicker />, services)
  act(() => { fireEvent.change(picker(), { target: { value: 'sns-fan-out' } }) })
  await waitFor(() => expect(services.store.getState().live.notices.at(-1)).toMatchObject({
    kind: 'error', message: expect.stringMatching(/^The scenario "SNS fan-out" could not be loaded: /),
  }))
  expect(services.store.getState().scenario).toMatchObject({ bundledId: null, document: mine })
  await waitFor(() => expect(picker().value).toBe(''))
  expect(screen.queryByTestId('scenario-loading')).toBeNull()
})

test('when a second choice follows before the first has loaded, the second opens', async () => {
  const services = createTestServices(mine)
  renderWithServices(<ScenarioPicker />, services)
  act(() => {
    fireEvent.change(picker(), { target: { value: 'canary-alias' } })
    fireEvent.change(picker(), { target: { value: 'scaling-spike' } })
  })
  await waitFor(() => expect(screen.queryByTestId('scenario-loading')).toBeNull())
  expect(services.store.getState().scenario.bundledId).toBe('scaling-spike')
  expect(services.store.getState().scenario.workspace.entries.map((entry) => entry.bundledId)).not.toContain('canary-alias')
})
