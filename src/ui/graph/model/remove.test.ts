import { describe, expect, test } from 'vitest'
import { validateScenario } from '../../../engine/scenario/validate.ts'
import type { Scenario } from '../../../engine/scenario/types.ts'
import { mappingUuidOf, mappingUuids } from '../../../engine/sources/mappingIds.ts'
import { everythingDocument, smallDocument, timelineDocument } from './graphFixtures.ts'
import { removeElements, type RemoveResult } from './remove.ts'

function removed(result: RemoveResult): Scenario {
  if ('refused' in result) throw new Error(result.refused)
  expect(validateScenario(result.doc).ok).toBe(true)
  return result.doc
}

const validEverything = (): Scenario => {
  const doc = everythingDocument()
  // Traffic to resources is being added to the engine; aim it at a function so the fixture validates.
  return { ...doc, Traffic: [doc.Traffic![0]!, { Target: 'audit', Arrivals: { Process: 'constant', RatePerSecond: 1 } }] }
}

describe('deleting nodes', () => {
  test('a function takes its versions, aliases, traffic, mappings, subscriptions and destinations to it', () => {
    const doc = removed(removeElements(validEverything(), ['function:audit']))
    expect(doc.Functions.map((f) => f.FunctionName)).toEqual(['checkout'])
    expect(doc.Traffic?.map((t) => t.Target)).toEqual(['checkout:live'])
    expect(doc.EventSourceMappings?.map((m) => m.FunctionName)).toEqual(['checkout:2'])
    expect(doc.Topics?.[0]?.Subscriptions).toEqual([{ Protocol: 'sqs', Endpoint: 'work' }])
    expect(doc.Functions[0]?.EventInvokeConfig?.DestinationConfig).toEqual({ OnFailure: { Destination: 'failures' } })
    expect(doc.Rules?.[0]?.Targets).toEqual([])
  })

  test('a version an alias points to cannot be deleted; one it routes to can', () => {
    expect(removeElements(validEverything(), ['version:checkout:1'])).toEqual({ refused: 'checkout:live points to checkout v1: repoint the alias before deleting the version' })
    const doc = removed(removeElements(validEverything(), ['version:checkout:2']))
    expect(doc.Functions[0]?.Aliases?.[0]).toEqual({ Name: 'live', FunctionVersion: '1' })
    expect(doc.EventSourceMappings?.length).toBe(2)
  })

  test('traffic positions in Layout move up when an earlier generator is deleted', () => {
    const doc = smallDocument({
      Traffic: [0, 1, 2].map(() => ({ Target: 'orders', Arrivals: { Process: 'constant' as const, RatePerSecond: 1 } })),
      Layout: { 'traffic:0': { x: 0, y: 0 }, 'traffic:1': { x: 1, y: 1 }, 'traffic:2': { x: 2, y: 2 } },
    })
    expect(removed(removeElements(doc, ['traffic:1'])).Layout).toEqual({ 'traffic:0': { x: 0, y: 0 }, 'traffic:1': { x: 2, y: 2 } })
  })

  test('the default event bus cannot be deleted', () => {
    expect(removeElements(validEverything(), ['bus:default'])).toEqual({ refused: 'The default event bus exists in every account and cannot be deleted' })
  })
})

describe('deleting edges', () => {
  test('removes the value the edge stands for, and empty parents with it', () => {
    const doc = removed(removeElements(validEverything(), [], ['edge:Functions[0].DeadLetterConfig', 'edge:EventSourceMappings[0]']))
    expect(doc.Functions[0]?.DeadLetterConfig).toBeUndefined()
    expect(doc.EventSourceMappings?.map((m) => m.EventSourceArn)).toEqual(['arn:aws:kinesis:us-east-1:123456789012:stream/clicks', 'users'])
  })

  test('a target group goes with the listener rules and default action that forward to it', () => {
    const doc = validEverything()
    doc.LoadBalancers = [{
      Name: 'front', TargetGroups: [{ Name: 'tg', Target: 'checkout' }, { Name: 'audit-tg', Target: 'audit' }],
      Rules: [{ PathPattern: '/audit/*', TargetGroup: 'audit-tg' }, { PathPattern: '/*', TargetGroup: 'tg' }], DefaultTargetGroup: 'tg',
    }]
    expect(removed(removeElements(doc, [], ['edge:LoadBalancers[0].TargetGroups[0]'])).LoadBalancers?.[0]).toEqual({
      Name: 'front', TargetGroups: [{ Name: 'audit-tg', Target: 'audit' }], Rules: [{ PathPattern: '/audit/*', TargetGroup: 'audit-tg' }],
    })
  })

  test("the validator has the last word: a load balancer's only target group stays", () => {
    expect(removeElements(validEverything(), [], ['edge:LoadBalancers[0].TargetGroups[0]'])).toEqual({
      refused: 'Deleting this would leave a problem: LoadBalancers[0].TargetGroups: TargetGroups needs at least one { "Name", "Target" }',
    })
  })

  test('required connections are changed by connecting elsewhere, not removed', () => {
    expect(removeElements(validEverything(), [], ['edge:Traffic[0].Target'])).toEqual({ refused: 'A traffic generator always has a target: connect it to another node, or delete the generator' })
  })
})

describe('deleting what the Timeline changes', () => {
  const before = timelineDocument()
  const done = (result: RemoveResult): { doc: Scenario; removedFromTimeline: readonly string[] } => {
    if ('refused' in result) throw new Error(result.refused)
    expect(validateScenario(result.doc).ok).toBe(true)
    return result
  }
  const atSeconds = (doc: Scenario): number[] => (doc.Timeline ?? []).map((e) => e.AtSecond)
  const uuidsOf = (doc: Scenario): (string | undefined)[] => (doc.Timeline ?? []).map((e) => ('UUID' in e.Do ? e.Do.UUID : undefined))

  test("a mapping takes its updates, and says which; the others' UUIDs do not change", () => {
    const { doc, removedFromTimeline } = done(removeElements(before, [], ['edge:EventSourceMappings[1]']))
    expect(removedFromTimeline).toEqual(['UpdateEventSourceMapping at 20 s (clicks → worker:live)'])
    expect(atSeconds(doc)).toEqual([10, 30, 40, 50, 60, 70])
    expect(uuidsOf(doc)).toEqual(uuidsOf(before).filter((_, i) => i !== 1))
  })

  test('of two mappings with the same source and function, deleting the first moves the second into its UUID', () => {
    const { doc, removedFromTimeline } = done(removeElements(before, [], ['edge:EventSourceMappings[0]']))
    expect(removedFromTimeline).toEqual(['UpdateEventSourceMapping at 10 s (orders → worker)', 'UpdateEventSourceMapping at 70 s (orders → worker)'])
    // The second orders → worker is now the first: it has the UUID the deleted one had, and its update follows.
    expect(doc.Timeline?.find((e) => e.AtSecond === 30)?.Do).toEqual({ Action: 'UpdateEventSourceMapping', UUID: mappingUuidOf('orders', 'worker'), FunctionName: 'audit' })
    expect(doc.Timeline?.find((e) => e.AtSecond === 30)?.Do).toMatchObject({ UUID: mappingUuids(doc.EventSourceMappings)[1] })
  })

  test('a source takes its mappings and their updates', () => {
    const { doc, removedFromTimeline } = done(removeElements(before, ['queue:orders']))
    expect(removedFromTimeline).toHaveLength(3)
    expect(atSeconds(doc)).toEqual([20, 40, 50, 60])
  })

  test('the function an update switches to, or an update\'s failure destination, takes the update', () => {
    expect(done(removeElements(before, ['function:audit'])).removedFromTimeline)
      .toEqual(['UpdateEventSourceMapping at 30 s (orders → worker)', 'UpdateEventSourceMapping at 40 s (users → audit)'])
    expect(done(removeElements(before, ['queue:failures'])).removedFromTimeline).toEqual(['UpdateEventSourceMapping at 20 s (clicks → worker:live)'])
  })

  test('an alias takes the mappings to it, the updates that switch a mapping to it, and the actions on it', () => {
    expect(done(removeElements(before, ['alias:worker:live'])).removedFromTimeline).toEqual([
      'UpdateEventSourceMapping at 20 s (clicks → worker:live)', 'UpdateEventSourceMapping at 40 s (users → audit)', 'UpdateAlias at 60 s (worker:live)',
    ])
  })

  test('a function takes every entry that names it, and the report lists them all', () => {
    const { doc, removedFromTimeline } = done(removeElements(before, ['function:worker']))
    expect(atSeconds(doc)).toEqual([])
    expect(removedFromTimeline).toEqual([
      'UpdateEventSourceMapping at 10 s (orders → worker)', 'UpdateEventSourceMapping at 20 s (clicks → worker:live)',
      'UpdateEventSourceMapping at 30 s (orders → worker)', 'UpdateEventSourceMapping at 40 s (users → audit)',
      'PublishVersion at 50 s (worker)', 'UpdateAlias at 60 s (worker:live)', 'UpdateEventSourceMapping at 70 s (orders → worker)',
    ])
  })

  test('deleting what no entry names reports nothing', () => {
    expect(done(removeElements(before, ['topic:alerts'])).removedFromTimeline).toEqual([])
  })
})
