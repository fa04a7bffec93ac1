/**
 * A serverless function's `Events` into the scenario's sources: APIs and their routes, event source
 * mappings, SNS subscriptions, S3 notifications and EventBridge rules that target the function.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventsource.html
 */
import type { ApiConfig, EventSourceMappingConfig, RuleTargetConfig } from '../../engine/scenario/types.ts'
import type { Draft } from './draft.ts'
import { s3KeyFilter } from './s3KeyFilter.ts'
import type { IntrinsicContext } from './intrinsics.ts'
import { Props } from './props.ts'

/** SAM's implicit APIs, created when an event names no API of its own. */
const IMPLICIT_REST_API = 'ServerlessRestApi'
const IMPLICIT_HTTP_API = 'ServerlessHttpApi'

/** Event source mapping settings SAM passes through under the same names. */
const MAPPING_KEYS = [
  'BatchSize', 'Enabled', 'MaximumBatchingWindowInSeconds', 'FunctionResponseTypes', 'FilterCriteria', 'ScalingConfig', 'StartingPosition',
  'StartingPositionTimestamp', 'ParallelizationFactor', 'BisectBatchOnFunctionError', 'MaximumRetryAttempts', 'MaximumRecordAgeInSeconds',
  'TumblingWindowInSeconds', 'DestinationConfig', 'ProvisionedPollerConfig',
] as const

export function mappingSettings(props: Props, mapping: EventSourceMappingConfig): void {
  for (const key of MAPPING_KEYS) {
    const value = props.value(key)
    if (value !== undefined) Object.assign(mapping, { [key]: value })
  }
}

/** A target's `RetryPolicy` and `DeadLetterConfig`, as AWS::Events::Rule and SAM's rule events write them. */
export function targetDelivery(target: { RetryPolicy?: unknown; DeadLetterConfig?: unknown }): Pick<RuleTargetConfig, 'RetryPolicy' | 'DeadLetterConfig'> {
  const retry = target.RetryPolicy
  const deadLetter = target.DeadLetterConfig
  return {
    ...(typeof retry === 'object' && retry !== null ? { RetryPolicy: retry as RuleTargetConfig['RetryPolicy'] } : {}),
    ...(typeof deadLetter === 'object' && deadLetter !== null && typeof (deadLetter as { Arn?: unknown }).Arn === 'string'
      ? { DeadLetterConfig: { Arn: (deadLetter as { Arn: string }).Arn } } : {}),
  }
}

function api(draft: Draft, name: string, protocol: ApiConfig['ProtocolType']): ApiConfig {
  let found = draft.apis.get(name)
  if (!found) {
    found = { Name: name, ProtocolType: protocol, Routes: [] }
    draft.apis.set(name, found)
  }
  return found
}

function oneEvent(draft: Draft, props: Props, type: EventType, target: string, eventId: string): void {
  switch (type) {
    case 'Api':
    case 'HttpApi': {
      const http = type === 'HttpApi'
      const apiName = props.string(http ? 'ApiId' : 'RestApiId') ?? (http ? IMPLICIT_HTTP_API : IMPLICIT_REST_API)
      const path = props.string('Path')
      const method = props.string('Method')?.toUpperCase()
      const routeKey = path === undefined ? '$default' : `${method === 'ANY' || method === undefined ? 'ANY' : method} ${path}`
      const version = props.string('PayloadFormatVersion')
      const timeout = props.number('TimeoutInMillis')
      api(draft, apiName, http ? 'HTTP' : 'REST').Routes.push({
        RouteKey: routeKey, Target: target,
        ...(version === '1.0' || version === '2.0' ? { PayloadFormatVersion: version } : {}),
        ...(timeout !== undefined ? { TimeoutInMillis: timeout } : {}),
      })
      props.inertKeys('Auth', 'RequestModel', 'RequestParameters', 'RouteSettings')
      return
    }
    case 'SQS':
    case 'Kinesis':
    case 'DynamoDB': {
      const source = props.string(type === 'SQS' ? 'Queue' : 'Stream')
      if (source === undefined) return props.note(type === 'SQS' ? 'Queue' : 'Stream', 'missing: the event has no source, so no mapping was made')
      const mapping: EventSourceMappingConfig = { EventSourceArn: source, FunctionName: target }
      mappingSettings(props, mapping)
      draft.mappings.push(mapping)
      return
    }
    case 'SNS': {
      const topicName = props.string('Topic')
      const topic = topicName === undefined ? undefined : draft.topics.get(topicName)
      if (!topic) return props.note('Topic', `names no AWS::SNS::Topic of the template (${topicName ?? 'missing'}); no subscription made`)
      const filter = props.record('FilterPolicy')
      const scope = props.string('FilterPolicyScope')
      props.inertKeys('Region', 'SqsSubscription', 'RedrivePolicy')
      topic.Subscriptions = [...(topic.Subscriptions ?? []), {
        Protocol: 'lambda', Endpoint: target,
        ...(filter ? { FilterPolicy: filter } : {}),
        ...(scope === 'MessageAttributes' || scope === 'MessageBody' ? { FilterPolicyScope: scope } : {}),
      }]
      return
    }
    case 'S3': {
      const bucketName = props.string('Bucket')
      const bucket = bucketName === undefined ? undefined : draft.buckets.get(bucketName)
      if (!bucket) return props.note('Bucket', `names no AWS::S3::Bucket of the template (${bucketName ?? 'missing'}); SAM requires it there`)
      const events = (props.list('Events') ?? []).filter((e): e is string => typeof e === 'string')
      const filter = s3KeyFilter(props.value('Filter'))
      const configuration = bucket.NotificationConfiguration ?? {}
      configuration.LambdaFunctionConfigurations = [...(configuration.LambdaFunctionConfigurations ?? []), {
        Id: eventId, LambdaFunctionArn: target, Events: events, ...(filter ? { Filter: filter } : {}),
      }]
      bucket.NotificationConfiguration = configuration
      return
    }
    case 'Schedule':
    case 'EventBridgeRule':
    case 'CloudWatchEvent': {
      const enabled = props.boolean('Enabled')
      const state = props.string('State')
      const input = props.string('Input')
      const schedule = type === 'Schedule' ? props.string('Schedule') : undefined
      const pattern = type === 'Schedule' ? undefined : props.record('Pattern')
      const bus = type === 'Schedule' ? undefined : props.string('EventBusName')
      const delivery = targetDelivery({ RetryPolicy: props.record('RetryPolicy'), DeadLetterConfig: props.record('DeadLetterConfig') })
      if (delivery.DeadLetterConfig === undefined && props.value('DeadLetterConfig') !== undefined) {
        props.note('DeadLetterConfig', 'left out: only a DeadLetterConfig with an Arn is read (a Type asks SAM to create the queue)')
      }
      props.inertKeys('Description', 'Target')
      draft.rules.push({
        Name: props.string('Name') ?? `${target.split(':')[0]}-${eventId}`,
        ...(bus !== undefined ? { EventBusName: bus } : {}),
        ...(schedule !== undefined ? { ScheduleExpression: schedule } : {}),
        ...(pattern !== undefined ? { EventPattern: pattern } : {}),
        State: enabled === false || state === 'DISABLED' ? 'DISABLED' : 'ENABLED',
        Targets: [{ Id: eventId, Arn: target, ...(input !== undefined ? { Input: input } : {}), ...delivery }],
      })
      return
    }
    default: {
      const unknown: never = type
      throw new Error(`Unhandled event type ${String(unknown)}`)
    }
  }
}

const EVENT_TYPES = ['Api', 'HttpApi', 'SQS', 'Kinesis', 'DynamoDB', 'SNS', 'S3', 'Schedule', 'EventBridgeRule', 'CloudWatchEvent'] as const
type EventType = (typeof EVENT_TYPES)[number]
const isEventType = (type: string): type is EventType => (EVENT_TYPES as readonly string[]).includes(type)

/** Every event of one function; `target` is the function or its auto-published alias (`name:alias`). */
export function importEvents(draft: Draft, ctx: IntrinsicContext, events: Record<string, unknown>, at: string, target: string): void {
  for (const [eventId, raw] of Object.entries(events)) {
    const event = raw as { Type?: unknown; Properties?: Record<string, unknown> }
    const eventAt = `${at}.${eventId}`
    if (typeof event.Type !== 'string' || !isEventType(event.Type)) {
      const what = typeof event.Type === 'string' ? `event type ${event.Type} is not simulated` : 'the event has no Type'
      draft.findings.push({ path: eventAt, message: `${what}; left out` })
      continue
    }
    const props = new Props(event.Properties ?? {}, `${eventAt}.Properties`, ctx, draft.findings)
    oneEvent(draft, props, event.Type, target, eventId)
    props.finish()
  }
}
