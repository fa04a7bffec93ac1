/**
 * Functions with code, run through a HandlerRuntime (a scripted fake here), follow Lambda's
 * execution environment lifecycle (lambda-facts §4): a cold start creates and initialises an
 * environment once; warm requests reuse it and its module scope; the virtual time code awaits is
 * its duration; a timeout, a crash or running out of memory discards the environment.
 */
import { describe, expect, test } from 'vitest'
import { createFakeRuntime, sleepsThenReturns, succeed, type FakeScript } from '../testing/fakeRuntime.ts'
import { burst, codeFunction, runToEnd, simulate } from '../testing/harness.ts'
import { environmentEnds, starts } from './tracedRuns.ts'
import { linesStartingWith, reportFields } from './readers.ts'

const countingHandler: FakeScript['handler'] = ({ module, host, done }) => {
  module.scope.count = (module.scope.count ?? 0) + 1
  const count = module.scope.count
  host.setTimer(100, () => done(succeed({ environment: module.id, count })))
}

describe('cold start and warm reuse [D-runtime-env]', () => {
  test('a cold start creates and initialises an environment exactly once; warm requests reuse it without init', () => {
    const runtime = createFakeRuntime({ handler: countingHandler })
    const { summary, trace } = runToEnd(codeFunction({}, [burst('fn', 3, 0), burst('fn', 3, 10), burst('fn', 3, 20)]), 'fn', { runtime })
    expect(runtime.modules).toHaveLength(3)
    expect(runtime.modules.map((m) => [m.inits, m.invocations])).toEqual([[1, 3], [1, 3], [1, 3]])
    expect(summary.ColdStarts).toBe(3)
    expect(starts(trace).map((s) => s.cold)).toEqual([true, true, true, false, false, false, false, false, false])
  })

  test('module-scope state lives per environment: each one counts its own requests', () => {
    const runtime = createFakeRuntime({ handler: countingHandler })
    runToEnd(codeFunction({}, [burst('fn', 2, 0), burst('fn', 2, 10), burst('fn', 1, 20)]), 'fn', { runtime })
    expect(runtime.modules.map((m) => m.scope.count)).toEqual([3, 2])
  })

  test('the runtime gets the function\'s code, handler, memory, timeout and log names', () => {
    const runtime = createFakeRuntime()
    runToEnd(codeFunction({ Handler: 'app.main', MemorySize: 256, Timeout: 7, Code: { 'app.mjs': 'export const main = () => 1' } }, [burst('fn', 1)]), 'fn', { runtime })
    const spec = runtime.modules[0]?.spec
    expect(spec).toMatchObject({
      functionName: 'fn', version: '$LATEST', handler: 'app.main', runtime: 'nodejs20.x', memoryMb: 256, timeoutMs: 7000,
      code: { 'app.mjs': 'export const main = () => 1' }, layers: [], logGroupName: '/aws/lambda/fn',
    })
    expect(spec?.logStreamName).toMatch(/^2026\/01\/01\/\[\$LATEST\][0-9a-f]{32}$/)
  })

  test('an idle environment reclaimed after IdleTimeoutSeconds is disposed, and the next request is cold', () => {
    const runtime = createFakeRuntime()
    const { sim } = simulate(codeFunction({ Simulation: { IdleTimeoutSeconds: 5 } }, [burst('fn', 1, 0), burst('fn', 1, 10)]), { runtime })
    sim.runUntil(4_999)
    expect(runtime.modules.map((m) => m.disposed)).toEqual([false])
    sim.runUntil(10_000)
    expect(runtime.modules.map((m) => m.disposed)).toEqual([true, false])
    expect(sim.summary().Functions.fn?.ColdStarts).toBe(2)
  })

  test('a deploy ends the environments of the old code; the next request initialises the new code', () => {
    const runtime = createFakeRuntime()
    const changes = { Code: { 'index.mjs': 'export const handler = async () => 2' } }
    runToEnd(codeFunction({}, [burst('fn', 1, 0), burst('fn', 1, 10)], {
      Timeline: [{ AtSecond: 5, Do: { Action: 'UpdateFunctionConfiguration', FunctionName: 'fn', Changes: changes } }],
    }), 'fn', { runtime })
    expect(runtime.modules.map((m) => [m.disposed, m.spec.code])).toEqual([[true, { 'index.mjs': 'export const handler = async () => null' }], [false, changes.Code]])
  })

  test('UpdateFunctionConfiguration refuses layers the scenario does not define, and more than 5', () => {
    const { sim } = simulate(codeFunction({}), { runtime: createFakeRuntime() })
    const update = (Layers: string[]) => sim.apply({ Action: 'UpdateFunctionConfiguration', FunctionName: 'fn', Changes: { Layers } })
    expect(update(['shared:1'])).toEqual({ ok: false, error: "Changes.Layers[0]: Layer shared version 1 is not defined in the scenario's Layers" })
    expect(update(['a:1', 'b:1', 'c:1', 'd:1', 'e:1', 'f:1'])).toMatchObject({ ok: false, error: expect.stringContaining('at most 5 layers') })
  })
})

describe('virtual time the code awaits is its duration', () => {
  test('a handler that awaits 2,000 ms has a Duration of 2,000 ms; billed at least 1 ms when it awaits nothing', () => {
    const slow = runToEnd(codeFunction({ Timeout: 5 }, [burst('fn', 1)]), 'fn', { runtime: createFakeRuntime({ handler: sleepsThenReturns(2000) }) })
    expect(reportFields(linesStartingWith(slow.sim.logEvents('fn'), 'REPORT')[0] ?? '')).toMatchObject({ 'Duration': '2000.00 ms', 'Init Duration': '0.00 ms', 'Billed Duration': '2000 ms' })
    const instant = runToEnd(codeFunction({}, [burst('fn', 1)]), 'fn', { runtime: createFakeRuntime() })
    expect(reportFields(linesStartingWith(instant.sim.logEvents('fn'), 'REPORT')[0] ?? '')).toMatchObject({ 'Duration': '0.00 ms', 'Billed Duration': '1 ms' })
  })

  test('an explicit DurationMs adds modelled work to the awaited time, and InitDurationMs to the init', () => {
    const runtime = createFakeRuntime({ handler: sleepsThenReturns(2000), init: (m, done) => m.host.setTimer(300, () => done(succeed(null))) })
    const simulation = { DurationMs: { Distribution: 'constant', Value: 50 }, InitDurationMs: { Distribution: 'constant', Value: 120 } } as const
    const { sim, trace } = runToEnd(codeFunction({ Timeout: 5, Simulation: simulation }, [burst('fn', 1)]), 'fn', { runtime })
    expect(reportFields(linesStartingWith(sim.logEvents('fn'), 'REPORT')[0] ?? '')).toMatchObject({ 'Duration': '2050.00 ms', 'Init Duration': '420.00 ms' })
    expect(trace.find((e) => e.type === 'invocation-end')?.atMs).toBe(420 + 2050)
  })

  test('a 1 s Timeout function awaiting 2 s times out at exactly 1.00 s; its environment is discarded and the next request is cold', () => {
    let late = 0
    const runtime = createFakeRuntime({ handler: ({ host, done }) => host.setTimer(2000, () => { late++; done(succeed(null)) }) })
    const { sim, trace, summary } = runToEnd(codeFunction({ Timeout: 1 }, [burst('fn', 1, 0), burst('fn', 1, 5)]), 'fn', { runtime })
    expect(trace.filter((e) => e.type === 'invocation-end').map((e) => e.atMs)).toEqual([1000, 6000])
    expect(environmentEnds(trace).map((e) => e.reason)).toEqual(['timeout', 'timeout'])
    expect(summary).toMatchObject({ ColdStarts: 2, Errors: 2 })
    expect(runtime.modules.map((m) => m.disposed)).toEqual([true, true])
    expect(late).toBe(0)
    const events = sim.logEvents('fn')
    expect(events.filter((e) => e.message.endsWith('Task timed out after 1.00 seconds')).map((e) => e.atMs)).toEqual([1000, 6000])
    expect(reportFields(linesStartingWith(events, 'REPORT')[0] ?? '')).toMatchObject({ Duration: '1000.00 ms', Status: 'timeout' })
  })

  test('code the watchdog stopped (a busy loop) times out at the deadline, and the run goes on', () => {
    const runtime = createFakeRuntime({ handler: ({ done, event }) => done((event as { spin?: boolean }).spin ? { type: 'watchdog' } : succeed('ok')) })
    const { sim } = simulate(codeFunction({ Timeout: 2 }), { runtime })
    const spin = sim.invoke({ Target: 'fn', Payload: { spin: true } })
    sim.runUntil(1999)
    expect(sim.invocationResult(spin.requestId ?? '')).toEqual({ status: 'pending' })
    sim.runUntil(2000)
    expect(sim.invocationResult(spin.requestId ?? '')).toMatchObject({ status: 'done', FunctionError: 'Unhandled' })
    const next = sim.invoke({ Target: 'fn' })
    sim.runUntil(2001)
    expect(sim.invocationResult(next.requestId ?? '')).toMatchObject({ status: 'done', Payload: '"ok"' })
    expect(runtime.modules.map((m) => m.disposed)).toEqual([true, false])
  })
})

describe('crashes and running out of memory discard the environment [D-runtime-env]', () => {
  test.each([
    ['crash', { type: 'crash', message: 'Runtime exited with error: exit status 1' }, 'Runtime.ExitError'],
    ['out-of-memory', { type: 'out-of-memory' }, 'Runtime.OutOfMemory'],
  ] as const)('%s: the invocation fails, the environment ends, the next request is cold', (reason, outcome, errorType) => {
    const runtime = createFakeRuntime({ handler: ({ done }) => done(outcome) })
    const { sim, trace, summary } = runToEnd(codeFunction({ MemorySize: 256 }, [burst('fn', 1, 0), burst('fn', 1, 5)]), 'fn', { runtime })
    expect(environmentEnds(trace).map((e) => e.reason)).toEqual([reason, reason])
    expect(summary).toMatchObject({ ColdStarts: 2, Errors: 2 })
    expect(runtime.modules.map((m) => m.disposed)).toEqual([true, true])
    const report = reportFields(linesStartingWith(sim.logEvents('fn'), 'REPORT')[0] ?? '')
    expect(report).toMatchObject({ 'Status': 'error', 'Error Type': errorType })
    if (reason === 'out-of-memory') expect(report['Max Memory Used']).toBe('256 MB')
  })

  test('a process that exits without a report: Runtime.ExitError, worded by Lambda', () => {
    const runtime = createFakeRuntime({ handler: ({ done }) => done({ type: 'crash', message: 'Runtime exited with error: exit status 1' }) })
    const { sim } = simulate(codeFunction({}), { runtime })
    const { requestId } = sim.invoke({ Target: 'fn' })
    sim.runUntil(1000)
    const result = sim.invocationResult(requestId ?? '')
    expect(JSON.parse(result?.status === 'done' ? result.Payload : '{}')).toEqual({
      errorType: 'Runtime.ExitError', errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: exit status 1`,
    })
  })

  test('an unhandled rejection: the runtime\'s own error reaches the caller, then the environment ends (exit status 128)', () => {
    const error = { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'Error: boom', trace: ['Runtime.UnhandledPromiseRejection: Error: boom'] }
    const runtime = createFakeRuntime({ handler: ({ done }) => done({ type: 'crash', message: 'Runtime exited with error: exit status 128', error }) })
    const { sim, trace } = simulate(codeFunction({}), { runtime })
    const { requestId } = sim.invoke({ Target: 'fn' })
    sim.runUntil(1000)
    const result = sim.invocationResult(requestId ?? '')
    expect(result).toMatchObject({ status: 'done', FunctionError: 'Unhandled' })
    expect(JSON.parse(result?.status === 'done' ? result.Payload : '{}')).toEqual(error)
    expect(environmentEnds(trace).map((e) => e.reason)).toEqual(['crash'])
    const events = sim.logEvents('fn').map((e) => e.message)
    expect(events).toContain(`RequestId: ${requestId} Error: Runtime exited with error: exit status 128`)
    expect(reportFields(linesStartingWith(sim.logEvents('fn'), 'REPORT')[0] ?? '')).toMatchObject({ 'Status': 'error', 'Error Type': 'Runtime.UnhandledPromiseRejection' })
  })

  test('a thrown error fails the invocation but keeps the environment warm', () => {
    const runtime = createFakeRuntime({ handler: ({ done }) => done({ type: 'error', errorType: 'TypeError', errorMessage: 'x is undefined', trace: [] }) })
    const { summary, trace } = runToEnd(codeFunction({}, [burst('fn', 1, 0), burst('fn', 1, 5)]), 'fn', { runtime })
    expect(summary).toMatchObject({ Errors: 2, ColdStarts: 1 })
    expect(environmentEnds(trace)).toEqual([])
  })
})

describe('timers belong to their environment', () => {
  test('a discarded environment\'s timers never fire', () => {
    let fired = 0
    const runtime = createFakeRuntime({ handler: ({ host, done }) => { host.setTimer(30_000, () => fired++); done(succeed(null)) } })
    runToEnd(codeFunction({ Simulation: { IdleTimeoutSeconds: 10 } }, [burst('fn', 1)]), 'fn', { runtime })
    expect(fired).toBe(0)
    expect(runtime.modules[0]?.disposed).toBe(true)
  })

  test('a timer due while the environment is frozen runs when the next request thaws it, in that request', () => {
    const firedAt: number[] = []
    const runtime = createFakeRuntime({
      handler: ({ host, done, module }) => {
        if (module.invocations === 1) host.setTimer(3000, () => { firedAt.push(host.nowMs()); host.log('INFO', 'background work resumed') })
        done(succeed(null))
      },
    })
    const { sim } = runToEnd(codeFunction({}, [burst('fn', 1, 0), burst('fn', 1, 10)]), 'fn', { runtime })
    expect(firedAt.map((ms) => new Date(ms).toISOString())).toEqual(['2026-01-01T00:00:10.000Z'])
    const messages = sim.logEvents('fn').map((e) => e.message)
    const secondStart = messages.lastIndexOf(messages.filter((m) => m.startsWith('START'))[1] ?? '')
    expect(messages.findIndex((m) => m.endsWith('background work resumed'))).toBeGreaterThan(secondStart)
  })

  test('clearTimer cancels a timer', () => {
    let fired = 0
    const runtime = createFakeRuntime({
      handler: ({ host, done }) => {
        const id = host.setTimer(10, () => fired++)
        host.clearTimer(id)
        host.setTimer(20, () => done(succeed(null)))
      },
    })
    runToEnd(codeFunction({}, [burst('fn', 1)]), 'fn', { runtime })
    expect(fired).toBe(0)
  })
})
