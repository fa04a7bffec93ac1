import { describe, expect, test } from 'vitest'
import { validateScenario } from '../../../engine/scenario/validate.ts'
import type { Scenario } from '../../../engine/scenario/types.ts'
import { mappingUuids } from '../../../engine/sources/mappingIds.ts'
import { setPath } from './documentPath.ts'
import { timelineDocument } from './graphFixtures.ts'
import { describeTimelineEntry, keepMappingUuids, timelineRefs } from './timelineRefs.ts'

const before = timelineDocument()
const uuidsOf = (doc: Scenario): (string | undefined)[] => (doc.Timeline ?? []).map((e) => ('UUID' in e.Do ? e.Do.UUID : undefined))

describe('the Timeline through edits of mappings in place', () => {
  test("a mapping's function edited in place keeps its updates; a twin it leaves takes its UUID", () => {
    const [orders, , ordersAgain] = mappingUuids(before.EventSourceMappings)
    const edited = setPath(before, 'EventSourceMappings[0].FunctionName', 'audit')
    const kept = keepMappingUuids(before, edited)
    expect(validateScenario(kept).ok).toBe(true)
    const [now, , nowAgain] = mappingUuids(kept.EventSourceMappings)
    // The second orders → worker is now the only one: the UUID the first had is its.
    expect(nowAgain).toBe(orders)
    expect(uuidsOf(kept)).toEqual(uuidsOf(before).map((uuid) => (uuid === orders ? now : uuid === ordersAgain ? nowAgain : uuid)))
  })

  test('an edit that adds or deletes mappings is not one in place: the Timeline is left as it is', () => {
    const added = { ...before, EventSourceMappings: [{ EventSourceArn: 'orders', FunctionName: 'audit' }, ...before.EventSourceMappings ?? []] }
    expect(keepMappingUuids(before, added)).toBe(added)
  })

  test('an edit that changes no mapping leaves the document as it is', () => {
    const renamedScenario = { ...before, Name: 'other' }
    expect(keepMappingUuids(before, renamedScenario)).toBe(renamedScenario)
  })
})

describe('what the Timeline names', () => {
  test("mapping updates name the function they switch to and their failure destination, by node", () => {
    expect(timelineRefs(before)).toEqual([
      { target: 'queue:failures', targetRef: 'Timeline[1].Do.DestinationConfig.OnFailure.Destination', entry: 'Timeline[1]' },
      { target: 'function:audit', targetRef: 'Timeline[2].Do.FunctionName', entry: 'Timeline[2]' },
      { target: 'alias:worker:live', targetRef: 'Timeline[3].Do.FunctionName', entry: 'Timeline[3]' },
    ])
  })

  test('an entry is described by its action, time and subject; an unknown mapping by its UUID', () => {
    expect(describeTimelineEntry(before, { AtSecond: 5, Do: { Action: 'PutProvisionedConcurrencyConfig', FunctionName: 'worker', Qualifier: 'live', ProvisionedConcurrentExecutions: 2 } }))
      .toBe('PutProvisionedConcurrencyConfig at 5 s (worker:live)')
    expect(describeTimelineEntry(before, { AtSecond: 5, Do: { Action: 'UpdateEventSourceMapping', UUID: 'abc' } })).toBe('UpdateEventSourceMapping at 5 s (abc)')
  })
})
