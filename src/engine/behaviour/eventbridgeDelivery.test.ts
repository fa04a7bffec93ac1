/**
 * When an EventBridge target fails [eb-rule-dlq]: a function target is invoked asynchronously, so
 * its errors are Lambda's to retry [D-async-err] §2.2 and the target's RetryPolicy never sees them;
 * an Invoke that Lambda refuses because the version or alias does not exist is not retried and
 * goes to the target's dead-letter queue with RULE_ARN, TARGET_ARN, ERROR_CODE, ERROR_MESSAGE and
 * RETRY_ATTEMPTS. Every event is in exactly one place.
 */
import { describe, expect, test } from 'vitest'
import type { RuleTargetConfig, Scenario } from '../scenario/types.ts'
import { scenarioOf } from '../testing/harness.ts'
import { CODE, runRecording } from './pushHarness.ts'

function scheduled(schedule: string, target: Partial<RuleTargetConfig>, extra: Partial<Scenario> = {}, errorRate = 0): Scenario {
  return scenarioOf({
    DurationSeconds: 270,
    Functions: [
      {
        FunctionName: 'job', Versions: [{ Version: '1' }], Simulation: { ErrorRate: errorRate },
        EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: 'failed' } } },
      },
      { FunctionName: 'inspector', Code: CODE },
    ],
    Queues: [{ QueueName: 'rule-dlq' }, { QueueName: 'failed' }],
    Rules: [{ Name: 'r', ScheduleExpression: schedule, Targets: [{ Id: 'job', Arn: 'job', ...target }] }],
    ...extra,
  })
}

/** Alias `live` of `job` exists only from 150 s: the rule fires at 60, 120, 180 and 240 s. */
const aliasLater = (target: Partial<RuleTargetConfig>) => scheduled('rate(1 minute)', { Arn: 'job:live', ...target }, {
  Timeline: [{ AtSecond: 150, Do: { Action: 'CreateAlias', FunctionName: 'job', Name: 'live', FunctionVersion: '1' } }],
  EventSourceMappings: [{ EventSourceArn: 'rule-dlq', FunctionName: 'inspector' }],
})

describe('EventBridge target failures [eb-rule-dlq]', () => {
  test("a failing function is retried by Lambda (2 retries, then its on-failure destination), not under the target's RetryPolicy [D-async-err]", () => {
    const target = { RetryPolicy: { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 60 }, DeadLetterConfig: { Arn: 'rule-dlq' } }
    // One event, at 240 s; Lambda's attempts follow about 1 and 3 minutes later.
    const { sim } = runRecording(scheduled('rate(4 minutes)', target, { DurationSeconds: 450 }, 1))
    const summary = sim.summary()
    expect(summary.Functions.job?.Invocations).toBe(3)
    expect(summary.Queues.failed?.MessagesReceived).toBe(1)
    expect(summary.Queues['rule-dlq']?.MessagesReceived).toBe(0)
    expect(summary.Rules?.r).toEqual({ MatchedEvents: 0, TriggeredRules: 1, Invocations: 1, FailedInvocations: 0, InvocationsSentToDLQ: 0 })
  })

  test('a target alias that does not exist yet: ResourceNotFoundException, not retried, to the dead-letter queue with its attributes', () => {
    const { sim, received } = runRecording(aliasLater({ RetryPolicy: { MaximumRetryAttempts: 185 }, DeadLetterConfig: { Arn: 'rule-dlq' } }))
    expect(sim.summary().Functions.job?.Invocations).toBe(2)
    expect(sim.summary().Rules?.r).toEqual({ MatchedEvents: 0, TriggeredRules: 4, Invocations: 2, FailedInvocations: 2, InvocationsSentToDLQ: 2 })
    const records = (received.get('inspector') ?? []).flatMap((e) => (e as { Records: { body: string; messageAttributes: Record<string, { stringValue: string }> }[] }).Records)
    expect(records).toHaveLength(2)
    const attributes = Object.fromEntries(Object.entries(records[0]?.messageAttributes ?? {}).map(([k, v]) => [k, v.stringValue]))
    expect(attributes).toEqual({
      RULE_ARN: 'arn:aws:events:us-east-1:123456789012:rule/r',
      TARGET_ARN: 'arn:aws:lambda:us-east-1:123456789012:function:job:live',
      ERROR_CODE: 'NO_RESOURCE',
      ERROR_MESSAGE: 'Function not found: arn:aws:lambda:us-east-1:123456789012:function:job:live',
      RETRY_ATTEMPTS: '0',
    })
    // The dead-letter queue keeps the event itself.
    expect(JSON.parse(records[0]?.body ?? '{}')).toMatchObject({ 'detail-type': 'Scheduled Event', time: '2026-01-01T00:01:00Z' })
    expect(sim.eventAccounting()['Rule:r']).toEqual({ Received: 4, Processed: 2, DeadLettered: 2, Dropped: {}, Pending: 0 })
  })

  test('without a dead-letter queue the undeliverable events are dropped, and counted as such', () => {
    const { sim } = runRecording(aliasLater({}))
    expect(sim.summary().Rules?.r).toMatchObject({ Invocations: 2, FailedInvocations: 2, InvocationsSentToDLQ: 0 })
    expect(sim.eventAccounting()['Rule:r']).toEqual({ Received: 4, Processed: 2, DeadLettered: 0, Dropped: { DeliveryFailed: 2 }, Pending: 0 })
  })
})
