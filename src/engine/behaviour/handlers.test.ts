/**
 * Real handlers from scenario documents, run by the QuickJS runtime (src/sandbox) inside the
 * engine's lifecycle: module scope per environment, awaited virtual time, a runaway loop stopped
 * at the function's timeout while the run goes on, console output, environment variables and layers.
 * The engine itself never imports the sandbox; this test joins the two, as the CLI and worker do.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { createQuickJsRuntime } from '../../sandbox/createQuickJsRuntime.ts'
import type { HandlerRuntime } from '../runtime/types.ts'
import { burst, codeFunction, runToEnd, scenarioOf, simulate } from '../testing/harness.ts'
import { linesStartingWith, reportFields, requestIdOfLine } from './readers.ts'

let runtime: HandlerRuntime

beforeAll(async () => {
  // A short real-time watchdog keeps the runaway-loop test fast.
  runtime = await createQuickJsRuntime({ watchdogMs: 200 })
})

const payloadOf = (result: ReturnType<ReturnType<typeof simulate>['sim']['invocationResult']>): unknown =>
  JSON.parse(result?.status === 'done' ? result.Payload : 'undefined')

describe('real handlers in execution environments [D-runtime-env]', () => {
  test('a module-scope counter counts per environment: two at once get two environments, later requests reuse them', () => {
    const code = {
      'index.mjs': `let count = 0
export const handler = async () => {
  count++
  await new Promise((resolve) => setTimeout(resolve, 100))
  return { count }
}`,
    }
    const { sim } = simulate(codeFunction({ Code: code }), { runtime })
    const wave = (atMs: number, n: number): unknown[] => {
      sim.runUntil(atMs)
      const ids = Array.from({ length: n }, () => sim.invoke({ Target: 'fn' }).requestId ?? '')
      sim.runUntil(atMs + 100)
      return ids.map((id) => payloadOf(sim.invocationResult(id)))
    }
    expect(wave(0, 2)).toEqual([{ count: 1 }, { count: 1 }])
    expect(wave(10_000, 2)).toEqual([{ count: 2 }, { count: 2 }])
    expect(wave(20_000, 1)).toEqual([{ count: 3 }])
    expect(sim.summary().Functions.fn).toMatchObject({ Invocations: 5, ColdStarts: 2 })
  })

  test('await sleep(2000) takes 2,000 ms of virtual time: Duration 2000.00 ms, and Date.now() moves with it', () => {
    const code = {
      'index.mjs': `const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
export const handler = async () => {
  const before = Date.now()
  await sleep(2000)
  return { waited: Date.now() - before, at: new Date().toISOString() }
}`,
    }
    const { sim } = simulate(codeFunction({ Code: code, Timeout: 5 }), { runtime })
    sim.runUntil(1000)
    const { requestId } = sim.invoke({ Target: 'fn' })
    sim.runUntil(3000)
    expect(payloadOf(sim.invocationResult(requestId ?? ''))).toEqual({ waited: 2000, at: '2026-01-01T00:00:03.000Z' })
    expect(reportFields(linesStartingWith(sim.logEvents('fn'), 'REPORT')[0] ?? '')).toMatchObject({ Duration: '2000.00 ms' })
  })

  test('while (true) {} times out at the function\'s timeout, its environment is discarded, and the run goes on', () => {
    const spinner = {
      FunctionName: 'spinner',
      Timeout: 1,
      Code: { 'index.mjs': 'export const handler = async (event) => { if (event.spin) while (true) {} ; return "ok" }' },
    }
    const ticker = { FunctionName: 'ticker', Simulation: { DurationMs: { Distribution: 'constant', Value: 10 } } } as const
    const scenario = scenarioOf({
      DurationSeconds: 10,
      Functions: [spinner, ticker],
      Traffic: [
        { ...burst('spinner', 1, 1), Payload: { spin: true } },
        burst('spinner', 1, 5),
        { Target: 'ticker', Arrivals: { Process: 'constant', RatePerSecond: 10 } },
      ],
    })
    const { sim, trace } = runToEnd(scenario, 'spinner', { runtime })
    expect(sim.summary().Functions.spinner).toMatchObject({ Invocations: 2, Errors: 1, ColdStarts: 2 })
    expect(sim.summary().Functions.ticker?.Invocations).toBe(100)
    expect(trace.filter((e) => e.type === 'invocation-end' && e.functionName === 'spinner').map((e) => e.atMs)).toEqual([2000, 5000])
    expect(sim.logEvents('spinner').find((e) => e.message.endsWith('Task timed out after 1.00 seconds'))?.atMs).toBe(2000)
  })
})

describe('what a handler sees and writes', () => {
  test('console lines land between START and END with the request id; module-scope lines before START', () => {
    const code = {
      'index.mjs': `console.log('cold start in', process.env.AWS_LAMBDA_FUNCTION_NAME, process.env.AWS_EXECUTION_ENV)
export const handler = async (event, context) => {
  console.info('order', event.order)
  console.warn('remaining', context.getRemainingTimeInMillis())
  return 'ok'
}`,
    }
    const { sim } = runToEnd(codeFunction({ Code: code, Timeout: 3 }, [{ ...burst('fn', 1), Payload: { order: 42 } }]), 'fn', { runtime })
    const messages = sim.logEvents('fn').map((e) => e.message)
    const id = requestIdOfLine(messages[1] ?? '')
    expect(messages.slice(0, 4)).toEqual([
      '2026-01-01T00:00:00.000Z\tundefined\tINFO\tcold start in fn AWS_Lambda_nodejs20.x',
      `START RequestId: ${id} Version: $LATEST`,
      `2026-01-01T00:00:00.000Z\t${id}\tINFO\torder 42`,
      `2026-01-01T00:00:00.000Z\t${id}\tWARN\tremaining 3000`,
    ])
    expect(messages[4]).toBe(`END RequestId: ${id}`)
  })

  test('a layer\'s module resolves from /opt/nodejs/node_modules, and its variables are the function\'s', () => {
    const code = { 'index.mjs': "import greeter from 'greeter'\nexport const handler = async () => greeter.greet(process.env.STAGE)" }
    const scenario = codeFunction({ Code: code, Layers: ['greeter:1'], Environment: { Variables: { STAGE: 'prod' } } }, [], {
      Layers: [{ LayerName: 'greeter', Version: 1, Content: { 'nodejs/node_modules/greeter/index.js': 'exports.greet = (name) => `hello ${name}`' } }],
    })
    const { sim } = simulate(scenario, { runtime })
    const { requestId } = sim.invoke({ Target: 'fn' })
    sim.runUntil(1)
    expect(payloadOf(sim.invocationResult(requestId ?? ''))).toBe('hello prod')
  })

  test('a thrown error answers FunctionError Unhandled with the error, and logs the runtime\'s Invoke Error line', () => {
    const code = { 'index.mjs': "export const handler = async () => { throw new TypeError('order is required') }" }
    const { sim } = simulate(codeFunction({ Code: code }), { runtime })
    const { requestId } = sim.invoke({ Target: 'fn' })
    sim.runUntil(1)
    const result = sim.invocationResult(requestId ?? '')
    expect(result).toMatchObject({ status: 'done', FunctionError: 'Unhandled' })
    expect(payloadOf(result)).toMatchObject({ errorType: 'TypeError', errorMessage: 'order is required' })
    expect(sim.logEvents('fn').some((e) => e.message.includes('\tERROR\tInvoke Error \t{"errorType":"TypeError"'))).toBe(true)
  })
})

describe('what Node.js on Lambda does that the code did not ask for', () => {
  test('a top-level await is part of the Init phase: REPORT\'s Init Duration includes it', () => {
    const code = { 'index.mjs': 'const config = await new Promise((resolve) => setTimeout(() => resolve("ready"), 1500))\nexport const handler = async () => config' }
    const { sim } = runToEnd(codeFunction({ Code: code }, [burst('fn', 1)]), 'fn', { runtime })
    expect(reportFields(linesStartingWith(sim.logEvents('fn'), 'REPORT')[0] ?? '')).toMatchObject({ 'Init Duration': '1500.00 ms' })
  })

  test('an unhandled rejection fails the request with Runtime.UnhandledPromiseRejection and ends the environment', () => {
    const code = { 'index.mjs': 'export const handler = async (event) => { if (event.fail) Promise.reject(new Error("boom")); return "ok" }' }
    const { sim } = simulate(codeFunction({ Code: code }), { runtime })
    const failing = sim.invoke({ Target: 'fn', Payload: { fail: true } })
    sim.runUntil(1)
    const result = sim.invocationResult(failing.requestId ?? '')
    expect(result).toMatchObject({ status: 'done', FunctionError: 'Unhandled' })
    expect(payloadOf(result)).toMatchObject({ errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'Error: boom' })
    const messages = sim.logEvents('fn').map((e) => e.message)
    expect(messages.some((m) => m.includes('\tERROR\tUnhandled Promise Rejection \t{"errorType":"Runtime.UnhandledPromiseRejection"'))).toBe(true)
    expect(messages).toContain(`RequestId: ${failing.requestId} Error: Runtime exited with error: exit status 128`)
    sim.invoke({ Target: 'fn', Payload: { fail: false } })
    sim.runUntil(2)
    expect(sim.summary().Functions.fn).toMatchObject({ Invocations: 2, Errors: 1, ColdStarts: 2 })
  })

  test('nodejs24.x refuses a callback handler at init with Runtime.CallbackHandlerDeprecated; nodejs22.x runs it', () => {
    const code = { 'index.js': 'exports.handler = (event, context, callback) => callback(null, "called back")' }
    const run = (Runtime: string): unknown => {
      const { sim } = simulate(codeFunction({ Code: code, Runtime }), { runtime })
      const { requestId } = sim.invoke({ Target: 'fn' })
      sim.runUntil(1)
      return payloadOf(sim.invocationResult(requestId ?? ''))
    }
    expect(run('nodejs24.x')).toMatchObject({ errorType: 'Runtime.CallbackHandlerDeprecated' })
    expect(run('nodejs22.x')).toBe('called back')
  })
})
