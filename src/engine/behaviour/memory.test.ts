/**
 * Memory, CPU and timeout (lambda-facts §5, §13): MemorySize 128–10,240 MB with CPU in proportion
 * (1,769 MB = one vCPU), what that does to duration and GB-seconds, and Timeout 1–900 s with its
 * log line.
 */
import { describe, expect, test } from 'vitest'
import type { FunctionConfig, FunctionSimulation, Scenario } from '../scenario/types.ts'
import { burst, runToEnd, scenarioOf, simulate } from '../testing/harness.ts'
import { linesStartingWith, reportFields } from './readers.ts'
import { modelled, validationRules } from './tracedRuns.ts'

function withConfig(config: Partial<FunctionConfig>, more: Partial<Scenario> = {}): Scenario {
  return scenarioOf({ Functions: [modelled('fn', 100, 200, config)], ...more })
}

const update = (Changes: { MemorySize?: number; Timeout?: number }) => ({ Action: 'UpdateFunctionConfiguration' as const, FunctionName: 'fn', Changes })

describe('MemorySize is 128–10,240 MB [D-memory], [D-quotas]', () => {
  test.each([
    { memory: 127, rules: ['range'], verdict: 'refused' }, { memory: 128, rules: [], verdict: 'accepted' },
    { memory: 10_240, rules: [], verdict: 'accepted' }, { memory: 10_241, rules: ['range'], verdict: 'refused' },
  ])('MemorySize $memory in a scenario or a Timeline deploy is $verdict', ({ memory, rules }) => {
    expect(validationRules(withConfig({ MemorySize: memory }))).toEqual(rules)
    expect(validationRules(withConfig({}, { Timeline: [{ AtSecond: 1, Do: update({ MemorySize: memory }) }] }))).toEqual(rules)
  })

  test('UpdateFunctionConfiguration through the API refuses 127 and 10,241 MB and accepts 128 and 10,240', () => {
    const { sim } = simulate(withConfig({}))
    expect(sim.apply(update({ MemorySize: 127 })).ok).toBe(false)
    expect(sim.apply(update({ MemorySize: 10_241 })).ok).toBe(false)
    expect(sim.apply(update({ MemorySize: 128 })).ok).toBe(true)
    expect(sim.apply(update({ MemorySize: 10_240 })).ok).toBe(true)
    sim.invoke({ Target: 'fn' })
    sim.runToEnd()
    expect(reportFields(linesStartingWith(sim.logEvents('fn'), 'REPORT')[0] ?? '')['Memory Size']).toBe('10240 MB')
  })
})

describe('CPU is proportional to memory: 1,769 MB = one vCPU [D-memory]', () => {
  /** 1 s of work measured at 1,769 MB; `share` of it is CPU-bound. */
  function durationAt(memory: number, threads: number, share = 1): { durationMs: number; gbSeconds: number } {
    const simulation: FunctionSimulation = { CpuBoundShare: share, ReferenceMemorySize: 1769, Threads: threads }
    const { sim, summary } = runToEnd(scenarioOf({
      Functions: [modelled('fn', 1000, 200, { MemorySize: memory, Simulation: simulation })], Traffic: [burst('fn', 1)], DurationSeconds: 10,
    }))
    const report = reportFields(linesStartingWith(sim.logEvents('fn'), 'REPORT')[0] ?? '')
    return { durationMs: Number.parseFloat(report.Duration ?? 'NaN'), gbSeconds: summary.GBSeconds }
  }

  test('at 1,769 MB the work takes what it was measured at', () => {
    expect(durationAt(1769, 1).durationMs).toBe(1000)
  })

  test('at 885 MB (half a vCPU) CPU-bound work takes about twice as long', () => {
    expect(durationAt(885, 1).durationMs).toBeCloseTo(1000 * 1769 / 885, 2)
    expect(durationAt(885, 1).durationMs).toBeCloseTo(2000, -1)
  })

  test('half CPU-bound work at 885 MB takes about 1.5 times as long', () => {
    expect(durationAt(885, 1, 0.5).durationMs).toBeCloseTo(500 + 500 * 1769 / 885, 2)
  })

  test('at 3,538 MB single-threaded work is no faster; with 2 threads it is twice as fast', () => {
    expect(durationAt(3538, 1).durationMs).toBe(1000)
    expect(durationAt(3538, 2).durationMs).toBe(500)
  })

  test('at 10,240 MB six threads get 10,240 / 1,769 ≈ 5.79 vCPUs', () => {
    expect(durationAt(10_240, 6).durationMs).toBeCloseTo(1000 * 1769 / 10_240, 2)
  })

  test('work that is not CPU-bound takes the same time at any memory', () => {
    expect(durationAt(128, 1, 0).durationMs).toBe(1000)
    expect(durationAt(10_240, 1, 0).durationMs).toBe(1000)
  })

  test('the cost trade-off shows in GB-seconds: billed ms (work + 200 ms init) × memory', () => {
    const gbs = (memory: number, billedMs: number) => (billedMs / 1000) * (memory / 1024)
    const half = durationAt(885, 1)
    const one = durationAt(1769, 1)
    const doubleSingle = durationAt(3538, 1)
    const doubleTwo = durationAt(3538, 2)
    expect(half.gbSeconds).toBeCloseTo(gbs(885, Math.ceil(half.durationMs + 200)), 5)
    expect(one.gbSeconds).toBeCloseTo(gbs(1769, 1200), 5)
    expect(doubleSingle.gbSeconds).toBeCloseTo(gbs(3538, 1200), 5)
    expect(doubleTwo.gbSeconds).toBeCloseTo(gbs(3538, 700), 5)
    // Twice the memory for single-threaded work: twice the price, no faster.
    expect(doubleSingle.gbSeconds / one.gbSeconds).toBeCloseTo(2, 5)
  })
})

describe('Timeout is 1–900 s; a request that runs longer is stopped [D-timeout]', () => {
  test.each([
    { timeout: 0, rules: ['range'], verdict: 'refused' }, { timeout: 1, rules: [], verdict: 'accepted' },
    { timeout: 900, rules: [], verdict: 'accepted' }, { timeout: 901, rules: ['range'], verdict: 'refused' },
  ])('Timeout $timeout in a scenario is $verdict', ({ timeout, rules }) => {
    expect(validationRules(withConfig({ Timeout: timeout }))).toEqual(rules)
  })

  test('UpdateFunctionConfiguration through the API refuses 0 and 901 s', () => {
    const { sim } = simulate(withConfig({}))
    expect(sim.apply(update({ Timeout: 0 })).ok).toBe(false)
    expect(sim.apply(update({ Timeout: 901 })).ok).toBe(false)
    expect(sim.apply(update({ Timeout: 900 })).ok).toBe(true)
  })

  test.each([
    { timeout: 3, durationMs: 3001 },
    { timeout: 900, durationMs: 900_001 },
  ])('Timeout $timeout s: the log says "Task timed out after <Timeout>.00 seconds" and REPORT has Status: timeout', ({ timeout, durationMs }) => {
    const { sim, summary, trace } = runToEnd(scenarioOf({
      Functions: [modelled('fn', durationMs, 200, { Timeout: timeout })], Traffic: [burst('fn', 1)], DurationSeconds: 1000,
    }))
    const events = sim.logEvents('fn')
    const message = events.map((e) => e.message).find((m) => m.includes('Task timed out'))
    expect(message).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z [0-9a-f-]{36} Task timed out after ${timeout}\\.00 seconds$`))
    const report = reportFields(linesStartingWith(events, 'REPORT')[0] ?? '')
    expect(report).toMatchObject({ Duration: `${timeout * 1000}.00 ms`, Status: 'timeout' })
    expect(summary.Errors).toBe(1)
    expect(trace.find((e) => e.type === 'invocation-end')?.atMs).toBe(200 + timeout * 1000)
  })

  test('a request that finishes exactly at the timeout is not timed out', () => {
    const { sim, summary } = runToEnd(scenarioOf({ Functions: [modelled('fn', 3000, 200, { Timeout: 3 })], Traffic: [burst('fn', 1)] }))
    expect(summary.Errors).toBe(0)
    expect(sim.logEvents('fn').some((e) => e.message.includes('Task timed out'))).toBe(false)
  })
})
