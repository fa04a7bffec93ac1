import { describe, expect, test } from 'vitest'
import { documentGraph } from './documentGraph.ts'
import { everythingDocument, smallDocument } from './graphFixtures.ts'

const edgeList = (doc = everythingDocument()) =>
  documentGraph(doc).edges.map((e) => `${e.kind} ${e.source} -> ${e.target} [${e.label}]`)

describe('nodes from the document', () => {
  test('one node per resource, version, alias and traffic generator, with stable ids', () => {
    expect(documentGraph(everythingDocument()).nodes.map((n) => n.id)).toEqual([
      'traffic:0', 'traffic:1',
      'function:checkout', 'version:checkout:1', 'version:checkout:2', 'alias:checkout:live', 'function:audit',
      'queue:work', 'queue:failures', 'topic:alerts', 'bucket:uploads', 'table:users', 'stream:clicks',
      'bus:default', 'rule:nightly', 'api:shop', 'loadBalancer:front',
    ])
  })

  test('the default bus appears only when something refers to it', () => {
    expect(documentGraph(smallDocument()).nodes.some((n) => n.kind === 'bus')).toBe(false)
  })

  test('each node knows its entry in the document, for the inspector', () => {
    const byId = new Map(documentGraph(everythingDocument()).nodes.map((n) => [n.id, n.path]))
    expect(byId.get('alias:checkout:live')).toBe('Functions[0].Aliases[0]')
    expect(byId.get('queue:failures')).toBe('Queues[1]')
    expect(byId.get('traffic:1')).toBe('Traffic[1]')
  })

  test('details show AWS defaults for settings left out', () => {
    const node = documentGraph(smallDocument()).nodes.find((n) => n.id === 'function:audit')
    expect(node?.detail).toBe('128 MB · 3 s')
  })
})

describe('edges from the document', () => {
  test('every reference becomes an edge labelled with what it is', () => {
    expect(edgeList()).toEqual([
      'traffic traffic:0 -> alias:checkout:live [RequestResponse]',
      'traffic traffic:1 -> queue:work [requests]',
      'version function:checkout -> version:checkout:1 [published]',
      'version function:checkout -> version:checkout:2 [published]',
      'alias-route alias:checkout:live -> version:checkout:1 [90 %]',
      'alias-route alias:checkout:live -> version:checkout:2 [10 %]',
      'destination function:checkout -> function:audit [OnSuccess]',
      'destination function:checkout -> queue:failures [OnFailure]',
      'dead-letter function:checkout -> topic:alerts [DLQ]',
      'subscription topic:alerts -> function:audit [lambda subscription]',
      'subscription topic:alerts -> queue:work [sqs subscription]',
      'notification bucket:uploads -> alias:checkout:live [ObjectCreated:*]',
      'redrive queue:work -> queue:failures [DLQ after 5 receives]',
      'mapping queue:work -> function:audit [mapping · batch 5]',
      'mapping stream:clicks -> function:audit [mapping]',
      'mapping-failure stream:clicks -> queue:failures [OnFailure (mapping)]',
      'mapping table:users -> version:checkout:2 [mapping]',
      'bus-rule bus:default -> rule:nightly [rule]',
      'rule-target rule:nightly -> function:audit [target a]',
      'route api:shop -> alias:checkout:live [GET /orders]',
      'target-group loadBalancer:front -> function:checkout [tg]',
    ])
  })

  test('alias edges carry their weights: the primary gets what the additional version does not', () => {
    const weights = documentGraph(everythingDocument()).edges.filter((e) => e.kind === 'alias-route').map((e) => e.weight)
    expect(weights).toEqual([0.9, 0.1])
  })

  test('edges name the document value they stand for; required values are not removable', () => {
    const edges = documentGraph(everythingDocument()).edges
    const mapping = edges.find((e) => e.kind === 'mapping')
    expect(mapping).toMatchObject({ id: 'edge:EventSourceMappings[0]', path: 'EventSourceMappings[0]', removable: true })
    expect(edges.find((e) => e.kind === 'traffic')?.removable).toBe(false)
    expect(edges.find((e) => e.weight === 0.1)?.path).toBe('Functions[0].Aliases[0].RoutingConfig.AdditionalVersionWeights["2"]')
  })

  test('references to nothing, and ambiguous bare names, draw no edge', () => {
    const doc = smallDocument({
      Topics: [{ TopicName: 'jobs' }],
      Functions: [
        { FunctionName: 'orders', EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: 'jobs' }, OnSuccess: { Destination: 'missing' } } } },
      ],
    })
    expect(edgeList(doc)).toEqual([])
  })

  test('ARNs resolve to their kind, so a queue and a topic may share a name', () => {
    const doc = smallDocument({
      Topics: [{ TopicName: 'jobs' }],
      Functions: [{ FunctionName: 'orders', DeadLetterConfig: { TargetArn: 'arn:aws:sqs:us-east-1:123456789012:jobs' } }],
    })
    expect(edgeList(doc)).toEqual(['dead-letter function:orders -> queue:jobs [DLQ]'])
  })
})
