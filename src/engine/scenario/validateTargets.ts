/**
 * Where asynchronous invocations deliver: destinations may be a standard SQS queue, a standard SNS
 * topic, a function or an EventBridge event bus, and on failure also an S3 bucket (since Nov 2024);
 * a dead-letter queue only a standard queue or topic ([D-async-rec], lambda-facts §2.4, §2.5).
 * Checked once every function, queue, topic, bucket and bus is known.
 */
import { ACCOUNT_ID } from '../facts.ts'
import type { FunctionFacts, PendingTarget, ScenarioContext } from './context.ts'
import { describeValue } from './describe.ts'
import { isArn, parseArn } from './references.ts'
import { parseResourceTarget, type ResourceTarget } from './resourceTargets.ts'

type Kind = 'queue' | 'topic' | 'function' | 'bucket' | 'event bus'
interface Found { readonly kind: Kind; readonly name: string; readonly fifo: boolean }

const KIND_BY_SERVICE = { sqs: 'queue', sns: 'topic', lambda: 'function' } as const
const KINDS: readonly Kind[] = ['queue', 'topic', 'function', 'bucket', 'event bus']
const FEED_KIND = { bucket: 'Bucket', 'event bus': 'EventBus' } as const

export function checkTargets(ctx: ScenarioContext, functions: readonly FunctionFacts[]): void {
  for (const fn of functions) for (const target of fn.targets) checkTarget(ctx, target)
}

function checkTarget(ctx: ScenarioContext, target: PendingTarget): void {
  const found = isArn(target.value) ? resolveArn(ctx, target) : resolveName(ctx, target)
  if (found === undefined) return
  if (target.role === 'dead-letter' && found.kind !== 'queue' && found.kind !== 'topic') {
    ctx.c.report(target.at, 'destination-type', `A dead-letter queue must be an SQS queue or SNS topic, and ${found.name} is a ${found.kind}; it can be an on-failure destination instead`)
  } else if (target.role === 'on-success' && found.kind === 'bucket') {
    ctx.c.report(target.at, 'destination-type', `An S3 bucket takes on-failure records only; ${found.name} cannot be an OnSuccess destination`)
  } else if (found.fifo) {
    const use = target.role === 'dead-letter' ? 'dead-letter queues' : 'destinations'
    ctx.c.report(target.at, 'fifo', `${found.name} is a FIFO ${found.kind}; Lambda supports only standard queues and topics as ${use}`)
  }
}

function lookup(ctx: ScenarioContext, kind: Kind, name: string): Found | undefined {
  if (kind === 'function') return ctx.functions.has(name) ? { kind, name, fifo: false } : undefined
  if (kind === 'bucket' || kind === 'event bus') return ctx.resources.get(FEED_KIND[kind])?.has(name) === true ? { kind, name, fifo: false } : undefined
  const resource = (kind === 'queue' ? ctx.queues : ctx.topics).get(name)
  return resource === undefined ? undefined : { kind, name, fifo: resource.fifo }
}

function resolveArn(ctx: ScenarioContext, target: PendingTarget): Found | undefined {
  const { c } = ctx
  const arn = parseArn(target.value)
  const resource = arn === undefined ? parseResourceTarget(target.value) : undefined
  if (resource?.kind === 'Bucket' || resource?.kind === 'EventBus') return resolveStoreArn(ctx, target, resource)
  if (arn === undefined) {
    c.report(target.at, 'arn', `${describeValue(target.value)} is not an ARN Lambda can deliver to; use arn:aws:sqs:<region>:<account>:<queue>, arn:aws:sns:<region>:<account>:<topic>, arn:aws:lambda:<region>:<account>:function:<name>, arn:aws:events:<region>:<account>:event-bus/<name> or arn:aws:s3:::<bucket>, or just the name`)
    return undefined
  }
  if (arn.qualifier !== undefined) {
    c.report(target.at, 'arn', `A destination names the function without a version or alias (arn:aws:lambda:${arn.region}:${arn.account}:function:${arn.name})`)
    return undefined
  }
  if (ctx.region !== undefined && arn.region !== ctx.region) {
    c.report(target.at, 'reference', `${describeValue(target.value)} is in Region ${arn.region}, but the scenario's account runs in ${ctx.region}`)
    return undefined
  }
  if (arn.account !== ACCOUNT_ID) {
    c.report(target.at, 'reference', `${describeValue(target.value)} belongs to account ${arn.account}; the simulated account is ${ACCOUNT_ID}`)
    return undefined
  }
  const kind = KIND_BY_SERVICE[arn.service]
  const found = lookup(ctx, kind, arn.name)
  if (found === undefined) c.report(target.at, 'reference', `The scenario defines no ${kind} named ${arn.name}`)
  return found
}

/** A bucket (`arn:aws:s3:::<name>`) or event bus (`arn:aws:events:<region>:<account>:event-bus/<name>`) ARN. */
function resolveStoreArn(ctx: ScenarioContext, target: PendingTarget, resource: ResourceTarget): Found | undefined {
  const kind = resource.kind === 'Bucket' ? 'bucket' : 'event bus'
  if (resource.region !== undefined && ctx.region !== undefined && resource.region !== ctx.region) {
    ctx.c.report(target.at, 'reference', `${describeValue(target.value)} is in Region ${resource.region}, but the scenario's account runs in ${ctx.region}`)
    return undefined
  }
  if (resource.account !== undefined && resource.account !== ACCOUNT_ID) {
    ctx.c.report(target.at, 'reference', `${describeValue(target.value)} belongs to account ${resource.account}; the simulated account is ${ACCOUNT_ID}`)
    return undefined
  }
  const found = lookup(ctx, kind, resource.name)
  if (found === undefined) ctx.c.report(target.at, 'reference', `The scenario defines no ${kind} named ${resource.name}`)
  return found
}

function resolveName(ctx: ScenarioContext, target: PendingTarget): Found | undefined {
  const matches = KINDS.map((kind) => lookup(ctx, kind, target.value)).filter((found) => found !== undefined)
  // Only queues and topics can be dead-letter queues, so nothing else makes a name ambiguous there.
  const usable = target.role === 'dead-letter' && matches.length > 1 ? matches.filter((m) => m.kind === 'queue' || m.kind === 'topic') : matches
  const [only, ...others] = usable
  if (only === undefined) {
    const kinds = target.role === 'dead-letter' ? 'queue or topic' : 'queue, topic, function, bucket or event bus'
    ctx.c.report(target.at, 'reference', `The scenario defines no ${kinds} named ${describeValue(target.value)}`)
    return undefined
  }
  if (others.length > 0) {
    const kinds = usable.map((m) => m.kind).join(' and ')
    ctx.c.report(target.at, 'ambiguous', `${describeValue(target.value)} names a ${kinds}; write the ARN of the one you mean`)
    return undefined
  }
  return only
}
