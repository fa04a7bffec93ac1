import { describe, expect, test, vi } from 'vitest'
import type { PresenterAction } from '../../../learn/types.ts'
import type { CommandBody } from '../../../worker/protocol.ts'
import { createTestServices } from '../../testing/testServices.ts'
import { showRun, TEST_ENTRY } from '../testing/learnFixtures.ts'
import { describeAction } from './describeAction.ts'
import { LOAD_WAIT_MS, runPresenterAction } from './runPresenterAction.ts'

function loadedServices(playing = false) {
  const services = createTestServices(TEST_ENTRY.document)
  showRun(services.store, { nowMs: 1_000, playing })
  return services
}

const alias = { functionName: 'checkout', aliasName: 'live', functionVersion: '1', additionalVersion: '2', weight: 0.25 }

describe('presenter actions run through the command registry', () => {
  test.each<[PresenterAction, boolean, Partial<CommandBody>, string]>([
    [{ command: 'play' }, false, { type: 'play' }, 'Play the run'],
    [{ command: 'pause' }, true, { type: 'pause' }, 'Pause the run'],
    [{ command: 'step' }, false, { type: 'step', virtualMs: 1_000 }, 'Step the run by one second'],
    [{ command: 'reset' }, false, { type: 'load' }, 'Reset the run to 0:00'],
    [{ command: 'setSpeed', args: { speed: 60_000 } }, false, { type: 'setSpeed', speed: 60_000 }, 'Set the speed to 60× (1 min/s)'],
    [{ command: 'publish', args: { functionName: 'checkout' } }, false,
      { type: 'apply', action: { Action: 'PublishVersion', FunctionName: 'checkout' } }, 'Publish a new version of checkout'],
    [{ command: 'shiftAliasWeight', args: alias }, false,
      { type: 'apply', action: { Action: 'CreateAlias', FunctionName: 'checkout', Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { 2: 0.25 } } } },
      'Route 25 % of checkout:live to version 2, 75 % to version 1'],
    [{ command: 'setReservedConcurrency', args: { functionName: 'reports', reserved: 10 } }, false,
      { type: 'apply', action: { Action: 'PutFunctionConcurrency', FunctionName: 'reports', ReservedConcurrentExecutions: 10 } },
      'Reserve 10 concurrent executions for reports'],
    [{ command: 'invoke', args: { target: 'checkout', invocationType: 'Event', payloadText: '{"a":1}' } }, false,
      { type: 'invoke', request: { Target: 'checkout', InvocationType: 'Event', Payload: { a: 1 } } }, 'Invoke checkout (asynchronously)'],
  ])('%j', async (action, playing, sent, words) => {
    const services = loadedServices(playing)
    expect(await runPresenterAction(services, action)).toEqual({ ok: true, detail: null })
    expect(services.sent).toEqual([expect.objectContaining(sent)])
    expect(describeAction(action)).toBe(words)
  })

  test('the engine’s answer is the outcome’s detail; its refusal is the error', async () => {
    const services = loadedServices()
    services.applyResult = { ok: true, detail: 'Published version 2' }
    expect(await runPresenterAction(services, { command: 'publish', args: { functionName: 'checkout' } })).toEqual({ ok: true, detail: 'Published version 2' })
    services.applyResult = { ok: false, error: 'The alias live does not exist' }
    expect(await runPresenterAction(services, { command: 'shiftAliasWeight', args: alias })).toEqual({ ok: false, error: 'The alias live does not exist' })
  })

  test('a command that cannot run now says why', async () => {
    const services = loadedServices()
    expect(await runPresenterAction(services, { command: 'pause' })).toEqual({ ok: false, error: 'Pause cannot run now: the run is paused.' })
    services.store.setState((state) => ({ live: { ...state.live, done: true } }))
    expect(await runPresenterAction(services, { command: 'play' })).toEqual({ ok: false, error: 'Play cannot run now: the run has finished (Reset starts it again).' })
    expect(services.sent).toEqual([])
  })

  test('after a scripted reset, the next action waits for the scenario to load', async () => {
    vi.useFakeTimers()
    try {
      const services = loadedServices()
      services.store.setState((state) => ({ scenario: { ...state.scenario, status: 'loading' } }))
      const playing = runPresenterAction(services, { command: 'play' })
      await vi.advanceTimersByTimeAsync(500)
      expect(services.sent).toEqual([])
      showRun(services.store, { nowMs: 0 })
      expect(await playing).toEqual({ ok: true, detail: null })
      expect(services.sent).toEqual([{ type: 'play' }])

      services.store.setState((state) => ({ scenario: { ...state.scenario, status: 'loading' } }))
      const stuck = runPresenterAction(services, { command: 'play' })
      await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS)
      expect(await stuck).toEqual({ ok: false, error: 'Play cannot run now: the scenario is still loading.' })
    } finally {
      vi.useRealTimers()
    }
  })
})
