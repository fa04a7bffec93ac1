import { describe, expect, test } from 'vitest'
import type { FunctionSummary, LogEvent, RunSummary, Scenario, Snapshot } from '../../engine/api.ts'
import { PROTOCOL_VERSION, type Frame, type WorkerEvent } from '../../worker/protocol.ts'
import type { LogsFrame } from '../../worker/views/types.ts'
import { createAppStore } from './appStore.ts'
import { applyWorkerEvents, enqueueWorkerEvent } from './applyWorkerEvents.ts'
import { MAX_LIVE_LOG_EVENTS } from './liveSlice.ts'

const v = PROTOCOL_VERSION
const document: Scenario = { Format: 'lambda-playground/scenario@1', Name: 'Orders', Functions: [{ FunctionName: 'orders' }] }

function snapshotAt(nowMs: number): Snapshot {
  return { nowMs, durationMs: 60_000, done: false, accountInFlight: 0, unreservedInFlight: 0, functions: [], environments: [] }
}

function summaryWith(invocations: number): RunSummary {
  const fn = { Invocations: invocations } as FunctionSummary
  return { Seed: 1, DurationSeconds: 60, Functions: { orders: fn }, Queues: {} }
}

function frameAt(nowMs: number, extra: Partial<Frame> = {}): Frame {
  return { seq: nowMs, playing: true, snapshot: snapshotAt(nowMs), views: {}, ...extra }
}

function line(message: string): LogEvent {
  return { atMs: 0, logGroup: '/aws/lambda/orders', logStream: 's', message }
}

function logs(messages: string[], restart = false): LogsFrame {
  return { functionName: 'orders', restart, events: messages.map(line), skippedInvocations: 0, gap: false }
}

function loadedState() {
  const state = createAppStore({ document, bundledId: null }).getState()
  return applyWorkerEvents(state, [{ v, type: 'loaded', frame: frameAt(0, { playing: false, summary: summaryWith(0) }) }])
}

describe('applying worker events', () => {
  test('loaded marks the document as the one running and starts a fresh live run', () => {
    const state = loadedState()
    expect(state.scenario).toMatchObject({ status: 'loaded', problems: [] })
    expect(state.scenario.runDocument).toBe(state.scenario.document)
    expect(state.live).toMatchObject({ playing: false, done: false, fatal: null })
    expect(state.live.frame?.summary).toEqual(summaryWith(0))
  })

  test('frames update the clock and keep the last summary until a new one rides along', () => {
    const state = applyWorkerEvents(loadedState(), [{ v, type: 'frame', frame: frameAt(500) }])
    expect(state.live.frame?.snapshot.nowMs).toBe(500)
    expect(state.live.playing).toBe(true)
    expect(state.live.frame?.summary).toEqual(summaryWith(0))
  })

  test('a frame that omits a view keeps the previous one', () => {
    const monitor = { window: '2m' } as NonNullable<Frame['views']['monitor']>
    const state = applyWorkerEvents(loadedState(), [
      { v, type: 'frame', frame: frameAt(1, { views: { monitor } }) },
      { v, type: 'frame', frame: frameAt(2) },
    ])
    expect(state.live.frame?.views.monitor).toBe(monitor)
  })

  test('log increments accumulate, and a restart starts over', () => {
    const appended = applyWorkerEvents(loadedState(), [
      { v, type: 'frame', frame: frameAt(1, { views: { logs: logs(['a'], true) } }) },
      { v, type: 'frame', frame: frameAt(2, { views: { logs: logs(['b', 'c']) } }) },
    ])
    expect(appended.live.logs?.events.map((event) => event.message)).toEqual(['a', 'b', 'c'])
    const restarted = applyWorkerEvents(appended, [{ v, type: 'frame', frame: frameAt(3, { views: { logs: logs(['z'], true) } }) }])
    expect(restarted.live.logs?.events.map((event) => event.message)).toEqual(['z'])
  })

  test(`at most ${MAX_LIVE_LOG_EVENTS} log lines are kept, the newest`, () => {
    const many = Array.from({ length: MAX_LIVE_LOG_EVENTS + 5 }, (_, i) => String(i))
    const state = applyWorkerEvents(loadedState(), [{ v, type: 'frame', frame: frameAt(1, { views: { logs: logs(many, true) } }) }])
    expect(state.live.logs?.events).toHaveLength(MAX_LIVE_LOG_EVENTS)
    expect(state.live.logs?.events.at(-1)?.message).toBe(String(MAX_LIVE_LOG_EVENTS + 4))
  })

  test('frames from the previous run are ignored while a load is pending', () => {
    const loading = { ...loadedState(), scenario: { ...loadedState().scenario, status: 'loading' as const } }
    const events: WorkerEvent[] = [
      { v, type: 'frame', frame: frameAt(900) },
      { v, type: 'done', summary: summaryWith(9) },
    ]
    expect(applyWorkerEvents(loading, events)).toEqual(loading)
  })

  test('done stops the run with the final summary', () => {
    const state = applyWorkerEvents(loadedState(), [{ v, type: 'done', summary: summaryWith(12) }])
    expect(state.live).toMatchObject({ done: true, playing: false })
    expect(state.live.frame?.summary).toEqual(summaryWith(12))
  })

  test('loadFailed lists the problems and clears the run', () => {
    const problems = [{ path: 'Functions[0].MemorySize', rule: 'range', message: 'MemorySize must be 128–10240' }]
    const state = applyWorkerEvents(loadedState(), [{ v, type: 'loadFailed', problems }])
    expect(state.scenario).toMatchObject({ status: 'failed', problems, runDocument: null })
    expect(state.live.frame).toBeNull()
  })

  test('fatal stops the run and says why', () => {
    const state = applyWorkerEvents(loadedState(), [{ v, type: 'fatal', message: 'boom' }])
    expect(state.live).toMatchObject({ fatal: 'boom', playing: false })
  })

  test('invoked answers the test invocation with the same request id', () => {
    const sent = { ...loadedState() }
    sent.live = { ...sent.live, invocations: [{ requestId: 'r1', target: 'orders', invocationType: 'RequestResponse', outcome: null, pending: true }] }
    const outcome = { requestId: 'r1', response: { StatusCode: 200 }, logTail: ['REPORT RequestId: x'], report: 'REPORT RequestId: x' }
    const state = applyWorkerEvents(sent, [{ v, type: 'invoked', outcome, pending: false }])
    expect(state.live.invocations[0]).toMatchObject({ outcome, pending: false })
  })
})

describe('batching events for one frame', () => {
  test('consecutive frames merge into the newest, keeping the newest summary and every log line', () => {
    const batch: WorkerEvent[] = []
    enqueueWorkerEvent(batch, { v, type: 'frame', frame: frameAt(1, { summary: summaryWith(1), views: { logs: logs(['a']) } }) })
    enqueueWorkerEvent(batch, { v, type: 'frame', frame: frameAt(2, { views: { logs: logs(['b']) } }) })
    enqueueWorkerEvent(batch, { v, type: 'frame', frame: frameAt(3) })
    expect(batch).toHaveLength(1)
    const merged = batch[0]
    expect(merged?.type === 'frame' && merged.frame.snapshot.nowMs).toBe(3)
    expect(merged?.type === 'frame' && merged.frame.summary).toEqual(summaryWith(1))
    expect(merged?.type === 'frame' && merged.frame.views.logs?.events.map((event) => event.message)).toEqual(['a', 'b'])
  })

  test('other events keep their order', () => {
    const batch: WorkerEvent[] = []
    enqueueWorkerEvent(batch, { v, type: 'frame', frame: frameAt(1) })
    enqueueWorkerEvent(batch, { v, type: 'done', summary: summaryWith(1) })
    enqueueWorkerEvent(batch, { v, type: 'frame', frame: frameAt(2) })
    expect(batch.map((event) => event.type)).toEqual(['frame', 'done', 'frame'])
  })
})
