/**
 * How phases end, as Lambda's Node.js runtime reports them: results serialised inside the sandbox,
 * thrown Errors and non-Errors, stack traces at the user's own lines, and Init errors.
 */
import { describe, expect, test } from 'vitest'
import type { CodeOutcome } from '../engine/runtime/types.ts'
import { runInvoke } from './testing/fakeHost.ts'
import { useRuntime } from './testing/useRuntime.ts'


const sandbox = useRuntime()

function invokeOnce(code: Record<string, string>, event: unknown = {}): CodeOutcome | undefined {
  const booted = sandbox.boot(code)
  if (booted.init?.outcome.type !== 'success') return booted.init?.outcome
  return runInvoke(booted.env, booted.host, event)?.outcome
}

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

  test('a string result is a JSON string', () => {
    expect(invokeOnce({ 'index.mjs': 'export const handler = async () => "hello"\n' })).toEqual({ type: 'success', payload: '"hello"' })
  })
})

describe('errors', () => {
  test('a thrown Error: its name, message and a trace at the user\'s lines', () => {
    const code = [
      'function validate(event) {',
      '  if (!event.id) throw new TypeError("id is required")',
      '}',
      'export const handler = async (event) => {',
      '  validate(event)',
      '}',
    ].join('\n')
    expect(invokeOnce({ 'index.mjs': code })).toEqual({
      type: 'error',
      errorType: 'TypeError',
      errorMessage: 'id is required',
      trace: [
        'TypeError: id is required',
        // QuickJS's columns point at the call's parenthesis; the runtime's own frame follows.
        '    at validate (file:///var/task/index.mjs:2:37)',
        '    at handler (file:///var/task/index.mjs:5:11)',
        expect.stringMatching(/^ {4}at invoke \(file:\/\/\/var\/runtime\/index\.mjs:\d+:\d+\)$/) as unknown as string,
      ],
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
    // QuickJS's own wording of the message (V8 says "Cannot read properties of null (reading 'boom')").
    expect(outcome).toMatchObject({ type: 'error', errorType: 'TypeError', errorMessage: "cannot read property 'boom' of null" })
    expect(outcome?.type === 'error' && outcome.trace[1]).toBe('    at handler (/var/task/index.js:2:7)')
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

  test('an uncaught exception in a timer ends the runtime after an Uncaught Exception line', () => {
    const booted = sandbox.boot({ 'index.mjs': 'export const handler = async () => { setTimeout(() => { throw new Error("late") }, 10); await new Promise((r) => setTimeout(r, 100)) }\n' })
    expect(runInvoke(booted.env, booted.host)?.outcome).toEqual({ type: 'crash', message: 'Runtime exited with error: exit status 129' })
    expect(booted.host.logs[0]).toMatchObject({ level: 'ERROR', message: expect.stringMatching(/^Uncaught Exception \t\{"errorType":"Error","errorMessage":"late","stack":\["Error: late","/) })
  })
})
