import { describe, expect, test } from 'vitest'
import type { SimulationBridge } from '../ui/bridge/createSimulationBridge.ts'
import type { CommandBody } from '../worker/protocol.ts'
import { createDeferredBridge } from './createDeferredBridge.ts'

function recording() {
  const sent: CommandBody[] = []
  let starts = 0
  const bridge = createDeferredBridge((): SimulationBridge => {
    starts++
    return {
      send: (command) => sent.push(command),
      watch: (view, request) => sent.push({ type: 'watch', views: { [view]: request ?? undefined } }),
      apply: () => Promise.resolve({ ok: true }),
      nextRequestId: () => 'r1',
      dispose: () => undefined,
    }
  })
  return { bridge, sent, starts: () => starts }
}

describe('the player\'s deferred bridge', () => {
  test('starts the worker on the first command, once, and not for watching views', () => {
    const { bridge, sent, starts } = recording()
    bridge.watch('monitor', { functionName: 'orders', window: '2m' })
    bridge.watch('logs', { functionName: 'orders', limit: 10 })
    bridge.watch('logs', null)
    expect(starts()).toBe(0)
    expect(bridge.started).toBe(false)
    bridge.send({ type: 'play' })
    bridge.send({ type: 'pause' })
    expect(starts()).toBe(1)
    expect(bridge.started).toBe(true)
    // The views still watched when it started are passed on first.
    expect(sent).toEqual([{ type: 'watch', views: { monitor: { functionName: 'orders', window: '2m' } } }, { type: 'play' }, { type: 'pause' }])
  })

  test('dispose before any command starts nothing', () => {
    const { bridge, starts } = recording()
    bridge.dispose()
    expect(starts()).toBe(0)
  })
})
