/** SNS subscriptions, S3 bucket notifications, EventBridge rules, and destinations to buckets and buses. */
import { describe, expect, test } from 'vitest'
import { EVENTBRIDGE_EVENT_AGE_MAX_SECONDS, EVENTBRIDGE_EVENT_AGE_MIN_SECONDS, EVENTBRIDGE_RETRY_ATTEMPTS_MAX } from '../aws/limits.ts'
import { onlyMessage, problems, scenario } from './scenarioFixtures.ts'

const accountResources = {
  Functions: [{ FunctionName: 'api', Versions: [{ Version: '1' }], Aliases: [{ Name: 'live', FunctionVersion: '1' }] }, { FunctionName: 'audit' }],
  Queues: [{ QueueName: 'jobs' }, { QueueName: 'orders.fifo', FifoQueue: true }],
  Buckets: [{ BucketName: 'failures' }],
  EventBuses: [{ Name: 'orders' }],
}

describe('Topics[].Subscriptions', () => {
  const topic = (subscription: Record<string, unknown>, fifo = false) => scenario({
    ...accountResources,
    Topics: [{ TopicName: fifo ? 'events.fifo' : 'events', ...(fifo ? { FifoTopic: true } : {}), Subscriptions: [subscription] }],
  })
  const AT = 'Topics[0].Subscriptions[0]'

  test('a function (qualified or by ARN) or a queue (by name or ARN) is accepted', () => {
    expect(problems(topic({ Protocol: 'lambda', Endpoint: 'api:live' }))).toEqual([])
    expect(problems(topic({ Protocol: 'lambda', Endpoint: 'arn:aws:lambda:us-east-1:123456789012:function:audit' }))).toEqual([])
    expect(problems(topic({ Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:123456789012:jobs', RawMessageDelivery: true }))).toEqual([])
  })

  test('reference, enum: unknown endpoints and protocols are refused', () => {
    expect(problems(topic({ Protocol: 'lambda', Endpoint: 'nope' }))).toEqual([`${AT}.Endpoint reference`])
    expect(problems(topic({ Protocol: 'sqs', Endpoint: 'nope' }))).toEqual([`${AT}.Endpoint reference`])
    expect(problems(topic({ Protocol: 'email', Endpoint: 'a@b.c' }))).toEqual([`${AT}.Protocol enum`])
  })

  test('fifo-pairing: a FIFO topic delivers to FIFO queues only; a standard topic not to FIFO queues', () => {
    expect(problems(topic({ Protocol: 'sqs', Endpoint: 'orders.fifo' }))).toEqual([`${AT}.Endpoint fifo-pairing`])
    expect(problems(topic({ Protocol: 'sqs', Endpoint: 'orders.fifo' }, true))).toEqual([])
    expect(problems(topic({ Protocol: 'lambda', Endpoint: 'api' }, true))).toEqual([`${AT}.Protocol fifo-pairing`])
  })

  test('subscription-option: RawMessageDelivery is for queues', () => {
    expect(problems(topic({ Protocol: 'lambda', Endpoint: 'api', RawMessageDelivery: true }))).toEqual([`${AT}.RawMessageDelivery subscription-option`])
  })

  test('event-pattern: a filter policy in pattern syntax, flat on attributes, nested on the body', () => {
    expect(problems(topic({ Protocol: 'lambda', Endpoint: 'api', FilterPolicy: { store: ['web'], price: [{ numeric: ['>', 10] }] } }))).toEqual([])
    expect(problems(topic({ Protocol: 'lambda', Endpoint: 'api', FilterPolicy: { store: 'web' } }))).toEqual([`${AT}.FilterPolicy.store event-pattern`])
    expect(problems(topic({ Protocol: 'lambda', Endpoint: 'api', FilterPolicy: { order: { kind: ['x'] } } }))).toEqual([`${AT}.FilterPolicy.order event-pattern`])
    expect(problems(topic({ Protocol: 'lambda', Endpoint: 'api', FilterPolicy: { order: { kind: ['x'] } }, FilterPolicyScope: 'MessageBody' }))).toEqual([])
  })
})

describe('Buckets[].NotificationConfiguration', () => {
  const bucket = (notifications: Record<string, unknown>) => scenario({
    ...accountResources, Topics: [{ TopicName: 'alerts' }], Buckets: [{ BucketName: 'uploads', NotificationConfiguration: notifications }],
  })
  const lambda = (events: string[], rules: { Name: string; Value: string }[] = [], Id?: string) => ({
    LambdaFunctionArn: 'api', Events: events, ...(Id === undefined ? {} : { Id }), ...(rules.length > 0 ? { Filter: { Key: { FilterRules: rules } } } : {}),
  })
  const AT = 'Buckets[0].NotificationConfiguration'

  test('functions, queues and topics with prefix and suffix rules are accepted', () => {
    expect(problems(bucket({
      LambdaFunctionConfigurations: [lambda(['s3:ObjectCreated:*'], [{ Name: 'prefix', Value: 'images/' }, { Name: 'suffix', Value: '.jpg' }])],
      QueueConfigurations: [{ QueueArn: 'jobs', Events: ['s3:ObjectRemoved:*'] }],
      TopicConfigurations: [{ TopicArn: 'arn:aws:sns:us-east-1:123456789012:alerts', Events: ['s3:ObjectCreated:Copy'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'docs/' }] } } }],
    }))).toEqual([])
  })

  test('enum, length, duplicate: event types S3 has, at least one, one prefix rule', () => {
    expect(problems(bucket({ LambdaFunctionConfigurations: [lambda(['s3:ObjectCreated:Upload'])] }))).toEqual([`${AT}.LambdaFunctionConfigurations[0].Events[0] enum`])
    expect(problems(bucket({ LambdaFunctionConfigurations: [lambda([])] }))).toEqual([`${AT}.LambdaFunctionConfigurations[0].Events length`])
    expect(problems(bucket({ LambdaFunctionConfigurations: [lambda(['s3:ObjectCreated:*'], [{ Name: 'prefix', Value: 'a' }, { Name: 'prefix', Value: 'b' }])] })))
      .toEqual([`${AT}.LambdaFunctionConfigurations[0].Filter.Key.FilterRules[1].Name duplicate`])
  })

  test('notification-overlap: a shared event type for keys both filters match is refused, as S3 does', () => {
    const overlap = `${AT}.LambdaFunctionConfigurations[1].Events notification-overlap`
    // ObjectCreated:* covers Put; no filters at all overlap.
    expect(problems(bucket({ LambdaFunctionConfigurations: [lambda(['s3:ObjectCreated:*']), lambda(['s3:ObjectCreated:Put'])] }))).toEqual([overlap])
    // Prefixes where one starts the other overlap; different suffixes keep them apart.
    expect(problems(bucket({ LambdaFunctionConfigurations: [
      lambda(['s3:ObjectCreated:*'], [{ Name: 'prefix', Value: 'images/' }]), lambda(['s3:ObjectCreated:*'], [{ Name: 'prefix', Value: 'images/raw/' }]),
    ] }))).toEqual([overlap])
    expect(problems(bucket({ LambdaFunctionConfigurations: [
      lambda(['s3:ObjectCreated:*'], [{ Name: 'suffix', Value: '.jpg' }]), lambda(['s3:ObjectCreated:*'], [{ Name: 'suffix', Value: '.png' }]),
    ] }))).toEqual([])
    // Disjoint prefixes, or created against removed, never overlap.
    expect(problems(bucket({ LambdaFunctionConfigurations: [
      lambda(['s3:ObjectCreated:*'], [{ Name: 'prefix', Value: 'in/' }]), lambda(['s3:ObjectCreated:*'], [{ Name: 'prefix', Value: 'out/' }]),
    ] }))).toEqual([])
    expect(problems(bucket({ LambdaFunctionConfigurations: [lambda(['s3:ObjectCreated:*']), lambda(['s3:ObjectRemoved:*'])] }))).toEqual([])
    // Across destination kinds too.
    expect(problems(bucket({ LambdaFunctionConfigurations: [lambda(['s3:ObjectCreated:*'])], QueueConfigurations: [{ QueueArn: 'jobs', Events: ['s3:ObjectCreated:Post'] }] })))
      .toEqual([`${AT}.QueueConfigurations[0].Events notification-overlap`])
  })

  test('fifo-pairing: S3 does not notify FIFO queues', () => {
    expect(problems(bucket({ QueueConfigurations: [{ QueueArn: 'orders.fifo', Events: ['s3:ObjectCreated:*'] }] })))
      .toEqual([`${AT}.QueueConfigurations[0].QueueArn fifo-pairing`])
  })
})

describe('Rules', () => {
  const rule = (fields: Record<string, unknown>) => scenario({
    ...accountResources, Topics: [{ TopicName: 'alerts' }], Rules: [{ Name: 'r', Targets: [{ Id: 't', Arn: 'api' }], ...fields }],
  })

  test('a pattern rule on a custom bus, a scheduled rule, with function, queue and topic targets', () => {
    expect(problems(rule({ EventBusName: 'orders', EventPattern: { source: ['shop'] } }))).toEqual([])
    expect(problems(rule({
      ScheduleExpression: 'cron(0/15 8-17 ? * MON-FRI *)',
      Targets: [{ Id: 'a', Arn: 'api:live', Input: '{"job":"report"}' }, { Id: 'b', Arn: 'jobs' }, { Id: 'c', Arn: 'arn:aws:sns:us-east-1:123456789012:alerts' }],
    }))).toEqual([])
  })

  test('required: a rule needs a pattern or a schedule', () => {
    expect(problems(rule({}))).toEqual(['Rules[0] required'])
  })

  test('schedule: malformed expressions, and schedules off the default bus', () => {
    expect(problems(rule({ ScheduleExpression: 'rate(5 minute)' }))).toEqual(['Rules[0].ScheduleExpression schedule'])
    expect(problems(rule({ ScheduleExpression: 'rate(1 minutes)' }))).toEqual(['Rules[0].ScheduleExpression schedule'])
    expect(problems(rule({ ScheduleExpression: 'cron(0 12 * * * *)' }))).toEqual(['Rules[0].ScheduleExpression schedule'])
    expect(problems(rule({ ScheduleExpression: 'cron(0 25 * * ? *)' }))).toEqual(['Rules[0].ScheduleExpression schedule'])
    expect(onlyMessage(rule({ ScheduleExpression: 'every 5 minutes' }))).toContain('rate(...) or cron(...)')
    expect(problems(rule({ ScheduleExpression: 'rate(5 minutes)', EventBusName: 'orders' }))).toEqual(['Rules[0].ScheduleExpression schedule'])
  })

  test('event-pattern and reference: the pattern and the bus', () => {
    expect(problems(rule({ EventPattern: { detail: { size: [{ numeric: ['>>', 1] }] } } }))).toEqual(['Rules[0].EventPattern.detail.size[0].numeric[0] event-pattern'])
    expect(problems(rule({ EventPattern: { 'detail-type': 'x' } }))).toEqual(['Rules[0].EventPattern["detail-type"] event-pattern'])
    expect(problems(rule({ EventPattern: { source: ['x'] }, EventBusName: 'nope' }))).toEqual(['Rules[0].EventBusName reference'])
  })

  test('length, duplicate, json, fifo-pairing: at most 5 targets with unique ids and JSON Input, no FIFO queue', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ Id: `t${i}`, Arn: 'api' }))
    expect(problems(rule({ EventPattern: { source: ['x'] }, Targets: six }))).toEqual(['Rules[0].Targets length'])
    expect(problems(rule({ EventPattern: { source: ['x'] }, Targets: [{ Id: 't', Arn: 'api' }, { Id: 't', Arn: 'audit' }] }))).toEqual(['Rules[0].Targets[1].Id duplicate'])
    expect(problems(rule({ EventPattern: { source: ['x'] }, Targets: [{ Id: 't', Arn: 'api', Input: '{oops' }] }))).toEqual(['Rules[0].Targets[0].Input json'])
    const input = (length: number) => JSON.stringify('x'.repeat(length - 2))
    expect(problems(rule({ EventPattern: { source: ['x'] }, Targets: [{ Id: 't', Arn: 'api', Input: input(8192) }] }))).toEqual([])
    expect(problems(rule({ EventPattern: { source: ['x'] }, Targets: [{ Id: 't', Arn: 'api', Input: input(8193) }] }))).toEqual(['Rules[0].Targets[0].Input length'])
    expect(problems(rule({ EventPattern: { source: ['x'] }, Targets: [{ Id: 't', Arn: 'orders.fifo' }] }))).toEqual(['Rules[0].Targets[0].Arn fifo-pairing'])
  })
})

describe('Rules: target RetryPolicy and DeadLetterConfig [eb-rule-dlq]', () => {
  const target = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => scenario({
    ...accountResources, Rules: [{ Name: 'r', ScheduleExpression: 'rate(5 minutes)', Targets: [{ Id: 't', Arn: 'api', ...fields }] }], ...extra,
  })
  const AT = 'Rules[0].Targets[0]'

  test(`range: MaximumRetryAttempts 0–${EVENTBRIDGE_RETRY_ATTEMPTS_MAX}, MaximumEventAgeInSeconds ${EVENTBRIDGE_EVENT_AGE_MIN_SECONDS}–${EVENTBRIDGE_EVENT_AGE_MAX_SECONDS}`, () => {
    const policy = (p: Record<string, unknown>) => problems(target({ RetryPolicy: p }))
    expect(policy({ MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: EVENTBRIDGE_EVENT_AGE_MIN_SECONDS })).toEqual([])
    expect(policy({ MaximumRetryAttempts: EVENTBRIDGE_RETRY_ATTEMPTS_MAX, MaximumEventAgeInSeconds: EVENTBRIDGE_EVENT_AGE_MAX_SECONDS })).toEqual([])
    expect(policy({ MaximumRetryAttempts: EVENTBRIDGE_RETRY_ATTEMPTS_MAX + 1 })).toEqual([`${AT}.RetryPolicy.MaximumRetryAttempts range`])
    expect(policy({ MaximumRetryAttempts: -1 })).toEqual([`${AT}.RetryPolicy.MaximumRetryAttempts range`])
    expect(policy({ MaximumEventAgeInSeconds: EVENTBRIDGE_EVENT_AGE_MIN_SECONDS - 1 })).toEqual([`${AT}.RetryPolicy.MaximumEventAgeInSeconds range`])
    expect(policy({ MaximumEventAgeInSeconds: EVENTBRIDGE_EVENT_AGE_MAX_SECONDS + 1 })).toEqual([`${AT}.RetryPolicy.MaximumEventAgeInSeconds range`])
    expect(policy({ MaximumRetries: 1 })).toEqual([`${AT}.RetryPolicy.MaximumRetries unknown-field`])
  })

  test('reference, fifo: the dead-letter queue is a standard queue of the scenario, by name or ARN', () => {
    expect(problems(target({ DeadLetterConfig: { Arn: 'jobs' } }))).toEqual([])
    expect(problems(target({ DeadLetterConfig: { Arn: 'arn:aws:sqs:us-east-1:123456789012:jobs' } }))).toEqual([])
    expect(problems(target({ DeadLetterConfig: { Arn: 'nope' } }))).toEqual([`${AT}.DeadLetterConfig.Arn reference`])
    expect(problems(target({ DeadLetterConfig: { Arn: 'orders.fifo' } }))).toEqual([`${AT}.DeadLetterConfig.Arn fifo`])
    expect(problems(target({ DeadLetterConfig: { Arn: 'arn:aws:sns:us-east-1:123456789012:alerts' } }))).toEqual([`${AT}.DeadLetterConfig.Arn arn`])
  })

  test('a function target may name an alias the Timeline creates later; one nobody creates is refused', () => {
    const timeline = { Timeline: [{ AtSecond: 60, Do: { Action: 'CreateAlias', FunctionName: 'api', Name: 'next', FunctionVersion: '$LATEST' } }] }
    expect(problems(target({ Arn: 'api:next' }, timeline))).toEqual([])
    expect(problems(target({ Arn: 'api:other' }, timeline))).toEqual([`${AT}.Arn reference`])
  })
})

describe('destinations to S3 buckets and EventBridge buses [D-async-rec]', () => {
  const destinations = (config: Record<string, unknown>) => scenario({
    ...accountResources, Functions: [{ FunctionName: 'api', ...config }],
  })
  const DESTINATIONS = 'Functions[0].EventInvokeConfig.DestinationConfig'

  test('a bucket on failure and a bus either way are accepted, by name or ARN', () => {
    expect(problems(destinations({ EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: 'arn:aws:s3:::failures' }, OnSuccess: { Destination: 'orders' } } } }))).toEqual([])
    expect(problems(destinations({ EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: 'arn:aws:events:us-east-1:123456789012:event-bus/default' } } } }))).toEqual([])
  })

  test('destination-type: a bucket takes failures only (since Nov 2024); neither is a dead-letter queue', () => {
    expect(problems(destinations({ EventInvokeConfig: { DestinationConfig: { OnSuccess: { Destination: 'failures' } } } }))).toEqual([`${DESTINATIONS}.OnSuccess.Destination destination-type`])
    expect(problems(destinations({ DeadLetterConfig: { TargetArn: 'failures' } }))).toEqual(['Functions[0].DeadLetterConfig.TargetArn destination-type'])
  })
})

test('RecursiveLoop is Terminate or Allow [D-recursion]', () => {
  expect(problems(scenario({ Functions: [{ FunctionName: 'api', RecursiveLoop: 'Allow' }] }))).toEqual([])
  expect(problems(scenario({ Functions: [{ FunctionName: 'api', RecursiveLoop: 'Stop' }] }))).toEqual(['Functions[0].RecursiveLoop enum'])
})
