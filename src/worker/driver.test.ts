/**
 * The worker's driver, driven whole in Node: a fake clock and timer queue stand in for the worker,
 * the real engine runs model-only scenarios.
 */
import { describe, expect, test } from 'vitest'
import type { Scenario } from '../engine/api.ts'
import { createSimulation } from '../engine/simulation.ts'
import { BUDGET_STEP_VIRTUAL_MS, createDriver, FRAME_INTERVAL_MS, INVOCATION_STEP_MS, MAX_UNACKED_FRAMES } from './driver.ts'
import { SLICE_BUDGET_REAL_MS } from './pacing.ts'
import { PROTOCOL_VERSION, type CommandBody, type WorkerCommand, type WorkerEvent } from './protocol.ts'

const v = PROTOCOL_VERSION

function scenario(extra: Partial<Scenario> = {}): Scenario {
  return {
    Format: 'lambda-playground/scenario@1', Name: 'driver', Seed: 3, DurationSeconds: 60,
    Functions: [{ FunctionName: 'fn', ReservedConcurrentExecutions: 5, Simulation: { DurationMs: { Distribution: 'constant', Value: 250 }, InitDurationMs: { Distribution: 'constant', Value: 100 } } }],
    ...extra,
  }
}

/**
 * A driver with a hand-cranked clock: `advance(ms)` moves real time and runs the ticks that came due.
 * `realMsPerRunUntil` makes each engine step cost that much real time, as slow handlers would.
 */
async function harness(realMsPerRunUntil = 0) {
  const events: WorkerEvent[] = []
  let realMs = 0
  let ticks: (() => void)[] = []
  const driver = createDriver({
    post: (event) => events.push(event),
    now: () => realMs,
    schedule: (tick) => ticks.push(tick),
    open: (document, options) => {
      const simulation = createSimulation(document, options)
      const runUntil = simulation.runUntil.bind(simulation)
      simulation.runUntil = (untilMs) => {
        realMs += realMsPerRunUntil
        runUntil(untilMs)
      }
      return Promise.resolve(simulation)
    },
  })
  const send = async (command: CommandBody) => {
    driver.handle({ ...command, v } as WorkerCommand)
    await Promise.resolve()
  }
  const advance = (ms: number) => {
    realMs += ms
    const due = ticks
    ticks = []
    for (const tick of due) tick()
  }
  const last = <T extends WorkerEvent['type']>(type: T) => events.filter((e): e is Extract<WorkerEvent, { type: T }> => e.type === type).at(-1)
  return { events, send, advance, last }
}

describe('loading', () => {
  test('a valid document answers with a paused run at virtual time 0, summary included', async () => {
    const h = await harness()
    await h.send({ type: 'load', scenario: scenario() })
    const loaded = h.last('loaded')
    expect(loaded?.frame).toMatchObject({ seq: 0, playing: false, snapshot: { nowMs: 0, durationMs: 60_000 } })
    expect(loaded?.frame.summary?.Seed).toBe(3)
  })

  test('an invalid document is refused with problems that name the field', async () => {
    const h = await harness()
    await h.send({ type: 'load', scenario: scenario({ Functions: [{ FunctionName: 'fn', MemorySize: 64 }] }) })
    expect(h.last('loadFailed')?.problems).toContainEqual(expect.objectContaining({ path: 'Functions[0].MemorySize', rule: 'range' }))
  })

  test('requests without a run still get an answer', async () => {
    const h = await harness()
    await h.send({ type: 'apply', requestId: 'a1', action: { Action: 'PublishVersion', FunctionName: 'fn' } })
    expect(h.last('applied')).toMatchObject({ requestId: 'a1', result: { ok: false } })
  })
})

describe('pacing', () => {
  test('playing at 1,000 virtual ms per real second advances the clock with real time', async () => {
    const h = await harness()
    await h.send({ type: 'load', scenario: scenario() })
    await h.send({ type: 'setSpeed', speed: 1_000 })
    await h.send({ type: 'play' })
    for (let i = 0; i < 10; i++) {
      await h.send({ type: 'ack', seq: h.last('frame')?.frame.seq ?? -1 })
      h.advance(50)
    }
    expect(h.last('frame')?.frame.snapshot.nowMs).toBe(500)
  })

  test(`frames while playing are at most one per ${FRAME_INTERVAL_MS} ms of real time`, async () => {
    const h = await harness()
    await h.send({ type: 'load', scenario: scenario() })
    await h.send({ type: 'setSpeed', speed: 'max' })
    await h.send({ type: 'play' })
    await h.send({ type: 'ack', seq: h.last('frame')?.frame.seq ?? -1 })
    const before = h.events.length
    // Five ticks within one display frame (the run is far from its end): no frame goes out until the interval has passed.
    for (let i = 0; i < 5; i++) h.advance(0.5)
    expect(h.events.slice(before).filter((e) => e.type === 'frame')).toHaveLength(0)
    h.advance(FRAME_INTERVAL_MS)
    expect(h.events.slice(before).filter((e) => e.type === 'frame')).toHaveLength(1)
  })

  test(`a page that has not drawn ${MAX_UNACKED_FRAMES} frames gets no more until it acknowledges them`, async () => {
    const h = await harness()
    await h.send({ type: 'load', scenario: scenario() })
    await h.send({ type: 'setSpeed', speed: 1_000 })
    await h.send({ type: 'play' })
    const frames = () => h.events.filter((e) => e.type === 'frame').length
    const before = frames()
    for (let i = 0; i < 10; i++) h.advance(FRAME_INTERVAL_MS)
    // `loaded` and the answer to `play` are both still undrawn: the paced frames wait.
    expect(frames()).toBe(before)
    await h.send({ type: 'ack', seq: h.last('frame')?.frame.seq ?? -1 })
    for (let i = 0; i < 10; i++) h.advance(FRAME_INTERVAL_MS)
    expect(frames()).toBe(before + MAX_UNACKED_FRAMES)
    // The clock ran on all the while (10 ticks of 16 ms before the ack): only the frames waited.
    expect(h.last('frame')?.frame.snapshot.nowMs).toBeGreaterThan(10 * FRAME_INTERVAL_MS)
  })

  test(`a tick that overruns its real-time budget (${SLICE_BUDGET_REAL_MS} ms) stops, and the clock slows instead of leaping later`, async () => {
    // Every engine step of ${BUDGET_STEP_VIRTUAL_MS} virtual ms costs 5 real ms: three steps spend the budget.
    const h = await harness(5)
    await h.send({ type: 'load', scenario: scenario() })
    await h.send({ type: 'setSpeed', speed: 'max' })
    await h.send({ type: 'play' })
    h.advance(0)
    await h.send({ type: 'pause' })
    expect(h.last('frame')?.frame.snapshot.nowMs).toBe(3 * BUDGET_STEP_VIRTUAL_MS)
  })

  test('step pauses and advances exactly the virtual time asked', async () => {
    const h = await harness()
    await h.send({ type: 'load', scenario: scenario() })
    await h.send({ type: 'step', virtualMs: 1_000 })
    await h.send({ type: 'step', virtualMs: 1_000 })
    expect(h.last('frame')?.frame).toMatchObject({ playing: false, snapshot: { nowMs: 2_000 } })
  })

  test('running to the end sends the final frame and done', async () => {
    const h = await harness()
    await h.send({ type: 'load', scenario: scenario({ DurationSeconds: 2 }) })
    await h.send({ type: 'step', virtualMs: 5_000 })
    expect(h.events.slice(-2).map((e) => e.type)).toEqual(['frame', 'done'])
    expect(h.last('frame')?.frame.snapshot.nowMs).toBe(2_000)
  })
})

describe('changes and test invocations', () => {
  test('apply answers with the engine result, and a refusal names Lambda\'s reason [D-reserved]', async () => {
    const h = await harness()
    await h.send({ type: 'load', scenario: scenario() })
    await h.send({ type: 'apply', requestId: 'a1', action: { Action: 'PutFunctionConcurrency', FunctionName: 'fn', ReservedConcurrentExecutions: 950 } })
    const refused = h.last('applied')
    expect(refused?.requestId).toBe('a1')
    expect(refused?.result.ok === false && refused.result.error).toMatch(/UnreservedConcurrentExecution below its minimum value of \[100\]/)
    await h.send({ type: 'apply', requestId: 'a2', action: { Action: 'PublishVersion', FunctionName: 'fn' } })
    expect(h.last('applied')).toMatchObject({ requestId: 'a2', result: { ok: true, detail: 'Published version 1' } })
  })

  test('a synchronous test invoke on a paused run runs virtual time on until it answers, with its REPORT line', async () => {
    const h = await harness()
    await h.send({ type: 'load', scenario: scenario() })
    await h.send({ type: 'invoke', requestId: 't1', request: { Target: 'fn', InvocationType: 'RequestResponse', Payload: { a: 1 } } })
    const answers = h.events.filter((e) => e.type === 'invoked')
    expect(answers.map((e) => e.pending)).toEqual([true, false])
    const outcome = answers.at(-1)?.outcome
    expect(outcome?.response.StatusCode).toBe(200)
    expect(outcome?.result?.ExecutedVersion).toBe('$LATEST')
    // Cold start: 100 ms init, then 250 ms of work; the init is billed since August 2025 [B-init-billing].
    expect(outcome?.report).toMatch(/^REPORT RequestId: \S+\tDuration: 250\.00 ms\tBilled Duration: 350 ms.*Init Duration: 100\.00 ms/)
    expect(outcome?.logTail[0]).toMatch(/^START RequestId:/)
    // The run stopped within one step of the invocation's end, still paused.
    const frame = h.last('frame')?.frame
    expect(frame?.playing).toBe(false)
    expect(frame?.snapshot.nowMs).toBeGreaterThanOrEqual(350)
    expect(frame?.snapshot.nowMs).toBeLessThanOrEqual(350 + INVOCATION_STEP_MS)
  })

  test('an asynchronous test invoke answers 202 at once and its REPORT line once it has run', async () => {
    const h = await harness()
    await h.send({ type: 'load', scenario: scenario() })
    await h.send({ type: 'invoke', requestId: 't1', request: { Target: 'fn', InvocationType: 'Event', Payload: {} } })
    expect(h.last('invoked')).toMatchObject({ pending: true, outcome: { response: { StatusCode: 202 } } })
    await h.send({ type: 'step', virtualMs: 1_000 })
    expect(h.last('invoked')?.pending).toBe(false)
    expect(h.last('invoked')?.outcome.report).toMatch(/^REPORT RequestId:/)
  })

  test('a throttled test invoke answers 429 at once [D-reserved]', async () => {
    const h = await harness()
    await h.send({ type: 'load', scenario: scenario({ Functions: [{ FunctionName: 'fn', ReservedConcurrentExecutions: 0 }] }) })
    await h.send({ type: 'invoke', requestId: 't1', request: { Target: 'fn', InvocationType: 'RequestResponse', Payload: {} } })
    expect(h.last('invoked')).toMatchObject({ pending: false, outcome: { response: { StatusCode: 429 } } })
  })
})
