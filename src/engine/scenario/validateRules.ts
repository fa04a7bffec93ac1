/**
 * `Rules[]`: EventBridge rules, each with an event pattern on a bus or a schedule (on the default
 * bus), and 1 to 5 targets: functions, standard queues or standard topics, optionally sent a fixed
 * `Input` (JSON text) instead of the event, each with its `RetryPolicy` (0–185 attempts, 60–86,400 s)
 * and a `DeadLetterConfig` that is a standard queue. A function target may name a version or alias
 * the Timeline creates later: EventBridge invokes it by name at each event (until then, the invoke fails).
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html
 */
import { DEFAULT_EVENT_BUS, EVENTBRIDGE_EVENT_AGE_MAX_SECONDS, EVENTBRIDGE_EVENT_AGE_MIN_SECONDS, EVENTBRIDGE_RETRY_ATTEMPTS_MAX } from '../aws/limits.ts'
import { compilePattern } from '../sources/patterns.ts'
import { parseSchedule } from '../sources/push/schedule.ts'
import { field, item, type Fields } from './check.ts'
import type { ScenarioContext, TimelineCreations } from './context.ts'
import { describeValue } from './describe.ts'
import { isArn } from './references.ts'
import { parseResourceTarget } from './resourceTargets.ts'
import type { RuleConfig, RuleTargetConfig } from './types.ts'
import { checkQueueOrTopic, reportPatternProblems } from './validatePushReferences.ts'
import { checkFunctionReference } from './validateTrafficTarget.ts'

const RULE_FIELDS: Fields<RuleConfig> = {
  Name: 'required', EventBusName: 'optional', EventPattern: 'optional', ScheduleExpression: 'optional', State: 'optional', Targets: 'required',
}
const TARGET_FIELDS: Fields<RuleTargetConfig> = { Id: 'required', Arn: 'required', Input: 'optional', RetryPolicy: 'optional', DeadLetterConfig: 'optional' }
const RETRY_FIELDS: Fields<NonNullable<RuleTargetConfig['RetryPolicy']>> = { MaximumRetryAttempts: 'optional', MaximumEventAgeInSeconds: 'optional' }
const DEAD_LETTER_FIELDS: Fields<NonNullable<RuleTargetConfig['DeadLetterConfig']>> = { Arn: 'optional' }
const STATES: readonly NonNullable<RuleConfig['State']>[] = ['ENABLED', 'DISABLED']
const NAME = { pattern: /^[.\-_A-Za-z0-9]{1,64}$/, expected: '1 to 64 letters, digits, dots, hyphens or underscores' }
/** PutTargets: at most 5 targets per rule; Input at most 8,192 characters. */
const TARGETS_MAX = 5
const INPUT_MAX_LENGTH = 8192

export function checkRules(ctx: ScenarioContext, value: unknown, at: string, creations: TimelineCreations): void {
  const names = new Set<string>()
  ctx.c.array(value, at)?.forEach((raw, i) => {
    const rule = checkRule(ctx, raw, item(at, i), creations)
    if (rule === undefined) return
    const key = `${rule.bus}/${rule.name}`
    if (names.has(key)) ctx.c.report(field(item(at, i), 'Name'), 'duplicate', `Bus ${rule.bus} already has a rule named ${rule.name}; names are unique per bus`)
    names.add(key)
  })
}

function checkRule(ctx: ScenarioContext, value: unknown, at: string, creations: TimelineCreations): { name: string; bus: string } | undefined {
  const { c } = ctx
  const rule = c.object(value, at, RULE_FIELDS)
  if (rule === undefined) return undefined
  const name = c.string(rule.Name, field(at, 'Name'), NAME)
  const bus = checkBus(ctx, rule.EventBusName, field(at, 'EventBusName'))
  c.oneOf(rule.State, field(at, 'State'), STATES)
  if (rule.EventPattern === undefined && rule.ScheduleExpression === undefined) {
    c.report(at, 'required', 'A rule needs an EventPattern, a ScheduleExpression, or both')
  }
  if (rule.EventPattern !== undefined) {
    const compiled = compilePattern(rule.EventPattern)
    if (!compiled.ok) reportPatternProblems(ctx, field(at, 'EventPattern'), compiled.problems, 'EventPattern')
  }
  const expression = c.string(rule.ScheduleExpression, field(at, 'ScheduleExpression'))
  if (expression !== undefined) {
    const parsed = parseSchedule(expression)
    if (!parsed.ok) c.report(field(at, 'ScheduleExpression'), 'schedule', `${describeValue(expression)}: ${parsed.message}`)
    if (bus !== undefined && bus !== DEFAULT_EVENT_BUS) {
      c.report(field(at, 'ScheduleExpression'), 'schedule', `Scheduled rules run on the default event bus only (this one is on ${bus})`)
    }
  }
  checkTargets(ctx, rule.Targets, field(at, 'Targets'), creations)
  return name === undefined || bus === undefined ? undefined : { name, bus }
}

/** A bus by name or ARN (`arn:aws:events:<region>:<account>:event-bus/<name>`); `default` when absent. */
function checkBus(ctx: ScenarioContext, value: unknown, at: string): string | undefined {
  if (value === undefined) return DEFAULT_EVENT_BUS
  const text = ctx.c.string(value, at)
  if (text === undefined) return undefined
  const target = isArn(text) ? parseResourceTarget(text) : undefined
  if (isArn(text) && target?.kind !== 'EventBus') {
    ctx.c.report(at, 'arn', `${describeValue(text)} is not an event bus ARN (arn:aws:events:<region>:<account>:event-bus/<Name>), nor is it just the name`)
    return undefined
  }
  const name = target?.name ?? text
  if (ctx.resources.get('EventBus')?.has(name) !== true) {
    ctx.c.report(at, 'reference', `There is no event bus named ${describeValue(name)}; the default bus always exists, others are listed in EventBuses`)
    return undefined
  }
  return name
}

function checkTargets(ctx: ScenarioContext, value: unknown, at: string, creations: TimelineCreations): void {
  const { c } = ctx
  const targets = c.array(value, at)
  if (targets === undefined) return
  if (targets.length > TARGETS_MAX) c.report(at, 'length', `A rule has at most ${TARGETS_MAX} targets (got ${targets.length})`)
  const ids = new Set<string>()
  targets.forEach((raw, i) => {
    const targetAt = item(at, i)
    const target = c.object(raw, targetAt, TARGET_FIELDS)
    if (target === undefined) return
    const id = c.string(target.Id, field(targetAt, 'Id'), NAME)
    if (id !== undefined && ids.has(id)) c.report(field(targetAt, 'Id'), 'duplicate', `Another target of this rule has Id ${describeValue(id)}`)
    if (id !== undefined) ids.add(id)
    checkTargetArn(ctx, target.Arn, field(targetAt, 'Arn'), creations)
    const input = c.string(target.Input, field(targetAt, 'Input'), { maxLength: INPUT_MAX_LENGTH })
    if (input !== undefined && !isJson(input)) c.report(field(targetAt, 'Input'), 'json', 'Input is the JSON text the target receives instead of the event, and this is not valid JSON')
    checkRetryPolicy(ctx, target.RetryPolicy, field(targetAt, 'RetryPolicy'))
    checkDeadLetter(ctx, target.DeadLetterConfig, field(targetAt, 'DeadLetterConfig'))
  })
}

function checkRetryPolicy(ctx: ScenarioContext, value: unknown, at: string): void {
  const policy = ctx.c.object(value, at, RETRY_FIELDS)
  ctx.c.integer(policy?.MaximumRetryAttempts, field(at, 'MaximumRetryAttempts'), { min: 0, max: EVENTBRIDGE_RETRY_ATTEMPTS_MAX })
  ctx.c.integer(policy?.MaximumEventAgeInSeconds, field(at, 'MaximumEventAgeInSeconds'), {
    min: EVENTBRIDGE_EVENT_AGE_MIN_SECONDS, max: EVENTBRIDGE_EVENT_AGE_MAX_SECONDS, unit: 'seconds',
  })
}

/** EventBridge dead-letter queues are standard SQS queues [eb-rule-dlq]. */
function checkDeadLetter(ctx: ScenarioContext, value: unknown, at: string): void {
  const config = ctx.c.object(value, at, DEAD_LETTER_FIELDS)
  if (config?.Arn === undefined) return
  const arnAt = field(at, 'Arn')
  const found = checkQueueOrTopic(ctx, config.Arn, arnAt, 'Queue')
  if (found?.fifo === true) ctx.c.report(arnAt, 'fifo', `${found.name} is a FIFO queue; an EventBridge dead-letter queue must be a standard queue`)
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** A function (with an optional qualifier), a standard queue or a standard topic, by ARN or name. */
function checkTargetArn(ctx: ScenarioContext, value: unknown, at: string, creations: TimelineCreations): void {
  const { c } = ctx
  const text = c.string(value, at)
  if (text === undefined) return
  const resource = isArn(text) ? parseResourceTarget(text) : undefined
  let kind: 'function' | 'Queue' | 'Topic' | undefined = resource?.kind === 'Queue' || resource?.kind === 'Topic' ? resource.kind : undefined
  if (kind === undefined && isArn(text) && !text.startsWith('arn:aws:lambda:')) {
    c.report(at, 'destination-type', `${describeValue(text)}: the simulated rules target functions, SQS queues and SNS topics`)
    return
  }
  if (kind === undefined && !isArn(text)) {
    const base = text.split(':')[0] ?? text
    const matches = [
      ...(ctx.functions.has(base) ? ['function' as const] : []), ...(ctx.queues.has(text) ? ['Queue' as const] : []),
      ...(ctx.topics.has(text) ? ['Topic' as const] : []),
    ]
    if (matches.length > 1) {
      c.report(at, 'ambiguous', `${describeValue(text)} names a ${matches.join(' and a ')}; write the ARN of the one you mean`)
      return
    }
    kind = matches[0] ?? 'function'
  }
  if (kind === undefined || kind === 'function') {
    checkFunctionReference(ctx, text, at, creations)
    return
  }
  const found = checkQueueOrTopic(ctx, text, at, kind)
  if (found?.fifo === true) c.report(at, 'fifo-pairing', `${found.name} is FIFO; the simulated rules send to standard queues and topics only`)
}
