/**
 * References the push services make (S3 notifications, SNS subscriptions, EventBridge targets): a
 * function (with an optional qualifier that exists at the start of the run, when the service is
 * set up), or a queue or topic, by name or ARN.
 */
import { ACCOUNT_ID } from '../facts.ts'
import type { ScenarioContext, TimelineCreations } from './context.ts'
import { describeValue } from './describe.ts'
import { isArn } from './references.ts'
import { parseResourceTarget } from './resourceTargets.ts'
import { checkFunctionReference } from './validateTrafficTarget.ts'

/** Services resolve their targets when the run starts, before the Timeline creates anything. */
const AT_START: TimelineCreations = { publishes: new Map(), aliases: new Map() }

export function checkFunctionAtStart(ctx: ScenarioContext, value: unknown, at: string): boolean {
  const text = ctx.c.string(value, at)
  return text !== undefined && checkFunctionReference(ctx, text, at, AT_START)
}

export interface FoundResource {
  readonly name: string
  readonly fifo: boolean
}

const ARN_FORMS = { Queue: 'arn:aws:sqs:<region>:<account>:<QueueName>', Topic: 'arn:aws:sns:<region>:<account>:<TopicName>' } as const

/** A queue or topic by name or ARN; undefined when it is not one the scenario defines (reported). */
export function checkQueueOrTopic(ctx: ScenarioContext, value: unknown, at: string, kind: 'Queue' | 'Topic'): FoundResource | undefined {
  const { c } = ctx
  const text = c.string(value, at)
  if (text === undefined) return undefined
  let name = text
  if (isArn(text)) {
    const target = parseResourceTarget(text)
    if (target?.kind !== kind) {
      c.report(at, 'arn', `${describeValue(text)} is not ${kind === 'Queue' ? 'a queue' : 'a topic'} ARN (${ARN_FORMS[kind]}), nor is it just the name`)
      return undefined
    }
    if (ctx.region !== undefined && target.region !== ctx.region) {
      c.report(at, 'reference', `${describeValue(text)} is in Region ${target.region ?? '(none)'}, but the scenario's account runs in ${ctx.region}`)
      return undefined
    }
    if (target.account !== ACCOUNT_ID) {
      c.report(at, 'reference', `${describeValue(text)} belongs to account ${target.account ?? '(none)'}; the simulated account is ${ACCOUNT_ID}`)
      return undefined
    }
    name = target.name
  }
  const found = (kind === 'Queue' ? ctx.queues : ctx.topics).get(name)
  if (found === undefined) {
    c.report(at, 'reference', `The scenario defines no ${kind === 'Queue' ? 'queue' : 'topic'} named ${describeValue(name)}`)
    return undefined
  }
  return { name, fifo: found.fifo }
}

/** Reports each problem of a pattern under `at` (`Rules[0].EventPattern.detail.size[0]`). */
export function reportPatternProblems(ctx: ScenarioContext, at: string, problems: readonly { path: string; message: string }[], what: string): void {
  for (const problem of problems) {
    const path = problem.path === '' || problem.path.startsWith('[') ? `${at}${problem.path}` : `${at}.${problem.path}`
    ctx.c.report(path, 'event-pattern', `${what}: ${problem.message}`)
  }
}
