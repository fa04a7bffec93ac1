/**
 * EventBridge rules: an event pattern on a bus, or a schedule on the default bus, and up to five
 * targets, each a function (invoked asynchronously), a queue or a topic, sent the event or the
 * target's `Input` instead (ruleTargets.ts, with what a failed delivery does). EventBridge is not
 * among the services that carry Lambda's loop detection [D-recursion], so a target's invocation
 * starts a new chain of requests.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rules.html
 */
import type { ResourceAccounting } from '../../api.ts'
import { nextAwsId } from '../../aws/ids.ts'
import { ACCOUNT_ID } from '../../facts.ts'
import type { RuleConfig } from '../../scenario/types.ts'
import { scheduleStep } from '../../runtime/codeStep.ts'
import { VIRTUAL_EPOCH_MS } from '../../time/epoch.ts'
import type { World } from '../../world.ts'
import type { CompiledPattern } from '../patterns.ts'
import { countDropped, emptyAccounting } from '../resources.ts'
import { compiledOrThrow } from './compiled.ts'
import { busEvent } from './eventShapes.ts'
import { createRuleTarget, deliverToTarget, type RuleTarget } from './ruleTargets.ts'
import { CounterMetrics, registerCounted } from './pushMetrics.ts'
import { nextFireMs, parseSchedule, type Schedule } from './schedule.ts'

/** AWS/Events metrics of a rule (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-monitoring.html). */
const RULE_METRICS = ['MatchedEvents', 'TriggeredRules', 'Invocations', 'FailedInvocations', 'InvocationsSentToDLQ'] as const
export const MATCHED_EVENTS = 0
const TRIGGERED_RULES = 1
const INVOCATIONS = 2
const FAILED_INVOCATIONS = 3
const SENT_TO_DLQ = 4

export interface RuleRuntime {
  readonly name: string
  readonly arn: string
  readonly busName: string
  readonly pattern: CompiledPattern | null
  readonly schedule: Schedule | null
  /** `ScheduleExpression` as written, for the views. */
  readonly expression: string | null
  readonly enabled: boolean
  /** When the schedule fires next; null without one (or once it has no firing left in the run). */
  nextFireMs: number | null
  readonly targets: readonly RuleTarget[]
  readonly metrics: CounterMetrics<(typeof RULE_METRICS)[number]>
  /** Per event the rule saw (on its bus, or fired by its schedule): processed when a target got it. */
  readonly accounting: ResourceAccounting
}

const ruleArn = (region: string, busName: string, name: string): string =>
  `arn:aws:events:${region}:${ACCOUNT_ID}:rule/${busName === 'default' ? '' : `${busName}/`}${name}`

/** Builds a rule of a valid document, registered as `Rule:<name>`; an enabled schedule starts firing. */
export function createRule(world: World, doc: RuleConfig): RuleRuntime {
  const at = `Rules.${doc.Name}`
  const busName = doc.EventBusName ?? 'default'
  const parsed = doc.ScheduleExpression === undefined ? null : parseSchedule(doc.ScheduleExpression)
  if (parsed !== null && !parsed.ok) throw new Error(`${at}.ScheduleExpression: ${parsed.message}`)
  const rule: RuleRuntime = {
    name: doc.Name,
    arn: ruleArn(world.region, busName, doc.Name),
    busName,
    pattern: doc.EventPattern === undefined ? null : compiledOrThrow(doc.EventPattern, `${at}.EventPattern`),
    schedule: parsed === null ? null : parsed.schedule,
    expression: doc.ScheduleExpression ?? null,
    enabled: (doc.State ?? 'ENABLED') === 'ENABLED',
    nextFireMs: null,
    targets: doc.Targets.map((t, i) => createRuleTarget(world, t, `${at}.Targets[${i}]`)),
    metrics: new CounterMetrics(RULE_METRICS),
    accounting: emptyAccounting(),
  }
  registerCounted(world, 'Rule', doc.Name, rule)
  if (rule.schedule !== null && rule.enabled) scheduleNext(world, rule, rule.schedule, 0)
  return rule
}

function scheduleNext(world: World, rule: RuleRuntime, schedule: Schedule, afterMs: number): void {
  const atMs = nextFireMs(schedule, afterMs, world.durationMs, VIRTUAL_EPOCH_MS)
  rule.nextFireMs = atMs
  if (atMs === null) return
  scheduleStep(world, atMs, () => {
    fireSchedule(world, rule)
    scheduleNext(world, rule, schedule, atMs)
  })
}

/** The event a schedule sends [G-events]. */
function fireSchedule(world: World, rule: RuleRuntime): void {
  rule.accounting.Received++
  trigger(world, rule, busEvent(nextAwsId(world), world.nowMs, world.region, 'aws.events', 'Scheduled Event', [rule.arn], {}))
}

/**
 * The rule matched `event`: every target gets it (or its Input). The event counts once: processed
 * when a target got it, else dead-lettered when a target's dead-letter queue took it, else dropped.
 */
export function trigger(world: World, rule: RuleRuntime, event: object): void {
  const nowMs = world.nowMs
  rule.metrics.count(nowMs, TRIGGERED_RULES)
  let delivered = 0
  let deadLettered = 0
  for (const target of rule.targets) {
    const outcome = deliverToTarget(world, rule.arn, target, event)
    if (outcome === 'delivered') {
      delivered++
      rule.metrics.count(nowMs, INVOCATIONS)
      continue
    }
    rule.metrics.count(nowMs, FAILED_INVOCATIONS)
    if (outcome === 'dead-lettered') {
      deadLettered++
      rule.metrics.count(nowMs, SENT_TO_DLQ)
    }
  }
  if (delivered > 0) rule.accounting.Processed++
  else if (deadLettered > 0) rule.accounting.DeadLettered++
  else countDropped(rule.accounting, rule.targets.length === 0 ? 'NoTargets' : 'DeliveryFailed')
}
