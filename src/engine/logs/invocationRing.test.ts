/** The log ring keeps copies of what a finished invocation's log lines need, the newest `capacity` of them. */
import { describe, expect, test } from 'vitest'
import { ExecutionEnvironment } from '../environments/environment.ts'
import type { InvocationOutcome, InvocationRecord } from '../model/state.ts'
import { CodeRun } from '../runtime/codeRun.ts'
import { InvocationRing } from './invocationRing.ts'

const environment = new ExecutionEnvironment(7, false, 1_500)

function record(serial: number, overrides: Partial<Omit<InvocationRecord, 'codeRun'>> & { run?: CodeRun } = {}): InvocationRecord {
  const { run = null, ...fields } = overrides
  return {
    serial, asyncSerial: null, version: '$LATEST', environment, startMs: serial * 100, initMs: 0, suppressedInit: false,
    durationMs: 12.5, memoryMb: 128, memoryUsedMb: 70, timeoutMs: 3000, outcome: 'success' as InvocationOutcome,
    ...fields,
    codeRun: () => run,
  }
}

/** A record's fields as plain data, so a kept copy compares equal to what was added. */
function fieldsOf(r: InvocationRecord) {
  return {
    serial: r.serial, asyncSerial: r.asyncSerial, version: r.version, environment: r.environment, startMs: r.startMs, initMs: r.initMs,
    suppressedInit: r.suppressedInit, durationMs: r.durationMs, memoryMb: r.memoryMb, memoryUsedMb: r.memoryUsedMb,
    timeoutMs: r.timeoutMs, outcome: r.outcome, codeRun: r.codeRun(),
  }
}

describe('InvocationRing', () => {
  test('reads back every field of what was added, newest first', () => {
    const ring = new InvocationRing(10)
    const run = new CodeRun('c0ffee00-0000-4000-8000-000000000002', false)
    const added = [
      record(0),
      record(1, { asyncSerial: 0, version: '3', initMs: 812.25, suppressedInit: true, outcome: 'timeout', memoryUsedMb: 128 }),
      record(2, { asyncSerial: 41, outcome: 'out-of-memory', durationMs: 0.4, run }),
      record(3, { outcome: 'init-error', environment: new ExecutionEnvironment(8, true, 0) }),
    ]
    for (const r of added) ring.add(r)
    expect([...ring.newest()].map(fieldsOf)).toEqual(added.map(fieldsOf).reverse())
  })

  test('keeps the newest `capacity` and forgets the rest', () => {
    const ring = new InvocationRing(3)
    expect([...ring.newest()]).toEqual([])
    for (let serial = 0; serial < 8; serial++) ring.add(record(serial))
    expect([...ring.newest()].map((r) => r.serial)).toEqual([7, 6, 5])
  })

  test('keeps copies: an invocation changed after it was added does not change its record', () => {
    const ring = new InvocationRing(2)
    const original = { ...record(4), outcome: 'success' as InvocationOutcome, durationMs: 20 }
    ring.add(original)
    original.outcome = 'error'
    original.durationMs = 99
    expect([...ring.newest()].map((r) => [r.outcome, r.durationMs])).toEqual([['success', 20]])
  })

  test('a ring of no capacity keeps nothing', () => {
    const ring = new InvocationRing(0)
    ring.add(record(0))
    expect([...ring.newest()]).toEqual([])
  })
})
