/**
 * SNS, S3 notifications and EventBridge over random graphs (topics fanning out to functions and
 * queues with filter policies, buckets with disjoint notification filters, pattern and scheduled
 * rules, functions whose destinations lead back into topics, buckets and buses): at every instant
 * each resource's Received = Processed + DeadLettered + Dropped + Pending, every published message
 * is delivered, filtered out or failed once per subscription (fan-out conservation), and the
 * engine's request ledger still balances.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { ResourceAccounting, Simulation } from '../api.ts'
import type { FunctionConfig, RuleConfig, Scenario, SubscriptionConfig, TopicConfig, TrafficConfig } from '../scenario/types.ts'
import { SCENARIO_FORMAT } from '../scenario/types.ts'
import { propertyRuns, propertyTimeoutMs, runStopping, startRun, unaccounted } from './run.ts'

const RUNS = propertyRuns(30)
const TIMEOUT_MS = propertyTimeoutMs(RUNS)
const FUNCTIONS = ['f0', 'f1', 'f2']
const POLICIES = [undefined, { kind: ['a'] }, { kind: [{ 'anything-but': 'a' }] }, { kind: [{ exists: false }] }]

const subscription = fc.record({
  endpoint: fc.constantFrom(...FUNCTIONS, 'q'),
  policy: fc.constantFrom(...POLICIES.keys()),
  body: fc.boolean(),
  raw: fc.boolean(),
})
const setup = fc.record({
  topics: fc.array(fc.array(subscription, { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  bucketTargets: fc.array(fc.constantFrom('function', 'queue', 'topic'), { maxLength: 2 }),
  rules: fc.array(fc.record({ schedule: fc.boolean(), target: fc.constantFrom('f0', 'q', 't0') }), { maxLength: 3 }),
  errorRate: fc.constantFrom(0, 0.3, 1),
  destination: fc.constantFrom('none', 't0', 'bucket', 'default'),
  rate: fc.double({ min: 0.2, max: 5, noNaN: true }),
  stops: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
})
type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never

function topicOf(subscriptions: Setup['topics'][number], index: number): TopicConfig {
  return {
    TopicName: `t${index}`,
    Subscriptions: subscriptions.map((s): SubscriptionConfig => {
      const policy = POLICIES[s.policy]
      return {
        Protocol: s.endpoint === 'q' ? 'sqs' : 'lambda', Endpoint: s.endpoint,
        ...(policy === undefined ? {} : { FilterPolicy: policy, FilterPolicyScope: s.body ? 'MessageBody' : 'MessageAttributes' }),
        ...(s.endpoint === 'q' && s.raw ? { RawMessageDelivery: true } : {}),
      }
    }),
  }
}

function scenarioOf(s: Setup): Scenario {
  const fn = (name: string): FunctionConfig => ({
    FunctionName: name,
    Simulation: { DurationMs: { Distribution: 'exponential', Mean: 200 }, ErrorRate: s.errorRate },
    EventInvokeConfig: {
      MaximumRetryAttempts: 1,
      ...(s.destination === 'none' ? {} : { DestinationConfig: { OnFailure: { Destination: s.destination === 'bucket' ? 'arn:aws:s3:::box' : s.destination } } }),
    },
  })
  const prefixes = ['a/', 'b/']
  const arnOf = { function: 'f1', queue: 'q', topic: 't0' } as const
  const rules = s.rules.map((r, i): RuleConfig => ({
    Name: `r${i}`, ...(r.schedule ? { ScheduleExpression: 'rate(1 minute)' } : { EventPattern: { source: [i % 2 === 0 ? 'lambda' : 'app'] } }),
    Targets: [{ Id: 't', Arn: r.target }],
  }))
  const traffic: TrafficConfig[] = [
    ...s.topics.flatMap((_, i): TrafficConfig[] => [
      { Target: `Topic:t${i}`, Arrivals: { Process: 'poisson', RatePerSecond: s.rate }, Payload: { kind: 'a' }, Request: { MessageAttributes: { kind: 'a' } } },
      { Target: `Topic:t${i}`, Arrivals: { Process: 'poisson', RatePerSecond: s.rate / 2 }, Payload: 'plain text' },
    ]),
    { Target: 'Bucket:box', Arrivals: { Process: 'poisson', RatePerSecond: s.rate }, Request: { Key: 'a/{n}.jpg' } },
    { Target: 'Bucket:box', Arrivals: { Process: 'poisson', RatePerSecond: s.rate / 2 }, Request: { Key: 'c/{n}', EventName: 's3:ObjectRemoved:Delete' } },
    { Target: 'EventBus:default', Arrivals: { Process: 'poisson', RatePerSecond: s.rate }, Request: { Source: 'app', DetailType: 'Tick' } },
  ]
  return {
    Format: SCENARIO_FORMAT, Name: 'push property', Seed: 11, DurationSeconds: 180,
    Functions: FUNCTIONS.map(fn),
    Queues: [{ QueueName: 'q' }],
    Topics: s.topics.map(topicOf),
    Buckets: [{ BucketName: 'box', NotificationConfiguration: {
      LambdaFunctionConfigurations: s.bucketTargets.flatMap((t, i) => t === 'function' ? [{ LambdaFunctionArn: arnOf.function, Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix' as const, Value: prefixes[i] as string }] } } }] : []),
      QueueConfigurations: s.bucketTargets.flatMap((t, i) => t === 'queue' ? [{ QueueArn: arnOf.queue, Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix' as const, Value: prefixes[i] as string }] } } }] : []),
      TopicConfigurations: s.bucketTargets.flatMap((t, i) => t === 'topic' ? [{ TopicArn: arnOf.topic, Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix' as const, Value: prefixes[i] as string }] } } }] : []),
    } }],
    Rules: rules,
    Traffic: traffic,
  }
}

const dropped = (a: ResourceAccounting): number => Object.values(a.Dropped).reduce((sum, n) => sum + n, 0)

function checkBalanced(sim: Simulation, scenario: Scenario): void {
  for (const [key, a] of Object.entries(sim.eventAccounting())) {
    expect(a.Received, `${key} at ${sim.nowMs} ms: ${JSON.stringify(a)}`).toBe(a.Processed + a.DeadLettered + dropped(a) + a.Pending)
  }
  // Fan-out conservation: each message meets each subscription exactly once.
  for (const topic of scenario.Topics ?? []) {
    const t = sim.summary().Topics?.[topic.TopicName]
    const notifications = (t?.NotificationsDelivered ?? 0) + (t?.NotificationsFailed ?? 0) + (t?.NotificationsFilteredOut ?? 0)
    expect(notifications, topic.TopicName).toBe((t?.MessagesPublished ?? 0) * (topic.Subscriptions?.length ?? 0))
  }
  expect(unaccounted(sim.accounting())).toBe(0)
}

describe('push services over random graphs', () => {
  test('accounting balances at every instant, and SNS fan-out conserves notifications', () => {
    fc.assert(fc.property(setup, (s) => {
      const scenario = scenarioOf(s)
      const { sim } = startRun(scenario)
      runStopping(sim, s.stops, () => checkBalanced(sim, scenario))
      // Deletes match no configuration (they all take ObjectCreated:*), and nothing is notified without one.
      const bucket = sim.eventAccounting()['Bucket:box']
      const deletes = sim.resourceMetrics({ kind: 'Bucket', name: 'box', resolution: 'minute' }).reduce((sum, p) => sum + (p.values.DeleteRequests ?? 0), 0)
      expect(bucket?.Dropped.FilteredOut ?? 0).toBeGreaterThanOrEqual(deletes)
      if (s.bucketTargets.length === 0) expect(bucket?.Processed).toBe(0)
    }), { numRuns: RUNS })
  }, TIMEOUT_MS)
})
