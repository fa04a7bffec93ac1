import { describe, expect, test } from 'vitest'
import { createAppStore, type AppState } from '../ui/store/appStore.ts'
import { createHostEvents } from './hostEvents.ts'
import type { EmbedState } from './embedState.ts'
import { PLAYER_DOCUMENT } from './testing.ts'

const shown: EmbedState = { phase: 'shown', problem: null, started: true, loads: 1 }
const app = (): AppState => createAppStore({ document: PLAYER_DOCUMENT, bundledId: null }).getState()

describe('events the host hears', () => {
  test('nothing while the address is being resolved; ready with no scenario when it names none', () => {
    const due = createHostEvents(() => 0)
    expect(due(app(), { ...shown, phase: 'resolving', started: false, loads: 0 })).toEqual([])
    expect(due(app(), { ...shown, phase: 'empty', started: false, loads: 0 })).toEqual([{ type: 'ready', scenario: null }])
    expect(due(app(), { ...shown, phase: 'empty', started: false, loads: 0 })).toEqual([])
  })

  test('done once when the run reaches its end, with the totals', () => {
    const due = createHostEvents(() => 0)
    const finished = { ...app(), scenario: { ...app().scenario, status: 'loaded' as const }, live: { ...app().live, done: true } }
    expect(due(finished, shown)).toEqual([
      { type: 'ready', scenario: { name: 'Orders', bundledId: null, durationMs: 600_000 } },
      { type: 'state', status: 'finished', virtualMs: 0 },
      { type: 'done', virtualMs: 0, counters: { invocations: 0, errors: 0, throttles: 0, coldStarts: 0, concurrentExecutions: 0 } },
    ])
    expect(due(finished, shown)).toEqual([])
  })

  test('a worker that stops is reported once as run-failed; a document it refuses, with each problem', () => {
    const due = createHostEvents(() => 0)
    const loaded = { ...app(), scenario: { ...app().scenario, status: 'loaded' as const } }
    due(loaded, shown)
    const stopped = { ...loaded, live: { ...loaded.live, fatal: 'The handler runtime could not start' } }
    expect(due(stopped, shown)).toEqual([
      { type: 'error', code: 'run-failed', message: 'The simulation stopped: The handler runtime could not start' },
      { type: 'state', status: 'failed', virtualMs: 0 },
    ])
    expect(due(stopped, shown)).toEqual([])
    const refused = { ...app(), scenario: { ...app().scenario, status: 'failed' as const, problems: [{ path: 'Functions[0].Timeout', rule: 'range', message: 'Timeout must be 1 to 900 seconds' }] } }
    const other = createHostEvents(() => 0)
    expect(other(refused, shown)[1]).toEqual({
      type: 'error', code: 'invalid-scenario', message: 'The scenario cannot run: it breaks rules of the scenario format.', problems: ['Functions[0].Timeout: Timeout must be 1 to 900 seconds [range]'],
    })
  })
})
