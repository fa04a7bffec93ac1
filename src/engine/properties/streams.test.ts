/**
 * Kinesis streams and their event source mapping over random setups (shards, ParallelizationFactor,
 * partition keys, batch sizes and windows, bisect, retry and age limits, tumbling windows, filters,
 * reserved concurrency, an on-failure queue, handlers that succeed, throw, fail once, report item
 * failures or answer invalid reports):
 * - every record the stream received is processed, sent to the destination, dropped with a reason
 *   or pending, at every instant, and what is pending is what the lanes hold;
 * - per partition key, records reach the function for the first time in sequence order, and once a
 *   record is processed no earlier record of its key is delivered again [G-kinesis];
 * - the function never runs more than shards × ParallelizationFactor batches at once [G-kinesis].
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { ResourceAccounting, Simulation } from '../api.ts'
import type { Scenario } from '../scenario/types.ts'
import { SCENARIO_FORMAT } from '../scenario/types.ts'
import { createSimulation } from '../simulation.ts'
import { createFakeRuntime, succeed, thrown } from '../testing/fakeRuntime.ts'
import { dataOf, partitionKeyOf, sequenceNumberOfRecord, type StreamEvent } from '../testing/streamHarness.ts'
import { expectValid, propertyRuns, propertyTimeoutMs, runStopping } from './run.ts'

const RUNS = propertyRuns(40)
const TIMEOUT_MS = propertyTimeoutMs(RUNS)

const setup = fc.record({
  shards: fc.integer({ min: 1, max: 4 }),
  parallelization: fc.integer({ min: 1, max: 4 }),
  keys: fc.integer({ min: 1, max: 12 }),
  batchSize: fc.integer({ min: 1, max: 10 }),
  bigBatch: fc.option(fc.integer({ min: 11, max: 200 })),
  windowSeconds: fc.integer({ min: 1, max: 5 }),
  bisect: fc.boolean(),
  retries: fc.constantFrom(-1, 0, 1, 3),
  maxAgeSeconds: fc.constantFrom(-1, 60, 90),
  tumblingSeconds: fc.constantFrom(0, 0, 15, 40),
  reportFailures: fc.boolean(),
  filter: fc.boolean(),
  destination: fc.boolean(),
  reserved: fc.option(fc.integer({ min: 0, max: 4 })),
  mode: fc.constantFrom('ok', 'throw', 'flaky', 'partial', 'invalid'),
  failEvery: fc.integer({ min: 2, max: 9 }),
  durationMs: fc.integer({ min: 1, max: 2500 }),
  arrivals: fc.array(fc.record({ at: fc.double({ min: 0, max: 90, noNaN: true }), keep: fc.boolean() }), { maxLength: 250 }),
  stops: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
})
type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never

function scenarioOf(s: Setup): Scenario {
  const lines = [...s.arrivals].sort((a, b) => a.at - b.at).map((a, n) => `${a.at},{"n":${n},"keep":${a.keep}}`)
  const bigBatch = s.bigBatch !== null
  return {
    Format: SCENARIO_FORMAT, Name: 'streams property', Seed: 5, DurationSeconds: 240,
    Functions: [{
      FunctionName: 'worker', Timeout: 5, Code: { 'index.mjs': '// scripted' },
      ...(s.reserved === null ? {} : { ReservedConcurrentExecutions: s.reserved }),
    }],
    Queues: [{ QueueName: 'failed' }],
    Streams: [{ StreamName: 'clicks', ShardCount: s.shards }],
    EventSourceMappings: [{
      EventSourceArn: 'clicks', FunctionName: 'worker', StartingPosition: 'TRIM_HORIZON',
      BatchSize: bigBatch ? (s.bigBatch as number) : s.batchSize,
      ...(bigBatch ? { MaximumBatchingWindowInSeconds: s.windowSeconds } : {}),
      ParallelizationFactor: s.parallelization, BisectBatchOnFunctionError: s.bisect,
      MaximumRetryAttempts: s.retries, MaximumRecordAgeInSeconds: s.maxAgeSeconds,
      ...(s.tumblingSeconds > 0 ? { TumblingWindowInSeconds: s.tumblingSeconds } : {}),
      ...(s.reportFailures ? { FunctionResponseTypes: ['ReportBatchItemFailures' as const] } : {}),
      ...(s.filter ? { FilterCriteria: { Filters: [{ Pattern: '{"data":{"keep":[true]}}' }] } } : {}),
      ...(s.destination ? { DestinationConfig: { OnFailure: { Destination: 'failed' } } } : {}),
    }],
    Traffic: lines.length === 0 ? [] : [{ Target: 'Stream:clicks', Arrivals: { Process: 'replay', Csv: lines.join('\n') }, Request: { KeyCount: s.keys } }],
  }
}

interface Delivery {
  readonly key: string
  readonly sequence: bigint
}

/** What the scripted handler saw: deliveries in order, which of them it processed, and its concurrency. */
interface Observed {
  readonly problems: string[]
  readonly firstSeen: Map<string, bigint>
  readonly processedUpTo: Map<string, bigint>
  inFlight: number
  maxInFlight: number
}

const isPoison = (s: Setup, record: Record<string, unknown>): boolean => (JSON.parse(dataOf(record)) as { n: number }).n % s.failEvery === 0

/** The index of the first record the handler reports or fails on, or null when the batch succeeds whole. */
function answer(s: Setup, event: StreamEvent, seen: Set<string>): { failAt: number | null; outcome: ReturnType<typeof succeed> | ReturnType<typeof thrown> } {
  const records = event.Records
  const poison = records.findIndex((r) => isPoison(s, r))
  const state = s.tumblingSeconds > 0 ? { state: { n: records.length } } : {}
  const ok = (body: object = {}) => succeed({ ...state, ...body })
  if (poison === -1 || s.mode === 'ok') return { failAt: null, outcome: ok() }
  const first = sequenceNumberOfRecord(records[poison] as Record<string, unknown>)
  switch (s.mode) {
    case 'throw':
      return { failAt: 0, outcome: thrown('Error', 'poison') }
    case 'flaky': {
      const fresh = !seen.has(first)
      seen.add(first)
      return fresh ? { failAt: 0, outcome: thrown('Error', 'first try') } : { failAt: null, outcome: ok() }
    }
    case 'partial':
      return s.reportFailures ? { failAt: poison, outcome: ok({ batchItemFailures: [{ itemIdentifier: first }] }) } : { failAt: null, outcome: ok() }
    case 'invalid':
      return s.reportFailures ? { failAt: 0, outcome: ok({ batchItemFailures: [{ itemIdentifier: '' }] }) } : { failAt: null, outcome: ok() }
  }
}

function run(s: Setup): { sim: Simulation; observed: Observed; pendingChecks: string[] } {
  const observed: Observed = { problems: [], firstSeen: new Map(), processedUpTo: new Map(), inFlight: 0, maxInFlight: 0 }
  const seenPoison = new Set<string>()
  const delivered = new Set<string>()
  const runtime = createFakeRuntime({
    handler: ({ event, host, done }) => {
      const batch = event as StreamEvent
      observed.inFlight++
      observed.maxInFlight = Math.max(observed.maxInFlight, observed.inFlight)
      const deliveries: Delivery[] = batch.Records.map((r) => ({ key: partitionKeyOf(r), sequence: BigInt(sequenceNumberOfRecord(r)) }))
      for (const d of deliveries) {
        const done = observed.processedUpTo.get(d.key)
        if (done !== undefined && d.sequence <= done) observed.problems.push(`${d.key}:${d.sequence} delivered again after a later record of its key was processed`)
        const id = `${d.key}:${d.sequence}`
        if (!delivered.has(id)) {
          const last = observed.firstSeen.get(d.key)
          if (last !== undefined && d.sequence < last) observed.problems.push(`${id} first delivered after ${d.key}:${last}`)
          observed.firstSeen.set(d.key, d.sequence)
          delivered.add(id)
        }
      }
      const { failAt, outcome } = answer(s, batch, seenPoison)
      host.setTimer(s.durationMs, () => {
        observed.inFlight--
        for (const d of deliveries.slice(0, failAt ?? deliveries.length)) {
          observed.processedUpTo.set(d.key, d.sequence > (observed.processedUpTo.get(d.key) ?? -1n) ? d.sequence : (observed.processedUpTo.get(d.key) as bigint))
        }
        done(outcome)
      })
    },
  })
  const scenario = scenarioOf(s)
  expectValid(scenario)
  const sim = createSimulation(scenario, { runtime })
  const pendingChecks: string[] = []
  runStopping(sim, s.stops, () => pendingChecks.push(...conservationProblems(sim)))
  return { sim, observed, pendingChecks }
}

const droppedOf = (a: ResourceAccounting): number => Object.values(a.Dropped).reduce((sum, n) => sum + n, 0)

/** Received = Processed + DeadLettered + Dropped + Pending, and Pending is exactly what the shards' lanes hold. */
function conservationProblems(sim: Simulation): string[] {
  const a = sim.eventAccounting()['Stream:clicks'] as ResourceAccounting
  const held = sim.snapshot().streams?.[0]?.shards.reduce((sum, shard) => sum + shard.behind, 0) ?? 0
  const problems: string[] = []
  if (a.Received !== a.Processed + a.DeadLettered + droppedOf(a) + a.Pending) problems.push(`at ${sim.nowMs} ms: ${JSON.stringify(a)} does not add up`)
  if (a.Pending !== held) problems.push(`at ${sim.nowMs} ms: Pending ${a.Pending}, but the lanes hold ${held}`)
  return problems
}

describe('Kinesis mappings over random setups', () => {
  test('records are conserved, each partition key keeps its order, and concurrency stays within shards × ParallelizationFactor', () => {
    fc.assert(fc.property(setup, (s) => {
      const { sim, observed, pendingChecks } = run(s)
      expect(pendingChecks).toEqual([])
      expect(observed.problems.slice(0, 3)).toEqual([])
      expect(observed.maxInFlight).toBeLessThanOrEqual(s.shards * s.parallelization)
      const stream = sim.summary().Streams?.['Stream:clicks']
      expect(stream?.Received).toBe(stream?.IncomingRecords)
      expect(stream?.IncomingRecords).toBe(s.arrivals.length)
    }), { numRuns: RUNS })
  }, TIMEOUT_MS)
})
