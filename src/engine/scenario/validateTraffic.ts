/** Traffic sources: what they invoke, how, when, and at what rate. */
import { ACCOUNT_ID, LATEST_VERSION, PUBLISHED_VERSION_PATTERN } from '../facts.ts'
import { field, item, type Fields } from './check.ts'
import { withinRun, type FunctionFacts, type ScenarioContext, type TimelineCreations } from './context.ts'
import { describeValue, formatNumber } from './describe.ts'
import { isArn, parseFunctionTarget, type FunctionTarget } from './references.ts'
import type { ArrivalProcess, InvocationType, TrafficConfig } from './types.ts'

type Process = ArrivalProcess['Process']

const TRAFFIC_FIELDS: Fields<TrafficConfig> = {
  Target: 'required', InvocationType: 'optional', Arrivals: 'required', StartSecond: 'optional', EndSecond: 'optional', Payload: 'optional',
}
const ARRIVAL_FIELDS: { readonly [K in Process]: Fields<Extract<ArrivalProcess, { Process: K }>> } = {
  constant: { Process: 'required', RatePerSecond: 'required' },
  poisson: { Process: 'required', RatePerSecond: 'required' },
  ramp: { Process: 'required', FromRatePerSecond: 'required', ToRatePerSecond: 'required' },
  burst: { Process: 'required', Count: 'required', AtSecond: 'required' },
}
const PROCESSES = Object.keys(ARRIVAL_FIELDS) as Process[]
const INVOCATION_TYPES: readonly InvocationType[] = ['RequestResponse', 'Event', 'DryRun']

export function checkTraffic(ctx: ScenarioContext, value: unknown, at: string, creations: TimelineCreations): void {
  const { c } = ctx
  c.array(value, at)?.forEach((raw, i) => {
    const sourceAt = item(at, i)
    const source = c.object(raw, sourceAt, TRAFFIC_FIELDS)
    if (source === undefined) return
    checkTarget(ctx, source.Target, field(sourceAt, 'Target'), creations)
    c.oneOf(source.InvocationType, field(sourceAt, 'InvocationType'), INVOCATION_TYPES)
    checkArrivals(ctx, source.Arrivals, field(sourceAt, 'Arrivals'))
    const start = c.number(source.StartSecond, field(sourceAt, 'StartSecond'), withinRun(ctx))
    const end = c.number(source.EndSecond, field(sourceAt, 'EndSecond'), withinRun(ctx))
    const effectiveStart = source.StartSecond === undefined ? 0 : start
    if (effectiveStart !== undefined && end !== undefined && effectiveStart >= end) {
      c.report(field(sourceAt, 'EndSecond'), 'traffic-window', `EndSecond (${formatNumber(end)}) must come after StartSecond (${formatNumber(effectiveStart)}); traffic runs from StartSecond until EndSecond`)
    }
  })
}

function checkArrivals(ctx: ScenarioContext, value: unknown, at: string): void {
  const { c } = ctx
  const raw = c.map(value, at)
  if (raw === undefined) return
  const process = c.discriminant(raw, 'Process', at, PROCESSES)
  if (process === undefined) return
  const rate = { min: 0, unit: 'requests per second' }
  switch (process) {
    case 'constant':
    case 'poisson': {
      const arrivals = c.object(raw, at, ARRIVAL_FIELDS[process])
      c.number(arrivals?.RatePerSecond, field(at, 'RatePerSecond'), rate)
      return
    }
    case 'ramp': {
      const arrivals = c.object(raw, at, ARRIVAL_FIELDS.ramp)
      c.number(arrivals?.FromRatePerSecond, field(at, 'FromRatePerSecond'), rate)
      c.number(arrivals?.ToRatePerSecond, field(at, 'ToRatePerSecond'), rate)
      return
    }
    case 'burst': {
      const arrivals = c.object(raw, at, ARRIVAL_FIELDS.burst)
      c.integer(arrivals?.Count, field(at, 'Count'), { min: 1 })
      c.number(arrivals?.AtSecond, field(at, 'AtSecond'), withinRun(ctx))
      return
    }
    default: {
      const unknown: never = process
      throw new Error(`Unhandled arrival process ${String(unknown)}`)
    }
  }
}

const TARGET_FORMS = 'a function name, name:qualifier (a version or alias), or a function ARN'

/** The target names an existing function and, if qualified, `$LATEST`, a version or an alias of it. */
function checkTarget(ctx: ScenarioContext, value: unknown, at: string, creations: TimelineCreations): void {
  const { c } = ctx
  const text = c.string(value, at)
  if (text === undefined) return
  const target = parseFunctionTarget(text)
  if (target === undefined) {
    c.report(at, isArn(text) ? 'arn' : 'pattern', `Target must be ${TARGET_FORMS} (got ${describeValue(text)})`)
    return
  }
  if (!inThisAccount(ctx, target, at)) return
  const fn = ctx.functions.get(target.name)
  if (fn === undefined) {
    c.report(at, 'reference', `The scenario defines no function named ${target.name}`)
    return
  }
  const { qualifier } = target
  if (qualifier !== undefined && !qualifierExists(fn, target.name, qualifier, creations)) {
    c.report(at, 'reference', `${target.name} has no version or alias ${describeValue(qualifier)}; a qualifier is $LATEST, a published version or an alias, listed under the function or created by the Timeline`)
  }
}

function inThisAccount(ctx: ScenarioContext, target: FunctionTarget, at: string): boolean {
  if (target.region !== undefined && ctx.region !== undefined && target.region !== ctx.region) {
    ctx.c.report(at, 'reference', `The target is in Region ${target.region}, but the scenario's account runs in ${ctx.region}`)
    return false
  }
  if (target.account !== undefined && target.account !== ACCOUNT_ID) {
    ctx.c.report(at, 'reference', `The target belongs to account ${target.account}; the simulated account is ${ACCOUNT_ID}`)
    return false
  }
  return true
}

function qualifierExists(fn: FunctionFacts, name: string, qualifier: string, creations: TimelineCreations): boolean {
  if (qualifier === LATEST_VERSION || fn.versions.has(qualifier) || fn.aliases.has(qualifier)) return true
  if (creations.aliases.get(name)?.has(qualifier) === true) return true
  // PublishVersion numbers on from the highest version listed.
  const highest = Math.max(0, ...[...fn.versions].map(Number))
  const published = creations.publishes.get(name) ?? 0
  const n = Number(qualifier)
  return PUBLISHED_VERSION_PATTERN.test(qualifier) && n > highest && n <= highest + published
}
