/**
 * Maps raw draws (./draws.ts) onto a scenario document that keeps every cross-field rule of
 * scenario/validate.ts: reservations leave 100 unreserved, provisioned concurrency fits its
 * reservation or the unreserved pool, one configuration per version, aliases route only between
 * published versions, traffic and timeline entries name things that exist or that the timeline will
 * publish. Picks are taken modulo the choices, so every draw maps to a valid document.
 */
import { ACCOUNT_ID, UNRESERVED_MINIMUM } from '../facts.ts'
import {
  SCENARIO_FORMAT, type Action, type AliasConfig, type EventInvokeConfig, type FunctionConfig, type ProvisionedConcurrencyConfig,
  type Scenario, type TimelineEntry, type TrafficConfig, type VersionConfig,
} from '../scenario/types.ts'
import {
  ALIAS_NAMES, OVERSIZED_PAYLOAD, QUEUES, TOPIC, type FunctionDraw, type ScenarioDraw, type TimelineDraw, type TrafficDraw,
} from './draws.ts'

const at = <T>(list: readonly T[], index: number): T => list[index % list.length] as T
const share = (fraction: number, of: number): number => Math.floor(fraction * of)

/** What the build of one function decided, for traffic and timeline entries that refer to it. */
interface FunctionPlan {
  readonly name: string
  readonly versions: readonly string[]
  readonly aliases: readonly string[]
  /** The most it may ever reserve: reservations of all functions together always leave 100 unreserved. */
  readonly cap: number
  readonly reserved: number | null
  /** Qualifiers with provisioned concurrency from the start. */
  readonly provisioned: readonly string[]
  /** Versions the timeline will publish: traffic may target them before they exist (404 until then). */
  future: string[]
}

function buildAlias(draw: FunctionDraw['aliases'][number], index: number, versions: readonly string[]): AliasConfig {
  const primary = at(['$LATEST', ...versions], draw.primary)
  const others = versions.filter((v) => v !== primary)
  const alias: AliasConfig = { Name: ALIAS_NAMES[index] as string, FunctionVersion: primary }
  if (draw.routing && primary !== '$LATEST' && others.length > 0) {
    alias.RoutingConfig = { AdditionalVersionWeights: { [at(others, draw.routing.pick)]: draw.routing.weight } }
  }
  return alias
}

/** Provisioned concurrency on versions or un-routed aliases, once per version, within the reservation or the shared pool. */
function buildProvisioned(
  draw: FunctionDraw, versions: readonly string[], aliases: readonly AliasConfig[], reserved: number | null, pool: { left: number },
): ProvisionedConcurrencyConfig[] {
  const candidates = [
    ...versions.map((v) => ({ qualifier: v, version: v })),
    ...aliases.filter((a) => !a.RoutingConfig && a.FunctionVersion !== '$LATEST').map((a) => ({ qualifier: a.Name, version: a.FunctionVersion })),
  ]
  if (candidates.length === 0) return []
  const configs: ProvisionedConcurrencyConfig[] = []
  const claimed = new Set<string>()
  let reservedLeft = reserved ?? 0
  for (const pc of draw.provisioned) {
    const candidate = at(candidates, pc.pick)
    const left = reserved === null ? pool.left : reservedLeft
    if (claimed.has(candidate.version) || left < 1) continue
    const amount = 1 + share(pc.share, left - 1)
    claimed.add(candidate.version)
    if (reserved === null) pool.left -= amount
    else reservedLeft -= amount
    configs.push({ Qualifier: candidate.qualifier, ProvisionedConcurrentExecutions: amount })
  }
  return configs
}

/**
 * Functions a destination may name: any, itself included, so loops of destinations (f0 → f0,
 * f0 → f1 → f0) are generated and recursive loop detection must stop them.
 */
function destinationFunctions(functionNames: readonly string[]): readonly string[] {
  return functionNames
}

function destination(draw: { kind: string; pick: number }, region: string, functionNames: readonly string[]): string {
  if (draw.kind === 'function' && functionNames.length === 0) return at(QUEUES, draw.pick)
  switch (draw.kind) {
    case 'queue':
      return at(QUEUES, draw.pick)
    case 'queue-arn':
      return `arn:aws:sqs:${region}:${ACCOUNT_ID}:${at(QUEUES, draw.pick)}`
    case 'topic':
      return TOPIC
    default:
      return at(functionNames, draw.pick)
  }
}

function buildEventInvoke(draw: NonNullable<FunctionDraw['eventInvoke']>, region: string, functionNames: readonly string[]): EventInvokeConfig {
  const config: EventInvokeConfig = {}
  if (draw.MaximumRetryAttempts !== undefined) config.MaximumRetryAttempts = draw.MaximumRetryAttempts
  if (draw.MaximumEventAgeInSeconds !== undefined) config.MaximumEventAgeInSeconds = draw.MaximumEventAgeInSeconds
  if (draw.onSuccess || draw.onFailure) {
    config.DestinationConfig = {}
    if (draw.onSuccess) config.DestinationConfig.OnSuccess = { Destination: destination(draw.onSuccess, region, functionNames) }
    if (draw.onFailure) config.DestinationConfig.OnFailure = { Destination: destination(draw.onFailure, region, functionNames) }
  }
  return config
}

function buildFunction(
  draw: FunctionDraw, index: number, cap: number, pool: { left: number }, region: string, functionNames: readonly string[],
): { config: FunctionConfig; plan: FunctionPlan } {
  const name = functionNames[index] as string
  const versions = draw.versions.map((_, i) => String(i + 1))
  const config: FunctionConfig = { FunctionName: name, Simulation: draw.Simulation }
  if (draw.MemorySize !== undefined) config.MemorySize = draw.MemorySize
  if (draw.Timeout !== undefined) config.Timeout = draw.Timeout
  const reserved = draw.reserved === null ? null : Math.round(draw.reserved * cap)
  if (reserved !== null) config.ReservedConcurrentExecutions = reserved
  if (versions.length > 0) config.Versions = draw.versions.map((overrides, i): VersionConfig => ({ Version: String(i + 1), ...overrides }))
  const aliases = draw.aliases.map((alias, i) => buildAlias(alias, i, versions))
  if (aliases.length > 0) config.Aliases = aliases
  const provisioned = buildProvisioned(draw, versions, aliases, reserved, pool)
  if (provisioned.length > 0) config.ProvisionedConcurrencyConfigs = provisioned
  if (draw.eventInvoke) config.EventInvokeConfig = buildEventInvoke(draw.eventInvoke, region, destinationFunctions(functionNames))
  if (draw.deadLetter) config.DeadLetterConfig = { TargetArn: draw.deadLetter === 'q1-arn' ? `arn:aws:sqs:${region}:${ACCOUNT_ID}:q1` : draw.deadLetter }
  const plan: FunctionPlan = {
    name, versions, aliases: aliases.map((a) => a.Name), cap, reserved, provisioned: provisioned.map((pc) => pc.Qualifier), future: [],
  }
  return { config, plan }
}

function buildAction(draw: TimelineDraw, plan: FunctionPlan, poolSize: number): Action {
  const FunctionName = plan.name
  const knownVersions = [...plan.versions, ...plan.future]
  switch (draw.kind) {
    case 'PutFunctionConcurrency':
      return { Action: 'PutFunctionConcurrency', FunctionName, ReservedConcurrentExecutions: Math.round(draw.share * plan.cap) }
    case 'DeleteFunctionConcurrency':
      return { Action: 'DeleteFunctionConcurrency', FunctionName }
    case 'UpdateFunctionConfiguration':
      return { Action: 'UpdateFunctionConfiguration', FunctionName, Changes: draw.changes }
    case 'DeleteProvisionedConcurrencyConfig': {
      const qualifiers = [...plan.provisioned, ...knownVersions, ...plan.aliases]
      if (qualifiers.length === 0) break
      return { Action: 'DeleteProvisionedConcurrencyConfig', FunctionName, Qualifier: at(qualifiers, draw.pick) }
    }
    case 'UpdateAlias': {
      if (plan.aliases.length === 0) break
      const primary = draw.keepPrimary ? undefined : at(['$LATEST', ...knownVersions], draw.pick)
      const action: Extract<Action, { Action: 'UpdateAlias' }> = { Action: 'UpdateAlias', FunctionName, Name: at(plan.aliases, draw.pick) }
      if (primary !== undefined) action.FunctionVersion = primary
      const others = knownVersions.filter((v) => v !== primary)
      if (draw.weight !== null && primary !== '$LATEST' && others.length > 0) {
        action.RoutingConfig = { AdditionalVersionWeights: { [at(others, draw.pick >> 2)]: draw.weight } }
      }
      return action
    }
    case 'PutProvisionedConcurrencyConfig': {
      const qualifiers = [...knownVersions, ...plan.aliases]
      if (qualifiers.length === 0) break
      const limit = Math.max(1, plan.reserved === null ? poolSize : plan.cap)
      return { Action: 'PutProvisionedConcurrencyConfig', FunctionName, Qualifier: at(qualifiers, draw.pick), ProvisionedConcurrentExecutions: 1 + share(draw.share, limit - 1) }
    }
    default:
      break
  }
  plan.future.push(String(plan.versions.length + plan.future.length + 1))
  return { Action: 'PublishVersion', FunctionName }
}

function buildTraffic(draw: TrafficDraw, plans: readonly FunctionPlan[], durationSeconds: number, region: string): TrafficConfig {
  const plan = at(plans, draw.fn)
  const qualifiers = draw.provisioned && plan.provisioned.length > 0
    ? plan.provisioned
    : [undefined, '$LATEST', ...plan.versions, ...plan.aliases, ...plan.future]
  const qualifier = at(qualifiers, draw.qualifier)
  const qualified = qualifier === undefined ? plan.name : `${plan.name}:${qualifier}`
  const traffic: TrafficConfig = {
    Target: draw.arn ? `arn:aws:lambda:${region}:${ACCOUNT_ID}:function:${qualified}` : qualified,
    Arrivals: { Process: 'burst', Count: draw.requests, AtSecond: Math.floor(draw.at * durationSeconds) },
  }
  if (draw.type !== undefined) traffic.InvocationType = draw.type
  const start = draw.start === undefined ? undefined : share(draw.start, durationSeconds - 1)
  const from = start ?? 0
  const end = draw.end === undefined ? undefined : from + 1 + share(draw.end, durationSeconds - from - 1)
  if (start !== undefined) traffic.StartSecond = start
  if (end !== undefined) traffic.EndSecond = end
  // Rates chosen so the window receives about `requests` requests.
  const meanRate = draw.requests / ((end ?? durationSeconds) - from)
  switch (draw.process) {
    case 'constant':
    case 'poisson':
      traffic.Arrivals = { Process: draw.process, RatePerSecond: meanRate }
      break
    case 'ramp':
      traffic.Arrivals = { Process: 'ramp', FromRatePerSecond: 2 * meanRate * draw.split, ToRatePerSecond: 2 * meanRate * (1 - draw.split) }
      break
    case 'burst':
      break
  }
  if (draw.payload === 'small') traffic.Payload = { orderId: draw.requests, note: 'property test' }
  if (draw.payload === 'oversized') traffic.Payload = OVERSIZED_PAYLOAD
  return traffic
}

/** The document the draws describe. */
export function buildScenario(draw: ScenarioDraw): Scenario {
  const reservable = draw.ConcurrentExecutions - UNRESERVED_MINIMUM
  const totalWeight = draw.poolWeight + draw.functions.reduce((sum, f) => sum + f.capWeight, 0) + 1
  const caps = draw.functions.map((f) => share(f.capWeight / totalWeight, reservable))
  const poolSize = reservable - caps.reduce((a, b) => a + b, 0)
  const pool = { left: poolSize }
  const names = draw.functions.map((_, i) => `f${i}`)
  const built = draw.functions.map((f, i) => buildFunction(f, i, caps[i] as number, pool, draw.Region, names))
  const plans = built.map((b) => b.plan)
  const timeline = draw.timeline.map((t): TimelineEntry => ({
    AtSecond: Math.round(t.at * draw.DurationSeconds * 10) / 10,
    Do: buildAction(t, at(plans, t.fn), poolSize),
  }))
  const scenario: Scenario = {
    Format: SCENARIO_FORMAT,
    Name: 'property',
    Seed: draw.Seed,
    DurationSeconds: draw.DurationSeconds,
    Account: {
      Region: draw.Region, ConcurrentExecutions: draw.ConcurrentExecutions, ScalingModel: draw.ScalingModel,
      EnvironmentSelection: draw.EnvironmentSelection,
    },
    Functions: built.map((b) => b.config),
    Queues: [...QUEUES.map((QueueName) => ({ QueueName })), { QueueName: 'q2.fifo', FifoQueue: true }],
    Topics: [{ TopicName: TOPIC }],
    Traffic: draw.traffic.map((t) => buildTraffic(t, plans, draw.DurationSeconds, draw.Region)),
  }
  if (draw.preparationSeconds !== undefined && scenario.Account) scenario.Account.ProvisionedConcurrencyPreparationSeconds = draw.preparationSeconds
  if (timeline.length > 0) scenario.Timeline = timeline
  return scenario
}
