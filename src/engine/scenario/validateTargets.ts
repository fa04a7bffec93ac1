/**
 * Where asynchronous invocations deliver: destinations may be a standard SQS queue, a standard SNS
 * topic or a function; a dead-letter queue only a standard queue or topic ([D-async-rec],
 * lambda-facts §2.4, §2.5). Checked once every function, queue and topic is known.
 */
import { ACCOUNT_ID } from '../facts.ts'
import type { FunctionFacts, PendingTarget, ScenarioContext } from './context.ts'
import { describeValue } from './describe.ts'
import { isArn, parseArn } from './references.ts'

type Kind = 'queue' | 'topic' | 'function'
interface Found { readonly kind: Kind; readonly name: string; readonly fifo: boolean }

const KIND_BY_SERVICE = { sqs: 'queue', sns: 'topic', lambda: 'function' } as const

export function checkTargets(ctx: ScenarioContext, functions: readonly FunctionFacts[]): void {
  for (const fn of functions) for (const target of fn.targets) checkTarget(ctx, target)
}

function checkTarget(ctx: ScenarioContext, target: PendingTarget): void {
  const found = isArn(target.value) ? resolveArn(ctx, target) : resolveName(ctx, target)
  if (found === undefined) return
  if (found.kind === 'function' && target.role === 'dead-letter') {
    ctx.c.report(target.at, 'destination-type', `A dead-letter queue must be an SQS queue or SNS topic, and ${found.name} is a function; a function can be an on-failure destination instead`)
  } else if (found.fifo) {
    const use = target.role === 'dead-letter' ? 'dead-letter queues' : 'destinations'
    ctx.c.report(target.at, 'fifo', `${found.name} is a FIFO ${found.kind}; Lambda supports only standard queues and topics as ${use}`)
  }
}

function lookup(ctx: ScenarioContext, kind: Kind, name: string): Found | undefined {
  if (kind === 'function') return ctx.functions.has(name) ? { kind, name, fifo: false } : undefined
  const resource = (kind === 'queue' ? ctx.queues : ctx.topics).get(name)
  return resource === undefined ? undefined : { kind, name, fifo: resource.fifo }
}

function resolveArn(ctx: ScenarioContext, target: PendingTarget): Found | undefined {
  const { c } = ctx
  const arn = parseArn(target.value)
  if (arn === undefined) {
    c.report(target.at, 'arn', `${describeValue(target.value)} is not an ARN Lambda can deliver to; use arn:aws:sqs:<region>:<account>:<queue>, arn:aws:sns:<region>:<account>:<topic> or arn:aws:lambda:<region>:<account>:function:<name>, or just the name`)
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

function resolveName(ctx: ScenarioContext, target: PendingTarget): Found | undefined {
  const matches = (['queue', 'topic', 'function'] as const)
    .map((kind) => lookup(ctx, kind, target.value))
    .filter((found) => found !== undefined)
  // A function cannot be a dead-letter queue, so it does not make a name ambiguous there.
  const usable = target.role === 'dead-letter' && matches.length > 1 ? matches.filter((m) => m.kind !== 'function') : matches
  const [only, ...others] = usable
  if (only === undefined) {
    const kinds = target.role === 'dead-letter' ? 'queue or topic' : 'queue, topic or function'
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
