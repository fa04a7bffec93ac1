/**
 * What callers get back from code [API] §2.1: the synchronous response through the step API
 * (`invoke` then `invocationResult`), the 6 MB response limit, the response an on-success
 * destination records, SDK calls without a simulated AWS, and runs that replay exactly.
 */
import { describe, expect, test } from 'vitest'
import { KEPT_RESULTS } from '../invoke/results.ts'
import { createFakeRuntime, sleepsThenReturns, succeed, type FakeRuntime } from '../testing/fakeRuntime.ts'
import { burst, codeFunction, oneFunction, runToEnd, simulate } from '../testing/harness.ts'
import type { AwsCallOutcome } from '../runtime/types.ts'
import { asDestinationRecord } from './readers.ts'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const decode = (base64: string): string => Buffer.from(base64, 'base64').toString('utf8')

describe('the synchronous response, through invoke and invocationResult', () => {
  const echo = (): FakeRuntime => createFakeRuntime({ handler: ({ event, host, done }) => host.setTimer(500, () => done(succeed({ echo: event }))) })

  test('invoke returns 200 and the request id; the result is pending until the handler returns, then carries its payload', () => {
    const { sim } = simulate(codeFunction({}), { runtime: echo() })
    const response = sim.invoke({ Target: 'fn', Payload: { order: 7 } })
    expect(response).toEqual({ StatusCode: 200, requestId: expect.stringMatching(UUID_V4) })
    const requestId = response.requestId ?? ''
    expect(sim.invocationResult(requestId)).toEqual({ status: 'pending' })
    sim.runUntil(500)
    const result = sim.invocationResult(requestId)
    expect(result).toMatchObject({ status: 'done', StatusCode: 200, ExecutedVersion: '$LATEST', Payload: '{"echo":{"order":7}}' })
    expect(result).not.toHaveProperty('FunctionError')
  })

  test('LogResult is the end of the invocation\'s log, base64-encoded', () => {
    const { sim } = simulate(codeFunction({}), { runtime: echo() })
    const { requestId } = sim.invoke({ Target: 'fn' })
    sim.runUntil(1000)
    const result = sim.invocationResult(requestId ?? '')
    const log = decode(result?.status === 'done' ? result.LogResult : '')
    expect(log).toMatch(new RegExp(`^START RequestId: ${requestId} Version: \\$LATEST\\nEND RequestId: ${requestId}\\nREPORT RequestId: ${requestId}\\t`))
  })

  test('LogResult keeps only the last 4 KB', () => {
    const chatty = createFakeRuntime({ handler: ({ host, done }) => { for (let i = 0; i < 50; i++) host.log('INFO', `${i} ${'.'.repeat(200)}`); done(succeed(null)) } })
    const { sim } = simulate(codeFunction({}), { runtime: chatty })
    const { requestId } = sim.invoke({ Target: 'fn' })
    sim.runUntil(1)
    const result = sim.invocationResult(requestId ?? '')
    const bytes = Buffer.from(result?.status === 'done' ? result.LogResult : '', 'base64')
    expect(bytes.length).toBe(4096)
    expect(bytes.toString('utf8')).toMatch(/REPORT RequestId: \S+\tDuration: 0.00 ms\t.*\n$/)
  })

  test('a handler error answers with FunctionError Unhandled and Lambda\'s error object', () => {
    const failing = createFakeRuntime({ handler: ({ done }) => done({ type: 'error', errorType: 'ValidationError', errorMessage: 'order is required', trace: ['ValidationError: order is required'] }) })
    const { sim } = simulate(codeFunction({}), { runtime: failing })
    const { requestId } = sim.invoke({ Target: 'fn' })
    sim.runUntil(1)
    expect(sim.invocationResult(requestId ?? '')).toMatchObject({
      status: 'done', StatusCode: 200, FunctionError: 'Unhandled',
      Payload: JSON.stringify({ errorType: 'ValidationError', errorMessage: 'order is required', trace: ['ValidationError: order is required'] }),
    })
  })

  test('a timeout answers with Sandbox.Timedout', () => {
    const { sim } = simulate(codeFunction({ Timeout: 1 }), { runtime: createFakeRuntime({ handler: sleepsThenReturns(5000) }) })
    const { requestId } = sim.invoke({ Target: 'fn' })
    sim.runUntil(1000)
    const result = sim.invocationResult(requestId ?? '')
    expect(JSON.parse(result?.status === 'done' ? result.Payload : '{}')).toEqual({
      errorType: 'Sandbox.Timedout', errorMessage: `RequestId: ${requestId} Error: Task timed out after 1.00 seconds`,
    })
  })

  test('a response over 6 MB fails with Function.ResponseSizeTooLarge [D-quotas]', () => {
    const huge = createFakeRuntime({ handler: ({ done }) => done({ type: 'success', payload: JSON.stringify('x'.repeat(6 * 1024 * 1024)) }) })
    const { sim } = simulate(codeFunction({}), { runtime: huge })
    const { requestId } = sim.invoke({ Target: 'fn' })
    sim.runUntil(1)
    const result = sim.invocationResult(requestId ?? '')
    expect(result).toMatchObject({ status: 'done', FunctionError: 'Unhandled' })
    expect(JSON.parse(result?.status === 'done' ? result.Payload : '{}')).toMatchObject({ errorType: 'Function.ResponseSizeTooLarge' })
  })

  test('a modelled function answers null, or its simulated error', () => {
    const { sim } = simulate(oneFunction({ Simulation: { ErrorRate: 1 } }))
    const { requestId } = sim.invoke({ Target: 'fn' })
    sim.runUntil(1000)
    expect(sim.invocationResult(requestId ?? '')).toMatchObject({ status: 'done', FunctionError: 'Unhandled', ExecutedVersion: '$LATEST' })
  })

  test(`only the newest ${KEPT_RESULTS} results are kept; an unknown or async request id has none`, () => {
    const { sim } = simulate(codeFunction({}), { runtime: createFakeRuntime() })
    const ids = Array.from({ length: KEPT_RESULTS + 1 }, () => sim.invoke({ Target: 'fn' }).requestId ?? '')
    sim.runUntil(1)
    expect(sim.invocationResult(ids[0] ?? '')).toBeNull()
    expect(sim.invocationResult(ids[KEPT_RESULTS] ?? '')).toMatchObject({ status: 'done' })
    const event = sim.invoke({ Target: 'fn', InvocationType: 'Event' })
    expect(event).toEqual({ StatusCode: 202, requestId: expect.stringMatching(UUID_V4) })
    expect(sim.invocationResult(event.requestId ?? '')).toBeNull()
    expect(sim.invocationResult('nope')).toBeNull()
  })
})

describe('asynchronous invocations of code', () => {
  test('the on-success destination records the handler\'s response [D-async-rec]', () => {
    const runtime = createFakeRuntime({ handler: ({ event, done }) => done(succeed({ processed: event })) })
    const scenario = codeFunction({ EventInvokeConfig: { DestinationConfig: { OnSuccess: { Destination: 'done' } } } }, [burst('fn', 1, 0, 'Event')], { Queues: [{ QueueName: 'done' }] })
    const { sim } = runToEnd(scenario, 'fn', { runtime })
    const record = asDestinationRecord(sim.queueMessages('done')[0])
    expect(record.responsePayload).toEqual({ processed: {} })
  })
})

describe('SDK calls', () => {
  test('without a simulated AWS attached, a call fails with UnknownOperationException after 1 ms', () => {
    let answer: { outcome: AwsCallOutcome; atMs: number } | null = null
    const runtime = createFakeRuntime({
      handler: ({ host, done }) => host.awsCall('s3', 'GetObject', { Bucket: 'b', Key: 'k' }, (outcome) => {
        answer = { outcome, atMs: host.nowMs() }
        done(succeed(null))
      }),
    })
    runToEnd(codeFunction({}, [burst('fn', 1, 2)]), 'fn', { runtime })
    expect(answer).toMatchObject({ outcome: { ok: false, name: 'UnknownOperationException' }, atMs: Date.UTC(2026, 0, 1, 0, 0, 2, 1) })
  })
})

describe('the X-Ray trace header each request carries, for _X_AMZN_TRACE_ID [D-envvars]', () => {
  const headersOf = (seed: number): string[] => {
    const headers: string[] = []
    const runtime = createFakeRuntime({ handler: ({ context, done }) => { headers.push(context.traceHeader); done(succeed(null)) } })
    runToEnd(codeFunction({}, [burst('fn', 2, 0), burst('fn', 1, 50)], { Seed: seed }), 'fn', { runtime })
    return headers
  }

  test('a new Root and Parent per request, stamped with its virtual arrival second, never sampled, with Lineage', () => {
    const headers = headersOf(1)
    expect(headers).toHaveLength(3)
    for (const header of headers) expect(header).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0;Lineage=1:[0-9a-f]{8}:0$/)
    expect(new Set(headers).size).toBe(3)
    // 2026-01-01T00:00:00Z is 0x6955b900 seconds after the Unix epoch; the last request came 50 s later.
    expect(headers.map((header) => header.slice(7, 15))).toEqual(['6955b900', '6955b900', (0x6955b900 + 50).toString(16)])
  })

  test('the same seed gives the same headers; another seed other ones', () => {
    expect(headersOf(1)).toEqual(headersOf(1))
    expect(headersOf(2)[0]).not.toBe(headersOf(1)[0])
  })
})

describe('runs with code replay exactly', () => {
  test('the same scenario and seed give the same summary and logs', () => {
    const run = () => {
      const runtime = createFakeRuntime({ handler: ({ module, host, done }) => { host.log('INFO', `n=${module.invocations}`); host.setTimer(150, () => done(succeed(module.invocations))) } })
      const scenario = codeFunction({ Simulation: { DurationMs: { Distribution: 'exponential', Mean: 80 } } }, [{ Target: 'fn', Arrivals: { Process: 'poisson', RatePerSecond: 20 } }])
      const { sim, summary } = runToEnd(scenario, 'fn', { runtime })
      return { summary, logs: sim.logEvents('fn', 5000) }
    }
    const first = run()
    expect(first.summary.Invocations).toBeGreaterThan(1000)
    expect(run()).toEqual(first)
  })
})

describe('a function with Code in a run given no runtime', () => {
  test('is modelled from Simulation, and the snapshot says so once', () => {
    const { sim, summary } = runToEnd(codeFunction({ Simulation: { DurationMs: { Distribution: 'constant', Value: 40 } } }, [burst('fn', 3)]))
    expect(summary.Duration.Average).toBe(40)
    expect(sim.snapshot().warnings).toEqual(['fn has Code, but this run was given no handler runtime to execute it: it runs from its Simulation model instead'])
    expect(simulate(codeFunction({}), { runtime: createFakeRuntime() }).sim.snapshot()).not.toHaveProperty('warnings')
  })
})

describe('dispose', () => {
  test('frees every environment\'s code', () => {
    const runtime = createFakeRuntime()
    const { sim } = simulate(codeFunction({}, [burst('fn', 1)]), { runtime })
    sim.runUntil(10)
    expect(runtime.modules.map((m) => m.disposed)).toEqual([false])
    sim.dispose()
    expect(runtime.modules.map((m) => m.disposed)).toEqual([true])
  })
})
