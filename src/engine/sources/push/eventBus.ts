/**
 * EventBridge event buses: an event put on a bus (PutEvents from handler code, `EventBus:<name>`
 * traffic, a Lambda destination) is matched against every enabled rule with an event pattern on
 * that bus, and each rule that matches sends it to its targets.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html
 */
import type { ResourceAccounting } from '../../api.ts'
import { nextAwsId } from '../../aws/ids.ts'
import { remember } from '../../delivery/deliver.ts'
import type { World } from '../../world.ts'
import { matchesPattern, parseEventJson, type CompiledPattern } from '../patterns.ts'
import { countDropped, emptyAccounting } from '../resources.ts'
import { busArn, busEvent } from './eventShapes.ts'
import { CounterMetrics, registerCounted } from './pushMetrics.ts'
import { MATCHED_EVENTS, trigger, type RuleRuntime } from './rules.ts'

const METRICS = ['MatchedEvents'] as const

export interface BusRuntime {
  readonly name: string
  readonly arn: string
  /** Its enabled rules that have an event pattern. */
  readonly rules: RuleRuntime[]
  /** Events matched by its rules (one per rule that matched, as CloudWatch sums MatchedEvents across rules). */
  readonly metrics: CounterMetrics<(typeof METRICS)[number]>
  /** Per event put: processed when at least one rule matched, else dropped as NoMatchingRule. */
  readonly accounting: ResourceAccounting
}

export function createBus(world: World, name: string): BusRuntime {
  const bus: BusRuntime = { name, arn: busArn(world.region, name), rules: [], metrics: new CounterMetrics(METRICS), accounting: emptyAccounting() }
  registerCounted(world, 'EventBus', name, bus)
  return bus
}

/** One event to put on a bus, as a PutEvents entry gives it. */
export interface BusEntry {
  readonly source: string
  readonly detailType: string
  readonly resources: readonly string[]
  /** The detail as a value (what targets receive). */
  readonly detail: unknown
  /** The detail's JSON text when the sender wrote one: patterns then compare its numbers as written [D-filter]. */
  readonly detailText: string | null
}

/** Puts the event on the bus now and sends it to the rules that match: its id, or null when there is no such bus. */
export function putEventOnBus(world: World, busName: string, entry: BusEntry): string | null {
  const bus = world.push.buses.get(busName)
  const store = world.aws.eventBuses.get(busName)
  if (!bus || !store) return null
  const id = nextAwsId(world)
  const event = busEvent(id, world.nowMs, world.region, entry.source, entry.detailType, entry.resources, entry.detail)
  store.eventsPut++
  remember(store.recent, event)
  bus.accounting.Received++
  let matched = 0
  // Built once, for the first rule that needs it.
  let view: unknown
  for (const rule of bus.rules) {
    rule.accounting.Received++
    view ??= entry.detailText === null ? event : { ...event, detail: parseEventJson(entry.detailText) }
    if (matchesPattern(rule.pattern as CompiledPattern, view)) {
      matched++
      rule.metrics.count(world.nowMs, MATCHED_EVENTS)
      bus.metrics.count(world.nowMs, 0)
      trigger(world, rule, event)
    } else {
      countDropped(rule.accounting, 'FilteredOut')
    }
  }
  if (matched > 0) bus.accounting.Processed++
  else countDropped(bus.accounting, 'NoMatchingRule')
  return id
}

/**
 * An async invocation's record sent to a bus destination: `source` "lambda", `detail-type`
 * "Lambda Function Invocation Result - Success" or "- Failure", `resources` the function's and the
 * bus's ARNs, the record as `detail` [D-async-rec].
 */
export function putDestinationEvent(
  world: World, busName: string, invocation: { readonly functionArn: string; readonly success: boolean }, record: unknown,
): boolean {
  const bus = world.push.buses.get(busName)
  if (!bus) return false
  const detailType = `Lambda Function Invocation Result - ${invocation.success ? 'Success' : 'Failure'}`
  return putEventOnBus(world, busName, {
    source: 'lambda', detailType, resources: [invocation.functionArn, bus.arn], detail: record, detailText: null,
  }) !== null
}

