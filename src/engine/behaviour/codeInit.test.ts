/**
 * The Init phase of functions with code [D-runtime-env] §4: a failed or too-long init is reported by
 * INIT_REPORT and retried inside the first invoke; an init that fails again fails the invocation
 * with its error and discards the environment. Provisioned environments initialise ahead of requests.
 */
import { describe, expect, test } from 'vitest'
import { createFakeRuntime, succeed, thrown, type FakeScript } from '../testing/fakeRuntime.ts'
import { burst, codeFunction, runToEnd, simulate } from '../testing/harness.ts'
import { linesStartingWith, reportFields } from './readers.ts'
import { environmentEnds, starts } from './tracedRuns.ts'

const importError: FakeScript['init'] = (_module, done) => done(thrown('Runtime.ImportModuleError', "Error: Cannot find module 'left-pad'"))

describe('an init that fails [D-runtime-env]', () => {
  test('fails the invocation with the init\'s error, after retrying the init inside the invoke; the environment is discarded', () => {
    const runtime = createFakeRuntime({ init: importError })
    const { sim } = simulate(codeFunction({}), { runtime })
    const { requestId } = sim.invoke({ Target: 'fn' })
    sim.runUntil(1)
    expect(runtime.modules.map((m) => [m.inits, m.invocations, m.disposed])).toEqual([[1, 0, true], [1, 0, true]])
    const result = sim.invocationResult(requestId ?? '')
    expect(result).toMatchObject({ status: 'done', FunctionError: 'Unhandled' })
    expect(JSON.parse(result?.status === 'done' ? result.Payload : '{}')).toMatchObject({ errorType: 'Runtime.ImportModuleError', errorMessage: "Error: Cannot find module 'left-pad'" })
  })

  test('logs Uncaught Exception and INIT_REPORT for both attempts, START to END between them, and REPORT with the error type', () => {
    const runtime = createFakeRuntime({ init: importError })
    const { sim, trace } = runToEnd(codeFunction({}, [burst('fn', 1)]), 'fn', { runtime })
    const messages = sim.logEvents('fn').map((e) => e.message.replace(/^\S+\t/, ''))
    expect(messages.map((m) => m.split(/[\t ]/)[0])).toEqual(['undefined', 'INIT_REPORT', 'START', 'undefined', 'INIT_REPORT', 'END', 'REPORT'])
    expect(messages[0]).toMatch(/^undefined\tERROR\tUncaught Exception \t\{"errorType":"Runtime.ImportModuleError"/)
    expect(messages[1]).toBe('INIT_REPORT Init Duration: 0.00 ms\tPhase: init\tStatus: error\tError Type: Runtime.ImportModuleError')
    expect(messages[4]).toBe('INIT_REPORT Init Duration: 0.00 ms\tPhase: invoke\tStatus: error\tError Type: Runtime.ImportModuleError')
    expect(reportFields(linesStartingWith(sim.logEvents('fn'), 'REPORT')[0] ?? '')).toMatchObject({ 'Status': 'error', 'Error Type': 'Runtime.ImportModuleError' })
    expect(environmentEnds(trace).map((e) => e.reason)).toEqual(['init-failed'])
  })

  test('Node.js 24\'s runtime logs the init error as Init Error instead', () => {
    const runtime = createFakeRuntime({ init: importError })
    const { sim } = runToEnd(codeFunction({ Runtime: 'nodejs24.x' }, [burst('fn', 1)]), 'fn', { runtime })
    expect(sim.logEvents('fn')[0]?.message).toMatch(/\tundefined\tERROR\tInit Error \t\{"errorType":"Runtime.ImportModuleError"/)
  })

  test('the next request starts cold again', () => {
    const runtime = createFakeRuntime({ init: importError })
    const { summary, trace } = runToEnd(codeFunction({}, [burst('fn', 1, 0), burst('fn', 1, 5)]), 'fn', { runtime })
    expect(starts(trace).map((s) => s.cold)).toEqual([true, true])
    expect(summary).toMatchObject({ Errors: 2, ColdStarts: 2 })
  })

  test('an init that failed once and succeeds on the retry serves the request; Duration includes the retried init', () => {
    const runtime = createFakeRuntime({
      init: (module, done) => (module.id === 0 ? done(thrown('Error', 'flaky')) : module.host.setTimer(80, () => done(succeed(null)))),
    })
    const { sim, summary } = runToEnd(codeFunction({}, [burst('fn', 1)]), 'fn', { runtime })
    expect(summary.Errors).toBe(0)
    const report = reportFields(linesStartingWith(sim.logEvents('fn'), 'REPORT')[0] ?? '')
    expect(report).toMatchObject({ Duration: '80.00 ms' })
    expect(report['Init Duration']).toBeUndefined()
  })
})

describe('the 10 s Init limit [D-runtime-env]', () => {
  test('an init awaiting 12 s is cut off at 10 s (INIT_REPORT Status: timeout), then retried inside the invoke under the timeout', () => {
    const runtime = createFakeRuntime({ init: (module, done) => module.host.setTimer(12_000, () => done(succeed(null))) })
    const { sim, trace } = runToEnd(codeFunction({ Timeout: 30 }, [burst('fn', 1)]), 'fn', { runtime })
    const events = sim.logEvents('fn')
    expect(linesStartingWith(events, 'INIT_REPORT')).toEqual(['INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout'])
    expect(reportFields(linesStartingWith(events, 'REPORT')[0] ?? '')).toMatchObject({ 'Duration': '12000.00 ms', 'Billed Duration': '12000 ms' })
    expect(trace.find((e) => e.type === 'invocation-end')?.atMs).toBe(22_000)
    expect(runtime.modules.map((m) => m.disposed)).toEqual([true, false])
  })

  test('a retried init longer than the function timeout times out the invocation', () => {
    const runtime = createFakeRuntime({ init: (module, done) => module.host.setTimer(12_000, () => done(succeed(null))) })
    const { trace, summary } = runToEnd(codeFunction({ Timeout: 3 }, [burst('fn', 1)]), 'fn', { runtime })
    expect(trace.find((e) => e.type === 'invocation-end')).toMatchObject({ atMs: 13_000, outcome: 'timeout' })
    expect(summary.Errors).toBe(1)
  })
})

describe('provisioned concurrency with code [D-pc]', () => {
  const provisioned = (script: FakeScript) => {
    const runtime = createFakeRuntime(script)
    const scenario = codeFunction({ Versions: [{ Version: '1' }], ProvisionedConcurrencyConfigs: [{ Qualifier: '1', ProvisionedConcurrentExecutions: 2 }] }, [burst('fn:1', 1, 5)])
    return { runtime, ...runToEnd(scenario, 'fn', { runtime }) }
  }

  test('environments initialise at allocation, ahead of requests, as provisioned-concurrency; a request finds one warm', () => {
    const { runtime, trace } = provisioned({ init: (module, done) => { module.host.log('INFO', 'connected'); done(succeed(null)) } })
    expect(runtime.modules.map((m) => [m.inits, m.spec.environmentVariables.AWS_LAMBDA_INITIALIZATION_TYPE])).toEqual([
      [1, 'provisioned-concurrency'], [1, 'provisioned-concurrency'],
    ])
    expect(starts(trace).map((s) => [s.cold, s.provisioned])).toEqual([[false, true]])
  })

  test('the init\'s log lines lead the first invocation\'s log, stamped with the allocation time', () => {
    const { sim } = provisioned({ init: (module, done) => { module.host.log('INFO', 'connected'); done(succeed(null)) } })
    const events = sim.logEvents('fn')
    expect(events.map((e) => e.message.split(/[\t ]/)[0])).toEqual(['2026-01-01T00:00:00.000Z', 'START', 'END', 'REPORT'])
    expect(events[0]?.message).toBe('2026-01-01T00:00:00.000Z\tundefined\tINFO\tconnected')
  })

  test('a provisioned environment whose init fails ends and is not replaced; requests spill over to on-demand', () => {
    const { runtime, trace } = provisioned({ init: importError })
    expect(environmentEnds(trace).slice(0, 2).map((e) => e.reason)).toEqual(['init-failed', 'init-failed'])
    expect(starts(trace).map((s) => [s.cold, s.provisioned])).toEqual([[true, false]])
    expect(runtime.modules.length).toBe(4)
  })
})
