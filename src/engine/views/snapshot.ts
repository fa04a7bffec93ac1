import type { EnvironmentView, FunctionView, Snapshot } from '../api.ts'
import type { ExecutionEnvironment } from '../environments/environment.ts'
import { environmentIdFor } from '../logs/format.ts'
import { versionsOf } from '../model/lookup.ts'
import type { FunctionState, VersionState } from '../model/state.ts'
import type { World } from '../world.ts'
import { httpEndpointViews } from '../sources/http/httpViews.ts'
import { queueViews } from '../sources/sqs/queueViews.ts'
import { streamViews } from '../sources/streams/streamViews.ts'
import { pushViews } from '../sources/push/pushViews.ts'


function environmentView(world: World, fn: FunctionState, version: VersionState, env: ExecutionEnvironment): EnvironmentView {
  return {
    id: environmentIdFor(world.seed, env.serial),
    functionName: fn.name,
    version: version.version,
    state: env.phase === 'ended' ? 'idle' : env.phase,
    provisioned: env.provisioned,
    createdAtMs: env.createdAtMs,
    sinceMs: env.sinceMs,
    invocations: env.invocations,
  }
}

function functionView(fn: FunctionState): FunctionView {
  const counts = { initializing: 0, busy: 0, idle: 0, provisioned: 0 }
  const provisioned: FunctionView['provisioned'] = []
  for (const version of versionsOf(fn)) {
    for (const pool of [version.onDemand, version.provisionedPool]) {
      for (const env of pool.alive()) {
        if (env.phase !== 'ended') counts[env.phase]++
        if (env.provisioned) counts.provisioned++
      }
    }
    const pc = version.provisioned
    if (pc) provisioned.push({ qualifier: pc.qualifier, version: version.version, requested: pc.requested, allocated: pc.allocated, status: pc.status })
  }
  return {
    functionName: fn.name, reservedConcurrency: fn.reserved, inFlight: fn.inFlight, environments: counts, provisioned,
    asyncQueueDepth: fn.asyncQueued,
  }
}

/** Functions with `Code` in a run given no handler runtime are modelled instead: said once, per function. */
function codeWarnings(world: World): string[] {
  if (world.runtime !== null) return []
  return world.functionList
    .filter((fn) => versionsOf(fn).some((version) => version.config.code !== null))
    .map((fn) => `${fn.name} has Code, but this run was given no handler runtime to execute it: it runs from its Simulation model instead`)
}

/** A compact picture of the account now, for the UI to draw; at most `maxEnvironments` environments, busiest functions first. */
export function takeSnapshot(world: World, maxEnvironments: number): Snapshot {
  const environments: EnvironmentView[] = []
  const byLoad = [...world.functionList].sort((a, b) => b.inFlight - a.inFlight || a.index - b.index)
  for (const fn of byLoad) {
    for (const version of versionsOf(fn)) {
      for (const pool of [version.provisionedPool, version.onDemand]) {
        for (const env of pool.alive()) {
          if (environments.length >= maxEnvironments) break
          environments.push(environmentView(world, fn, version, env))
        }
      }
    }
  }
  const warnings = codeWarnings(world)
  const httpEndpoints = httpEndpointViews(world.http)
  const queues = queueViews(world)
  const streams = streamViews(world)
  return {
    nowMs: world.nowMs,
    durationMs: world.durationMs,
    done: world.nowMs >= world.durationMs,
    accountInFlight: world.accountInFlight,
    unreservedInFlight: world.unreservedOnDemandInFlight,
    functions: world.functionList.map(functionView),
    environments,
    ...(warnings.length === 0 ? {} : { warnings }),
    ...(httpEndpoints === undefined ? {} : { httpEndpoints }),
    ...(queues === undefined ? {} : { queues }),
    ...(streams === undefined ? {} : { streams }),
    ...pushViews(world),
  }
}
