/**
 * Asynchronous invocation (lambda-facts §2.2, §2.3, §10, §13): retries after function errors about
 * 1 and 2 minutes apart, throttle backoff from 1 s doubling to 5 minutes until the event's maximum
 * age, reserved concurrency 0, and the async metrics.
 */
import { describe, expect, test } from 'vitest'
import type { Scenario } from '../scenario/types.ts'
import { burst, oneFunction, runToEnd, simulate } from '../testing/harness.ts'
import { asDestinationRecord, endsOf, gaps, linesStartingWith, requestIdOfLine, startsOf, throttlesOf } from './readers.ts'

/** `fn` fails every invocation (100 ms work, 200 ms init), sends failures to queue `failed`, and gets the traffic given. */
function failingAsync(eventInvokeConfig: { MaximumRetryAttempts?: number; MaximumEventAgeInSeconds?: number } = {}, count = 1, durationSeconds = 600): Scenario {
  return oneFunction({
    Simulation: { ErrorRate: 1 },
    EventInvokeConfig: { ...eventInvokeConfig, DestinationConfig: { OnFailure: { Destination: 'failed' } } },
  }, [burst('fn', count, 0, 'Event')], { Queues: [{ QueueName: 'failed' }], DurationSeconds: durationSeconds })
}

describe('function errors: MaximumRetryAttempts retries, about 1 and 2 minutes apart [D-async-err]', () => {
  test('by default (MaximumRetryAttempts 2) a failing event runs 3 times', () => {
    const { trace, summary } = runToEnd(failingAsync())
    expect(startsOf(trace)).toHaveLength(3)
    expect(summary.Invocations).toBe(3)
    expect(summary.Errors).toBe(3)
  })

  test('the 2nd attempt starts 60 s after the 1st fails and the 3rd 120 s after the 2nd fails', () => {
    const { trace } = runToEnd(failingAsync())
    const starts = startsOf(trace).map((s) => s.atMs)
    const ends = endsOf(trace).map((e) => e.atMs)
    // Cold start: 200 ms init + 100 ms work; the retries run warm (100 ms).
    expect(starts).toEqual([0, 60_300, 180_400])
    expect(ends).toEqual([300, 60_400, 180_500])
    expect([starts[1]! - ends[0]!, starts[2]! - ends[1]!]).toEqual([60_000, 120_000])
  })

  test('after the last attempt the event goes to the on-failure destination and counts in AsyncEventsDropped', () => {
    const { sim, summary } = runToEnd(failingAsync())
    expect(summary.AsyncEventsDropped).toBe(1)
    expect(sim.summary().Queues.failed?.MessagesReceived).toBe(1)
    const record = asDestinationRecord(sim.queueMessages('failed')[0])
    expect(record.requestContext.condition).toBe('RetriesExhausted')
    expect(record.requestContext.approximateInvokeCount).toBe(3)
    // Delivered when the last attempt failed, not before.
    expect(record.timestamp).toBe('2026-01-01T00:03:00.500Z')
  })

  test('nothing is dropped or delivered while retries remain', () => {
    const { sim } = simulate(failingAsync())
    sim.runUntil(180_000)
    expect(sim.summary().Functions.fn?.AsyncEventsDropped).toBe(0)
    expect(sim.queueMessages('failed')).toEqual([])
    expect(sim.snapshot().functions[0]?.asyncQueueDepth).toBe(1)
    sim.runToEnd()
    expect(sim.snapshot().functions[0]?.asyncQueueDepth).toBe(0)
  })

  test('MaximumRetryAttempts 0 runs a failing event once, then drops it', () => {
    const { sim, trace, summary } = runToEnd(failingAsync({ MaximumRetryAttempts: 0 }))
    expect(startsOf(trace)).toHaveLength(1)
    expect(summary.AsyncEventsDropped).toBe(1)
    expect(asDestinationRecord(sim.queueMessages('failed')[0]).requestContext.approximateInvokeCount).toBe(1)
  })

  test('MaximumRetryAttempts 1 runs a failing event twice, the retry 60 s after the failure', () => {
    const { trace, summary } = runToEnd(failingAsync({ MaximumRetryAttempts: 1 }))
    expect(startsOf(trace).map((s) => s.atMs)).toEqual([0, 60_300])
    expect(summary.AsyncEventsDropped).toBe(1)
  })

  test('an event that succeeds on a retry is not dropped and not sent to the on-failure destination', () => {
    // Error rate 0.5, and the first seed whose first attempt fails and whose retry succeeds.
    let found = false
    for (let seed = 1; seed <= 20 && !found; seed++) {
      const scenario = { ...failingAsync(), Seed: seed }
      scenario.Functions[0]!.Simulation = { ...scenario.Functions[0]!.Simulation, ErrorRate: 0.5 }
      const { sim, trace, summary } = runToEnd(scenario)
      const outcomes = endsOf(trace).map((e) => e.outcome)
      if (outcomes.join() !== 'error,success') continue
      found = true
      expect(summary.AsyncEventsDropped).toBe(0)
      expect(sim.queueMessages('failed')).toEqual([])
    }
    expect(found).toBe(true)
  })

  test('each event is retried on its own schedule', () => {
    const scenario = oneFunction({ Simulation: { ErrorRate: 1 } }, [burst('fn', 1, 0, 'Event'), burst('fn', 1, 30, 'Event')], { DurationSeconds: 600 })
    const { trace, summary } = runToEnd(scenario)
    expect(startsOf(trace).map((s) => s.atMs)).toEqual([0, 30_000, 60_300, 90_100, 180_400, 210_200])
    expect(summary.AsyncEventsDropped).toBe(2)
  })
})

describe('throttled events: backoff from 1 s doubling to 5 minutes, until MaximumEventAgeInSeconds [D-async-err]', () => {
  /** Reserved concurrency 1 and one long invocation: a second event finds no concurrency. */
  function blocked(workMs: number, eventInvokeConfig: { MaximumEventAgeInSeconds?: number } = {}, durationSeconds = 3600): Scenario {
    return oneFunction({
      ReservedConcurrentExecutions: 1,
      Timeout: 900,
      Simulation: { DurationMs: { Distribution: 'constant', Value: workMs } },
      EventInvokeConfig: { ...eventInvokeConfig, DestinationConfig: { OnFailure: { Destination: 'failed' } } },
    }, [burst('fn', 2, 0, 'Event')], { Queues: [{ QueueName: 'failed' }], DurationSeconds: durationSeconds })
  }

  test('retries of a throttled event come 1, 2, 4, 8, 16, 32, 64 s apart until concurrency frees up', () => {
    // The first event holds the only environment for 200 ms init + 100 s.
    const { trace } = runToEnd(blocked(100_000))
    const throttles = throttlesOf(trace).map((t) => t.atMs)
    expect(throttles).toEqual([0, 1000, 3000, 7000, 15_000, 31_000, 63_000])
    expect(gaps(throttles)).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000])
    // The next try, 64 s after the last throttle, finds the environment free.
    expect(startsOf(trace).map((s) => s.atMs)).toEqual([0, 127_000])
  })

  test('the backoff stops doubling at 300 s', () => {
    // The first event holds the only environment for 200 ms init + 890 s.
    const { trace } = runToEnd(blocked(890_000))
    const throttles = throttlesOf(trace).map((t) => t.atMs)
    expect(gaps(throttles)).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000])
    expect(startsOf(trace).map((s) => s.atMs)).toEqual([0, 811_000 + 300_000])
  })

  test('throttles are not attempts: a throttled event that then succeeds counts one invocation', () => {
    const { sim, summary } = runToEnd(blocked(100_000))
    expect(summary.Invocations).toBe(2)
    expect(summary.Throttles).toBe(7)
    expect(summary.AsyncEventsReceived).toBe(2)
    expect(summary.AsyncEventsDropped).toBe(0)
    expect(sim.queueMessages('failed')).toEqual([])
  })

  test('an event still throttled at MaximumEventAgeInSeconds is dropped then, with condition EventAgeExceeded', () => {
    const { sim, trace, summary } = runToEnd(blocked(100_000, { MaximumEventAgeInSeconds: 60 }))
    // Tries at 0, 1, 3, 7, 15, 31 s; the next (63 s) would be past the 60 s maximum age.
    expect(throttlesOf(trace).map((t) => t.atMs)).toEqual([0, 1000, 3000, 7000, 15_000, 31_000])
    expect(startsOf(trace)).toHaveLength(1)
    expect(summary.AsyncEventsDropped).toBe(1)
    const record = asDestinationRecord(sim.queueMessages('failed')[0])
    expect(record.requestContext.condition).toBe('EventAgeExceeded')
    expect(record.requestContext.approximateInvokeCount).toBe(0)
    expect(record.timestamp).toBe('2026-01-01T00:01:00.000Z')
  })

  test('by default an event is kept for 6 hours (21,600 s) of throttling', () => {
    // Reserved concurrency 0 would skip retries, so keep the function busy instead: 1 environment,
    // a stream of long invocations, and one event that never gets a turn.
    const scenario = oneFunction({
      ReservedConcurrentExecutions: 1,
      Timeout: 900,
      Simulation: { DurationMs: { Distribution: 'constant', Value: 899_000 }, IdleTimeoutSeconds: null },
      EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: 'failed' } } },
    }, [
      { Target: 'fn', InvocationType: 'RequestResponse', Arrivals: { Process: 'constant', RatePerSecond: 10 } },
      burst('fn', 1, 0.05, 'Event'),
    ], { Queues: [{ QueueName: 'failed' }], DurationSeconds: 7 * 3600 })
    const { sim } = simulate(scenario)
    sim.runUntil(21_599_000)
    expect(sim.queueMessages('failed')).toEqual([])
    sim.runUntil(21_600_050)
    const record = asDestinationRecord(sim.queueMessages('failed')[0])
    expect(record.requestContext.condition).toBe('EventAgeExceeded')
    expect(record.timestamp).toBe('2026-01-01T06:00:00.050Z')
  })
})

describe('ReservedConcurrentExecutions 0: async events go straight to the DLQ / on-failure destination [D-async-rec]', () => {
  function throttledFunction(): Scenario {
    return oneFunction({
      ReservedConcurrentExecutions: 0,
      EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: 'failed' } } },
      DeadLetterConfig: { TargetArn: 'dlq' },
    }, [burst('fn', 3, 5, 'Event')], { Queues: [{ QueueName: 'failed' }, { QueueName: 'dlq' }], DurationSeconds: 600 })
  }

  test('the event is accepted (202) and never retried', () => {
    const { sim, trace } = simulate(throttledFunction())
    expect(sim.invoke({ Target: 'fn', InvocationType: 'Event' }).StatusCode).toBe(202)
    sim.runToEnd()
    expect(startsOf(trace)).toHaveLength(0)
    // One throttle per event, at the instant it arrived: no backoff retries.
    expect(throttlesOf(trace).map((t) => t.atMs)).toEqual([0, 5000, 5000, 5000])
  })

  test('each event goes at once to the on-failure destination and the DLQ, and counts as dropped', () => {
    const { sim, summary } = runToEnd(throttledFunction())
    expect(summary.AsyncEventsReceived).toBe(3)
    expect(summary.AsyncEventsDropped).toBe(3)
    expect(summary.Invocations).toBe(0)
    expect(sim.summary().Queues).toMatchObject({ failed: { MessagesReceived: 3 }, dlq: { MessagesReceived: 3 } })
    for (const message of sim.queueMessages('failed')) {
      const record = asDestinationRecord(message)
      expect(record.timestamp).toBe('2026-01-01T00:00:05.000Z')
      expect(record.requestContext.approximateInvokeCount).toBe(0)
    }
  })
})

describe('async metrics [D-metrics], [B-async-metrics]', () => {
  test('AsyncEventsReceived counts each queued event once, however many attempts it takes', () => {
    const { summary } = runToEnd(failingAsync({}, 4))
    expect(summary.AsyncEventsReceived).toBe(4)
    expect(summary.Invocations).toBe(12)
    expect(summary.AsyncEventsDropped).toBe(4)
  })

  test('AsyncEventsReceived excludes synchronous requests and refused (413) events', () => {
    const { sim } = simulate(oneFunction({}))
    sim.invoke({ Target: 'fn', InvocationType: 'Event' })
    sim.invoke({ Target: 'fn', InvocationType: 'RequestResponse' })
    sim.invoke({ Target: 'fn', InvocationType: 'Event', Payload: 'x'.repeat(1024 * 1024) })
    sim.runToEnd()
    expect(sim.summary().Functions.fn?.AsyncEventsReceived).toBe(1)
  })

  test('AsyncEventAge grows with retries: 0, then 60.3 s, then 180.4 s', () => {
    const { sim } = runToEnd(failingAsync())
    const ages = sim.metrics({ functionName: 'fn', resolution: 'second' })
      .filter((p) => (p.values.AsyncEventAgeCount ?? 0) > 0)
      .map((p) => [p.tMs, p.values.AsyncEventAgeMaximum])
    expect(ages).toEqual([[0, 0], [60_000, 60_300], [180_000, 180_400]])
  })

  test('AsyncEventAge includes time spent waiting out throttles', () => {
    const scenario = oneFunction({
      ReservedConcurrentExecutions: 1,
      Simulation: { DurationMs: { Distribution: 'constant', Value: 2500 } },
    }, [burst('fn', 2, 0, 'Event')])
    const { sim } = runToEnd(scenario)
    // The second event is throttled at 0, 1 and 3 s (busy until 2.7 s) and runs at 3 s.
    const maxAge = Math.max(...sim.metrics({ functionName: 'fn', resolution: 'second' }).map((p) => p.values.AsyncEventAgeMaximum ?? 0))
    expect(maxAge).toBe(3000)
  })

  test('all attempts of one async event share one RequestId in the logs', () => {
    const { sim } = runToEnd(failingAsync({}, 2))
    const starts = linesStartingWith(sim.logEvents('fn', 1000), 'START')
    expect(starts).toHaveLength(6)
    const ids = starts.map(requestIdOfLine)
    expect(new Set(ids).size).toBe(2)
    for (const id of new Set(ids)) expect(ids.filter((x) => x === id)).toHaveLength(3)
    // The on-failure records carry the same ids.
    const recordIds = sim.queueMessages('failed').map((m) => asDestinationRecord(m).requestContext.requestId)
    expect(new Set(recordIds)).toEqual(new Set(ids))
  })

  test('synchronous requests each get their own RequestId', () => {
    const { sim } = runToEnd(oneFunction({}, [burst('fn', 3)]))
    const ids = linesStartingWith(sim.logEvents('fn'), 'START').map(requestIdOfLine)
    expect(new Set(ids).size).toBe(3)
  })
})
