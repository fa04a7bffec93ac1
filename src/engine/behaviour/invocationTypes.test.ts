/**
 * The Invoke API's immediate answers (lambda-facts §2.1, §5, §13): each invocation type's status
 * code, throttles, payload limits and unknown targets, and what each does to the metrics.
 */
import { describe, expect, test } from 'vitest'
import { oneFunction, simulate } from '../testing/harness.ts'
import { startsOf, throttlesOf } from './readers.ts'

/** A string payload whose JSON text (the string plus its two quotes) is exactly `bytes` long. */
function payloadOfBytes(bytes: number): string {
  return 'x'.repeat(bytes - 2)
}

const SIX_MB = 6 * 1024 * 1024
const ONE_MB = 1024 * 1024

describe('status codes by InvocationType [API]', () => {
  test('RequestResponse returns 200 and the function runs', () => {
    const { sim, trace } = simulate(oneFunction({}))
    expect(sim.invoke({ Target: 'fn', InvocationType: 'RequestResponse' })).toEqual({ StatusCode: 200, requestId: expect.any(String) })
    sim.runToEnd()
    expect(startsOf(trace)).toHaveLength(1)
    expect(sim.summary().Functions.fn?.Invocations).toBe(1)
  })

  test('RequestResponse is the default InvocationType (200)', () => {
    const { sim } = simulate(oneFunction({}))
    expect(sim.invoke({ Target: 'fn' }).StatusCode).toBe(200)
  })

  test('a function error still answers 200 to a synchronous caller', () => {
    const { sim } = simulate(oneFunction({ Simulation: { ErrorRate: 1 } }))
    expect(sim.invoke({ Target: 'fn' }).StatusCode).toBe(200)
    sim.runToEnd()
    const fn = sim.summary().Functions.fn
    expect(fn?.Invocations).toBe(1)
    expect(fn?.Errors).toBe(1)
  })

  test('Event returns 202 and the function runs later from the queue', () => {
    const { sim, trace } = simulate(oneFunction({}))
    expect(sim.invoke({ Target: 'fn', InvocationType: 'Event' })).toEqual({ StatusCode: 202, requestId: expect.any(String) })
    sim.runToEnd()
    expect(startsOf(trace)).toHaveLength(1)
    expect(sim.summary().Functions.fn?.AsyncEventsReceived).toBe(1)
  })

  test('DryRun returns 204: the function does not run, no Invocations, no environment', () => {
    const { sim, trace } = simulate(oneFunction({}))
    expect(sim.invoke({ Target: 'fn', InvocationType: 'DryRun' })).toEqual({ StatusCode: 204 })
    sim.runToEnd()
    expect(trace).toEqual([])
    const fn = sim.summary().Functions.fn
    expect(fn?.Invocations).toBe(0)
    expect(fn?.Throttles).toBe(0)
    expect(fn?.Environments.Created).toBe(0)
    expect(fn?.CostUSD).toBe(0)
    expect(sim.logEvents('fn')).toEqual([])
  })

  test('DryRun returns 204 even when every invocation would be throttled (it only validates)', () => {
    const { sim } = simulate(oneFunction({ ReservedConcurrentExecutions: 0 }))
    expect(sim.invoke({ Target: 'fn', InvocationType: 'DryRun' }).StatusCode).toBe(204)
    expect(sim.summary().Functions.fn?.Throttles).toBe(0)
  })
})

describe('throttling a synchronous request [D-sync], [D-metrics]', () => {
  test('a throttled synchronous request gets 429 and counts in Throttles, not Invocations', () => {
    const { sim, trace } = simulate(oneFunction({ ReservedConcurrentExecutions: 1 }))
    expect(sim.invoke({ Target: 'fn' }).StatusCode).toBe(200)
    expect(sim.invoke({ Target: 'fn' }).StatusCode).toBe(429)
    expect(sim.invoke({ Target: 'fn' }).StatusCode).toBe(429)
    sim.runToEnd()
    const fn = sim.summary().Functions.fn
    expect(fn?.Invocations).toBe(1)
    expect(fn?.Throttles).toBe(2)
    expect(fn?.Errors).toBe(0)
    expect(throttlesOf(trace).map((t) => t.cause)).toEqual(['reserved-concurrency', 'reserved-concurrency'])
  })

  test('Lambda does not retry a throttled synchronous request', () => {
    const { sim, trace } = simulate(oneFunction({ ReservedConcurrentExecutions: 1 }))
    sim.invoke({ Target: 'fn' })
    sim.invoke({ Target: 'fn' })
    sim.runToEnd()
    expect(throttlesOf(trace)).toHaveLength(1)
    expect(startsOf(trace)).toHaveLength(1)
  })

  test('ReservedConcurrentExecutions 0 throttles every synchronous request with 429', () => {
    const { sim } = simulate(oneFunction({ ReservedConcurrentExecutions: 0 }))
    const statuses = Array.from({ length: 5 }, () => sim.invoke({ Target: 'fn' }).StatusCode)
    expect(statuses).toEqual([429, 429, 429, 429, 429])
    expect(sim.summary().Functions.fn?.Throttles).toBe(5)
    expect(sim.summary().Functions.fn?.Invocations).toBe(0)
  })
})

describe('payload limits: 6 MB synchronous, 1 MB asynchronous [D-quotas], [B-async-1mb]', () => {
  test('a synchronous payload of exactly 6 MB is accepted (200)', () => {
    const { sim } = simulate(oneFunction({}))
    expect(sim.invoke({ Target: 'fn', Payload: payloadOfBytes(SIX_MB) }).StatusCode).toBe(200)
  })

  test('a synchronous payload one byte over 6 MB is refused with 413 and never runs', () => {
    const { sim, trace } = simulate(oneFunction({}))
    expect(sim.invoke({ Target: 'fn', Payload: payloadOfBytes(SIX_MB + 1) }).StatusCode).toBe(413)
    sim.runToEnd()
    expect(startsOf(trace)).toHaveLength(0)
    expect(sim.summary().Functions.fn?.Invocations).toBe(0)
    expect(sim.summary().Functions.fn?.Throttles).toBe(0)
  })

  test('an asynchronous payload of exactly 1 MB is accepted (202)', () => {
    const { sim } = simulate(oneFunction({}))
    expect(sim.invoke({ Target: 'fn', InvocationType: 'Event', Payload: payloadOfBytes(ONE_MB) }).StatusCode).toBe(202)
    expect(sim.summary().Functions.fn?.AsyncEventsReceived).toBe(1)
  })

  test('an asynchronous payload one byte over 1 MB is refused with 413 and never queued', () => {
    const { sim, trace } = simulate(oneFunction({}))
    expect(sim.invoke({ Target: 'fn', InvocationType: 'Event', Payload: payloadOfBytes(ONE_MB + 1) }).StatusCode).toBe(413)
    sim.runToEnd()
    expect(startsOf(trace)).toHaveLength(0)
    expect(sim.summary().Functions.fn?.AsyncEventsReceived).toBe(0)
  })

  test('a 2 MB payload is fine synchronously but too large asynchronously', () => {
    const { sim } = simulate(oneFunction({}))
    const payload = payloadOfBytes(2 * ONE_MB)
    expect(sim.invoke({ Target: 'fn', InvocationType: 'RequestResponse', Payload: payload }).StatusCode).toBe(200)
    expect(sim.invoke({ Target: 'fn', InvocationType: 'Event', Payload: payload }).StatusCode).toBe(413)
  })

  test('payload size is measured in UTF-8 bytes of the JSON text', () => {
    const { sim } = simulate(oneFunction({}))
    // 'é' is 2 bytes in UTF-8: half a megabyte of them plus the quotes is 2 bytes over 1 MB.
    const payload = 'é'.repeat(ONE_MB / 2)
    expect(sim.invoke({ Target: 'fn', InvocationType: 'Event', Payload: payload }).StatusCode).toBe(413)
    expect(sim.invoke({ Target: 'fn', InvocationType: 'Event', Payload: 'é'.repeat(ONE_MB / 2 - 1) }).StatusCode).toBe(202)
  })
})

describe('unknown targets: ResourceNotFoundException 404 [API]', () => {
  test.each([
    ['an unknown function', 'nope'],
    ['an unknown version', 'fn:7'],
    ['an unknown alias', 'fn:missing'],
    ['an ARN of an unknown function', 'arn:aws:lambda:us-east-1:123456789012:function:nope'],
  ])('%s gets 404', (_label, target) => {
    const { sim, trace } = simulate(oneFunction({}))
    expect(sim.invoke({ Target: target }).StatusCode).toBe(404)
    expect(sim.invoke({ Target: target, InvocationType: 'Event' }).StatusCode).toBe(404)
    sim.runToEnd()
    expect(trace).toEqual([])
    expect(sim.summary().Functions.fn?.Invocations).toBe(0)
  })

  test('function names, qualified names and ARNs of a known function all resolve', () => {
    const { sim } = simulate(oneFunction({ Versions: [{ Version: '1' }], Aliases: [{ Name: 'live', FunctionVersion: '1' }] }))
    expect(sim.invoke({ Target: 'fn' }).StatusCode).toBe(200)
    expect(sim.invoke({ Target: 'fn:1' }).StatusCode).toBe(200)
    expect(sim.invoke({ Target: 'fn:live' }).StatusCode).toBe(200)
    expect(sim.invoke({ Target: 'fn:$LATEST' }).StatusCode).toBe(200)
    expect(sim.invoke({ Target: 'arn:aws:lambda:us-east-1:123456789012:function:fn:live' }).StatusCode).toBe(200)
  })
})
