import { describe, expect, test } from 'vitest'
import type { Scenario } from '../../engine/api.ts'
import { applyWorkerEvents } from '../store/applyWorkerEvents.ts'
import { editDocument } from '../store/edits.ts'
import { selectHasUnrunEdits } from '../store/selectors.ts'
import { createTestServices, type TestServices } from '../testing/testServices.ts'
import { PROTOCOL_VERSION } from '../../worker/protocol.ts'
import { deploy } from './deploy.ts'
import { invoke } from './invoke.ts'
import { publish } from './publish.ts'
import { setReservedConcurrency } from './setReservedConcurrency.ts'
import { shiftAliasWeight } from './shiftAliasWeight.ts'
import { updateEventSourceMapping } from './updateEventSourceMapping.ts'

const document: Scenario = {
  Format: 'lambda-playground/scenario@1', Name: 'Orders',
  Functions: [{ FunctionName: 'orders', MemorySize: 512, Code: { 'index.mjs': 'export const handler = async () => 1' } }],
}

/** Services whose worker has accepted `document`. */
function loaded(): TestServices {
  const services = createTestServices(document)
  const frame = { seq: 0, playing: false, snapshot: { nowMs: 0, durationMs: 1, done: false, accountInFlight: 0, unreservedInFlight: 0, functions: [], environments: [] }, views: {} }
  services.store.setState((state) => applyWorkerEvents(state, [{ v: PROTOCOL_VERSION, type: 'loaded', frame }]), true)
  return services
}

const fn = (services: TestServices, from: 'document' | 'runDocument' = 'document') => services.store.getState().scenario[from]?.Functions[0]

describe('commands that change the live run', () => {
  test('deploy sends the edited $LATEST settings and the run then holds them', async () => {
    const services = loaded()
    editDocument(services.store, (doc) => ({ ...doc, Functions: [{ ...doc.Functions[0]!, Code: { 'index.mjs': 'export const handler = async () => 2' } }] }))
    expect(selectHasUnrunEdits(services.store.getState())).toBe(true)
    await deploy.run(services)
    expect(services.sent.at(-1)).toMatchObject({
      type: 'apply', action: { Action: 'UpdateFunctionConfiguration', FunctionName: 'orders', Changes: { MemorySize: 512, Code: { 'index.mjs': 'export const handler = async () => 2' } } },
    })
    expect(fn(services, 'runDocument')?.Code).toEqual(fn(services)?.Code)
  })

  test('publish records the version the engine numbered, with $LATEST\'s settings [D-versions]', async () => {
    const services = loaded()
    services.applyResult = { ok: true, detail: 'Published version 3' }
    await publish.run(services)
    expect(fn(services)?.Versions).toEqual([{ Version: '3', MemorySize: 512, Code: document.Functions[0]!.Code }])
    expect(selectHasUnrunEdits(services.store.getState())).toBe(false)
  })

  test('a publish with nothing changed adds no version', async () => {
    const services = loaded()
    services.applyResult = { ok: true, detail: '$LATEST is unchanged since version 1; no new version was created' }
    await publish.run(services)
    expect(fn(services)?.Versions).toBeUndefined()
  })

  test('a refused change leaves the document alone and says why [D-reserved]', async () => {
    const services = loaded()
    services.applyResult = { ok: false, error: 'Specified ReservedConcurrentExecutions for function decreases account\'s UnreservedConcurrentExecution below its minimum value of [100]' }
    await setReservedConcurrency.run(services, { functionName: 'orders', reserved: 950 })
    expect(fn(services)?.ReservedConcurrentExecutions).toBeUndefined()
    expect(services.store.getState().live.notices.at(-1)).toMatchObject({ kind: 'error', message: expect.stringContaining('[100]') })
  })

  test('reserved concurrency and alias weights land in the document and the run alike', async () => {
    const services = loaded()
    await setReservedConcurrency.run(services, { functionName: 'orders', reserved: 5 })
    await shiftAliasWeight.run(services, { functionName: 'orders', aliasName: 'live', functionVersion: '1', additionalVersion: '2', weight: 0.1 })
    expect(services.sent.at(-1)).toMatchObject({ action: { Action: 'CreateAlias', RoutingConfig: { AdditionalVersionWeights: { 2: 0.1 } } } })
    expect(fn(services)).toMatchObject({ ReservedConcurrentExecutions: 5, Aliases: [{ Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { 2: 0.1 } } }] })
    expect(fn(services, 'runDocument')).toEqual(fn(services))
    await shiftAliasWeight.run(services, { functionName: 'orders', aliasName: 'live', functionVersion: '1', additionalVersion: '2', weight: 0.5 })
    expect(services.sent.at(-1)).toMatchObject({ action: { Action: 'UpdateAlias' } })
  })

  test('without a run, a change edits the document and runs it again', async () => {
    const services = createTestServices(document)
    await setReservedConcurrency.run(services, { functionName: 'orders', reserved: 5 })
    expect(fn(services)?.ReservedConcurrentExecutions).toBe(5)
    expect(services.sent.at(-1)).toMatchObject({ type: 'load', scenario: services.store.getState().scenario.document })
  })
})

describe('the Test command', () => {
  test('invokes the focused function with the Test tab\'s event and shows the Test tab', async () => {
    const services = loaded()
    await invoke.run(services)
    expect(services.sent.at(-1)).toMatchObject({ type: 'invoke', request: { Target: 'orders', InvocationType: 'RequestResponse', Payload: { key1: 'value1' } } })
    expect(services.store.getState().live.invocations).toHaveLength(1)
    expect(services.store.getState().ui.activeTab).toBe('test')
  })

  test('an event that is not JSON is not sent, and the notice says why', async () => {
    const services = loaded()
    await invoke.run(services, { target: 'orders', invocationType: 'Event', payloadText: '{ nope' })
    expect(services.sent.filter((c) => c.type === 'invoke')).toEqual([])
    expect(services.store.getState().live.notices.at(-1)?.message).toMatch(/^The test event is not valid JSON/)
  })

  test('UpdateEventSourceMapping goes to the run by UUID, and the document\'s mapping takes the change', async () => {
    const services = createTestServices({ ...document, Queues: [{ QueueName: 'jobs' }], EventSourceMappings: [{ EventSourceArn: 'jobs', FunctionName: 'orders' }] })
    const frame = { seq: 0, playing: false, snapshot: { nowMs: 0, durationMs: 1, done: false, accountInFlight: 0, unreservedInFlight: 0, functions: [], environments: [] }, views: {} }
    services.store.setState((state) => applyWorkerEvents(state, [{ v: PROTOCOL_VERSION, type: 'loaded', frame }]), true)
    await updateEventSourceMapping.run(services, { index: 0, uuid: 'u-1', changes: { Enabled: false, BatchSize: 5 } })
    expect(services.sent.at(-1)).toMatchObject({ type: 'apply', action: { Action: 'UpdateEventSourceMapping', UUID: 'u-1', Enabled: false, BatchSize: 5 } })
    expect(services.store.getState().scenario.document.EventSourceMappings).toEqual([{ EventSourceArn: 'jobs', FunctionName: 'orders', Enabled: false, BatchSize: 5 }])
  })
})
