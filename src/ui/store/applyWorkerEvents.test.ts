import { describe, expect, test } from 'vitest'
import type { FunctionSummary, RunSummary, Snapshot } from '../../engine/api.ts'
import { PROTOCOL_VERSION, type WorkerEvent } from '../../worker/protocol.ts'
import { createAppStore } from './appStore.ts'
import { applyWorkerEvents, enqueueWorkerEvent } from './applyWorkerEvents.ts'

const v = PROTOCOL_VERSION

function snapshotAt(nowMs: number): Snapshot {
  return { nowMs, durationMs: 60_000, done: false, accountInFlight: 0, unreservedInFlight: 0, functions: [], environments: [] }
}

function summaryWith(invocations: number): RunSummary {
  const fn = { Invocations: invocations } as FunctionSummary
  return { Seed: 1, DurationSeconds: 60, Functions: { orders: fn }, Queues: {} }
}

function loadedState() {
  const state = createAppStore('reserved-concurrency').getState()
  return applyWorkerEvents(state, [
    { v, type: 'loaded', scenarioName: 'Orders', description: 'd', snapshot: snapshotAt(0), summary: summaryWith(0) },
  ])
}

describe('applying worker events', () => {
  test('loaded fills the scenario and starts a fresh live run', () => {
    const state = loadedState()
    expect(state.scenario).toMatchObject({ status: 'loaded', name: 'Orders', description: 'd' })
    expect(state.live).toMatchObject({ playing: false, done: false, fatal: null, summary: summaryWith(0) })
  })

  test('snapshots update the clock and keep the last summary until a new one rides along', () => {
    const state = applyWorkerEvents(loadedState(), [{ v, type: 'snapshot', snapshot: snapshotAt(500), playing: true }])
    expect(state.live.snapshot?.nowMs).toBe(500)
    expect(state.live.playing).toBe(true)
    expect(state.live.summary).toEqual(summaryWith(0))
  })

  test('snapshots from the previous run are ignored while a load is pending', () => {
    const loading = { ...loadedState(), scenario: { ...loadedState().scenario, status: 'loading' as const } }
    const events: WorkerEvent[] = [
      { v, type: 'snapshot', snapshot: snapshotAt(900), playing: true },
      { v, type: 'done', summary: summaryWith(9) },
    ]
    expect(applyWorkerEvents(loading, events)).toEqual(loading)
  })

  test('done stops the run with the final summary', () => {
    const state = applyWorkerEvents(loadedState(), [{ v, type: 'done', summary: summaryWith(12) }])
    expect(state.live).toMatchObject({ done: true, playing: false, summary: summaryWith(12) })
  })

  test('loadFailed lists the problems and clears the run', () => {
    const problems = [{ path: 'Functions[0].MemorySize', rule: 'range', message: 'MemorySize must be 128–10240' }]
    const state = applyWorkerEvents(loadedState(), [{ v, type: 'loadFailed', problems }])
    expect(state.scenario).toMatchObject({ status: 'failed', problems })
    expect(state.live.snapshot).toBeNull()
  })

  test('fatal stops the run and says why', () => {
    const state = applyWorkerEvents(loadedState(), [{ v, type: 'fatal', message: 'boom' }])
    expect(state.live).toMatchObject({ fatal: 'boom', playing: false })
  })
})

describe('batching events for one frame', () => {
  test('consecutive snapshots merge into the newest, keeping the newest summary', () => {
    const batch: WorkerEvent[] = []
    enqueueWorkerEvent(batch, { v, type: 'snapshot', snapshot: snapshotAt(1), playing: true, summary: summaryWith(1) })
    enqueueWorkerEvent(batch, { v, type: 'snapshot', snapshot: snapshotAt(2), playing: true })
    enqueueWorkerEvent(batch, { v, type: 'snapshot', snapshot: snapshotAt(3), playing: true })
    expect(batch).toEqual([{ v, type: 'snapshot', snapshot: snapshotAt(3), playing: true, summary: summaryWith(1) }])
  })

  test('other events keep their order', () => {
    const batch: WorkerEvent[] = []
    enqueueWorkerEvent(batch, { v, type: 'snapshot', snapshot: snapshotAt(1), playing: false })
    enqueueWorkerEvent(batch, { v, type: 'done', summary: summaryWith(1) })
    enqueueWorkerEvent(batch, { v, type: 'snapshot', snapshot: snapshotAt(2), playing: false })
    expect(batch.map((event) => event.type)).toEqual(['snapshot', 'done', 'snapshot'])
  })
})
