/**
 * Lambda's Node.js programming model inside QuickJS: handler forms, the Handler setting, module
 * scope per environment, the context object, virtual time, console and process.env.
 */
import { describe, expect, test } from 'vitest'
import type { CodeOutcome, EnvironmentSpec } from '../engine/runtime/types.ts'
import { FakeHost, contextFor, payloadOf, runInvoke } from './testing/fakeHost.ts'
import { useRuntime } from './testing/useRuntime.ts'


const sandbox = useRuntime()

function start(code: Record<string, string>, overrides: Partial<EnvironmentSpec> = {}) {
  return sandbox.boot(code, overrides)
}

describe('handler forms', () => {
  test('an ES module exporting an async handler', () => {
    const { env, host, init } = start({ 'index.mjs': 'export const handler = async (event) => ({ statusCode: 200, body: event.name })\n' })
    expect(init?.outcome).toEqual({ type: 'success', payload: 'null' })
    expect(payloadOf(runInvoke(env, host, { name: 'Ada' }))).toEqual({ statusCode: 200, body: 'Ada' })
  })

  test('CommonJS exports.handler and module.exports.handler', () => {
    const a = start({ 'index.js': 'exports.handler = async (event) => event.n * 2\n' })
    expect(payloadOf(runInvoke(a.env, a.host, { n: 21 }))).toBe(42)
    const b = start({ 'index.cjs': 'module.exports = { handler: async () => "cjs" }\n' })
    expect(payloadOf(runInvoke(b.env, b.host))).toBe('cjs')
  })

  test('ES module syntax in a .js file is detected', () => {
    const { env, host } = start({ 'index.js': 'export async function handler() { return "esm in .js" }\n' })
    expect(payloadOf(runInvoke(env, host))).toBe('esm in .js')
  })

  test('TypeScript with interfaces, enums, generics and optional chaining', () => {
    const code = [
      'interface Order { id: string; items?: { qty: number }[] }',
      'enum Status { Open = "OPEN", Done = "DONE" }',
      'function total<T extends { qty: number }>(items: T[] = []): number { return items.reduce((n, i) => n + i.qty, 0) }',
      'export const handler = async (event: Order): Promise<{ id: string; qty: number; status: Status }> => {',
      '  return { id: event.id, qty: total(event?.items ?? []), status: Status.Open }',
      '}',
    ].join('\n')
    const { env, host } = start({ 'index.ts': code })
    expect(payloadOf(runInvoke(env, host, { id: 'o-1', items: [{ qty: 2 }, { qty: 3 }] }))).toEqual({ id: 'o-1', qty: 5, status: 'OPEN' })
  })

  test('a callback handler: callback(null, result) answers once the event loop is empty', () => {
    const code = 'exports.handler = (event, context, callback) => { setTimeout(() => console.log("later"), 500); callback(null, { ok: true }) }\n'
    const { env, host } = start({ 'index.js': code })
    const result = runInvoke(env, host)
    expect(payloadOf(result)).toEqual({ ok: true })
    expect(result?.elapsedMs).toBe(500)
    expect(host.logs.map((line) => line.message)).toEqual(['later'])
  })

  test('an unref()ed timer does not keep the event loop busy; ref() again, or an interval cleared, does as Node.js', () => {
    const code = 'exports.handler = (event, context, callback) => { const t = setTimeout(() => {}, 900).unref(); const kept = setTimeout(() => {}, 300); kept.unref(); kept.ref(); const i = setInterval(() => {}, 50); setTimeout(() => clearInterval(i), 120); callback(null, [t.hasRef(), kept.hasRef()]) }\n'
    const { env, host } = start({ 'index.js': code })
    const result = runInvoke(env, host)
    expect(payloadOf(result)).toEqual([false, true])
    expect(result?.elapsedMs).toBe(300)
  })

  test('callbackWaitsForEmptyEventLoop = false answers at once', () => {
    const code = 'exports.handler = (event, context, callback) => { context.callbackWaitsForEmptyEventLoop = false; setTimeout(() => {}, 500); callback(null, "now") }\n'
    const { env, host } = start({ 'index.js': code })
    const result = runInvoke(env, host)
    expect(payloadOf(result)).toBe('now')
    expect(result?.elapsedMs).toBe(0)
  })

  test('callback(error) is an error; the first answer wins', () => {
    const code = 'exports.handler = (event, context, callback) => { callback(new TypeError("bad input")); callback(null, "ignored") }\n'
    const { env, host } = start({ 'index.js': code })
    const result = runInvoke(env, host)
    expect(result?.outcome).toMatchObject({ type: 'error', errorType: 'TypeError', errorMessage: 'bad input' })
  })

  test('Node.js 24 refuses a callback handler at init: Runtime.CallbackHandlerDeprecated [D-node-ctx]', () => {
    const code = 'exports.handler = (event, context, callback) => callback(null, "old style")\n'
    const { init } = start({ 'index.js': code }, { runtime: 'nodejs24.x' })
    expect(init?.outcome).toMatchObject({
      type: 'error',
      errorType: 'Runtime.CallbackHandlerDeprecated',
      errorMessage: expect.stringMatching(/^ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node\.js 24\./) as unknown as string,
    })
    for (const runtime of ['nodejs18.x', 'nodejs20.x', 'nodejs22.x']) {
      const older = start({ 'index.js': code }, { runtime })
      expect(payloadOf(runInvoke(older.env, older.host))).toBe('old style')
    }
  })

  test('Node.js 24 still runs async handlers of two parameters, and async ones that also declare a third', () => {
    const two = start({ 'index.mjs': 'export const handler = async (event, context) => context.functionName\n' }, { runtime: 'nodejs24.x' })
    expect(payloadOf(runInvoke(two.env, two.host))).toBe('demo')
    // The runtime counts parameters, not whether the function is async.
    const three = start({ 'index.mjs': 'export const handler = async (event, context, callback) => 1\n' }, { runtime: 'nodejs24.x' })
    expect(three.init?.outcome).toMatchObject({ type: 'error', errorType: 'Runtime.CallbackHandlerDeprecated' })
  })

  test('context.succeed, context.fail and context.done', () => {
    const { env, host } = start({ 'index.js': 'exports.handler = (event, context) => { if (event.kind === "s") context.succeed("yes"); else if (event.kind === "d") context.done(null, 7); else context.fail(new Error("no")) }\n' })
    expect(payloadOf(runInvoke(env, host, { kind: 's' }))).toBe('yes')
    expect(payloadOf(runInvoke(env, host, { kind: 'd' }))).toBe(7)
    expect(runInvoke(env, host, { kind: 'f' })?.outcome).toMatchObject({ type: 'error', errorType: 'Error', errorMessage: 'no' })
  })

  test('a non-async handler that returns without answering gets null, as on Lambda', () => {
    const { env, host } = start({ 'index.js': 'exports.handler = () => ({ ignored: true })\n' })
    expect(runInvoke(env, host)?.outcome).toEqual({ type: 'success', payload: 'null' })
  })

  test('undefined becomes null', () => {
    const { env, host } = start({ 'index.mjs': 'export const handler = async () => undefined\n' })
    expect(runInvoke(env, host)?.outcome).toEqual({ type: 'success', payload: 'null' })
  })
})

describe('the Handler setting', () => {
  test('src/app.main resolves src/app.ts, export main', () => {
    const { env, host } = start({ 'src/app.ts': 'export const main = async (): Promise<string> => "main"\n' }, { handler: 'src/app.main' })
    expect(payloadOf(runInvoke(env, host))).toBe('main')
  })

  test('a nested export path: index.handlers.get', () => {
    const { env, host } = start({ 'index.mjs': 'export const handlers = { get: async () => "got" }\n' }, { handler: 'index.handlers.get' })
    expect(payloadOf(runInvoke(env, host))).toBe('got')
  })

  test('a missing file is Runtime.ImportModuleError, worded as Lambda words it', () => {
    const { init } = start({ 'app.mjs': 'export const handler = async () => 1\n' })
    expect(init?.outcome).toMatchObject({
      type: 'error',
      errorType: 'Runtime.ImportModuleError',
      errorMessage: "Error: Cannot find module 'index'\nRequire stack:\n- /var/runtime/index.mjs",
    })
    expect(init?.outcome.type === 'error' && init.outcome.trace.slice(0, 3)).toEqual([
      "Runtime.ImportModuleError: Error: Cannot find module 'index'",
      'Require stack:',
      '- /var/runtime/index.mjs',
    ])
  })

  test('a missing export is Runtime.HandlerNotFound', () => {
    const { init } = start({ 'index.mjs': 'export const main = async () => 1\n' })
    expect(init?.outcome).toMatchObject({ type: 'error', errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is undefined or not exported' })
  })

  test('an export that is not a function is Runtime.HandlerNotFound too', () => {
    const { init } = start({ 'index.mjs': 'export const handler = 42\n' })
    expect(init?.outcome).toMatchObject({ type: 'error', errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is not a function' })
  })

  test('a Handler without a dot is Runtime.MalformedHandlerName', () => {
    const { init } = start({ 'index.mjs': 'export const handler = async () => 1\n' }, { handler: 'index' })
    expect(init?.outcome).toMatchObject({ type: 'error', errorType: 'Runtime.MalformedHandlerName', errorMessage: 'Bad handler' })
  })

  test('invoking after a failed init reports the init error again', () => {
    const { env, host, init } = start({ 'index.mjs': 'export const main = 1\n' })
    expect(runInvoke(env, host)?.outcome).toEqual(init?.outcome)
  })
})

describe('module scope lives as long as its environment', () => {
  const counter = { 'index.mjs': 'let count = 0\nexport const handler = async () => ++count\n' }

  test('a counter counts per environment, not across environments', () => {
    const a = start(counter)
    const b = start(counter)
    expect([payloadOf(runInvoke(a.env, a.host)), payloadOf(runInvoke(a.env, a.host)), payloadOf(runInvoke(a.env, a.host))]).toEqual([1, 2, 3])
    expect(payloadOf(runInvoke(b.env, b.host))).toBe(1)
  })

  test('init runs module scope once, with top-level await on a virtual timer', () => {
    const code = 'console.log("init")\nawait new Promise((r) => setTimeout(r, 1500))\nconst ready = Date.now()\nexport const handler = async () => ready\n'
    const { env, host, init } = start({ 'index.mjs': code })
    expect(init?.outcome.type).toBe('success')
    expect(init?.elapsedMs).toBe(1500)
    expect(payloadOf(runInvoke(env, host))).toBe(host.nowMs())
    runInvoke(env, host)
    expect(host.logs.filter((line) => line.message === 'init')).toHaveLength(1)
  })
})

describe('the context object', () => {
  test('fields as the Node.js runtime gives them', () => {
    const code = 'export const handler = async (event, context) => ({ ...context.toJSON(), remaining: context.getRemainingTimeInMillis(), keys: Object.keys(context.toJSON()) })\n'
    const { env, host } = start({ 'index.mjs': code }, { memoryMb: 256 })
    const context = payloadOf(runInvoke(env, host, {}, { awsRequestId: 'req-1', invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:demo:live', deadlineMs: host.nowMs() + 2500 }))
    expect(context).toEqual({
      callbackWaitsForEmptyEventLoop: true,
      functionVersion: '$LATEST',
      functionName: 'demo',
      memoryLimitInMB: '256',
      logGroupName: '/aws/lambda/demo',
      logStreamName: '2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef',
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:demo:live',
      awsRequestId: 'req-1',
      remaining: 2500,
      keys: ['callbackWaitsForEmptyEventLoop', 'succeed', 'fail', 'done', 'functionVersion', 'functionName', 'memoryLimitInMB',
        'logGroupName', 'logStreamName', 'clientContext', 'identity', 'invokedFunctionArn', 'awsRequestId', 'getRemainingTimeInMillis'],
    })
  })

  test('identity and clientContext when the invocation has them', () => {
    const { env, host } = start({ 'index.mjs': 'export const handler = async (e, c) => [c.identity, c.clientContext]\n' })
    const identity = { cognitoIdentityId: 'id-1', cognitoIdentityPoolId: 'pool-1' }
    const clientContext = { client: { app_title: 'demo' }, env: { platform: 'web' } }
    expect(payloadOf(runInvoke(env, host, {}, { identity, clientContext }))).toEqual([identity, clientContext])
  })

  test('getRemainingTimeInMillis decreases with virtual sleeps', () => {
    const code = [
      'const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))',
      'export const handler = async (event, context) => {',
      '  const seen = [context.getRemainingTimeInMillis()]',
      '  await sleep(400)',
      '  seen.push(context.getRemainingTimeInMillis())',
      '  await sleep(1100)',
      '  seen.push(context.getRemainingTimeInMillis())',
      '  return seen',
      '}',
    ].join('\n')
    const { env, host } = start({ 'index.mjs': code })
    expect(payloadOf(runInvoke(env, host, {}, { deadlineMs: host.nowMs() + 3000 }))).toEqual([3000, 2600, 1500])
  })
})

describe('virtual time', () => {
  test('awaiting a 2000 ms timeout advances virtual time by exactly 2000 ms', () => {
    const code = 'export const handler = async () => { const t0 = Date.now(); await new Promise((r) => setTimeout(r, 2000)); return Date.now() - t0 }\n'
    const { env, host } = start({ 'index.mjs': code })
    const result = runInvoke(env, host)
    expect(payloadOf(result)).toBe(2000)
    expect(result?.elapsedMs).toBe(2000)
  })

  test('Date follows the host clock, in UTC', () => {
    const code = 'export const handler = async () => [Date.now(), new Date().toISOString(), String(new Date(0)), new Date(2026, 0, 2, 3, 4).toISOString(), typeof Date()]\n'
    const host = new FakeHost(Date.UTC(2026, 5, 1, 12, 0, 0))
    const booted = sandbox.boot({ 'index.mjs': code }, {}, host)
    expect(payloadOf(runInvoke(booted.env, host))).toEqual([
      Date.UTC(2026, 5, 1, 12), '2026-06-01T12:00:00.000Z', 'Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)',
      '2026-01-02T03:04:00.000Z', 'string',
    ])
  })

  test('setInterval fires until cleared; clearTimeout cancels', () => {
    const code = [
      'export const handler = async () => {',
      '  const ticks = []',
      '  const cancelled = setTimeout(() => ticks.push("never"), 50)',
      '  clearTimeout(cancelled)',
      '  await new Promise((resolve) => { const id = setInterval(() => { ticks.push(Date.now() % 100000); if (ticks.length === 3) { clearInterval(id); resolve() } }, 100) })',
      '  return ticks',
      '}',
    ].join('\n')
    const { env, host } = start({ 'index.mjs': code })
    const start0 = host.nowMs() % 100000
    expect(payloadOf(runInvoke(env, host))).toEqual([start0 + 100, start0 + 200, start0 + 300])
    expect(host.pendingTimers).toBe(0)
  })

  test('setImmediate, queueMicrotask and process.nextTick run within the same instant, in Node order', () => {
    const code = [
      'export const handler = async () => {',
      '  const order = []',
      '  setImmediate(() => order.push("immediate"))',
      '  queueMicrotask(() => order.push("microtask"))',
      '  process.nextTick(() => order.push("tick"))',
      '  order.push("sync")',
      '  await new Promise((resolve) => setImmediate(resolve))',
      '  return order',
      '}',
    ].join('\n')
    const { env, host } = start({ 'index.mjs': code })
    const result = runInvoke(env, host)
    expect(payloadOf(result)).toEqual(['sync', 'microtask', 'tick', 'immediate'])
    expect(result?.elapsedMs).toBe(0)
  })

  test('a handler whose promise never settles answers null once nothing is pending (as on Lambda)', () => {
    const { env, host } = start({ 'index.mjs': 'export const handler = () => new Promise(() => {})\n' })
    expect(runInvoke(env, host)?.outcome).toEqual({ type: 'success', payload: 'null' })
  })
})

describe('console', () => {
  test('levels and Node-like formatting', () => {
    const code = [
      'export const handler = async () => {',
      '  console.log("plain", "words")',
      '  console.info("%s is %d years", "Ada", 36)',
      '  console.warn({ a: 1, b: "two", c: [1, 2, 3], d: { e: { f: { g: 1 } } } })',
      '  console.error(new Error("boom"))',
      '  console.debug("%j", { json: true })',
      '  console.trace("tracing")',
      '  console.log([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])',
      '  const cyclic = { name: "loop" }; cyclic.self = cyclic; console.log(cyclic)',
      '  console.log(null, undefined, 1n, Symbol("s"), () => 1, class Foo {}, new Map([["k", 1]]), new Set([1]))',
      '}',
    ].join('\n')
    const { env, host } = start({ 'index.mjs': code })
    runInvoke(env, host)
    const lines = host.logs.map((line) => [line.level, line.message])
    expect(lines[0]).toEqual(['INFO', 'plain words'])
    expect(lines[1]).toEqual(['INFO', 'Ada is 36 years'])
    expect(lines[2]).toEqual(['WARN', "{ a: 1, b: 'two', c: [ 1, 2, 3 ], d: { e: { f: [Object] } } }"])
    expect(lines[3]?.[0]).toBe('ERROR')
    expect(lines[3]?.[1]).toMatch(/^Error: boom\n {4}at handler \(file:\/\/\/var\/task\/index\.mjs:5:26\)/)
    expect(lines[4]).toEqual(['DEBUG', '{"json":true}'])
    expect(lines[5]).toEqual(['TRACE', 'tracing'])
    expect(lines[6]).toEqual(['INFO', '[\n  1, 2, 3, 4,  5,\n  6, 7, 8, 9, 10\n]'])
    expect(lines[7]).toEqual(['INFO', "<ref *1> { name: 'loop', self: [Circular *1] }"])
    expect(lines[8]).toEqual(['INFO', "null undefined 1n Symbol(s) [Function (anonymous)] [class Foo] Map(1) { 'k' => 1 } Set(1) { 1 }"])
  })

  test('console.log(context) shows the runtime\'s fields', () => {
    const { env, host } = start({ 'index.mjs': 'export const handler = async (event, context) => { console.log(context) }\n' })
    runInvoke(env, host, {}, { awsRequestId: 'req-9' })
    expect(host.logs[0]?.message).toBe([
      '{',
      '  callbackWaitsForEmptyEventLoop: true,',
      '  succeed: [Function: succeed],',
      '  fail: [Function: fail],',
      '  done: [Function: done],',
      "  functionVersion: '$LATEST',",
      "  functionName: 'demo',",
      "  memoryLimitInMB: '128',",
      "  logGroupName: '/aws/lambda/demo',",
      "  logStreamName: '2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef',",
      '  clientContext: undefined,',
      '  identity: undefined,',
      "  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:demo',",
      "  awsRequestId: 'req-9',",
      '  getRemainingTimeInMillis: [Function: getRemainingTimeInMillis]',
      '}',
    ].join('\n'))
  })
})

describe('process', () => {
  test('process.env is the environment variables, a copy per environment', () => {
    const code = 'export const handler = async (event) => { const before = process.env.STAGE; process.env.STAGE = event.set; return [before, process.env.AWS_REGION] }\n'
    const env = { STAGE: 'prod', AWS_REGION: 'eu-west-1' }
    const a = start({ 'index.mjs': code }, { environmentVariables: env })
    const b = start({ 'index.mjs': code }, { environmentVariables: env })
    expect(payloadOf(runInvoke(a.env, a.host, { set: 'changed' }))).toEqual(['prod', 'eu-west-1'])
    expect(payloadOf(runInvoke(a.env, a.host, { set: 'again' }))).toEqual(['changed', 'eu-west-1'])
    expect(payloadOf(runInvoke(b.env, b.host, { set: 'x' }))).toEqual(['prod', 'eu-west-1'])
    expect(env.STAGE).toBe('prod')
  })

  test('_X_AMZN_TRACE_ID is each request\'s trace header, set before the handler runs, and absent at init [D-envvars]', () => {
    const code = 'export const atInit = process.env._X_AMZN_TRACE_ID\nexport const handler = async () => [atInit ?? null, process.env._X_AMZN_TRACE_ID]\n'
    const { env, host } = start({ 'index.mjs': code })
    const first = 'Root=1-6955b900-000000000000000000000001;Parent=0000000000000001;Sampled=0;Lineage=1:2ab6c5d1:0'
    const second = 'Root=1-6955b901-000000000000000000000002;Parent=0000000000000002;Sampled=0;Lineage=1:2ab6c5d1:0'
    expect(payloadOf(runInvoke(env, host, {}, { traceHeader: first }))).toEqual([null, first])
    expect(payloadOf(runInvoke(env, host, {}, { traceHeader: second }))).toEqual([null, second])
  })

  test('_X_AMZN_TRACE_ID is asked for only when read; replaced or deleted, the next request sets it again', () => {
    const code = 'export const handler = async (event) => { if (event.read) { const seen = [process.env._X_AMZN_TRACE_ID, JSON.parse(JSON.stringify(process.env))._X_AMZN_TRACE_ID]; if (event.read === "delete") delete process.env._X_AMZN_TRACE_ID; else process.env._X_AMZN_TRACE_ID = "mine"; return seen } return Object.keys(process.env).includes("_X_AMZN_TRACE_ID") }\n'
    const { env, host } = start({ 'index.mjs': code })
    let reads = 0
    const invoke = (event: unknown, header: string): unknown => {
      const context = Object.defineProperty(contextFor(host), 'traceHeader', { get: () => { reads++; return header } })
      let outcome: CodeOutcome | undefined
      env.invoke(JSON.stringify(event), context, (done) => { outcome = done })
      while (outcome === undefined && host.step());
      return outcome?.type === 'success' ? JSON.parse(outcome.payload) : outcome
    }
    expect(invoke({ read: false }, 'a')).toBe(true)
    expect(reads).toBe(0)
    expect(invoke({ read: 'replace' }, 'b')).toEqual(['b', 'b'])
    expect(reads).toBe(1)
    expect(invoke({ read: 'delete' }, 'c')).toEqual(['c', 'c'])
    expect(invoke({ read: 'replace' }, 'd')).toEqual(['d', 'd'])
  })

  test('version, platform, memoryUsage and uptime', () => {
    const code = 'export const handler = async () => { const m = process.memoryUsage(); return [process.version, process.platform, process.arch, m.rss > m.heapUsed, process.uptime()] }\n'
    const { env, host } = start({ 'index.mjs': code }, { runtime: 'nodejs22.x' })
    host.advance(1500)
    expect(payloadOf(runInvoke(env, host))).toEqual(['v22.17.1', 'linux', 'x64', true, 1.5])
  })

  test('process.exit ends the runtime: Runtime.ExitError, and the environment is over', () => {
    const { env, host } = start({ 'index.mjs': 'export const handler = async () => { console.log("bye"); process.exit(2) }\n' })
    expect(runInvoke(env, host)?.outcome).toEqual({ type: 'crash', message: 'Runtime exited with error: exit status 2' })
    expect(host.logs.map((line) => line.message)).toEqual(['bye'])
    expect(runInvoke(env, host)?.outcome).toEqual({ type: 'crash', message: 'Runtime exited with error: exit status 2' })
  })
})

describe('memory', () => {
  test('Max Memory Used is the Node.js baseline plus what the code holds', () => {
    const code = 'const keep = []\nexport const handler = async (event) => { keep.push(new Uint8Array(event.mb * 1048576)); return keep.length }\n'
    const { env, host, init } = start({ 'index.mjs': code }, { memoryMb: 512 })
    expect(init?.memoryUsedMb).toBe(65)
    const after = runInvoke(env, host, { mb: 20 })
    expect(after?.memoryUsedMb).toBeGreaterThanOrEqual(85)
    expect(after?.memoryUsedMb).toBeLessThan(90)
  })
})
