/**
 * The wasm module's lifecycle: a host exception (here a real one: deeply nested JSON.stringify
 * overflows V8's wasm stack) corrupts the module, every environment on it ends, and new
 * environments run on a spare loaded in advance; a second failure before the next spare is ready
 * leaves new environments reporting a restart until it is.
 */
import { describe, expect, test } from 'vitest'
import { createQuickJsRuntime } from './createQuickJsRuntime.ts'
import { MODULE_LOST, SANDBOX_RESTARTING } from './errors.ts'
import { boot, contextFor, payloadOf, runInvoke } from './testing/fakeHost.ts'

const CORRUPT = 'exports.handler = async () => { const o = {}; let p = o; for (let i = 0; i < 100000; i++) p = p.next = {}; return JSON.stringify(o).length }\n'
const ECHO = 'exports.handler = async (event) => event\n'

describe('a corrupted module is replaced', () => {
  test('the environment that broke it is out of memory; others on it crash; new ones work', async () => {
    const runtime = await createQuickJsRuntime()
    const bystander = boot(runtime, { 'index.js': ECHO })
    const culprit = boot(runtime, { 'index.js': CORRUPT })
    expect(runInvoke(culprit.env, culprit.host)?.outcome).toEqual({ type: 'out-of-memory' })
    expect(runInvoke(bystander.env, bystander.host, 1)?.outcome).toEqual(MODULE_LOST)
    const fresh = boot(runtime, { 'index.js': ECHO })
    expect(payloadOf(runInvoke(fresh.env, fresh.host, 'fresh'))).toBe('fresh')
    // Disposing environments of the broken module never calls into it.
    culprit.env.dispose()
    bystander.env.dispose()
    fresh.env.dispose()
    await runtime.settled()
  })

  test('two failures in a row: new environments report a restart until the next module has loaded', async () => {
    const runtime = await createQuickJsRuntime()
    for (let failures = 0; failures < 2; failures++) {
      const culprit = boot(runtime, { 'index.js': CORRUPT })
      expect(runInvoke(culprit.env, culprit.host)?.outcome).toEqual({ type: 'out-of-memory' })
      culprit.env.dispose()
    }
    const early = boot(runtime, { 'index.js': ECHO })
    expect(early.init?.outcome).toEqual(SANDBOX_RESTARTING)
    early.env.dispose()
    await runtime.settled()
    const later = boot(runtime, { 'index.js': ECHO })
    expect(payloadOf(runInvoke(later.env, later.host, 'back'))).toBe('back')
    later.env.dispose()
  })
})

describe('disposal', () => {
  test('dispose is idempotent, clears its timers, and ignores host callbacks that arrive later', async () => {
    const runtime = await createQuickJsRuntime()
    const { env, host } = boot(runtime, { 'index.js': 'exports.handler = async () => { setInterval(() => {}, 100); await new Promise((r) => setTimeout(r, 1000)) }\n' })
    let answered = false
    env.invoke('{}', contextFor(host, { awsRequestId: 'r', invokedFunctionArn: 'arn' }), () => { answered = true })
    host.advance(250)
    env.dispose()
    env.dispose()
    host.advance(5000)
    expect(answered).toBe(false)
    expect(host.pendingTimers).toBe(0)
  })
})
