/**
 * EventBridge rules: an event pattern on a bus, or a schedule on the default bus, and up to five
 * targets, each a function (invoked asynchronously), a queue or a topic, sent the event or the
 * target's `Input` instead. EventBridge is not among the services that carry Lambda's loop
 * detection [D-recursion], so a target's invocation starts a new chain of requests.
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
import { destinationOf, sendToDestination, type PushDestination, type PushPayload } from './destinations.ts'
import { CounterMetrics, registerCounted } from './pushMetrics.ts'
import { nextFireMs, parseSchedule, type Schedule } from './schedule.ts'

/** AWS/Events metrics of a rule (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-monitoring.html). */
const RULE_METRICS = ['MatchedEvents', 'TriggeredRules', 'Invocations', 'FailedInvocations'] as const
export const MATCHED_EVENTS = 0
const TRIGGERED_RULES = 1
const INVOCATIONS = 2
const FAILED_INVOCATIONS = 3

interface RuleTarget {
  readonly destination: PushDestination
  /** `Input`: the JSON the target receives instead of the event, as a value and as its text. */
  readonly input: PushPayload | null
}

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
    targets: doc.Targets.map((t, i) => ({
      destination: destinationOf(world, t.Arn, null, `${at}.Targets[${i}].Arn`),
      input: t.Input === undefined ? null : { value: JSON.parse(t.Input) as unknown, text: t.Input },
    })),
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

/** The rule matched `event`: every target gets it (or its Input). The rule counts as processed when one did. */
export function trigger(world: World, rule: RuleRuntime, event: object): void {
  const nowMs = world.nowMs
  rule.metrics.count(nowMs, TRIGGERED_RULES)
  let delivered = 0
  for (const target of rule.targets) {
    // The rule's event starts a new chain: 0, as from outside any invocation.
    if (sendToDestination(world, target.destination, target.input ?? { value: event, text: null }, null, 0)) {
      delivered++
      rule.metrics.count(nowMs, INVOCATIONS)
    } else {
      rule.metrics.count(nowMs, FAILED_INVOCATIONS)
    }
  }
  if (delivered > 0) rule.accounting.Processed++
  else countDropped(rule.accounting, rule.targets.length === 0 ? 'NoTargets' : 'DeliveryFailed')
}
