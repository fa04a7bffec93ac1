import { describe, expect, test } from 'vitest'
import { validateScenario } from '../../../engine/scenario/validate.ts'
import type { Scenario } from '../../../engine/scenario/types.ts'
import { mappingUuids } from '../../../engine/sources/mappingIds.ts'
import { everythingDocument, timelineDocument } from './graphFixtures.ts'
import { renameFunctionInReference, renameInReference, renameNode } from './rename.ts'

describe('renaming updates every reference', () => {
  test('reference forms: bare names, kind-prefixed names, ARNs', () => {
    expect(renameInReference('jobs', 'jobs', 'work')).toBe('work')
    expect(renameInReference('Queue:jobs', 'jobs', 'work')).toBe('Queue:work')
    expect(renameInReference('arn:aws:sqs:us-east-1:123456789012:jobs', 'jobs', 'work')).toBe('arn:aws:sqs:us-east-1:123456789012:work')
    expect(renameInReference('arn:aws:dynamodb:us-east-1:123456789012:table/users/stream/x', 'users', 'people')).toBe('arn:aws:dynamodb:us-east-1:123456789012:table/people/stream/x')
    expect(renameInReference('jobs-old', 'jobs', 'work')).toBe('jobs-old')
    expect(renameFunctionInReference('checkout:live', 'checkout', 'pay')).toBe('pay:live')
    expect(renameFunctionInReference('arn:aws:lambda:us-east-1:123456789012:function:checkout:2', 'checkout', 'pay')).toBe('arn:aws:lambda:us-east-1:123456789012:function:pay:2')
  })

  test('a function: traffic, destinations, notifications, routes, target groups, mappings and Layout follow', () => {
    const doc = { ...everythingDocument(), Traffic: [everythingDocument().Traffic![0]!], Layout: { 'alias:checkout:live': { x: 1, y: 2 } } }
    const renamed = renameNode(doc, 'function:checkout', 'pay')
    expect(validateScenario(renamed).ok).toBe(true)
    expect(renamed.Traffic?.[0]?.Target).toBe('pay:live')
    expect(renamed.Buckets?.[0]?.NotificationConfiguration?.LambdaFunctionConfigurations?.[0]?.LambdaFunctionArn).toBe('pay:live')
    expect(renamed.Apis?.[0]?.Routes[0]?.Target).toBe('pay:live')
    expect(renamed.LoadBalancers?.[0]?.TargetGroups[0]?.Target).toBe('pay')
    expect(renamed.EventSourceMappings?.[2]?.FunctionName).toBe('pay:2')
    expect(renamed.Layout).toEqual({ 'alias:pay:live': { x: 1, y: 2 } })
  })

  test('a queue: destinations, redrive policies, mappings and subscriptions follow', () => {
    const doc = { ...everythingDocument(), Traffic: [everythingDocument().Traffic![0]!] }
    const renamed = renameNode(doc, 'queue:failures', 'dead')
    expect(validateScenario(renamed).ok).toBe(true)
    expect(renamed.Queues?.[0]?.RedrivePolicy?.deadLetterTargetArn).toBe('dead')
    expect(renamed.Functions[0]?.EventInvokeConfig?.DestinationConfig?.OnFailure?.Destination).toBe('dead')
    expect(renamed.EventSourceMappings?.[1]?.DestinationConfig?.OnFailure?.Destination).toBe('dead')
    const source = renameNode(doc, 'queue:work', 'inbox')
    expect(source.EventSourceMappings?.[0]?.EventSourceArn).toBe('inbox')
    expect(source.Topics?.[0]?.Subscriptions?.[1]?.Endpoint).toBe('inbox')
  })

  test('an alias: references with its qualifier and its provisioned concurrency follow', () => {
    const doc = everythingDocument()
    doc.Functions[0]!.Aliases = [{ Name: 'live', FunctionVersion: '1' }]
    doc.Functions[0]!.ProvisionedConcurrencyConfigs = [{ Qualifier: 'live', ProvisionedConcurrentExecutions: 5 }]
    const renamed = renameNode({ ...doc, Traffic: [doc.Traffic![0]!] }, 'alias:checkout:live', 'prod')
    expect(validateScenario(renamed).ok).toBe(true)
    expect(renamed.Traffic?.[0]?.Target).toBe('checkout:prod')
    expect(renamed.Functions[0]?.ProvisionedConcurrencyConfigs).toEqual([{ Qualifier: 'prod', ProvisionedConcurrentExecutions: 5 }])
  })
})

/** The place of the mapping each Timeline entry updates (-1: none has its UUID), undefined for other actions. */
function updatedMappings(doc: Scenario): (number | undefined)[] {
  const uuids = mappingUuids(doc.EventSourceMappings)
  return (doc.Timeline ?? []).map(({ Do }) => (Do.Action === 'UpdateEventSourceMapping' ? uuids.indexOf(Do.UUID) : undefined))
}

describe('renaming keeps the Timeline on what it changed', () => {
  const before = timelineDocument()

  test.each([
    ['queue:orders', 'jobs', [0, 2]],
    ['stream:clicks', 'taps', [1]],
    ['table:users', 'people', [3]],
    ['function:worker', 'handler', [0, 1, 2]],
    ['function:audit', 'auditor', [3]],
    ['alias:worker:live', 'prod', [1]],
  ] as const)('%s: the UUIDs of the mappings it connects follow them, and still name the same mappings', (nodeId, to, moved) => {
    const renamed = renameNode(before, nodeId, to)
    expect(validateScenario(renamed).ok).toBe(true)
    const was = mappingUuids(before.EventSourceMappings)
    const now = mappingUuids(renamed.EventSourceMappings)
    expect(now.flatMap((uuid, i) => (uuid === was[i] ? [] : [i]))).toEqual(moved)
    expect(updatedMappings(renamed)).toEqual(updatedMappings(before))
    expect(updatedMappings(before)).not.toContain(-1)
  })

  test('a function an update switches to, and an alias it names, are renamed in the update', () => {
    const fn = renameNode(before, 'function:worker', 'handler')
    expect(fn.Timeline?.map((e) => e.Do.FunctionName)).toEqual([undefined, undefined, 'audit', 'handler:live', 'handler', 'handler', undefined])
    const alias = renameNode(before, 'alias:worker:live', 'prod')
    expect(alias.Timeline?.[3]?.Do).toMatchObject({ FunctionName: 'worker:prod' })
    expect(alias.Timeline?.[5]?.Do).toMatchObject({ FunctionName: 'worker', Name: 'prod' })
    expect(renameNode(before, 'function:audit', 'auditor').Timeline?.[2]?.Do).toMatchObject({ FunctionName: 'auditor' })
  })

  test("an update's failure destination is renamed with the queue", () => {
    const renamed = renameNode(before, 'queue:failures', 'dead')
    expect(validateScenario(renamed).ok).toBe(true)
    expect(renamed.Timeline?.[1]?.Do).toMatchObject({ DestinationConfig: { OnFailure: { Destination: 'dead' } } })
  })
})
