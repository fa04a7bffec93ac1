/**
 * What a Traffic entry (or an API route, a target group) points at: a function, with an optional
 * qualifier, by name or ARN; or, for traffic, a resource that invokes functions, as `Kind:Name` or
 * the resource's ARN (resourceTargets.ts).
 */
import { ACCOUNT_ID, LATEST_VERSION, PUBLISHED_VERSION_PATTERN } from '../facts.ts'
import type { FunctionFacts, ScenarioContext, TimelineCreations } from './context.ts'
import { describeValue } from './describe.ts'
import { isArn, parseFunctionTarget } from './references.ts'
import { declaredIn, FEED_KINDS, looksLikeResourceTarget, parseResourceTarget, RESOURCE_ARN_FORMS, type FeedKind } from './resourceTargets.ts'

const FUNCTION_FORMS = 'a function name, name:qualifier (a version or alias), or a function ARN'
const RESOURCE_FORMS = `Kind:Name with Kind one of ${FEED_KINDS.join(', ')}, or the resource's ARN`

/** What the target turned out to be; undefined when it is invalid (and reported). */
export type TrafficTargetKind = FeedKind | 'function'

export function checkTrafficTarget(ctx: ScenarioContext, value: unknown, at: string, creations: TimelineCreations): TrafficTargetKind | undefined {
  const text = ctx.c.string(value, at)
  if (text === undefined) return undefined
  if (looksLikeResourceTarget(text)) return checkResourceTarget(ctx, text, at)
  return checkFunctionReference(ctx, text, at, creations, `${FUNCTION_FORMS}; or a resource: ${RESOURCE_FORMS}`) ? 'function' : undefined
}

function checkResourceTarget(ctx: ScenarioContext, text: string, at: string): FeedKind | undefined {
  const { c } = ctx
  const target = parseResourceTarget(text)
  if (target === undefined) {
    if (isArn(text)) c.report(at, 'arn', `Target is not an ARN of a resource traffic can feed (got ${describeValue(text)}); the forms are: ${RESOURCE_ARN_FORMS.join('; ')}`)
    else c.report(at, 'pattern', `Target must be ${RESOURCE_FORMS} (got ${describeValue(text)})`)
    return undefined
  }
  if (!inThisAccount(ctx, target, at)) return undefined
  if (ctx.resources.get(target.kind)?.has(target.name) !== true) {
    c.report(at, 'reference', `The scenario's ${declaredIn(target.kind)} define no ${target.kind} named ${target.name}`)
    return undefined
  }
  return target.kind
}

/**
 * The text names an existing function and, if qualified, `$LATEST`, a version or an alias of it
 * (including those the Timeline creates). False when it does not (and reported).
 */
export function checkFunctionReference(ctx: ScenarioContext, text: string, at: string, creations: TimelineCreations, forms = FUNCTION_FORMS): boolean {
  const { c } = ctx
  const target = parseFunctionTarget(text)
  if (target === undefined) {
    c.report(at, isArn(text) ? 'arn' : 'pattern', `Target must be ${forms} (got ${describeValue(text)})`)
    return false
  }
  if (!inThisAccount(ctx, target, at)) return false
  const fn = ctx.functions.get(target.name)
  if (fn === undefined) {
    c.report(at, 'reference', `The scenario defines no function named ${target.name}`)
    return false
  }
  const { qualifier } = target
  if (qualifier !== undefined && !qualifierExists(fn, target.name, qualifier, creations)) {
    c.report(at, 'reference', `${target.name} has no version or alias ${describeValue(qualifier)}; a qualifier is $LATEST, a published version or an alias, listed under the function or created by the Timeline`)
    return false
  }
  return true
}

function inThisAccount(ctx: ScenarioContext, target: { readonly region: string | undefined; readonly account: string | undefined }, at: string): boolean {
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
