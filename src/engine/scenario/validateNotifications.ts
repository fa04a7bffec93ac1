/**
 * `Buckets[].NotificationConfiguration`: which object events go to which function, queue or topic,
 * filtered by key prefix and suffix. S3 refuses configurations that overlap (a shared event type for
 * keys both filters match) and FIFO queues or topics as destinations.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html
 */
import { eventTypesOverlap, keyFiltersOverlap, S3_NOTIFICATION_EVENTS, type KeyFilter } from '../sources/push/s3EventTypes.ts'
import { field, isObject, item, type Fields } from './check.ts'
import type { ScenarioContext } from './context.ts'
import { describeValue } from './describe.ts'
import type { BucketNotificationConfiguration, S3KeyFilter, S3NotificationTarget } from './types.ts'
import { checkFunctionAtStart, checkQueueOrTopic } from './validatePushReferences.ts'

type Kind = 'LambdaFunctionConfigurations' | 'QueueConfigurations' | 'TopicConfigurations'

const NOTIFICATION_FIELDS: Fields<BucketNotificationConfiguration> = {
  LambdaFunctionConfigurations: 'optional', QueueConfigurations: 'optional', TopicConfigurations: 'optional',
}
const TARGET_FIELDS: Fields<S3NotificationTarget> = { Id: 'optional', Events: 'required', Filter: 'optional' }
const ARN_FIELD: Readonly<Record<Kind, 'LambdaFunctionArn' | 'QueueArn' | 'TopicArn'>> = {
  LambdaFunctionConfigurations: 'LambdaFunctionArn', QueueConfigurations: 'QueueArn', TopicConfigurations: 'TopicArn',
}
const FILTER_FIELDS: Fields<S3KeyFilter> = { Key: 'required' }
const KEY_FIELDS: Fields<S3KeyFilter['Key']> = { FilterRules: 'required' }
const RULE_FIELDS: Fields<S3KeyFilter['Key']['FilterRules'][number]> = { Name: 'required', Value: 'required' }
const RULE_NAMES: readonly ('prefix' | 'suffix')[] = ['prefix', 'suffix']
/** S3 object keys are at most 1,024 bytes, so a longer prefix or suffix matches nothing. */
const AFFIX_MAX_LENGTH = 1024

interface Checked {
  readonly at: string
  readonly label: string
  readonly events: readonly string[]
  readonly filter: KeyFilter
}

export function checkNotifications(ctx: ScenarioContext, buckets: unknown, at: string): void {
  if (!Array.isArray(buckets)) return
  buckets.forEach((bucket, i) => {
    if (!isObject(bucket)) return
    checkBucket(ctx, bucket.NotificationConfiguration, field(item(at, i), 'NotificationConfiguration'))
  })
}

function checkBucket(ctx: ScenarioContext, value: unknown, at: string): void {
  const { c } = ctx
  const notifications = c.object(value, at, NOTIFICATION_FIELDS)
  if (notifications === undefined) return
  const checked: Checked[] = []
  const ids = new Set<string>()
  for (const kind of Object.keys(NOTIFICATION_FIELDS) as Kind[]) {
    const listAt = field(at, kind)
    c.array(notifications[kind], listAt)?.forEach((raw, i) => {
      const configAt = item(listAt, i)
      const arnField = ARN_FIELD[kind]
      const config: Readonly<Record<string, unknown>> | undefined = c.object(raw, configAt, { ...TARGET_FIELDS, [arnField]: 'required' as const })
      if (config === undefined) return
      checkDestination(ctx, kind, config[arnField], field(configAt, arnField))
      const id = c.string(config.Id, field(configAt, 'Id'))
      if (id !== undefined && ids.has(id)) c.report(field(configAt, 'Id'), 'duplicate', `Another configuration of this bucket has Id ${describeValue(id)}`)
      if (id !== undefined) ids.add(id)
      const events = checkEvents(ctx, config.Events, field(configAt, 'Events'))
      const filter = checkFilter(ctx, config.Filter, field(configAt, 'Filter'))
      if (events !== undefined && filter !== undefined) checked.push({ at: configAt, label: id ?? configAt, events, filter })
    })
  }
  reportOverlaps(ctx, checked)
}

function checkDestination(ctx: ScenarioContext, kind: Kind, value: unknown, at: string): void {
  if (kind === 'LambdaFunctionConfigurations') {
    checkFunctionAtStart(ctx, value, at)
    return
  }
  const found = checkQueueOrTopic(ctx, value, at, kind === 'QueueConfigurations' ? 'Queue' : 'Topic')
  if (found?.fifo === true) {
    ctx.c.report(at, 'fifo-pairing', `${found.name} is FIFO; S3 event notifications go to standard queues and topics only`)
  }
}

function checkEvents(ctx: ScenarioContext, value: unknown, at: string): string[] | undefined {
  const { c } = ctx
  const list = c.array(value, at)
  if (list === undefined) return undefined
  if (list.length === 0) c.report(at, 'length', `Events needs at least one event type: ${S3_NOTIFICATION_EVENTS.join(', ')}`)
  const events = list.map((e, i) => c.oneOf(e, item(at, i), S3_NOTIFICATION_EVENTS))
  return events.every((e) => e !== undefined) ? (events as string[]) : undefined
}

function checkFilter(ctx: ScenarioContext, value: unknown, at: string): KeyFilter | undefined {
  const { c } = ctx
  if (value === undefined) return { prefix: '', suffix: '' }
  const filter = c.object(value, at, FILTER_FIELDS)
  const key = c.object(filter?.Key, field(at, 'Key'), KEY_FIELDS)
  const rulesAt = field(field(at, 'Key'), 'FilterRules')
  const rules = c.array(key?.FilterRules, rulesAt)
  if (rules === undefined) return undefined
  const found: Partial<Record<'prefix' | 'suffix', string>> = {}
  let valid = true
  rules.forEach((raw, i) => {
    const ruleAt = item(rulesAt, i)
    const rule = c.object(raw, ruleAt, RULE_FIELDS)
    const name = c.oneOf(rule?.Name, field(ruleAt, 'Name'), RULE_NAMES)
    const text = c.string(rule?.Value, field(ruleAt, 'Value'), { maxLength: AFFIX_MAX_LENGTH })
    if (name === undefined || text === undefined) {
      valid = false
    } else if (found[name] !== undefined) {
      c.report(field(ruleAt, 'Name'), 'duplicate', `A filter has at most one ${name} rule`)
      valid = false
    } else {
      found[name] = text
    }
  })
  return valid ? { prefix: found.prefix ?? '', suffix: found.suffix ?? '' } : undefined
}

/** S3: "Configurations overlap. Configurations on the same bucket cannot share a common event type." */
function reportOverlaps(ctx: ScenarioContext, checked: readonly Checked[]): void {
  checked.forEach((later, j) => {
    for (const earlier of checked.slice(0, j)) {
      if (!keyFiltersOverlap(earlier.filter, later.filter)) continue
      const shared = later.events.find((e) => earlier.events.some((other) => eventTypesOverlap(e, other)))
      if (shared === undefined) continue
      ctx.c.report(field(later.at, 'Events'), 'notification-overlap',
        `Configurations overlap: this one and ${earlier.label} both take ${shared} for keys that match both filters; ` +
        'S3 refuses configurations of one bucket that share an event type unless their prefixes or suffixes keep them apart')
      return
    }
  })
}
