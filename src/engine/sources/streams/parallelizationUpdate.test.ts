/**
 * UpdateEventSourceMapping of ParallelizationFactor (1–10) on a stream mapping [API], [G-kinesis] §3.4:
 * the shard runs the new number of batches at once from the next poll, batches already sent finish
 * in the lane that sent them, and each partition key keeps its order across the change
 * (parallelization.ts).
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Simulation } from '../../api.ts'
import { expectValid, propertyRuns, propertyTimeoutMs, runStopping } from '../../properties/run.ts'
import type { TimelineEntry } from '../../scenario/types.ts'
import { createSimulation } from '../../simulation.ts'
import { createFakeRuntime, succeed, thrown } from '../../testing/fakeRuntime.ts'
import { simulate } from '../../testing/harness.ts'
import {
  dataOf, kinesisScenario, partitionKeyOf, recordingRuntime, replayOf, sequenceNumberOfRecord, type StreamEvent,
} from '../../testing/streamHarness.ts'
import { mappingUuidOf } from '../mappingIds.ts'

const CLICKS = mappingUuidOf('clicks', 'fn')
const factorAt = (atSecond: number, factor: number, tumblingSeconds: number | null = null): TimelineEntry => ({
  AtSecond: atSecond,
  Do: { Action: 'UpdateEventSourceMapping', UUID: CLICKS, ParallelizationFactor: factor, ...(tumblingSeconds === null ? {} : { TumblingWindowInSeconds: tumblingSeconds }) },
})

/** `count` records at 0.5 s cycling through `keys` partition keys (`key-1` …), each its own batch, 1.5 s of work each. */
function oneRecordBatches(count: number, keys: number, from: number, timeline: TimelineEntry[], reply: (event: StreamEvent) => object = () => ({})) {
  const { runtime, calls } = recordingRuntime((event) => ({ durationMs: 1500, ...reply(event) }))
  const lines = Array.from({ length: count }, (_, i): [number, string] => [0.5, `r${i + 1}`])
  const { sim } = simulate(kinesisScenario({
    mapping: { BatchSize: 1, ParallelizationFactor: from },
    traffic: [replayOf('Stream:clicks', lines, { KeyCount: keys })],
    extra: { DurationSeconds: 120, Timeline: timeline },
  }), { runtime })
  sim.runToEnd()
  return { sim, calls, starts: calls.map((c) => c.atMs) }
}

/** How many invocations started at each instant. */
const startsPerInstant = (starts: readonly number[]): Map<number, number> => {
  const counts = new Map<number, number>()
  for (const atMs of starts) counts.set(atMs, (counts.get(atMs) ?? 0) + 1)
  return counts
}

describe('ParallelizationFactor updated during a run', () => {
  test('1 → 4: the batch in flight finishes in its lane; from the next poll the shard runs 4 batches at once', () => {
    const { sim, starts } = oneRecordBatches(40, 40, 1, [factorAt(2, 4)])
    // One at a time before the change: r1 at 1 s (the first poll), ended at 2.5 s, after the update at 2 s.
    expect(starts.filter((t) => t < 3000)).toEqual([1000])
    // The new lanes start at the next poll (3 s), four at once, then back to back.
    expect(startsPerInstant(starts).get(3000)).toBe(4)
    expect(Math.max(...startsPerInstant(starts).values())).toBe(4)
    expect(sim.summary().Functions.fn?.ConcurrentExecutions.Maximum).toBe(4)
    expect(sim.eventAccounting()['Stream:clicks']).toEqual({ Received: 40, Processed: 40, DeadLettered: 0, Dropped: {}, Pending: 0 })
    expect(sim.summary().Streams?.['Stream:clicks']?.EventSourceMappings[CLICKS]?.Invocations).toBe(40)
  })

  test('4 → 1: batches in flight finish under the old factor; then one batch at a time', () => {
    const { sim, starts } = oneRecordBatches(40, 40, 4, [factorAt(2, 1)])
    expect(startsPerInstant(starts).get(1000)).toBe(4)
    // The four sent at 1 s end at 2.5 s; the single lane starts at the next poll, then one after another.
    const after = starts.filter((t) => t > 2000)
    expect(after[0]).toBe(3000)
    expect(after.every((t, i) => i === 0 || t === (after[i - 1] as number) + 1500)).toBe(true)
    expect(sim.eventAccounting()['Stream:clicks']).toMatchObject({ Processed: 40, Pending: 0 })
  })

  test('a key whose batch keeps failing in a draining lane holds back only the lane that now owns it [D-kin-fail]', () => {
    const attempts = new Map<string, number>()
    // r1 (key-1) fails its first three attempts: its old lane drains it until it succeeds at 4 s.
    const failFirst = (event: StreamEvent) => {
      const data = event.Records.map(dataOf).join()
      attempts.set(data, (attempts.get(data) ?? 0) + 1)
      return data === 'r1' && (attempts.get(data) ?? 0) <= 3 ? { throws: 'not yet', durationMs: 100 } : {}
    }
    const { sim, calls } = oneRecordBatches(32, 8, 1, [factorAt(1.5, 2)], failFirst)
    const started = calls.map((c) => [c.atMs, c.event.Records.map((r) => `${partitionKeyOf(r)}:${dataOf(r)}`).join()])
    // The new lanes split the 8 keys: key-4, 5, 7, 8 in one, which starts at the first poll after the
    // change (2 s); key-1, 2, 3, 6 in the other, held until r1 succeeds in its old lane (4 s + 1.5 s)
    // and then started at the next poll (6 s).
    expect(started.slice(0, 8)).toEqual([
      [1000, 'key-1:r1'], [2000, 'key-1:r1'], [2000, 'key-4:r4'], [3000, 'key-1:r1'], [3500, 'key-5:r5'], [4000, 'key-1:r1'], [5000, 'key-7:r7'],
      [6000, 'key-2:r2'],
    ])
    expect(started.find(([, records]) => String(records).startsWith('key-1:') && records !== 'key-1:r1')).toEqual([10_500, 'key-1:r9'])
    expect(sim.eventAccounting()['Stream:clicks']).toMatchObject({ Processed: 32, Pending: 0 })
  })

  test('refused out of range, naming the field and the rule, as a live update too [D-kin-params]', () => {
    const { sim } = simulate(kinesisScenario({}))
    expect(sim.apply({ Action: 'UpdateEventSourceMapping', UUID: CLICKS, ParallelizationFactor: 11 }))
      .toEqual({ ok: false, error: 'UpdateEventSourceMapping.ParallelizationFactor: ParallelizationFactor must be an integer from 1 to 10; Lambda processes up to 10 batches per shard at once (got 11)' })
    expect(sim.apply({ Action: 'UpdateEventSourceMapping', UUID: CLICKS, ParallelizationFactor: 0 })).toMatchObject({ ok: false })
    expect(sim.apply({ Action: 'UpdateEventSourceMapping', UUID: CLICKS, ParallelizationFactor: 10 }))
      .toEqual({ ok: true, detail: `Updated event source mapping ${CLICKS}: ParallelizationFactor 10` })
  })
})

// Property: each partition key keeps its order, and every record is processed exactly once, across any changes of the factor.

const RUNS = propertyRuns(30)

/**
 * Arrivals and changes share the first 10 s, and poison records are common, so changes find batches
 * in flight, failing and waiting, with later records of their keys behind them.
 */
const setup = fc.record({
  shards: fc.integer({ min: 1, max: 2 }),
  from: fc.integer({ min: 1, max: 10 }),
  changes: fc.array(fc.record({
    atMs: fc.integer({ min: 0, max: 10_000 }), factor: fc.integer({ min: 1, max: 10 }), tumblingSeconds: fc.option(fc.constantFrom(0, 2, 5)),
  }), { minLength: 1, maxLength: 3, size: 'max' }),
  tumblingSeconds: fc.constantFrom(0, 0, 3),
  keys: fc.integer({ min: 1, max: 6 }),
  batchSize: fc.integer({ min: 1, max: 10 }),
  durationMs: fc.integer({ min: 1, max: 2000 }),
  failEvery: fc.integer({ min: 2, max: 4 }),
  failures: fc.integer({ min: 1, max: 4 }),
  bisect: fc.boolean(),
  // In whole ms (fast-check's doubles crowd at the bounds); arrays are small unless told, and a backlog needs many records.
  arrivals: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 10, maxLength: 120, size: 'max' }),
  stops: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
})
type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never

interface Observed {
  readonly problems: string[]
  /** Per key, the sequence numbers delivered and not yet processed. */
  readonly unfinished: Map<string, Set<bigint>>
  /** Successful processing per record. */
  readonly processed: Map<string, number>
}

/**
 * A batch with a poison record (its `n` a multiple of `failEvery`) fails until each of them has
 * failed `failures` times. Each delivery is checked: no earlier record of its key may be delivered
 * and still unfinished, unless it is in the same batch (before it, as the lane reads in order).
 */
function handlerFor(s: Setup, observed: Observed) {
  const failed = new Map<string, number>()
  return createFakeRuntime({
    handler: ({ event, host, done }) => {
      const records = (event as StreamEvent).Records.map((r) => ({ key: partitionKeyOf(r), sequence: BigInt(sequenceNumberOfRecord(r)), data: dataOf(r) }))
      const inBatch = new Set(records.map((r) => `${r.key}:${r.sequence}`))
      for (const { key, sequence } of records) {
        const unfinished = observed.unfinished.get(key) ?? new Set<bigint>()
        const earlier = [...unfinished].find((other) => other < sequence && !inBatch.has(`${key}:${other}`))
        if (earlier !== undefined) observed.problems.push(`${key}:${sequence} delivered while ${key}:${earlier} was unfinished`)
        unfinished.add(sequence)
        observed.unfinished.set(key, unfinished)
      }
      const poison = records.filter((r) => (JSON.parse(r.data) as { n: number }).n % s.failEvery === 0)
      const fails = poison.some((r) => (failed.get(r.data) ?? 0) < s.failures)
      for (const r of poison) failed.set(r.data, (failed.get(r.data) ?? 0) + 1)
      host.setTimer(s.durationMs, () => {
        if (!fails) {
          for (const { key, sequence } of records) {
            const id = `${key}:${sequence}`
            observed.processed.set(id, (observed.processed.get(id) ?? 0) + 1)
            observed.unfinished.get(key)?.delete(sequence)
          }
        }
        // Windowed invocations must return a state; the others' is ignored.
        done(fails ? thrown('Error', 'poison') : succeed({ state: {} }))
      })
    },
  })
}

function run(s: Setup): { sim: Simulation; observed: Observed; pendingProblems: string[] } {
  const observed: Observed = { problems: [], unfinished: new Map(), processed: new Map() }
  const lines = [...s.arrivals].sort((a, b) => a - b).map((atMs, n) => `${atMs / 1000},{"n":${n + 1}}`)
  const scenario = kinesisScenario({
    shards: s.shards,
    mapping: {
      BatchSize: s.batchSize, ParallelizationFactor: s.from, BisectBatchOnFunctionError: s.bisect,
      ...(s.tumblingSeconds > 0 ? { TumblingWindowInSeconds: s.tumblingSeconds } : {}),
    },
    traffic: lines.length === 0 ? [] : [{ Target: 'Stream:clicks', Arrivals: { Process: 'replay', Csv: lines.join('\n') }, Request: { KeyCount: s.keys } }],
    extra: {
      DurationSeconds: 1500,
      Timeline: s.changes.map((c) => factorAt(c.atMs / 1000, c.factor, c.tumblingSeconds)),
    },
  })
  expectValid(scenario)
  const sim = createSimulation(scenario, { runtime: handlerFor(s, observed) })
  const pendingProblems: string[] = []
  runStopping(sim, s.stops.map((f) => f * 0.05), () => {
    const a = sim.eventAccounting()['Stream:clicks']
    const held = sim.snapshot().streams?.[0]?.shards.reduce((sum, shard) => sum + shard.behind, 0) ?? 0
    if (a?.Pending !== held) pendingProblems.push(`at ${sim.nowMs} ms: Pending ${a?.Pending}, but the lanes hold ${held}`)
  })
  return { sim, observed, pendingProblems }
}

describe('ParallelizationFactor (and tumbling window) changes over random runs', () => {
  test('no record reaches the function while an earlier record of its key is unfinished; every record is processed exactly once', () => {
    fc.assert(fc.property(setup, (s) => {
      const { sim, observed, pendingProblems } = run(s)
      expect(observed.problems.slice(0, 3)).toEqual([])
      expect(pendingProblems).toEqual([])
      expect([...observed.processed.values()].filter((n) => n !== 1)).toEqual([])
      expect(observed.processed.size).toBe(s.arrivals.length)
      expect(sim.eventAccounting()['Stream:clicks']).toMatchObject({ Received: s.arrivals.length, Processed: s.arrivals.length, Pending: 0 })
    }), { numRuns: RUNS })
  }, propertyTimeoutMs(RUNS))
})
