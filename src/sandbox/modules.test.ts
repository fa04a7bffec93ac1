/**
 * The module system: the function's files, layers (by bare name, later layers over earlier ones,
 * as /opt is extracted), built-in modules such as the SDK, package.json entry points, JSON,
 * require/import interop and errors.
 */
import { describe, expect, test } from 'vitest'
import type { LayerSpec } from '../engine/runtime/types.ts'
import { payloadOf, runInvoke } from './testing/fakeHost.ts'
import { useRuntime } from './testing/useRuntime.ts'


const SDK_SOURCE = [
  'class SQSClient { constructor(config) { this.config = config } send(command) { return __lambdaPlayground.awsCall("sqs", command.operation, command.input) } }',
  'class SendMessageCommand { constructor(input) { this.operation = "SendMessage"; this.input = input } }',
  'module.exports = { SQSClient, SendMessageCommand }',
].join('\n')

const sandbox = useRuntime({ builtinModules: { '@aws-sdk/client-sqs': SDK_SOURCE, 'shared-lib': 'module.exports = "from the runtime"' } })

function invokeOnce(code: Record<string, string>, layers: readonly LayerSpec[] = [], handler = 'index.handler'): unknown {
  const booted = sandbox.boot(code, { layers, handler })
  if (booted.init?.outcome.type !== 'success') return booted.init?.outcome
  return payloadOf(runInvoke(booted.env, booted.host))
}

const layer = (name: string, version: number, files: Record<string, string>): LayerSpec => ({ name, version, files })

describe('the function\'s own files', () => {
  test('relative imports between ES modules, TypeScript and CommonJS files', () => {
    const files = {
      'index.mjs': 'import { greet } from "./lib/greet.ts"\nimport config from "./config.json" with { type: "json" }\nimport legacy from "./legacy.cjs"\nexport const handler = async () => [greet("Ada"), config.stage, legacy.n]\n',
      'lib/greet.ts': 'export function greet(name: string): string { return `hello ${name}` }\n',
      'config.json': '{ "stage": "dev" }',
      'legacy.cjs': 'module.exports = { n: 3 }\n',
    }
    expect(invokeOnce(files)).toEqual(['hello Ada', 'dev', 3])
  })

  test('require of a directory with package.json main, and index files', () => {
    const files = {
      'index.js': 'const a = require("./pkg"); const b = require("./plain"); exports.handler = async () => [a, b]\n',
      'pkg/package.json': '{ "main": "lib/entry.js" }',
      'pkg/lib/entry.js': 'module.exports = "pkg main"\n',
      'plain/index.js': 'module.exports = "plain index"\n',
    }
    expect(invokeOnce(files)).toEqual(['pkg main', 'plain index'])
  })

  test('node_modules in the function\'s package, with exports maps and scoped names', () => {
    const files = {
      'index.mjs': 'import { v } from "@scope/tool"\nimport sub from "lib/sub"\nexport const handler = async () => [v, sub]\n',
      'node_modules/@scope/tool/package.json': '{ "exports": { ".": { "import": "./esm.mjs", "require": "./cjs.js" } } }',
      'node_modules/@scope/tool/cjs.js': 'exports.v = "scoped cjs"\n',
      'node_modules/lib/sub.js': 'module.exports = "sub path"\n',
    }
    expect(invokeOnce(files)).toEqual(['scoped cjs', 'sub path'])
  })

  test('modules are cached: one instance per environment; cycles work as in Node.js', () => {
    const files = {
      'index.js': 'const a = require("./a"); const again = require("./a"); exports.handler = async () => [a === again, a.fromB, require("./b").fromA]\n',
      'a.js': 'exports.name = "a"; const b = require("./b"); exports.fromB = b.name\n',
      'b.js': 'exports.name = "b"; exports.fromA = require("./a").name\n',
    }
    expect(invokeOnce(files)).toEqual([true, 'b', 'a'])
  })

  test('dynamic import of a local module, and import.meta', () => {
    const files = {
      'index.mjs': 'export const handler = async () => { const m = await import("./later.mjs"); return [m.value, import.meta.url] }\n',
      'later.mjs': 'export const value = "loaded later"\n',
    }
    expect(invokeOnce(files)).toEqual(['loaded later', 'file:///var/task/index.mjs'])
  })

  test('import() during an invocation waits for the module\'s top-level await, and its imports\' [D-runtime-env]', () => {
    const files = {
      'index.mjs': 'export const handler = async () => { const started = Date.now(); const m = await import("./lazy.mjs"); return [m.config(), m.region, Date.now() - started] }\n',
      'lazy.mjs': 'import { base } from "./base.mjs"\nexport const region = await new Promise((r) => setTimeout(() => r("eu"), 50))\nexport const config = () => base + "+lazy"\n',
      'base.mjs': 'await new Promise((r) => setTimeout(r, 100))\nexport const base = "base"\n',
    }
    const booted = sandbox.boot(files)
    const first = runInvoke(booted.env, booted.host)
    expect(payloadOf(first)).toEqual(['base+lazy', 'eu', 100])
    // Loaded once: the next invocation imports it at once.
    expect(payloadOf(runInvoke(booted.env, booted.host))).toEqual(['base+lazy', 'eu', 0])
  })

  test('two import()s of a module still awaiting both wait for it; a failing top-level await rejects import()', () => {
    const files = {
      'index.mjs': 'export const handler = async () => { const [a, b] = await Promise.all([import("./slow.mjs"), import("./slow.mjs")]); try { await import("./broken.mjs") } catch (e) { return [a.n, b.n, e.message] } }\n',
      'slow.mjs': 'await new Promise((r) => setTimeout(r, 50))\nexport const n = 1\n',
      'broken.mjs': 'await new Promise((r) => setTimeout(r, 5))\nthrow new Error("no config")\n',
    }
    expect(invokeOnce(files)).toEqual([1, 1, 'no config'])
  })

  test('the handler module\'s top-level await is part of the Init phase', () => {
    const booted = sandbox.boot({ 'index.mjs': 'const config = await new Promise((r) => setTimeout(() => r("ready"), 250))\nexport const handler = async () => config\n' })
    expect(booted.init).toMatchObject({ outcome: { type: 'success' }, elapsedMs: 250 })
    expect(payloadOf(runInvoke(booted.env, booted.host))).toBe('ready')
  })

  test('a dependency with top-level await finishes before the handler is resolved', () => {
    const files = {
      'index.mjs': 'import { ready } from "./setup.mjs"\nexport const handler = async () => ready()\n',
      'setup.mjs': 'const started = Date.now()\nawait new Promise((r) => setTimeout(r, 300))\nconst at = Date.now() - started\nexport const ready = () => at\n',
    }
    expect(invokeOnce(files)).toBe(300)
  })
})

describe('layers', () => {
  test('a layer module is importable by bare name, from /opt/nodejs/node_modules', () => {
    const utils = layer('utils', 1, { 'nodejs/node_modules/utils/index.js': 'exports.shout = (s) => s.toUpperCase() + "!"\n' })
    expect(invokeOnce({ 'index.mjs': 'import { shout } from "utils"\nexport const handler = async () => shout("hi")\n' }, [utils])).toBe('HI!')
  })

  test('the Node.js-version directory of a layer is searched first', () => {
    const both = layer('both', 1, {
      'nodejs/node20/node_modules/dep/index.js': 'module.exports = "node20"\n',
      'nodejs/node_modules/dep/index.js': 'module.exports = "generic"\n',
    })
    expect(invokeOnce({ 'index.js': 'exports.handler = async () => require("dep")\n' }, [both])).toBe('node20')
  })

  test('layers are extracted in order: a later layer\'s file replaces an earlier one\'s', () => {
    const first = layer('first', 1, { 'nodejs/node_modules/shared/index.js': 'module.exports = "first"\n', 'nodejs/node_modules/only-first/index.js': 'module.exports = 1\n' })
    const second = layer('second', 3, { 'nodejs/node_modules/shared/index.js': 'module.exports = "second"\n' })
    expect(invokeOnce({ 'index.js': 'exports.handler = async () => [require("shared"), require("only-first")]\n' }, [first, second])).toEqual(['second', 1])
  })

  test('the function\'s own node_modules win over layers, layers over the runtime\'s modules', () => {
    const lib = layer('lib', 1, { 'nodejs/node_modules/shared-lib/index.js': 'module.exports = "from the layer"\n' })
    expect(invokeOnce({ 'index.js': 'exports.handler = async () => require("shared-lib")\n' }, [lib])).toBe('from the layer')
    expect(invokeOnce({ 'index.js': 'exports.handler = async () => require("shared-lib")\n' })).toBe('from the runtime')
    expect(invokeOnce({ 'index.js': 'exports.handler = async () => require("shared-lib")\n', 'node_modules/shared-lib/index.js': 'module.exports = "own"\n' }, [lib])).toBe('own')
  })

  test('layer code runs during init, like the function\'s module scope', () => {
    const booted = sandbox.boot({ 'index.js': 'require("noisy")\nexports.handler = async () => 1\n' }, {
      layers: [layer('noisy', 1, { 'nodejs/node_modules/noisy/index.js': 'console.log("layer loaded")\n' })],
    })
    expect(booted.init?.outcome.type).toBe('success')
    expect(booted.host.logs.map((line) => line.message)).toEqual(['layer loaded'])
  })
})

describe('built-in modules', () => {
  test('an SDK module is required or imported by name and calls the host through awsCall', () => {
    const code = [
      'import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs"',
      'const sqs = new SQSClient({})',
      'export const handler = async (event) => {',
      '  const started = Date.now()',
      '  const out = await sqs.send(new SendMessageCommand({ QueueUrl: "q", MessageBody: event.body }))',
      '  return [out, Date.now() - started]',
      '}',
    ].join('\n')
    const booted = sandbox.boot({ 'index.mjs': code })
    expect(payloadOf(runInvoke(booted.env, booted.host, { body: 'hi' }))).toEqual([{}, 10])
    expect(booted.host.awsCalls).toEqual([{ service: 'sqs', operation: 'SendMessage', input: { QueueUrl: 'q', MessageBody: 'hi' }, atMs: booted.host.nowMs() - 10 }])
  })

  test('Node.js core modules by name and with the node: prefix; an unknown node: module is refused', () => {
    const code = 'exports.handler = async () => { let unknown; try { require("node:nope") } catch (e) { unknown = [e.code, e.message] } return [require("path") === require("node:path"), typeof require("node:fs").readFileSync, unknown] }\n'
    expect(invokeOnce({ 'index.js': code })).toEqual([true, 'function', ['ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: node:nope']])
  })
})
