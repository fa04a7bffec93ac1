import { applyAction } from './actions/applyAction.ts'
import { DEFAULT_DURATION_SECONDS, STATUS_EVENT, STATUS_REQUEST_RESPONSE } from './facts.ts'
import type {
  EnvironmentsQuery, EnvironmentTimeline, LogTail, LogTailQuery,
  ActionResult, InvocationResult, InvokeRequest, InvokeResponse, LogEvent, MetricsQuery, RequestAccounting, ResourceAccounting,
  ResourceMetricsQuery, RunSummary, SeriesPoint, Simulation, SimulationOptions, Snapshot,
} from './api.ts'
import type { AwsService } from './aws/types.ts'
import { runReaper, runRecycler } from './environments/lifecycle.ts'
import { completeAsyncAttempt, attemptAsync } from './invoke/asyncInvoker.ts'
import { advanceInvocation } from './invoke/execution.ts'
import { request, requestFollowed } from './invoke/request.ts'
import { InvokeResults } from './invoke/results.ts'
import { resolveTarget } from './invoke/targets.ts'
import { versionsOf } from './model/lookup.ts'
import { completeAllocation, provisionedInitDone, requestProvisioned } from './model/provisioned.ts'
import { provisionedTarget } from './actions/provisionedActions.ts'
import { createRandom } from './random/seeded.ts'
import { asyncRequestId, requestIdOf } from './logs/requestIds.ts'
import { runStep } from './runtime/codeStep.ts'
import { resourceKey } from './sources/resources.ts'
import type { Action, Scenario } from './scenario/types.ts'
import { EventQueue } from './time/eventQueue.ts'
import type { TraceEvent } from './trace.ts'
import { createArrivalClock } from './traffic/arrivals.ts'
import { payloadBytes } from './traffic/payloadSize.ts'
import type { TrafficSource } from './traffic/trafficSource.ts'
import { arrivalPayload, arrivalPayloadBytes, replayPayloadsOf } from './traffic/arrivalPayload.ts'
import { feedArrival, resourceTrafficOf } from './sources/feeders.ts'
import { startHttp } from './sources/http/httpState.ts'
import { takeSnapshot } from './views/snapshot.ts'
import { recentLogEvents } from './views/logs.ts'
import { environmentTimeline } from './views/environmentTimeline.ts'
import { executedVersions } from './views/executedVersions.ts'
import { logTail } from './views/logTail.ts'
import { runSummary } from './views/summary.ts'
import { createWorld, type SimEvent, type World } from './world.ts'

export interface EngineOptions extends SimulationOptions {
  /** Observes every decision (property tests, debugging); costs nothing when absent. */
  trace?: (event: TraceEvent) => void
  /**
   * Answers handlers' SDK calls: `createAwsService(awsEnginePort)` (src/engine/aws/service.ts,
   * ./invoke/awsPort.ts). Without one they fail with UnknownOperationException.
   */
  awsService?: AwsService
}

function fireArrival(world: World, source: TrafficSource): void {
  const n = ++source.fired
  if (source.resource !== null) {
    feedArrival(world, source.resource, n, arrivalPayload(source, n))
  } else {
    source.target ??= resolveTarget(world, source.targetName)
    if (source.target) request(world, source.target, source.invocationType, arrivalPayload(source, n), arrivalPayloadBytes(source, n))
    else notFound(world)
  }
  const next = source.nextArrival()
  if (next !== null) world.arrivals.push(next, source)
}

/** ResourceNotFoundException (404) [API]: the request is counted, and refused. */
function notFound(world: World): 404 {
  world.ledger.received++
  world.ledger.rejected++
  return 404
}

function dispatch(world: World, event: SimEvent): void {
  switch (event.kind) {
    case 'invocation':
      advanceInvocation(world, event, completeAsyncAttempt)
      return
    case 'async':
      attemptAsync(world, event)
      return
    case 'reap':
      runReaper(world, event)
      return
    case 'recycle':
      runRecycler(world, event)
      return
    case 'provisioned-ready':
      completeAllocation(world, event)
      return
    case 'provisioned-init-done':
      provisionedInitDone(world, event)
      return
    case 'action':
      applyAction(world, event.action)
      return
    case 'code-step':
      runStep(event)
      return
    default: {
      const unknown: never = event
      throw new Error(`Unknown agenda entry ${JSON.stringify(unknown)}`)
    }
  }
}

/** Traffic, provisioned concurrency and the timeline from the document, on the agenda at time 0. */
function seedAgenda(world: World, scenario: Scenario): void {
  const trafficRng = world.rng.fork('traffic')
  for (const [index, traffic] of (scenario.Traffic ?? []).entries()) {
    const startMs = (traffic.StartSecond ?? 0) * 1000
    const endMs = Math.min(world.durationMs, (traffic.EndSecond ?? world.durationMs / 1000) * 1000)
    const resource = resourceTrafficOf(traffic, index)
    const source: TrafficSource = {
      kind: 'arrival', targetName: traffic.Target, target: resource ? null : resolveTarget(world, traffic.Target), resource,
      invocationType: traffic.InvocationType ?? 'RequestResponse', payload: traffic.Payload,
      payloadBytes: payloadBytes(traffic.Payload), replay: replayPayloadsOf(traffic.Arrivals), fired: 0,
      nextArrival: createArrivalClock(traffic.Arrivals, startMs, endMs, trafficRng.fork(`traffic:${index}`)),
    }
    const first = source.nextArrival()
    if (first !== null) world.arrivals.push(first, source)
  }
  for (const doc of scenario.Functions) {
    const fn = world.functions.get(doc.FunctionName)
    if (!fn) continue
    for (const pc of doc.ProvisionedConcurrencyConfigs ?? []) {
      const version = provisionedTarget(fn, pc.Qualifier)
      if (typeof version === 'string') throw new Error(`${doc.FunctionName}.ProvisionedConcurrencyConfigs: ${version}`)
      requestProvisioned(world, pc.Qualifier, version, pc.ProvisionedConcurrentExecutions, true)
    }
  }
  for (const entry of scenario.Timeline ?? []) world.queue.push(entry.AtSecond * 1000, { kind: 'action', action: entry.Do })
  startHttp(world)
}

/** Ends the user code of every environment still alive, which frees the runtime's resources. */
function disposeCode(world: World): void {
  for (const fn of world.functionList) {
    for (const version of versionsOf(fn)) {
      for (const pool of [version.onDemand, version.provisionedPool]) {
        for (const env of pool.alive()) env.code?.end()
      }
    }
  }
}

/**
 * A deterministic discrete-event simulation of the scenario's account: the same document and seed
 * give byte-identical results. The scenario must already be valid (see scenario/validate.ts).
 */
export function createSimulation(scenario: Scenario, options: EngineOptions = {}): Simulation {
  const seed = (options.seed ?? scenario.Seed ?? 1) >>> 0
  const durationMs = (options.durationSeconds ?? scenario.DurationSeconds ?? DEFAULT_DURATION_SECONDS) * 1000
  const world = createWorld(scenario, {
    seed, durationMs, rng: createRandom(seed), queue: new EventQueue<SimEvent>(), arrivals: new EventQueue<TrafficSource>(),
    logRetention: options.logRetentionPerFunction ?? 1000, trace: options.trace ?? null,
    runtime: options.runtime ?? null, awsService: options.awsService ?? null,
  })
  const results = new InvokeResults(world)
  seedAgenda(world, scenario)

  const runUntil = (untilMs: number): void => {
    const endMs = Math.min(untilMs, durationMs)
    const { queue, arrivals } = world
    for (;;) {
      const agendaMs = queue.peekTime()
      const arrivalMs = arrivals.peekTime()
      if (agendaMs <= arrivalMs) {
        if (agendaMs > endMs) break
        world.nowMs = agendaMs
        dispatch(world, queue.pop())
      } else {
        if (arrivalMs > endMs) break
        world.nowMs = arrivalMs
        fireArrival(world, arrivals.pop())
      }
    }
    if (endMs > world.nowMs) world.nowMs = endMs
  }

  return {
    get nowMs() { return world.nowMs },
    durationMs,
    get done() { return world.nowMs >= durationMs },
    runUntil,
    runToEnd: () => runUntil(durationMs),
    apply: (action: Action): ActionResult => applyAction(world, action),
    invoke(invocation: InvokeRequest): InvokeResponse {
      const target = resolveTarget(world, invocation.Target)
      if (!target) return { StatusCode: notFound(world) }
      const type = invocation.InvocationType ?? 'RequestResponse'
      const bytes = payloadBytes(invocation.Payload)
      if (type === 'RequestResponse') {
        const started = requestFollowed(world, target, invocation.Payload, bytes, 1)
        if (typeof started === 'number') return { StatusCode: started }
        const requestId = requestIdOf(world.seed, started)
        results.keep(requestId, started)
        return { StatusCode: STATUS_REQUEST_RESPONSE, requestId }
      }
      const eventSerial = world.asyncSerial
      const status = request(world, target, type, invocation.Payload, bytes)
      return status === STATUS_EVENT ? { StatusCode: status, requestId: asyncRequestId(world.seed, eventSerial) } : { StatusCode: status }
    },
    invocationResult: (requestId: string): InvocationResult | null => results.result(requestId),
    snapshot: (maxEnvironments = 500): Snapshot => takeSnapshot(world, maxEnvironments),
    summary: (): RunSummary => runSummary(world),
    accounting: (): RequestAccounting => ({
      ...world.ledger,
      inFlight: world.accountInFlight,
      queued: world.functionList.reduce((sum, fn) => sum + fn.asyncQueued, 0),
    }),
    metrics: (query: MetricsQuery): SeriesPoint[] => {
      if (query.functionName === undefined) return world.accountMetrics.points(query.resolution, world.nowMs, query.points)
      const metrics = world.functions.get(query.functionName)?.metrics
      if (!metrics) return []
      if (query.executedVersion !== undefined) return metrics.byVersion.get(query.executedVersion)?.points(query.resolution, world.nowMs, query.points) ?? []
      if (query.resource !== undefined) return metrics.byResource.get(query.resource)?.points(query.resolution, world.nowMs, query.points) ?? []
      return metrics.points(query.resolution, world.nowMs, query.points)
    },
    resourceMetrics: (query: ResourceMetricsQuery): SeriesPoint[] =>
      world.resources.get(resourceKey(query.kind, query.name))?.metrics(query.resolution, world.nowMs, query.points) ?? [],
    eventAccounting: (): Record<string, ResourceAccounting> =>
      Object.fromEntries([...world.resources].map(([key, handle]) => [key, handle.accounting()])),
    executedVersions: (functionName: string): string[] => executedVersions(world, functionName),
    environments: (query: EnvironmentsQuery): EnvironmentTimeline => environmentTimeline(world, query),
    logTail: (query: LogTailQuery): LogTail => logTail(world, query),
    logEvents: (functionName: string, limit = 200): LogEvent[] => recentLogEvents(world, functionName, limit),
    queueMessages: (queueName: string): unknown[] => world.queues.get(queueName)?.recentMessages() ?? [],
    dispose: (): void => disposeCode(world),
  }
}
