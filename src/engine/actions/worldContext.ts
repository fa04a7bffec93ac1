/**
 * The validator's view of a running world, so a change made during the run is checked by the same
 * rules as the document: the resources, functions, versions and aliases that exist now, with the
 * settings they have now (a function's Timeout after UpdateFunctionConfiguration, say).
 */
import type { Checker } from '../scenario/check.ts'
import type { FunctionFacts, ScenarioContext } from '../scenario/context.ts'
import type { FeedKind } from '../scenario/resourceTargets.ts'
import type { World } from '../world.ts'

function functionFacts(world: World): Map<string, FunctionFacts> {
  return new Map(world.functionList.map((fn) => [fn.name, {
    at: '', name: fn.name, reserved: fn.reserved ?? 'unset', versions: new Set(fn.versions.keys()),
    aliases: new Map([...fn.aliases.values()].map((alias) => [alias.name, { version: alias.primary.version, routed: alias.additional !== null }])),
    provisioned: [], targets: [],
  }]))
}

function resourceNames(world: World): Map<FeedKind, ReadonlySet<string>> {
  return new Map<FeedKind, ReadonlySet<string>>([
    ['Queue', new Set(world.queues.keys())], ['Topic', new Set(world.topics.keys())], ['Bucket', new Set(world.aws.buckets.keys())],
    ['Table', new Set(world.aws.tables.keys())], ['EventBus', new Set(world.aws.eventBuses.keys())],
    ['Stream', new Set(world.streams?.kinesis.keys() ?? [])],
  ])
}

export function contextOfWorld(world: World, c: Checker): ScenarioContext {
  return {
    c, durationSeconds: world.durationMs / 1000, region: world.region, accountConcurrency: world.accountLimit,
    queues: new Map([...world.queues.values()].map((q) => [q.name, { fifo: q.fifo }])),
    topics: new Map([...world.topics.values()].map((t) => [t.name, { fifo: t.fifo }])),
    layers: { defined: new Set(world.layers.keys()), complete: true },
    functions: functionFacts(world), resources: resourceNames(world),
  }
}

/** The document's `Functions` as they stand now, as far as the mapping checks read them (names and Timeouts). */
export function functionsOfWorld(world: World): unknown[] {
  return world.functionList.map((fn) => ({
    FunctionName: fn.name, Timeout: fn.latest.config.timeoutMs / 1000,
    Versions: [...fn.versions.values()].map((v) => ({ Version: v.version, Timeout: v.config.timeoutMs / 1000 })),
  }))
}
