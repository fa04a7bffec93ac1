/**
 * A small library for the Learn UI's tests, independent of the real lessons' wording: component
 * tests mock `src/learn/library.ts` with `testLibraryModule()`.
 */
import type { FunctionSummary, RunSummary } from '../../../engine/api.ts'
import type { LibraryEntry } from '../../../learn/types.ts'
import type { AppStore } from '../../store/appStore.ts'
import type { ProgressStorage } from '../progress/progressStore.ts'
import { documentWith, snapshotAt } from '../../views/testFrames.ts'

export const THROTTLE_FREE: LibraryEntry['challenges'][number] = {
  id: 'no-throttles',
  title: 'Never throttle checkout',
  statement: 'Change **one** setting so that `checkout` is never throttled.',
  hints: ['Look at `ReservedConcurrentExecutions`.', 'Reserve at least the peak concurrency.', 'Try 50.'],
  check: ({ summary }) => {
    const throttles = summary.Functions.checkout?.Throttles ?? 0
    return { solved: throttles === 0, detail: `checkout throttled ${throttles} times` }
  },
}

export const BROKEN_CHECK: LibraryEntry['challenges'][number] = {
  id: 'broken',
  title: 'A check that throws',
  statement: 'Nothing to do.',
  hints: [],
  check: () => {
    throw new Error('no such metric')
  },
}

export const TEST_ENTRY: LibraryEntry = {
  id: 'reserved-concurrency',
  title: 'Reserved concurrency and throttling',
  level: 'beginner',
  topics: ['concurrency', 'throttling'],
  document: documentWith([{ FunctionName: 'checkout' }, { FunctionName: 'reports' }], { Name: 'Reserved concurrency' }),
  markdown: [
    '# Reserved concurrency and throttling',
    '',
    'A function with **reserved concurrency** never runs more than that.',
    '',
    '## What to watch',
    '',
    '- The *Throttles* chart',
    '- ConcurrentExecutions',
    '',
    '## Facts behind it',
    '',
    '- [D-reserved](https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html): reserving concurrency',
  ].join('\n'),
  facts: [{ tag: 'D-reserved', url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html', text: 'reserving concurrency' }],
  challenges: [THROTTLE_FREE, BROKEN_CHECK],
  quiz: [
    {
      id: 'limit',
      kind: 'single',
      prompt: 'How many executions can `checkout` run at once with 20 reserved?',
      answers: [
        { id: 'a', text: '20', correct: true, explanation: 'Reserved concurrency is also a **maximum**.' },
        { id: 'b', text: '1,000', correct: false, explanation: 'That is the account limit.' },
      ],
    },
    {
      id: 'pools',
      kind: 'multiple',
      prompt: 'Which statements are true?',
      answers: [
        { id: 'x', text: 'Reserving takes from the account pool', correct: true, explanation: 'Yes: the unreserved pool shrinks.' },
        { id: 'y', text: 'At least 100 stay unreserved', correct: true, explanation: 'Lambda keeps 100 unreserved.' },
        { id: 'z', text: 'Reserved concurrency is free of charge only when idle', correct: false, explanation: 'Reserving costs nothing at all.' },
      ],
    },
  ],
  presenter: [
    { text: 'Here is **checkout**.', focus: { tab: 'monitor', nodeId: 'function:checkout' } },
    { text: 'We publish version 2.', action: { command: 'publish', args: { functionName: 'checkout' } } },
    { text: 'Reserve too much.', action: { command: 'setReservedConcurrency', args: { functionName: 'checkout', reserved: 5000 } } },
  ],
}

export const OTHER_ENTRY: LibraryEntry = {
  ...TEST_ENTRY,
  id: 'scaling-spike',
  title: 'A spike meets the scaling rate',
  challenges: [],
  quiz: [],
  presenter: [],
}

export const TEST_LIBRARY: readonly LibraryEntry[] = [TEST_ENTRY, OTHER_ENTRY]

/** What `vi.mock('…/src/learn/library.ts', …)` returns in the component tests. */
export function testLibraryModule() {
  return { LIBRARY: TEST_LIBRARY, findLibraryEntry: (id: string) => TEST_LIBRARY.find((entry) => entry.id === id) }
}

function functionSummary(over: Partial<FunctionSummary>): FunctionSummary {
  return {
    Invocations: 100, Errors: 0, Throttles: 0, ColdStarts: 1,
    ConcurrentExecutions: { Average: 1, Maximum: 5 }, Environments: { Average: 1, Maximum: 5, Created: 5 },
    Duration: { Average: 100, p50: 100, p99: 100 }, ExecutedVersions: { $LATEST: 100 },
    ProvisionedConcurrencyInvocations: 0, ProvisionedConcurrencySpilloverInvocations: 0,
    AsyncEventsReceived: 0, AsyncEventsDropped: 0, GBSeconds: 1, CostUSD: 0.01, ...over,
  }
}

/** A finished run's summary in which checkout was throttled `throttles` times. */
export function summaryWithThrottles(throttles: number): RunSummary {
  return { Seed: 1, DurationSeconds: 600, Functions: { checkout: functionSummary({ Throttles: throttles }), reports: functionSummary({}) }, Queues: {} }
}

/** Puts a run into the store as the worker's frames and `done` event leave it (the document ran as edited). */
export function showRun(store: AppStore, run: { nowMs: number; playing?: boolean; done?: boolean; summary?: RunSummary }): void {
  const snapshot = { ...snapshotAt(run.nowMs), done: run.done ?? false }
  const frame = { seq: 1, playing: run.playing ?? false, snapshot, views: {}, ...(run.summary ? { summary: run.summary } : {}) }
  store.setState((state) => ({
    scenario: { ...state.scenario, status: 'loaded', runDocument: state.scenario.document },
    live: { ...state.live, frame, playing: run.playing ?? false, done: run.done ?? false },
  }))
}

/** localStorage as a Map, so a test can read what was stored and a second store can read it back (a reload). */
export function memoryStorage(initial: Record<string, string> = {}): ProgressStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  }
}
