import { describe, expect, test } from 'vitest'
import { validateScenario } from '../../../engine/scenario/validate.ts'
import type { Scenario } from '../../../engine/scenario/types.ts'
import { everythingDocument, smallDocument } from './graphFixtures.ts'
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
