/**
 * The user's async functions and catch clauses after guestRewrite.ts: a rejected promise of an
 * async function that nothing handles ends the runtime as on Lambda's Node.js runtime; the
 * functions otherwise behave as written (this, arguments, super, names; their stack frames are in
 * results.test.ts); a caught error carries V8's words.
 */
import { describe, expect, test } from 'vitest'
import { runInvoke } from './testing/fakeHost.ts'
import { rejectedWith } from './testing/outcomes.ts'
import { useRuntime } from './testing/useRuntime.ts'

const sandbox = useRuntime()
const invokeOnce = sandbox.invokeOnce

const succeeded = (value: unknown) => ({ type: 'success', payload: JSON.stringify(value) })
const SLEEP = 'const sleep = (ms) => new Promise((r) => setTimeout(r, ms))\n'

describe('an async function\'s rejected promise that nothing handles: Runtime.UnhandledPromiseRejection, exit status 128', () => {
  test.each([
    ['called without await, throwing at once', 'async function save(x) { throw new Error("boom " + x) }', 'save(1); return "ok"', 'Error: boom 1'],
    ['called without await, throwing after an await', 'async function save() { await sleep(5); throw new Error("late") }', 'save(); await sleep(20); return "ok"', 'Error: late'],
    ['an async callback of forEach', '', '[1, 2].forEach(async (n) => { if (n === 2) throw new Error("item " + n) }); return "ok"', 'Error: item 2'],
    ['a class\'s async method', 'class Store { async put() { throw new TypeError("full") } }', 'new Store().put(); return "ok"', 'TypeError: full'],
    ['an async method of an object literal', 'const db = { async get() { return Promise.reject(new Error("gone")) } }', 'db.get(); return "ok"', 'Error: gone'],
    ['stored and never awaited', 'const load = async () => { throw new RangeError("bad") }', 'const pending = load(); await sleep(5); return typeof pending', 'RangeError: bad'],
  ])('%s', (_name, helpers, body, errorMessage) => {
    const booted = sandbox.boot({ 'index.mjs': `${SLEEP}${helpers}\nexport const handler = async () => { ${body} }\n` })
    expect(runInvoke(booted.env, booted.host)?.outcome).toEqual(rejectedWith(errorMessage))
    const line = booted.host.logs.find((log) => log.message.startsWith('Unhandled Promise Rejection \t'))
    expect(JSON.parse(line?.message.split('\t')[1] ?? '{}')).toMatchObject({ errorType: 'Runtime.UnhandledPromiseRejection', errorMessage })
  })

  test('in CommonJS and in TypeScript too', () => {
    expect(invokeOnce({ 'index.js': 'async function save() { throw new Error("cjs") }\nexports.handler = async () => { save(); return 1 }\n' })).toEqual(rejectedWith('Error: cjs'))
    expect(invokeOnce({ 'index.ts': 'async function save(id: string): Promise<void> { throw new Error(id) }\nexport const handler = async (): Promise<number> => { save("ts"); return 1 }\n' }))
      .toEqual(rejectedWith('Error: ts'))
  })

  test('at module scope it fails the Init phase', () => {
    const booted = sandbox.boot({ 'index.mjs': '(async () => { throw new Error("connect") })()\nexport const handler = async () => 1\n' })
    expect(booted.init?.outcome).toEqual(rejectedWith('Error: connect'))
  })

  test('a promise still pending when the handler returns: that invocation succeeds, the next one (which thaws the process) fails', () => {
    const booted = sandbox.boot({ 'index.mjs': `${SLEEP}async function send() { await sleep(10); throw new Error("QueueDoesNotExist") }\nexport const handler = async () => { send(); return "sent" }\n` })
    expect(runInvoke(booted.env, booted.host)?.outcome).toEqual({ type: 'success', payload: '"sent"' })
    booted.host.advance(10)
    expect(runInvoke(booted.env, booted.host)?.outcome).toEqual(rejectedWith('Error: QueueDoesNotExist'))
  })

  const failing = `${SLEEP}async function fail() { throw new Error("x") }\nasync function slowFail() { await sleep(10); throw new Error("x") }\n`

  test.each([
    ['awaited in a try', 'try { await fail() } catch { return "ok" }'],
    ['caught in the same turn', 'fail().catch(() => {}); return "ok"'],
    ['in Promise.allSettled', 'await Promise.allSettled([fail(), fail()]); return "ok"'],
    ['pending across a timer, then awaited before it rejects', 'const p = slowFail(); await sleep(1); try { await p } catch { return "ok" }'],
    ['handed to another async function that awaits it', 'const wait = async (p) => { try { await p } catch { return "ok" } }; return wait(fail())'],
  ])('no crash when %s', (_name, body) => {
    expect(invokeOnce({ 'index.mjs': `${failing}export const handler = async () => { ${body} }\n` })).toEqual({ type: 'success', payload: '"ok"' })
  })

  test('returned by the handler, the rejection is that invocation\'s own error', () => {
    expect(invokeOnce({ 'index.mjs': `${failing}export const handler = async () => fail()\n` })).toMatchObject({ type: 'error', errorType: 'Error', errorMessage: 'x' })
  })
})

describe('the functions otherwise behave as written', () => {
  test('this, arguments, super, default parameters, length, name, recursion', () => {
    const code = [
      'class Base { async greet() { return "base" } }',
      'class Child extends Base { async greet(suffix = "!") { return (await super.greet()) + this.tag + suffix + arguments.length } }',
      'async function countdown(n) { return n === 0 ? "done" : countdown(n - 1) }',
      'const box = { value: 7, async read() { return this.value } }',
      'export const handler = async () => {',
      '  const child = Object.assign(new Child(), { tag: "+" })',
      '  return [await child.greet(), await child.greet("?"), await countdown(3), await box.read(), countdown.length, countdown.name, child.greet.name, handler.name]',
      '}',
    ].join('\n')
    expect(invokeOnce({ 'index.mjs': code })).toEqual(succeeded(['base+!0', 'base+?1', 'done', 7, 1, 'countdown', 'greet', 'handler']))
  })

  test('async generators are untouched; util sees async functions as such', () => {
    const code = [
      'import util from "node:util"',
      'async function* numbers() { yield 1; yield 2 }',
      'async function named() {}',
      'export const handler = async () => {',
      '  const seen = []',
      '  for await (const n of numbers()) seen.push(n)',
      '  return [seen, util.types.isAsyncFunction(named), util.types.isAsyncFunction(() => 1), util.inspect(named)]',
      '}',
    ].join('\n')
    expect(invokeOnce({ 'index.mjs': code })).toEqual(succeeded([[1, 2], true, false, '[AsyncFunction: named]']))
  })

  test('the runtime\'s helpers called by user code with anything break nothing', () => {
    const code = [
      'export const handler = async () => {',
      '  const lp = globalThis.__lambdaPlayground',
      '  const results = [lp.asyncCall(() => 42), lp.caught(new Proxy({}, { get() { throw new Error("no") } }))]',
      '  try { lp.asyncArrow(undefined) } catch (e) { results.push(e.name) }',
      '  return results',
      '}',
    ].join('\n')
    expect(invokeOnce({ 'index.mjs': code })).toEqual(succeeded([42, null, 'TypeError']))
  })

  test('limit: a function\'s (not an arrow\'s) parameters that throw while binding throw at the call instead of rejecting', () => {
    const attempt = (pick: string) => `${pick}\nexport const handler = async () => { try { await pick(null).catch(() => {}); return "rejected" } catch { return "thrown" } }\n`
    expect(invokeOnce({ 'index.mjs': attempt('async function pick({ id }) { return id }') })).toEqual({ type: 'success', payload: '"thrown"' })
    expect(invokeOnce({ 'index.mjs': attempt('const pick = async ({ id }) => id') })).toEqual({ type: 'success', payload: '"rejected"' })
  })
})

describe('caught errors carry V8\'s words, as on Lambda', () => {
  test.each([
    ['reading a property of undefined', 'const event = {}; event.body.id', "Cannot read properties of undefined (reading 'id')"],
    ['setting one on null', 'const o = null; o.x = 1', "Cannot set properties of null (setting 'x')"],
    ['calling what is not a function', 'const client = {}; client.send()', 'client.send is not a function'],
    ['a name never declared', 'missing + 1', 'missing is not defined'],
    ['the user\'s own error, untouched', 'throw new Error("cannot read property \'x\' of my config")', "cannot read property 'x' of my config"],
  ])('%s', (_name, statement, message) => {
    const code = `export const handler = async () => { try { ${statement} } catch (error) { return error.message } }\n`
    expect(invokeOnce({ 'index.mjs': code })).toEqual(succeeded(message))
  })

  test('also when the error comes out of an awaited async function', () => {
    const code = 'async function read(event) { return event.body.id }\nexport const handler = async () => { try { await read({}) } catch (e) { return e.message } }\n'
    expect(invokeOnce({ 'index.mjs': code })).toEqual(succeeded("Cannot read properties of undefined (reading 'id')"))
  })

  test('limit: a destructured catch binding and a promise\'s catch callback keep QuickJS\'s words', () => {
    const code = [
      'export const handler = async () => {',
      '  let destructured',
      '  try { null.x } catch ({ message }) { destructured = message }',
      '  const callback = await Promise.resolve().then(() => null.y).catch((e) => e.message)',
      '  return [destructured, callback]',
      '}',
    ].join('\n')
    expect(invokeOnce({ 'index.mjs': code })).toEqual(succeeded(["cannot read property 'x' of null", "cannot read property 'y' of null"]))
  })
})
