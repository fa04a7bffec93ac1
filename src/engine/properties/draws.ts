/**
 * The raw random draws behind a generated scenario: sizes, shares and picks, mostly uniform. They
 * carry no cross-field rules; ./buildScenario.ts maps them onto a valid document.
 */
import fc from 'fast-check'
import { UNRESERVED_MINIMUM } from '../facts.ts'
import type { ArrivalProcess, Distribution, EnvironmentSelection, FunctionSimulation, InvocationType, ScalingModel } from '../scenario/types.ts'

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-1', 'eu-central-1', 'sa-east-1'] as const
const SCALING_MODELS: readonly ScalingModel[] = ['per-function', 'legacy-burst']
const SELECTIONS: readonly EnvironmentSelection[] = ['most-recently-used', 'newest', 'oldest', 'random']
export const ALIAS_NAMES = ['live', 'beta'] as const
export const QUEUES = ['q0', 'q1'] as const
export const TOPIC = 't0'
/** Requests one traffic source sends at most; four sources stay within "a few thousand". */
const MAX_REQUESTS_PER_SOURCE = 800
/** Above the 1 MB asynchronous payload limit: such an Event request is refused with 413. */
export const OVERSIZED_PAYLOAD = 'x'.repeat(1024 * 1024 + 1)

/**
 * fast-check favours small values, which here would mean reserved concurrency 0 and accounts of 100
 * almost every time; draws are mostly uniform, with the edges kept at a small weight.
 */
const uniformInt = (min: number, max: number): fc.Arbitrary<number> => fc.noBias(fc.integer({ min, max }))
const unit = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(0, 1) },
  { weight: 8, arbitrary: fc.noBias(fc.double({ min: 0, max: 1, noNaN: true })) },
)
const pick = uniformInt(0, 1000)

/** Any of the five distributions, with parameters up to `max` (ms or MB). */
export function distributionArbitrary(max: number): fc.Arbitrary<Distribution> {
  const value = fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: uniformInt(0, max) })
  return fc.oneof(
    value.map((Value): Distribution => ({ Distribution: 'constant', Value })),
    value.map((Mean): Distribution => ({ Distribution: 'exponential', Mean })),
    fc.tuple(value, value).map(([a, b]): Distribution => ({ Distribution: 'uniform', Min: Math.min(a, b), Max: Math.max(a, b) })),
    fc.tuple(value, value).map(([Mean, StdDev]): Distribution => ({ Distribution: 'normal', Mean, StdDev })),
    fc.tuple(value, value).map(([Mean, StdDev]): Distribution => ({ Distribution: 'lognormal', Mean, StdDev })),
  )
}

const simulationArbitrary: fc.Arbitrary<FunctionSimulation> = fc.record({
  DurationMs: distributionArbitrary(3000),
  // Now and then an init beyond the 10 s limit, which Lambda retries inside the first invoke.
  InitDurationMs: fc.oneof({ weight: 9, arbitrary: distributionArbitrary(1500) }, { weight: 1, arbitrary: distributionArbitrary(15_000) }),
  ErrorRate: fc.oneof(fc.constant(0), unit),
  IdleTimeoutSeconds: fc.oneof(fc.constant(0), fc.constant(null), uniformInt(1, 60)),
  // Short enough to recycle environments within a run of at most 120 s.
  MaxEnvironmentLifetimeSeconds: fc.oneof(fc.constant(null), uniformInt(1, 90)),
  MemoryUsedMb: distributionArbitrary(400),
  CpuBoundShare: unit,
}, { requiredKeys: ['DurationMs'] })

const memoryArbitrary = fc.oneof(fc.constantFrom(128, 256, 512, 1024, 1769, 3008, 10240), uniformInt(128, 10240))

const versionDraw = fc.record({
  MemorySize: memoryArbitrary,
  Timeout: uniformInt(1, 30),
  Simulation: fc.record({ ErrorRate: unit, DurationMs: distributionArbitrary(3000) }, { requiredKeys: [] }),
}, { requiredKeys: [] })

const aliasDraw = fc.record({ primary: pick, routing: fc.option(fc.record({ pick, weight: unit })) })

/** A destination: a queue or topic by name or ARN, or a function of the scenario. */
const destinationDraw = fc.record({ kind: fc.constantFrom('queue', 'queue-arn', 'topic', 'function'), pick })

const eventInvokeDraw = fc.record({
  MaximumRetryAttempts: fc.integer({ min: 0, max: 2 }),
  // Mostly short, so events age out within the run.
  MaximumEventAgeInSeconds: fc.oneof(uniformInt(60, 120), uniformInt(60, 21_600)),
  onSuccess: destinationDraw,
  onFailure: destinationDraw,
}, { requiredKeys: [] })

const functionDraw = fc.record({
  MemorySize: fc.option(memoryArbitrary, { nil: undefined }),
  Timeout: fc.option(uniformInt(1, 30), { nil: undefined }),
  Simulation: simulationArbitrary,
  versions: fc.array(fc.option(versionDraw, { nil: undefined }), { maxLength: 3 }),
  aliases: fc.array(aliasDraw, { maxLength: ALIAS_NAMES.length }),
  /** Share of the account's reservable concurrency this function may ever reserve. */
  capWeight: uniformInt(0, 10),
  /** Reserved now, as a share of that cap (0 now and then: every request throttled); null = none. */
  reserved: fc.option(fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 9, arbitrary: fc.noBias(fc.double({ min: 0.05, max: 1, noNaN: true })) }), { freq: 2 }),
  provisioned: fc.array(fc.record({ pick, share: unit }), { maxLength: 2 }),
  eventInvoke: fc.option(eventInvokeDraw),
  deadLetter: fc.option(fc.constantFrom('q0', 't0', 'q1-arn')),
})
export type FunctionDraw = typeof functionDraw extends fc.Arbitrary<infer T> ? T : never

const trafficDraw = fc.record({
  fn: pick,
  qualifier: pick,
  arn: fc.boolean(),
  type: fc.option(fc.constantFrom<InvocationType>('RequestResponse', 'Event', 'DryRun'), { nil: undefined }),
  process: fc.constantFrom<ArrivalProcess['Process']>('constant', 'poisson', 'ramp', 'burst'),
  requests: uniformInt(1, MAX_REQUESTS_PER_SOURCE),
  /** Aim at a qualifier with provisioned concurrency, when the function has one. */
  provisioned: fc.boolean(),
  split: unit,
  at: unit,
  start: fc.option(unit, { nil: undefined }),
  end: fc.option(unit, { nil: undefined }),
  payload: fc.oneof(
    { weight: 10, arbitrary: fc.constant('none' as const) },
    { weight: 5, arbitrary: fc.constant('small' as const) },
    { weight: 1, arbitrary: fc.constant('oversized' as const) },
  ),
})
export type TrafficDraw = typeof trafficDraw extends fc.Arbitrary<infer T> ? T : never

const timelineDraw = fc.record({
  at: unit,
  fn: pick,
  kind: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('PublishVersion', 'PutFunctionConcurrency', 'UpdateAlias', 'PutProvisionedConcurrencyConfig') },
    { weight: 1, arbitrary: fc.constantFrom('UpdateFunctionConfiguration', 'DeleteFunctionConcurrency', 'DeleteProvisionedConcurrencyConfig') },
  ),
  /** New `$LATEST` settings for UpdateFunctionConfiguration. */
  changes: versionDraw,
  pick,
  share: unit,
  weight: fc.option(unit),
  keepPrimary: fc.boolean(),
})
export type TimelineDraw = typeof timelineDraw extends fc.Arbitrary<infer T> ? T : never

export const scenarioDraw = fc.record({
  Seed: fc.nat(),
  DurationSeconds: uniformInt(5, 120),
  ConcurrentExecutions: fc.oneof({ weight: 1, arbitrary: fc.constant(UNRESERVED_MINIMUM) }, { weight: 6, arbitrary: uniformInt(UNRESERVED_MINIMUM, 1000) }),
  ScalingModel: fc.constantFrom(...SCALING_MODELS),
  EnvironmentSelection: fc.constantFrom(...SELECTIONS),
  Region: fc.constantFrom(...REGIONS),
  preparationSeconds: fc.option(uniformInt(0, 90), { nil: undefined }),
  /** Share of the reservable concurrency kept for provisioned concurrency of functions without a reservation. */
  poolWeight: uniformInt(0, 10),
  functions: fc.array(functionDraw, { minLength: 1, maxLength: 4 }),
  traffic: fc.array(trafficDraw, { minLength: 1, maxLength: 4 }),
  timeline: fc.array(timelineDraw, { maxLength: 5 }),
})
export type ScenarioDraw = typeof scenarioDraw extends fc.Arbitrary<infer T> ? T : never
