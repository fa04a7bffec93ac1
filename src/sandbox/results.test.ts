/**
 * How phases end, as Lambda's Node.js runtime reports them: results serialised inside the sandbox,
 * thrown Errors and non-Errors, stack traces at the user's own lines, and Init errors.
 */
import { describe, expect, test } from 'vitest'
import type { CodeOutcome } from '../engine/runtime/types.ts'
import { runInvoke } from './testing/fakeHost.ts'
import { INVOKE_FRAME, rejectedWith } from './testing/outcomes.ts'
import { useRuntime } from './testing/useRuntime.ts'


const sandbox = useRuntime()
const invokeOnce = sandbox.invokeOnce

function initOutcome(code: Record<string, string>): CodeOutcome | undefined {
  const booted = sandbox.boot(code)
  return booted.init?.outcome
}

describe('results', () => {
  test('serialised with JSON.stringify inside the sandbox (toJSON, dates, dropped undefined)', () => {
    const code = 'export const handler = async () => ({ at: new Date(0), skip: undefined, custom: { toJSON: () => "custom" }, list: [1, undefined] })\n'
    expect(invokeOnce({ 'index.mjs': code })).toEqual({ type: 'success', payload: '{"at":"1970-01-01T00:00:00.000Z","custom":"custom","list":[1,null]}' })
  })

  test('a cyclic result is the runtime\'s "Unable to stringify response body"', () => {
    const code = 'export const handler = async () => { const a = { name: "a" }; a.self = a; return a }\n'
    expect(invokeOnce({ 'index.mjs': code })).toEqual({
      type: 'error', errorType: 'Error', errorMessage: 'Unable to stringify response body', trace: ['Error: Unable to stringify response body'],
    })
  })

  test('a BigInt result too', () => {
    expect(invokeOnce({ 'index.mjs': 'export const handler = async () => ({ n: 10n })\n' })).toMatchObject({ type: 'error', errorMessage: 'Unable to stringify response body' })
  })

  test('events and results cross the boundary intact: non-ASCII, emoji, NUL escapes, lone surrogates, 1 MB', () => {
    const event = { text: 'héllo wörld 🌍 \u0000 end', lone: '\ud800x', big: 'x'.repeat(1 << 20) }
    const booted = sandbox.boot({ 'index.mjs': 'export const handler = async (event) => ({ ...event, length: event.big.length })\n' })
    const outcome = runInvoke(booted.env, booted.host, event)?.outcome
    expect(outcome?.type === 'success' && JSON.parse(outcome.payload)).toEqual({ ...event, length: 1 << 20 })
  })

  test('a string result is a JSON string', () => {
    expect(invokeOnce({ 'index.mjs': 'export const handler = async () => "hello"\n' })).toEqual({ type: 'success', payload: '"hello"' })
  })
})

describe('errors', () => {
  // QuickJS's columns point at the call's parenthesis; the runtime's own frame follows. An async
  // helper's frames are the same (nothing of guestRewrite.ts shows).
  test.each([
    ['a function', 'function validate(event) {', '  validate(event)', '    at validate (file:///var/task/index.mjs:2:37)', '    at handler (file:///var/task/index.mjs:5:11)'],
    ['an async function', 'async function validate(event) {', '  await validate(event)', '    at validate (file:///var/task/index.mjs:2:37)', '    at handler (file:///var/task/index.mjs:5:17)'],
  ])('a thrown Error: its name, message and a trace at the user\'s lines, thrown by %s', (_name, declaration, call, helperFrame, handlerFrame) => {
    const code = [declaration, '  if (!event.id) throw new TypeError("id is required")', '}', 'export const handler = async (event) => {', call, '}'].join('\n')
    expect(invokeOnce({ 'index.mjs': code })).toEqual({
      type: 'error',
      errorType: 'TypeError',
      errorMessage: 'id is required',
      trace: ['TypeError: id is required', helperFrame, handlerFrame, INVOKE_FRAME],
    })
  })

  test('stack traces of TypeScript point at the .ts file\'s own lines', () => {
    const code = [
      'interface Event { id?: string }',
      '',
      'type Result = { ok: boolean }',
      '',
      'export const handler = async (event: Event): Promise<Result> => {',
      '  const id: string = event.id ?? "none"',
      '  throw new RangeError(`bad id ${id}`)',
      '}',
    ].join('\n')
    const outcome = invokeOnce({ 'index.ts': code })
    expect(outcome).toMatchObject({ type: 'error', errorType: 'RangeError', errorMessage: 'bad id none' })
    expect(outcome?.type === 'error' && outcome.trace[1]).toBe('    at handler (file:///var/task/index.ts:7:23)')
  })

  test('CommonJS frames use the plain path, as Node.js prints them', () => {
    const outcome = invokeOnce({ 'index.js': 'exports.handler = async function handler() {\n  null.boom\n}\n' })
    expect(outcome).toMatchObject({ type: 'error', errorType: 'TypeError', errorMessage: "Cannot read properties of null (reading 'boom')" })
    expect(outcome?.type === 'error' && outcome.trace.slice(0, 2)).toEqual(["TypeError: Cannot read properties of null (reading 'boom')", '    at handler (/var/task/index.js:2:7)'])
  })

  test.each([
    ['missing.value', 'ReferenceError', 'missing is not defined'],
    ['let early = early + 1', 'ReferenceError', "Cannot access 'early' before initialization"],
    ['event.body.id', 'TypeError', "Cannot read properties of undefined (reading 'id')"],
    ['event.body.id = 1', 'TypeError', "Cannot set properties of undefined (setting 'id')"],
    ['event.items.map((item) => item)', 'TypeError', "Cannot read properties of undefined (reading 'map')"],
    ['await client.send({})', 'TypeError', 'client.send is not a function'],
    ['helpers?.format["long"](event)', 'TypeError', 'helpers?.format["long"] is not a function'],
    ['new helpers.Missing()', 'TypeError', 'helpers.Missing is not a constructor'],
    ['Object.keys(event.body)', 'TypeError', 'Cannot convert undefined or null to object'],
    ['[...event.body]', 'TypeError', 'undefined is not iterable (cannot read property Symbol(Symbol.iterator))'],
    ['JSON.parse(event.body)', 'SyntaxError', '"undefined" is not valid JSON'],
    ['Store()', 'TypeError', "Class constructor Store cannot be invoked without 'new'"],
  ])('%s: worded as Node.js words it', (statement, errorType, errorMessage) => {
    const code = `const client = {}\nconst helpers = { format: {} }\nclass Store {}\nexport const handler = async (event) => {\n  ${statement}\n}\n`
    const outcome = invokeOnce({ 'index.mjs': code })
    expect(outcome).toMatchObject({ type: 'error', errorType, errorMessage })
    expect(outcome?.type === 'error' && outcome.trace[0]).toBe(`${errorType}: ${errorMessage}`)
  })

  test('the callee of "is not a function" is read in the transpiled TypeScript too', () => {
    const code = 'type Client = { send?: (input: unknown) => Promise<unknown> }\nconst client: Client = {}\nexport const handler = async (event: { id: string }): Promise<void> => {\n  await (client as any).send(event)\n}\n'
    expect(invokeOnce({ 'index.ts': code })).toMatchObject({ errorType: 'TypeError', errorMessage: 'not a function' })
    const named = 'const client: { send?: () => void } = {}\nexport const handler = async (event: { id: string }): Promise<void> => {\n  const id: string = event.id; client.send!()\n}\n'
    expect(invokeOnce({ 'index.ts': named })).toMatchObject({ errorType: 'TypeError', errorMessage: 'client.send is not a function' })
  })

  test('errorType is error.name, as the runtime reports it (a subclass that sets no name is "Error")', () => {
    const code = 'class NotFound extends Error {}\nclass Named extends Error { constructor(m) { super(m); this.name = "Named" } }\nexport const handler = async (e) => { throw e.named ? new Named("n") : new NotFound("x") }\n'
    expect(invokeOnce({ 'index.mjs': code }, { named: false })).toMatchObject({ errorType: 'Error', errorMessage: 'x' })
    expect(invokeOnce({ 'index.mjs': code }, { named: true })).toMatchObject({ errorType: 'Named', errorMessage: 'n' })
  })

  test('thrown non-Errors are reported as the runtime does (typeof, toString)', () => {
    const throwing = (value: string) => ({ 'index.mjs': `export const handler = async () => { throw ${value} }\n` })
    expect(invokeOnce(throwing('"boom"'))).toEqual({ type: 'error', errorType: 'string', errorMessage: 'boom', trace: [] })
    expect(invokeOnce(throwing('42'))).toEqual({ type: 'error', errorType: 'number', errorMessage: '42', trace: [] })
    expect(invokeOnce(throwing('{ code: 7 }'))).toEqual({ type: 'error', errorType: 'object', errorMessage: '[object Object]', trace: [] })
    // A rejection with null or undefined becomes the runtime's 'handled'.
    expect(invokeOnce(throwing('null'))).toEqual({ type: 'error', errorType: 'string', errorMessage: 'handled', trace: [] })
    expect(invokeOnce(throwing('undefined'))).toEqual({ type: 'error', errorType: 'string', errorMessage: 'handled', trace: [] })
    expect(invokeOnce(throwing('Object.create(null)'))).toMatchObject({ type: 'error', errorType: 'handled' })
  })

  test('a synchronous handler that throws null answers null, as the runtime\'s callback(null) does', () => {
    expect(invokeOnce({ 'index.js': 'exports.handler = () => { throw null }\n' })).toEqual({ type: 'success', payload: 'null' })
  })

  test('deep recursion is a RangeError (Maximum call stack size exceeded), not a crash', () => {
    const outcome = invokeOnce({ 'index.mjs': 'const down = (n) => down(n + 1) + 1\nexport const handler = async () => down(0)\n' })
    expect(outcome).toMatchObject({ type: 'error', errorType: 'RangeError', errorMessage: 'Maximum call stack size exceeded' })
    expect(outcome?.type === 'error' && outcome.trace).toHaveLength(11)
  })
})

describe('init errors', () => {
  test('a module that throws at init reports its own error (as Lambda\'s runtime does)', () => {
    const outcome = initOutcome({ 'index.mjs': 'const config = {}\nif (!config.table) throw new Error("no config")\nexport const handler = async () => 1\n' })
    expect(outcome).toMatchObject({ type: 'error', errorType: 'Error', errorMessage: 'no config' })
    expect(outcome?.type === 'error' && outcome.trace.slice(0, 2)).toEqual(['Error: no config', '    at file:///var/task/index.mjs:2:35'])
  })

  test('a syntax error is Runtime.UserCodeSyntaxError, with where it is', () => {
    const outcome = initOutcome({ 'index.mjs': 'export const handler = async () => {\n  return {\n}\n' })
    expect(outcome).toMatchObject({ type: 'error', errorType: 'Runtime.UserCodeSyntaxError' })
    expect(outcome?.type === 'error' && outcome.errorMessage).toMatch(/^SyntaxError: /)
    expect(outcome?.type === 'error' && outcome.trace[1]).toMatch(/^ {4}at file:\/\/\/var\/task\/index\.mjs:\d+:\d+$/)
  })

  test('a TypeScript syntax error too (found by the transpiler)', () => {
    const outcome = initOutcome({ 'index.ts': 'export const handler = async (event: { id: string ) => 1\n' })
    expect(outcome).toMatchObject({ type: 'error', errorType: 'Runtime.UserCodeSyntaxError', errorMessage: 'SyntaxError: Unexpected token, expected ";"' })
    expect(outcome?.type === 'error' && outcome.trace[1]).toBe('    at file:///var/task/index.ts:1:51')
  })

  test('JSON.parse failing at module scope is also Runtime.UserCodeSyntaxError, as on Lambda', () => {
    expect(initOutcome({ 'index.mjs': 'const config = JSON.parse("{oops")\nexport const handler = async () => config\n' })).toMatchObject({
      type: 'error', errorType: 'Runtime.UserCodeSyntaxError',
    })
  })

  test('a missing dependency is Runtime.ImportModuleError with its require stack', () => {
    expect(initOutcome({ 'index.js': 'const lib = require("./lib")\nexports.handler = async () => lib\n' })).toMatchObject({
      type: 'error',
      errorType: 'Runtime.ImportModuleError',
      errorMessage: "Error: Cannot find module './lib'\nRequire stack:\n- /var/task/index.js\n- /var/runtime/index.mjs",
    })
    expect(initOutcome({ 'index.mjs': 'import axios from "axios"\nexport const handler = async () => axios\n' })).toMatchObject({
      type: 'error',
      errorType: 'Runtime.ImportModuleError',
      errorMessage: "Error: Cannot find package 'axios' imported from /var/task/index.mjs",
    })
  })

  test('a top-level await that never settles ends the runtime (Node.js exit status 13)', () => {
    expect(initOutcome({ 'index.mjs': 'await new Promise(() => {})\nexport const handler = async () => 1\n' })).toEqual({
      type: 'crash', message: 'Runtime exited with error: exit status 13',
    })
  })

  test('an uncaught exception in a timer fails the invocation with that error and ends the runtime (exit status 129)', () => {
    const booted = sandbox.boot({ 'index.mjs': 'export const handler = async () => { setTimeout(() => { throw new Error("late") }, 10); await new Promise((r) => setTimeout(r, 100)) }\n' })
    expect(runInvoke(booted.env, booted.host)?.outcome).toMatchObject({
      type: 'crash', message: 'Runtime exited with error: exit status 129', error: { errorType: 'Error', errorMessage: 'late' },
    })
    expect(booted.host.logs[0]).toMatchObject({ level: 'ERROR', message: expect.stringMatching(/^Uncaught Exception \t\{"errorType":"Error","errorMessage":"late","stack":\["Error: late","/) })
  })
})

describe('unhandled rejections end the runtime: Runtime.UnhandledPromiseRejection, exit status 128', () => {

  test.each([
    ['Promise.reject left alone', 'Promise.reject(new Error("boom")); return "ok"', 'Error: boom'],
    ['a new Promise rejected later, never awaited', 'new Promise((_, reject) => setTimeout(() => reject(new Error("late")), 5)); await sleep(50)', 'Error: late'],
    ['Promise.all with a rejection, dropped', 'Promise.all([1, Promise.reject("no")]); return "ok"', 'no'],
    ['an async timer callback that throws', 'setTimeout(async () => { throw new Error("tick") }, 1); await sleep(50)', 'Error: tick'],
    ['an async event listener that throws', 'const { EventEmitter } = await import("node:events"); const e = new EventEmitter(); e.on("x", async () => { throw new Error("listener") }); e.emit("x"); await sleep(5)', 'Error: listener'],
    ['a rejection handled only after the microtasks drained', 'const p = Promise.reject(new Error("early")); await sleep(5); await p.catch(() => 1)', 'Error: early'],
  ])('%s', (_name, body, errorMessage) => {
    const booted = sandbox.boot({ 'index.mjs': `const sleep = (ms) => new Promise((r) => setTimeout(r, ms))\nexport const handler = async () => { ${body} }\n` })
    expect(runInvoke(booted.env, booted.host)?.outcome).toEqual(rejectedWith(errorMessage))
    const line = booted.host.logs.find((log) => log.message.startsWith('Unhandled Promise Rejection \t'))
    expect(line?.level).toBe('ERROR')
    expect(JSON.parse(line?.message.split('\t')[1] ?? '{}')).toMatchObject({ errorType: 'Runtime.UnhandledPromiseRejection', errorMessage, promise: {} })
    // The process is gone: the environment reports the same end to every later call.
    expect(runInvoke(booted.env, booted.host)?.outcome).toEqual(rejectedWith(errorMessage))
  })

  test('a call that fails after the handler returned: that invocation succeeds, the next one (which thaws the process) fails', () => {
    const booted = sandbox.boot({ 'index.mjs': 'export const handler = async () => { new Promise((_, reject) => setTimeout(() => reject(new Error("QueueDoesNotExist")), 10)); return "sent" }\n' })
    expect(runInvoke(booted.env, booted.host)?.outcome).toEqual({ type: 'success', payload: '"sent"' })
    booted.host.advance(10)
    expect(runInvoke(booted.env, booted.host)?.outcome).toEqual(rejectedWith('Error: QueueDoesNotExist'))
  })

  test.each([
    ['caught in the same turn', 'const p = Promise.reject(new Error("x")); p.catch(() => {}); return "ok"'],
    ['awaited while pending, rejected later', 'try { await new Promise((_, reject) => setTimeout(() => reject(new Error("x")), 5)) } catch { return "ok" }'],
    ['awaited in a try at once', 'try { await Promise.reject(new Error("x")) } catch { return "ok" }'],
  ])('no crash when %s', (_name, body) => {
    const booted = sandbox.boot({ 'index.mjs': `export const handler = async () => { ${body} }\n` })
    expect(runInvoke(booted.env, booted.host)?.outcome).toEqual({ type: 'success', payload: '"ok"' })
  })

  test('a handler that returns a rejected promise fails only its own invocation', () => {
    const booted = sandbox.boot({ 'index.js': 'exports.handler = () => Promise.reject(new Error("mine"))\n' })
    expect(runInvoke(booted.env, booted.host)?.outcome).toMatchObject({ type: 'error', errorType: 'Error', errorMessage: 'mine' })
  })

  test('during init it is the Init phase\'s error', () => {
    expect(initOutcome({ 'index.mjs': 'Promise.reject(new TypeError("config"))\nexport const handler = async () => 1\n' })).toEqual({
      ...rejectedWith('TypeError: config'),
    })
  })
})
