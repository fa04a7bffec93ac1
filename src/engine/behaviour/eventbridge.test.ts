/**
 * EventBridge rules [G-events]: schedules (rate and cron, UTC), event patterns on a bus [D-filter]
 * for events put by traffic, by handler code and by Lambda's destinations [D-async-rec], targets
 * with `Input`, and the rule's AWS/Events metrics.
 */
import { describe, expect, test } from 'vitest'
import type { RuleConfig, Scenario } from '../scenario/types.ts'
import { burst, scenarioOf } from '../testing/harness.ts'
import { CODE, runRecording, total } from './pushHarness.ts'

function rulesScenario(rules: RuleConfig[], extra: Partial<Scenario> = {}): Scenario {
  return scenarioOf({
    DurationSeconds: 3600,
    Functions: [{ FunctionName: 'job', Code: CODE }, { FunctionName: 'caller', Code: CODE }],
    Queues: [{ QueueName: 'matched' }],
    EventBuses: [{ Name: 'orders' }],
    Rules: rules,
    ...extra,
  })
}

const toJob = [{ Id: 'job', Arn: 'arn:aws:lambda:us-east-1:123456789012:function:job' }]

describe('schedules', () => {
  test('rate(5 minutes) fires 12 times in an hour, the first at 5 minutes', () => {
    const { sim, received } = runRecording(rulesScenario([{ Name: 'every-5', ScheduleExpression: 'rate(5 minutes)', Targets: toJob }]))
    expect(received.get('job')).toHaveLength(12)
    const times = received.get('job')?.map((e) => (e as { time: string }).time)
    expect(times?.slice(0, 2)).toEqual(['2026-01-01T00:05:00Z', '2026-01-01T00:10:00Z'])
    expect(sim.summary().Rules?.['every-5']).toEqual({ MatchedEvents: 0, TriggeredRules: 12, Invocations: 12, FailedInvocations: 0, InvocationsSentToDLQ: 0 })
  })

  test('cron(0/15 * * * ? *) fires on the quarter hours of the clock', () => {
    const { received } = runRecording(rulesScenario([{ Name: 'quarters', ScheduleExpression: 'cron(0/15 * * * ? *)', Targets: toJob }]))
    expect(received.get('job')?.map((e) => (e as { time: string }).time)).toEqual([
      '2026-01-01T00:15:00Z', '2026-01-01T00:30:00Z', '2026-01-01T00:45:00Z', '2026-01-01T01:00:00Z',
    ])
  })

  test('the scheduled event has the documented shape, naming the rule', () => {
    const { received } = runRecording(rulesScenario([{ Name: 'nightly', ScheduleExpression: 'rate(1 hour)', Targets: toJob }]))
    const event = received.get('job')?.[0] as Record<string, unknown>
    expect(Object.keys(event).sort()).toEqual(['account', 'detail', 'detail-type', 'id', 'region', 'resources', 'source', 'time', 'version'])
    expect(event).toMatchObject({
      version: '0', 'detail-type': 'Scheduled Event', source: 'aws.events', account: '123456789012', region: 'us-east-1',
      time: '2026-01-01T01:00:00Z', resources: ['arn:aws:events:us-east-1:123456789012:rule/nightly'], detail: {},
    })
  })

  test('a disabled rule never fires; Input replaces the event', () => {
    const { sim, received } = runRecording(rulesScenario([
      { Name: 'off', ScheduleExpression: 'rate(1 minute)', State: 'DISABLED', Targets: toJob },
      { Name: 'with-input', ScheduleExpression: 'rate(30 minutes)', Targets: [{ Id: 'q', Arn: 'matched', Input: '{"report": "daily"}' }] },
    ]))
    expect(received.get('job')).toBeUndefined()
    expect(sim.queueMessages('matched')).toEqual(['{"report": "daily"}', '{"report": "daily"}'])
  })
})

describe('event patterns [D-filter]', () => {
  const orderRule: RuleConfig = {
    Name: 'big-orders', EventBusName: 'orders',
    EventPattern: { source: ['shop'], 'detail-type': ['OrderPlaced'], detail: { total: [{ numeric: ['>', 100] }] } },
    Targets: [{ Id: 'q', Arn: 'arn:aws:sqs:us-east-1:123456789012:matched' }],
  }

  test('EventBus traffic: only matching events reach the targets; the rest count as FilteredOut', () => {
    const traffic = (total: number, count: number): NonNullable<Scenario['Traffic']>[number] => ({
      Target: 'EventBus:orders', Arrivals: { Process: 'burst', Count: count, AtSecond: 1 }, Payload: { total },
      Request: { Source: 'shop', DetailType: 'OrderPlaced' },
    })
    const { sim } = runRecording(rulesScenario([orderRule], { DurationSeconds: 10, Traffic: [traffic(150, 3), traffic(50, 2)] }))
    const messages = sim.queueMessages('matched') as Record<string, unknown>[]
    expect(messages).toHaveLength(3)
    expect(messages[0]).toMatchObject({ source: 'shop', 'detail-type': 'OrderPlaced', detail: { total: 150 } })
    expect(sim.eventAccounting()['Rule:big-orders']).toEqual({ Received: 5, Processed: 3, DeadLettered: 0, Dropped: { FilteredOut: 2 }, Pending: 0 })
    expect(sim.eventAccounting()['EventBus:orders']).toEqual({ Received: 5, Processed: 3, DeadLettered: 0, Dropped: { NoMatchingRule: 2 }, Pending: 0 })
    const metrics = sim.resourceMetrics({ kind: 'Rule', name: 'big-orders', resolution: 'minute' })
    expect(total(metrics, 'MatchedEvents')).toBe(3)
    expect(total(metrics, 'Invocations')).toBe(3)
  })

  test('PutEvents from handler code: the detail\'s numbers compare by their text, 300.0 is not 300 [D-filter]', () => {
    const rule = (name: string, value: unknown): RuleConfig => ({
      Name: name, EventBusName: 'orders', EventPattern: { detail: { n: [value] } }, Targets: [{ Id: 'job', Arn: 'job' }],
    })
    const scenario = rulesScenario([rule('exact', 300), rule('numeric', { numeric: ['=', 300] })], { DurationSeconds: 10, Traffic: [burst('caller', 1)] })
    const { sim } = runRecording(scenario, {
      caller: (call) => call.host.awsCall('eventbridge', 'PutEvents', {
        Entries: [
          { Source: 'app', DetailType: 'N', Detail: '{"n":300}', EventBusName: 'orders' },
          { Source: 'app', DetailType: 'N', Detail: '{"n":300.0}', EventBusName: 'orders' },
        ],
      }, () => call.done({ type: 'success', payload: 'null' })),
    })
    expect(sim.summary().Rules?.exact?.MatchedEvents).toBe(1)
    expect(sim.summary().Rules?.numeric?.MatchedEvents).toBe(2)
  })

  test('an async destination to a bus puts the record with source lambda and the documented detail-type [D-async-rec]', () => {
    const scenario = rulesScenario([{
      Name: 'failures', EventPattern: { source: ['lambda'], 'detail-type': ['Lambda Function Invocation Result - Failure'] },
      Targets: [{ Id: 'q', Arn: 'matched' }],
    }], {
      DurationSeconds: 600,
      Functions: [{
        FunctionName: 'worker', Simulation: { ErrorRate: 1 },
        EventInvokeConfig: { MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: 'arn:aws:events:us-east-1:123456789012:event-bus/default' } } },
      }],
      Traffic: [burst('worker', 2, 0, 'Event')],
    })
    const { sim } = runRecording(scenario)
    const messages = sim.queueMessages('matched') as Record<string, unknown>[]
    expect(messages).toHaveLength(2)
    expect(messages[0]).toMatchObject({
      source: 'lambda', 'detail-type': 'Lambda Function Invocation Result - Failure',
      resources: ['arn:aws:lambda:us-east-1:123456789012:function:worker', 'arn:aws:events:us-east-1:123456789012:event-bus/default'],
      detail: { requestContext: { condition: 'RetriesExhausted' } },
    })
  })
})
