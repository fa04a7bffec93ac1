import { describe, expect, test } from 'vitest'
import { scenarioOf, simulate } from '../../testing/harness.ts'

describe('the snapshot and summary of the push services', () => {
  const scenario = scenarioOf({
    DurationSeconds: 600,
    Functions: [{ FunctionName: 'fn' }],
    Queues: [{ QueueName: 'q' }],
    Topics: [{ TopicName: 't', Subscriptions: [{ Protocol: 'lambda', Endpoint: 'fn', FilterPolicy: { a: ['b'] } }, { Protocol: 'sqs', Endpoint: 'q' }] }],
    Buckets: [{ BucketName: 'box' }],
    Rules: [{ Name: 'tick', ScheduleExpression: 'rate(5 minutes)', Targets: [{ Id: 'fn', Arn: 'fn' }] }],
    Traffic: [{ Target: 'Bucket:box', Arrivals: { Process: 'burst', Count: 2, AtSecond: 1 }, Request: { Key: 'k{n}' } }],
  })

  test('topics list their subscriptions; rules when they fire next; buckets the objects they keep', () => {
    const { sim } = simulate(scenario)
    sim.runUntil(60_000)
    const snapshot = sim.snapshot()
    expect(snapshot.topics).toEqual([{ name: 't', fifo: false, published: 0, subscriptions: [
      { protocol: 'lambda', endpoint: 'fn', filtered: true }, { protocol: 'sqs', endpoint: 'q', filtered: false },
    ] }])
    expect(snapshot.rules).toEqual([{ name: 'tick', eventBus: 'default', enabled: true, schedule: 'rate(5 minutes)', nextFireMs: 300_000, triggered: 0, invocations: 0 }])
    expect(snapshot.buckets).toEqual([{ name: 'box', objects: 2, notificationsSent: 0 }])
    sim.runToEnd()
    expect(sim.snapshot().rules?.[0]).toMatchObject({ nextFireMs: null, triggered: 2 })
    expect(sim.summary().Buckets).toEqual({ box: { ObjectEvents: 2, NotificationsSent: 0, FilteredOut: 2 } })
  })

  test('scenarios without push resources add no keys', () => {
    const { sim } = simulate(scenarioOf({ Functions: [{ FunctionName: 'fn' }] }))
    sim.runToEnd()
    expect(Object.keys(sim.summary())).not.toContain('Topics')
    expect(sim.snapshot()).not.toHaveProperty('rules')
  })
})
