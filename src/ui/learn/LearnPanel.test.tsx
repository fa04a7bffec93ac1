// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { renderWithServices } from '../testing/renderWithServices.tsx'
import { createTestServices, type TestServices } from '../testing/testServices.ts'
import { useRunEndChecks } from './challenges/useRunEndChecks.ts'
import LearnPanel from './LearnPanel.tsx'
import { createProgressStore, PROGRESS_KEY, type ProgressStore } from './progress/progressStore.ts'
import { ProgressContext } from './progress/ProgressContext.ts'
import { scenarioProgress } from './progress/progress.ts'
import { memoryStorage, showRun, summaryWithThrottles, TEST_ENTRY } from './testing/learnFixtures.ts'

vi.mock('../../learn/library.ts', async () => (await import('./testing/learnFixtures.ts')).testLibraryModule())

afterEach(cleanup)

/** The panel as the page has it: the run-end checks run in the App, whichever tab is open. */
function PageWithLearnPanel() {
  useRunEndChecks()
  return <LearnPanel />
}

function renderPanel({ bundledId = TEST_ENTRY.id, storage = memoryStorage() } = {}): { services: TestServices; progress: ProgressStore; storage: ReturnType<typeof memoryStorage> } {
  const services = createTestServices(TEST_ENTRY.document)
  services.store.setState((state) => ({ scenario: { ...state.scenario, bundledId } }))
  const progress = createProgressStore(storage)
  renderWithServices(<ProgressContext value={progress}><PageWithLearnPanel /></ProgressContext>, services)
  return { services, progress, storage }
}

const challenge = (id: string) => screen.getByTestId(`challenge-${id}`)
const statusOf = (id: string) => within(challenge(id)).getByTestId('challenge-status').textContent

describe('Learn panel: the lesson', () => {
  test('shows the explanation, what to watch and the facts, each in its place', () => {
    renderPanel()
    expect(screen.getByRole('heading', { level: 2, name: TEST_ENTRY.title })).toBeTruthy()
    expect(screen.getByText(/never runs more than that/)).toBeTruthy()
    const watch = screen.getByTestId('learn-watch')
    expect(within(watch).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['The Throttles chart', 'ConcurrentExecutions'])
    const fact = screen.getByRole('link', { name: /D-reserved/ })
    expect(fact.getAttribute('rel')).toBe('noopener noreferrer')
    // The title and the two sections are not repeated inside the explanation.
    expect(screen.getAllByText('What to watch')).toHaveLength(1)
    expect(screen.getAllByRole('heading', { name: TEST_ENTRY.title })).toHaveLength(1)
  })

  test('a scenario not from the library gets a note and the library to open one from', () => {
    const { services } = renderPanel({ bundledId: null as unknown as string })
    expect(screen.getByText(/not from the library/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'A spike meets the scaling rate' }))
    expect(services.store.getState().scenario.bundledId).toBe('scaling-spike')
    expect(services.sent).toContainEqual(expect.objectContaining({ type: 'load' }))
  })
})

describe('Learn panel: challenges', () => {
  test('not tried → running while playing → solved when the run ends (automatically), stored', async () => {
    const { services, progress } = renderPanel()
    expect(statusOf('no-throttles')).toContain('Not tried')
    act(() => showRun(services.store, { nowMs: 5_000, playing: true }))
    expect(statusOf('no-throttles')).toContain('Running: checked when the run ends')
    act(() => showRun(services.store, { nowMs: 600_000, done: true, summary: summaryWithThrottles(0) }))
    expect(statusOf('no-throttles')).toBe('✓ Solved: checkout throttled 0 times')
    await vi.waitFor(() => expect(scenarioProgress(progress.getState(), TEST_ENTRY.id).solved).toEqual(['no-throttles']))
  })

  test('a run that ends while another tab is open is checked and stored all the same', async () => {
    const services = createTestServices(TEST_ENTRY.document)
    services.store.setState((state) => ({ scenario: { ...state.scenario, bundledId: TEST_ENTRY.id } }))
    const progress = createProgressStore(memoryStorage())
    function PageWithoutLearnTab() {
      useRunEndChecks()
      return null
    }
    renderWithServices(<ProgressContext value={progress}><PageWithoutLearnTab /></ProgressContext>, services)
    act(() => showRun(services.store, { nowMs: 5_000, playing: true }))
    act(() => showRun(services.store, { nowMs: 600_000, done: true, summary: summaryWithThrottles(0) }))
    await vi.waitFor(() => expect(scenarioProgress(progress.getState(), TEST_ENTRY.id).solved).toEqual(['no-throttles']))
  })

  test('a finished run that does not meet it says "Not yet" with what the metrics show', () => {
    const { services, progress } = renderPanel()
    act(() => showRun(services.store, { nowMs: 600_000, done: true, summary: summaryWithThrottles(12) }))
    expect(statusOf('no-throttles')).toBe('✗ Not yet: checkout throttled 12 times')
    expect(statusOf('broken')).toContain('The check could not read this run: no such metric')
    expect(scenarioProgress(progress.getState(), TEST_ENTRY.id).solved).toEqual([])
  })

  test('Check on a paused run that has not reached its end says so, with how far it got', () => {
    const { services } = renderPanel()
    act(() => showRun(services.store, { nowMs: 42_000, summary: summaryWithThrottles(0) }))
    fireEvent.click(within(challenge('no-throttles')).getByRole('button', { name: 'Check' }))
    expect(statusOf('no-throttles')).toContain('Not yet: the run has not reached its end: The run has covered 0:42 of 10:00.')
    expect(statusOf('broken')).toContain('Not tried')
  })

  test('edits the run has not taken are pointed out', () => {
    const { services } = renderPanel()
    act(() => showRun(services.store, { nowMs: 0 }))
    expect(screen.queryByTestId('learn-unrun-edits')).toBeNull()
    act(() => services.store.setState((s) => ({ scenario: { ...s.scenario, document: { ...s.scenario.document, Seed: 2 } } })))
    expect(screen.getByTestId('learn-unrun-edits').textContent).toContain('press Reset')
  })

  test('hints are revealed one at a time, and remembered', () => {
    const { progress } = renderPanel()
    const card = challenge('no-throttles')
    expect(within(card).queryByRole('list', { name: 'Hints' })).toBeNull()
    fireEvent.click(within(card).getByRole('button', { name: 'Show hint 1 of 3' }))
    expect(within(card).getByRole('list', { name: 'Hints' }).textContent).toBe('Look at ReservedConcurrentExecutions.')
    fireEvent.click(within(card).getByRole('button', { name: 'Show hint 2 of 3' }))
    fireEvent.click(within(card).getByRole('button', { name: 'Show hint 3 of 3' }))
    expect(within(within(card).getByRole('list', { name: 'Hints' })).getAllByRole('listitem')).toHaveLength(3)
    expect((within(card).getByRole('button', { name: 'No more hints' }) as HTMLButtonElement).disabled).toBe(true)
    expect(scenarioProgress(progress.getState(), TEST_ENTRY.id).hintsRevealed).toEqual({ 'no-throttles': 3 })
    expect(within(challenge('broken')).queryByRole('button', { name: /hint/ })).toBeNull()
  })
})

describe('Learn panel: quiz', () => {
  const question = (id: string) => screen.getByTestId(`question-${id}`)

  test('a single-answer question: radio buttons, Submit, then every answer explained and marked in words', () => {
    renderPanel()
    const q = question('limit')
    const submit = within(q).getByRole('button', { name: 'Submit' }) as HTMLButtonElement
    expect(submit.disabled).toBe(true)
    expect(within(q).getAllByRole('radio')).toHaveLength(2)
    fireEvent.click(within(q).getByRole('radio', { name: '1,000' }))
    fireEvent.click(submit)
    expect(within(q).getByTestId('question-result').textContent).toContain('Not quite')
    const explanations = within(q).getAllByTestId('answer-explanation').map((e) => e.textContent)
    expect(explanations).toEqual([
      '✓ Correct answer, not chosenReserved concurrency is also a maximum.',
      '✗ Wrong answer, your choiceThat is the account limit.',
    ])
    expect(within(q).getAllByRole('radio').every((radio) => (radio as HTMLInputElement).disabled)).toBe(true)
  })

  test('a multiple-answer question is right only with exactly the right set', () => {
    renderPanel()
    const q = question('pools')
    expect(within(q).getByText(/choose all that apply/)).toBeTruthy()
    fireEvent.click(within(q).getByRole('checkbox', { name: /account pool/ }))
    fireEvent.click(within(q).getByRole('button', { name: 'Submit' }))
    expect(within(q).getByTestId('question-result').textContent).toContain('Not quite')
    fireEvent.click(within(q).getByRole('button', { name: 'Answer again' }))
    fireEvent.click(within(q).getByRole('checkbox', { name: /account pool/ }))
    fireEvent.click(within(q).getByRole('checkbox', { name: /100 stay unreserved/ }))
    fireEvent.click(within(q).getByRole('button', { name: 'Submit' }))
    expect(within(q).getByTestId('question-result').textContent).toBe('✓ Correct')
    expect(within(q).getAllByText('Correct answer, your choice')).toHaveLength(2)
    expect(within(q).getByText('Wrong answer')).toBeTruthy()
  })

  test('answers and solved challenges survive a reload (a new page over the same storage)', async () => {
    const storage = memoryStorage()
    const { services } = renderPanel({ storage })
    fireEvent.click(within(question('limit')).getByRole('radio', { name: '20' }))
    fireEvent.click(within(question('limit')).getByRole('button', { name: 'Submit' }))
    fireEvent.click(within(question('pools')).getByRole('checkbox', { name: /account pool/ }))
    fireEvent.click(within(question('pools')).getByRole('checkbox', { name: /100 stay unreserved/ }))
    fireEvent.click(within(question('pools')).getByRole('button', { name: 'Submit' }))
    act(() => showRun(services.store, { nowMs: 600_000, done: true, summary: summaryWithThrottles(0) }))
    expect(screen.getByTestId('learn-progress').textContent).toBe('0 of 2 scenarios completed')
    await vi.waitFor(() => expect(storage.items.get(PROGRESS_KEY)).toContain('no-throttles'))
    cleanup()

    renderPanel({ storage })
    expect(within(question('limit')).getByTestId('question-result').textContent).toBe('✓ Correct')
    expect((within(question('limit')).getByRole('radio', { name: '20' }) as HTMLInputElement).checked).toBe(true)
    expect(statusOf('no-throttles')).toContain('Solved')
  })
})

describe('Learn panel: progress', () => {
  test('"N of M scenarios completed", and Reset progress asks first', () => {
    const storage = memoryStorage()
    const { progress } = renderPanel({ storage })
    act(() => progress.setState({ scenarios: { [TEST_ENTRY.id]: { solved: ['no-throttles', 'broken'], hintsRevealed: {}, quizzes: {
      limit: { chosen: ['a'], correct: true }, pools: { chosen: ['x', 'y'], correct: true },
    } } } }))
    expect(screen.getByTestId('learn-progress').textContent).toBe('1 of 2 scenarios completed')
    fireEvent.click(screen.getByRole('button', { name: 'Reset progress…' }))
    const confirm = screen.getByRole('alertdialog')
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }))
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByTestId('learn-progress').textContent).toBe('1 of 2 scenarios completed')
    fireEvent.click(screen.getByRole('button', { name: 'Reset progress…' }))
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset progress' }))
    expect(screen.getByTestId('learn-progress').textContent).toBe('0 of 2 scenarios completed')
    expect(storage.items.has(PROGRESS_KEY)).toBe(false)
  })
})
