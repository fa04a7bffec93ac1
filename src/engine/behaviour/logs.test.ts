/**
 * CloudWatch Logs as Lambda writes them (lambda-facts §6.3, §4 init billing, §13): START / END /
 * REPORT lines, Init Duration on cold starts only, Billed Duration, timeouts and out-of-memory,
 * log group and stream names, the executed version, and bounded retention.
 */
import { describe, expect, test } from 'vitest'
import type { LogEvent } from '../api.ts'
import type { FunctionSimulation } from '../scenario/types.ts'
import { burst, oneFunction, runToEnd, simulate } from '../testing/harness.ts'
import { linesStartingWith, reportFields, requestIdOfLine, startsOf } from './readers.ts'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const STREAM = /^(\d{4})\/(\d{2})\/(\d{2})\/\[([^\]]+)\]([0-9a-f]{32})$/

function constant(value: number): { Distribution: 'constant'; Value: number } {
  return { Distribution: 'constant', Value: value }
}

/** The log of one invocation at t=0 of `fn` (cold), with the given simulation and settings. */
function oneInvocationLog(simulation: FunctionSimulation, settings: { MemorySize?: number; Timeout?: number } = {}): LogEvent[] {
  const { sim } = runToEnd(oneFunction({ ...settings, Simulation: simulation }, [burst('fn', 1)]))
  return sim.logEvents('fn')
}

function reportOf(events: readonly LogEvent[], index = 0): string {
  const line = linesStartingWith(events, 'REPORT')[index]
  if (line === undefined) throw new Error(`No REPORT line ${index}`)
  return line
}

describe('START, END and REPORT lines [G-node-log], [D-logs]', () => {
  test('a cold invocation logs START, END and REPORT in Lambda\'s text format', () => {
    const events = oneInvocationLog({})
    expect(events).toHaveLength(3)
    const id = requestIdOfLine(events[0]!.message)
    expect(id).toMatch(UUID_V4)
    expect(events.map((e) => e.message)).toEqual([
      `START RequestId: ${id} Version: $LATEST`,
      `END RequestId: ${id}`,
      `REPORT RequestId: ${id}\tDuration: 100.00 ms\tBilled Duration: 300 ms\tMemory Size: 128 MB\tMax Memory Used: 70 MB\tInit Duration: 200.00 ms`,
    ])
  })

  test('START is logged when the handler starts (after Init), END and REPORT when it ends', () => {
    const events = oneInvocationLog({})
    expect(events.map((e) => e.atMs)).toEqual([200, 300, 300])
  })

  test('REPORT fields come in the documented order', () => {
    const fields = Object.keys(reportFields(reportOf(oneInvocationLog({}))))
    expect(fields).toEqual(['RequestId', 'Duration', 'Billed Duration', 'Memory Size', 'Max Memory Used', 'Init Duration'])
  })

  test('Memory Size is the configured memory and Max Memory Used what the handler used', () => {
    const fields = reportFields(reportOf(oneInvocationLog({ MemoryUsedMb: constant(74) }, { MemorySize: 512 })))
    expect(fields['Memory Size']).toBe('512 MB')
    expect(fields['Max Memory Used']).toBe('74 MB')
  })

  test('a function error logs the runtime\'s Invoke Error line before END', () => {
    const events = oneInvocationLog({ ErrorRate: 1 })
    const id = requestIdOfLine(events[0]!.message)
    expect(events).toHaveLength(4)
    expect(events[1]!.message).toMatch(new RegExp(`^2026-01-01T00:00:00\\.300Z\\t${id}\\tERROR\\tInvoke Error \\t\\{"errorType":"Error",`))
    expect(events[2]!.message).toBe(`END RequestId: ${id}`)
  })
})

describe('Init Duration and Billed Duration [G-node-log], [B-init-billing], [D-runtime-env]', () => {
  test('Init Duration appears only on the cold start, not on later warm invocations', () => {
    const scenario = oneFunction({}, [burst('fn', 1, 0), burst('fn', 1, 1), burst('fn', 1, 2)])
    const { sim, trace } = runToEnd(scenario)
    expect(startsOf(trace).map((s) => s.cold)).toEqual([true, false, false])
    const reports = linesStartingWith(sim.logEvents('fn'), 'REPORT').map(reportFields)
    expect(reports.map((r) => r['Init Duration'])).toEqual(['200.00 ms', undefined, undefined])
  })

  test('on an on-demand cold start Billed Duration = ceil(Duration + Init Duration): 133.61 + 80.00 → 214 ms', () => {
    const fields = reportFields(reportOf(oneInvocationLog({ DurationMs: constant(133.61), InitDurationMs: constant(80) })))
    expect(fields).toMatchObject({ 'Duration': '133.61 ms', 'Init Duration': '80.00 ms', 'Billed Duration': '214 ms' })
  })

  test('on an on-demand cold start Billed Duration = ceil(Duration + Init Duration): 3004.92 + 111.23 → 3117 ms', () => {
    const fields = reportFields(reportOf(oneInvocationLog({ DurationMs: constant(3004.92), InitDurationMs: constant(111.23) }, { Timeout: 4 })))
    expect(fields).toMatchObject({ 'Duration': '3004.92 ms', 'Init Duration': '111.23 ms', 'Billed Duration': '3117 ms' })
  })

  test('warm, Billed Duration = ceil(Duration), rounded up to 1 ms: 79.67 → 80 ms', () => {
    const scenario = oneFunction({ Simulation: { DurationMs: constant(79.67) } }, [burst('fn', 1, 0), burst('fn', 1, 1)])
    const { sim } = runToEnd(scenario)
    const warm = reportFields(reportOf(sim.logEvents('fn'), 1))
    expect(warm['Init Duration']).toBeUndefined()
    expect(warm).toMatchObject({ 'Duration': '79.67 ms', 'Billed Duration': '80 ms' })
  })

  test('an exact whole-millisecond Duration is not rounded up further', () => {
    const scenario = oneFunction({}, [burst('fn', 1, 0), burst('fn', 1, 1)])
    const { sim } = runToEnd(scenario)
    expect(reportFields(reportOf(sim.logEvents('fn'), 1))['Billed Duration']).toBe('100 ms')
  })

  test('an invocation served by provisioned concurrency shows no Init Duration (init ran at allocation)', () => {
    const scenario = oneFunction({ Versions: [{ Version: '1' }], ProvisionedConcurrencyConfigs: [{ Qualifier: '1', ProvisionedConcurrentExecutions: 1 }] }, [burst('fn:1', 1, 1)])
    const { sim, trace } = runToEnd(scenario)
    expect(startsOf(trace).map((s) => [s.cold, s.provisioned])).toEqual([[false, true]])
    const fields = reportFields(reportOf(sim.logEvents('fn')))
    expect(fields['Init Duration']).toBeUndefined()
    expect(fields['Billed Duration']).toBe('100 ms')
  })

  test('an init past the 10 s limit is retried inside the invoke: INIT_REPORT timeout, Duration includes init, no Init Duration', () => {
    const events = oneInvocationLog({ InitDurationMs: constant(12_000) }, { Timeout: 30 })
    expect(events[0]!.message).toBe('INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout')
    const fields = reportFields(reportOf(events))
    expect(fields['Duration']).toBe('12100.00 ms')
    expect(fields['Init Duration']).toBeUndefined()
    expect(fields['Billed Duration']).toBe('12100 ms')
  })
})

describe('timeouts and out-of-memory [D-runtime-env]', () => {
  test('a timeout logs "Task timed out after 3.00 seconds", then END, then REPORT with Status: timeout', () => {
    const events = oneInvocationLog({ DurationMs: constant(5000) }, { Timeout: 3 })
    const id = requestIdOfLine(events[0]!.message)
    expect(events.map((e) => e.message)).toEqual([
      `START RequestId: ${id} Version: $LATEST`,
      `2026-01-01T00:00:03.200Z ${id} Task timed out after 3.00 seconds`,
      `END RequestId: ${id}`,
      `REPORT RequestId: ${id}\tDuration: 3000.00 ms\tBilled Duration: 3200 ms\tMemory Size: 128 MB\tMax Memory Used: 70 MB\tInit Duration: 200.00 ms\tStatus: timeout`,
    ])
  })

  test('the timeout message uses the configured timeout with two decimals', () => {
    const events = oneInvocationLog({ DurationMs: constant(20_000) }, { Timeout: 10 })
    expect(events.some((e) => e.message.endsWith('Task timed out after 10.00 seconds'))).toBe(true)
  })

  test('running out of memory ends with Status: error and Error Type: Runtime.OutOfMemory at the memory limit', () => {
    const events = oneInvocationLog({ MemoryUsedMb: constant(200) }, { MemorySize: 128 })
    const report = reportOf(events)
    expect(report).toMatch(/\tStatus: error\tError Type: Runtime\.OutOfMemory$/)
    expect(reportFields(report)['Max Memory Used']).toBe('128 MB')
  })
})

describe('log group and streams [D-logs], [G-node-log]', () => {
  test('every line goes to the log group /aws/lambda/<function name>', () => {
    const scenario = oneFunction({ FunctionName: 'checkout' }, [burst('checkout', 3)])
    const { sim } = runToEnd(scenario, 'checkout')
    const groups = new Set(sim.logEvents('checkout').map((e) => e.logGroup))
    expect([...groups]).toEqual(['/aws/lambda/checkout'])
  })

  test('one stream per execution environment, named YYYY/MM/DD/[version]<32 hex digits>', () => {
    // Three environments at t=0, reused by three more requests at t=10 s.
    const { sim, summary, trace } = runToEnd(oneFunction({}, [burst('fn', 3, 0), burst('fn', 3, 10)]))
    expect(summary.Environments.Created).toBe(3)
    const events = sim.logEvents('fn')
    const streams = [...new Set(events.map((e) => e.logStream))]
    expect(streams).toHaveLength(3)
    for (const stream of streams) {
      expect(stream).toMatch(STREAM)
      expect(stream.startsWith('2026/01/01/[$LATEST]')).toBe(true)
      expect(linesStartingWith(events.filter((e) => e.logStream === stream), 'START')).toHaveLength(2)
    }
    // Each stream is named after one of the three environments that served the six requests.
    expect(new Set(startsOf(trace).map((s) => s.environment)).size).toBe(3)
    const environmentIds = sim.snapshot().environments.map((e) => e.id).sort()
    expect(streams.map((s) => STREAM.exec(s)?.[5]).sort()).toEqual(environmentIds)
  })

  test('the stream is dated by the day its environment started', () => {
    const scenario = oneFunction({}, [burst('fn', 1, 10), burst('fn', 1, 86_400 + 10)], { DurationSeconds: 86_400 + 60 })
    const { sim } = runToEnd(scenario)
    const streams = [...new Set(sim.logEvents('fn').map((e) => e.logStream))]
    expect(streams.map((s) => s.slice(0, 11))).toEqual(['2026/01/01/', '2026/01/02/'])
  })

  test('a published version\'s streams carry its number: [1]', () => {
    const { sim } = runToEnd(oneFunction({ Versions: [{ Version: '1' }] }, [burst('fn:1', 1)]))
    const stream = sim.logEvents('fn')[0]!.logStream
    expect(stream).toMatch(STREAM)
    expect(STREAM.exec(stream)?.[4]).toBe('1')
  })

  test('START shows the version that ran, so alias routing is visible in the logs', () => {
    const scenario = oneFunction({
      Versions: [{ Version: '1' }, { Version: '2' }],
      Aliases: [{ Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.3 } } }],
    }, [{ Target: 'fn:live', Arrivals: { Process: 'constant', RatePerSecond: 5 } }])
    const { sim, summary } = runToEnd(scenario)
    const events = sim.logEvents('fn', 10_000)
    const starts = linesStartingWith(events, 'START')
    expect(starts).toHaveLength(summary.Invocations)
    const byVersion: Record<string, number> = {}
    for (const line of starts) {
      const version = /Version: (\S+)$/.exec(line)?.[1] ?? '?'
      byVersion[version] = (byVersion[version] ?? 0) + 1
    }
    expect(byVersion).toEqual(summary.ExecutedVersions)
    expect(Object.keys(byVersion).sort()).toEqual(['1', '2'])
    // A START line's version is its stream's version.
    for (const event of events.filter((e) => e.message.startsWith('START'))) {
      expect(event.message.endsWith(`Version: ${STREAM.exec(event.logStream)?.[4]}`)).toBe(true)
    }
  })
})

describe('bounded log retention (logRetentionPerFunction)', () => {
  const twenty = oneFunction({}, [{ Target: 'fn', Arrivals: { Process: 'constant', RatePerSecond: 1 }, EndSecond: 20 }])

  test('only the most recent logRetentionPerFunction invocations keep their logs', () => {
    const { sim } = simulate(twenty, { logRetentionPerFunction: 5 })
    sim.runToEnd()
    expect(sim.summary().Functions.fn?.Invocations).toBe(20)
    const kept = linesStartingWith(sim.logEvents('fn', 10_000), 'START').map(requestIdOfLine)
    expect(kept).toHaveLength(5)
    const full = simulate(twenty)
    full.sim.runToEnd()
    const all = linesStartingWith(full.sim.logEvents('fn', 10_000), 'START').map(requestIdOfLine)
    expect(all).toHaveLength(20)
    expect(kept).toEqual(all.slice(-5))
  })

  test('logEvents returns at most `limit` lines, the newest, oldest first', () => {
    const { sim } = runToEnd(twenty)
    const all = sim.logEvents('fn', 10_000)
    const last7 = sim.logEvents('fn', 7)
    expect(last7).toEqual(all.slice(-7))
    expect(last7.map((e) => e.atMs)).toEqual([...last7.map((e) => e.atMs)].sort((a, b) => a - b))
  })

  test('an unknown function has no log events', () => {
    const { sim } = runToEnd(twenty)
    expect(sim.logEvents('nope')).toEqual([])
  })
})
