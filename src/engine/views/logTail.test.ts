/** Following a log group: each call returns only lines of invocations that finished since the cursor. */
import { describe, expect, test } from 'vitest'
import { burst, oneFunction, simulate } from '../testing/harness.ts'

/** `fn` with one request per second, and the engine keeping `retention` invocations for logs. */
function run(retention = 1000) {
  const scenario = oneFunction({}, [{ Target: 'fn', Arrivals: { Process: 'poisson', RatePerSecond: 1 } }])
  return simulate(scenario, { logRetentionPerFunction: retention }).sim
}

const reports = (messages: { message: string }[]) => messages.filter((e) => e.message.startsWith('REPORT')).length

describe('log tail [D-logs]', () => {
  test('the first call returns the newest lines; the next only what finished since', () => {
    const sim = run()
    sim.runUntil(10_000)
    const first = sim.logTail({ functionName: 'fn', cursor: null, limit: 1000 })
    expect(first.events.length).toBeGreaterThan(0)
    expect(first.events.every((e) => e.logGroup === '/aws/lambda/fn')).toBe(true)
    const again = sim.logTail({ functionName: 'fn', cursor: first.cursor, limit: 1000 })
    expect(again.events).toEqual([])
    expect(again.cursor).toBe(first.cursor)
    sim.runUntil(20_000)
    const next = sim.logTail({ functionName: 'fn', cursor: first.cursor, limit: 1000 })
    // Together, the two answers are exactly the log of the whole run so far.
    expect([...first.events, ...next.events]).toEqual(sim.logEvents('fn', 100_000))
    expect(next.gap).toBe(false)
  })

  test('START, END and REPORT of one invocation arrive together, in CloudWatch order', () => {
    const sim = simulate(oneFunction({}, [burst('fn', 1, 0)])).sim
    sim.runUntil(1_000)
    const tail = sim.logTail({ functionName: 'fn', cursor: null, limit: 10 })
    expect(tail.events.map((e) => e.message.split(' ')[0])).toEqual(['START', 'END', 'REPORT'])
  })

  test('a limit keeps the newest lines and counts the invocations left out', () => {
    const sim = run()
    sim.runUntil(5_000)
    const start = sim.logTail({ functionName: 'fn', cursor: null, limit: 1000 })
    sim.runUntil(30_000)
    const tail = sim.logTail({ functionName: 'fn', cursor: start.cursor, limit: 3 })
    expect(reports(tail.events)).toBe(1)
    const finished = reports(sim.logEvents('fn', 100_000)) - reports(start.events)
    expect(tail.skippedInvocations).toBe(finished - 1)
  })

  test('a cursor whose invocation left the kept ones reports a gap', () => {
    const sim = run(5)
    sim.runUntil(3_000)
    const start = sim.logTail({ functionName: 'fn', cursor: null, limit: 1000 })
    sim.runUntil(30_000)
    expect(sim.logTail({ functionName: 'fn', cursor: start.cursor, limit: 1000 }).gap).toBe(true)
  })

  test('an unknown function has no lines', () => {
    expect(run().logTail({ functionName: 'nope', cursor: null, limit: 10 })).toEqual({ events: [], cursor: null, skippedInvocations: 0, gap: false })
  })
})
