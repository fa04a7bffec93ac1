import { addUsage, createUsage, priceUsage, type Price } from '../cost/bill.ts'
import type { CostBreakdown, FunctionSummary, RunSummary } from '../api.ts'
import { versionsOf } from '../model/lookup.ts'
import { meterProvisioned } from '../model/provisioned.ts'
import type { FunctionState } from '../model/state.ts'
import type { World } from '../world.ts'
import { httpSummaries } from '../sources/http/httpViews.ts'
import { meterEventPollers } from '../sources/sqs/pollerBilling.ts'
import { queueSummaries } from '../sources/sqs/queueViews.ts'
import { streamSummaries } from '../sources/streams/streamViews.ts'
import { pushSummaries } from '../sources/push/pushViews.ts'

const round = (value: number, digits: number): number => {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

/** Usage so far, with provisioned concurrency still configured and provisioned pollers still running metered up to now. */
function usageNow(world: World, fn: FunctionState): FunctionState['usage'] {
  const usage = createUsage()
  addUsage(usage, fn.usage)
  for (const version of versionsOf(fn)) {
    if (version.provisioned) meterProvisioned(version.provisioned, world.nowMs, usage)
  }
  meterEventPollers(world, fn, usage)
  return usage
}

function breakdownOf(price: Price): CostBreakdown {
  return {
    Requests: round(price.requestsUSD, 8),
    Duration: round(price.durationUSD, 8),
    ProvisionedConcurrency: round(price.provisionedUSD, 8),
    EphemeralStorage: round(price.ephemeralUSD, 8),
    EventSourceMappingProvisionedPollers: round(price.eventPollersUSD, 8),
  }
}

function functionSummary(world: World, fn: FunctionState): FunctionSummary {
  const m = fn.metrics
  const recursionDropped = m.total('RecursiveInvocationsDropped')
  const usage = usageNow(world, fn)
  const price = priceUsage(usage, { applyFreeTier: world.applyFreeTier })
  const gbSeconds = Object.values(usage.onDemandGBSeconds).reduce((a, b) => a + b, 0)
    + Object.values(usage.provisionedExecutionGBSeconds).reduce((a, b) => a + b, 0)
  return {
    Invocations: m.total('Invocations'),
    Errors: m.total('Errors'),
    Throttles: m.total('Throttles'),
    ColdStarts: m.total('ColdStarts'),
    ConcurrentExecutions: { Average: round(m.concurrency.average(world.nowMs), 3), Maximum: m.concurrency.maximum },
    Environments: { Average: round(m.environments.average(world.nowMs), 3), Maximum: m.environments.maximum, Created: m.environmentsCreated },
    Duration: { Average: round(m.durations.average(), 3), p50: round(m.durations.percentile(0.5), 3), p99: round(m.durations.percentile(0.99), 3) },
    ExecutedVersions: Object.fromEntries([...m.byVersion.entries()].filter(([, c]) => c.invocations > 0).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([v, c]) => [v, c.invocations])),
    ProvisionedConcurrencyInvocations: m.total('ProvisionedConcurrencyInvocations'),
    ProvisionedConcurrencySpilloverInvocations: m.total('ProvisionedConcurrencySpilloverInvocations'),
    AsyncEventsReceived: m.total('AsyncEventsReceived'),
    AsyncEventsDropped: m.total('AsyncEventsDropped'),
    GBSeconds: round(gbSeconds, 6),
    CostUSD: round(price.totalUSD, 8),
    // Only where provisioned pollers add a line to the bill, so the contract's shape holds for every other run.
    ...(usage.eventPollerSeconds === 0 ? {} : { CostBreakdownUSD: breakdownOf(price) }),
    // Only where loop detection stopped something, so the contract's shape holds for every other run.
    ...(recursionDropped === 0 ? {} : { RecursiveInvocationsDropped: recursionDropped }),
  }
}

/** `Streams`, only when the scenario has streams: other summaries stay as they were. */
function streamsSummary(world: World): { Streams?: RunSummary['Streams'] } {
  const streams = streamSummaries(world)
  return streams === undefined ? {} : { Streams: streams }
}

/** The CLI summary, with the fields and meanings of shared/scenarios/README.md. */
export function runSummary(world: World): RunSummary {
  return {
    Seed: world.seed,
    DurationSeconds: world.durationMs / 1000,
    Functions: Object.fromEntries(world.functionList.map((fn) => [fn.name, functionSummary(world, fn)])),
    Queues: queueSummaries(world),
    ...httpSummaries(world.http),
    ...streamsSummary(world),
    ...pushSummaries(world.push),
  }
}
