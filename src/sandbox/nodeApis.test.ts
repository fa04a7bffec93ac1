/**
 * The Node.js APIs the sandbox provides, checked against Node.js itself where the output is
 * deterministic (util.format and util.inspect, Buffer, path, hashes), plus the in-memory /tmp,
 * deterministic randomness and the refusal of what the sandbox does not have.
 */
import { createHash, createHmac } from 'node:crypto'
import { posix } from 'node:path'
import { format, inspect } from 'node:util'
import { describe, expect, test } from 'vitest'
import type { EnvironmentSpec } from '../engine/runtime/types.ts'
import { payloadOf, runInvoke } from './testing/fakeHost.ts'
import { useRuntime } from './testing/useRuntime.ts'


const sandbox = useRuntime()

function start(code: string, overrides: Partial<EnvironmentSpec> = {}) {
  return sandbox.boot({ 'index.js': code }, overrides)
}

/** Evaluates each expression in the sandbox (with `util` required) and returns the results. */
function inSandbox(expressions: readonly string[]): unknown {
  const { env, host } = start(`const util = require('util')\nexports.handler = async () => [${expressions.join(',\n')}]\n`)
  return payloadOf(runInvoke(env, host))
}

/** The same expressions in Node.js (test code only: the sandbox never evaluates in the host). */
function inNode(expressions: readonly string[]): unknown {
  const util = { format, inspect }
  return expressions.map((expression) => new Function('util', `return (${expression})`)(util) as unknown)
}

describe('util.inspect and util.format match Node.js', () => {
  const inspected = [
    '{ a: 1, b: "two", c: [1, 2, 3], d: { e: { f: { g: 1 } } } }',
    '{ a: { b: { c: {} } } }',
    '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]',
    'Array.from({ length: 30 }, (_, i) => i * 7)',
    '["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]',
    'Array.from({ length: 120 }, (_, i) => i)',
    '{ "kebab-key": 1, valid_id: 2, 3: "three" }',
    '"it\'s"',
    '[undefined, null, -0, 1e21, NaN, true]',
    '{ nested: { list: [{ id: 1, tags: ["a", "b"] }, { id: 2, tags: [] }], map: new Map([["k", { deep: [1] }]]) } }',
    'new Set(["x", "y"])',
    '[function named() {}, async function later() {}, class Thing {}]',
    '{ get computed() { return 1 }, set both(v) {}, get both() { return 2 } }',
    'Object.assign(Object.create(null), { bare: true })',
    '[ , 1, , 2]',
    '{ veryLongPropertyNameNumberOne: "some value", veryLongPropertyNameNumberTwo: "another value", three: 3 }',
    'new (class Point { constructor() { this.x = 1; this.y = 2 } })()',
    '[new Date(0), /re+gex/gi]',
    'new Uint8Array([1, 2, 3])',
  ].map((expression) => `util.inspect(${expression})`)
  const formatted = [
    'util.format("%s is %d years and %i days, %f%%", "Ada", 36.6, 7.9, 1.5)',
    'util.format("%j", { a: [1, "x"] })',
    'util.format("%O", { deep: { er: { est: { x: 1 } } } })',
    'util.format("no placeholders", 1, "two", { three: 3 })',
    'util.format("%s", { a: 1 }, "extra")',
    'util.format("%c styled", "color: red")',
    'util.format(1, 2)',
  ]

  test.each(inspected.map((expression, index) => [expression, index]))('%s', (expression, index) => {
    const [ours] = inSandbox([expression]) as string[]
    expect(ours).toBe((inNode(inspected) as string[])[index])
  })

  test('util.format', () => {
    expect(inSandbox(formatted)).toEqual(inNode(formatted))
  })
})

describe('Buffer, TextEncoder, atob', () => {
  test('encodings round-trip as in Node.js', () => {
    const expressions = [
      'Buffer.from("héllo wörld ✓ 😀").toString("base64")',
      'Buffer.from("héllo wörld ✓ 😀").toString("hex")',
      'Buffer.from("aGVsbG8gd29ybGQ=", "base64").toString()',
      'Buffer.from("68656c6c6f", "hex").toString("utf8")',
      'Buffer.from("hi there", "utf8").toString("base64url")',
      'Buffer.byteLength("😀é")',
      'Buffer.concat([Buffer.from("ab"), Buffer.from("cd")]).toString()',
      'JSON.stringify(Buffer.from("ok"))',
      'Buffer.from("hello").subarray(1, 3).toString()',
      'Buffer.from([1, 2, 3]).equals(Buffer.from([1, 2, 3]))',
      'Buffer.from("abc").indexOf("c")',
      'Buffer.alloc(4).fill("ab").toString()',
      'new TextDecoder().decode(new TextEncoder().encode("ünïcode"))',
      'btoa("hello")',
      'atob("aGVsbG8=")',
      'util.inspect(Buffer.from("buf"))',
    ]
    const node = expressions.map((expression) => new Function('util', `return (${expression})`)({ inspect }) as unknown)
    expect(inSandbox(expressions)).toEqual(node)
  })
})

describe('path, crypto, os', () => {
  test('path follows Node.js (POSIX)', () => {
    const calls = ['join("/a/b", "../c", "./d.txt")', 'dirname("/var/task/src/app.ts")', 'basename("/tmp/file.json", ".json")', 'extname("archive.tar.gz")',
      'normalize("/a//b/../c/.")', 'relative("/var/task/src", "/var/task/lib/x.js")', 'parse("/home/user/file.txt")', 'isAbsolute("./x")']
    const { env, host } = start(`const path = require('path')\nexports.handler = async () => [${calls.map((call) => `path.${call}`).join(',')}]\n`)
    expect(payloadOf(runInvoke(env, host))).toEqual(calls.map((call) => new Function('path', `return path.${call}`)(posix) as unknown))
  })

  test('hashes and HMACs match Node.js', () => {
    const { env, host } = start([
      'const crypto = require("node:crypto")',
      'exports.handler = async () => [',
      '  crypto.createHash("sha256").update("lambda").update(" playground").digest("hex"),',
      '  crypto.createHash("sha1").update("lambda").digest("base64"),',
      '  crypto.createHash("md5").update(Buffer.from("lambda")).digest("hex"),',
      '  crypto.createHmac("sha256", "secret").update("message").digest("hex"),',
      '  crypto.createHash("sha256").update("x".repeat(1000)).digest("hex"),',
      ']',
    ].join('\n'))
    expect(payloadOf(runInvoke(env, host))).toEqual([
      createHash('sha256').update('lambda').update(' playground').digest('hex'),
      createHash('sha1').update('lambda').digest('base64'),
      createHash('md5').update('lambda').digest('hex'),
      createHmac('sha256', 'secret').update('message').digest('hex'),
      createHash('sha256').update('x'.repeat(1000)).digest('hex'),
    ])
  })

  test('randomness is seeded by the environment: the same environment replays, another differs', () => {
    const code = 'const { randomUUID } = require("crypto")\nexports.handler = async () => [Math.random(), randomUUID(), crypto.randomUUID()]\n'
    const [a, b, other] = [start(code), start(code), start(code, { logStreamName: '2026/01/01/[$LATEST]ffffffffffffffffffffffffffffffff' })]
    const first = payloadOf(runInvoke(a.env, a.host)) as [number, string, string]
    expect(payloadOf(runInvoke(b.env, b.host))).toEqual(first)
    expect(payloadOf(runInvoke(other.env, other.host))).not.toEqual(first)
    expect(first[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  test('os reports Lambda\'s machine', () => {
    const { env, host } = start('const os = require("os")\nexports.handler = async () => [os.tmpdir(), os.platform(), os.EOL, os.totalmem()]\n', { memoryMb: 1024 })
    expect(payloadOf(runInvoke(env, host))).toEqual(['/tmp', 'linux', '\n', 1024 * 1048576])
  })
})

describe('fs: /tmp in memory, the function\'s files read-only', () => {
  const code = [
    'const fs = require("fs")',
    'const path = require("path")',
    'exports.handler = async (event) => {',
    '  if (event.step === 1) {',
    '    fs.mkdirSync("/tmp/cache/deep", { recursive: true })',
    '    fs.writeFileSync("/tmp/cache/deep/data.json", JSON.stringify({ n: 1 }))',
    '    fs.appendFileSync("/tmp/log.txt", "a")',
    '    return fs.readdirSync("/tmp")',
    '  }',
    '  fs.appendFileSync("/tmp/log.txt", "b")',
    '  const stat = fs.statSync("/tmp/log.txt")',
    '  const own = fs.readFileSync(path.join(__dirname, "config.json"), "utf8")',
    '  const viaPromise = await fs.promises.readFile("/tmp/cache/deep/data.json", "utf8")',
    '  const errors = []',
    '  for (const act of [() => fs.readFileSync("/tmp/missing"), () => fs.writeFileSync("/var/task/x", "no"), () => fs.mkdirSync("/tmp/cache"), () => fs.rmdirSync("/tmp/cache")]) {',
    '    try { act() } catch (e) { errors.push([e.code, e.message]) }',
    '  }',
    '  return { log: fs.readFileSync("/tmp/log.txt", "utf8"), size: stat.size, file: stat.isFile(), own: JSON.parse(own), viaPromise: JSON.parse(viaPromise), errors, exists: fs.existsSync("/var/task/config.json") }',
    '}',
  ].join('\n')

  test('files persist across warm invocations of one environment and not into another', () => {
    const files = { 'index.js': code, 'config.json': '{ "stage": "prod" }' }
    const booted = sandbox.boot(files)
    const other = sandbox.boot(files)
    expect(payloadOf(runInvoke(booted.env, booted.host, { step: 1 }))).toEqual(['cache', 'log.txt'])
    expect(payloadOf(runInvoke(booted.env, booted.host, { step: 2 }))).toEqual({
      log: 'ab',
      size: 2,
      file: true,
      own: { stage: 'prod' },
      viaPromise: { n: 1 },
      errors: [
        ['ENOENT', "ENOENT: no such file or directory, open '/tmp/missing'"],
        ['EROFS', "EROFS: read-only file system, open '/var/task/x'"],
        ['EEXIST', "EEXIST: file already exists, mkdir '/tmp/cache'"],
        ['ENOTEMPTY', "ENOTEMPTY: directory not empty, rmdir '/tmp/cache'"],
      ],
      exists: true,
    })
    expect(payloadOf(runInvoke(other.env, other.host, { step: 1 }))).toEqual(['cache', 'log.txt'])
    const readBack = sandbox.boot({ 'index.js': 'exports.handler = async () => require("fs").existsSync("/tmp/log.txt")\n' })
    expect(payloadOf(runInvoke(readBack.env, readBack.host))).toBe(false)
  })
})

describe('events, util.promisify, timers/promises, assert', () => {
  test('the small core modules work', () => {
    const { env, host } = start([
      'const { EventEmitter, once } = require("events")',
      'const { promisify } = require("util")',
      'const { setTimeout: sleep } = require("timers/promises")',
      'const assert = require("assert")',
      'exports.handler = async () => {',
      '  const emitter = new EventEmitter()',
      '  const seen = []',
      '  emitter.on("tick", (n) => seen.push(n))',
      '  emitter.once("tick", (n) => seen.push("once " + n))',
      '  emitter.emit("tick", 1); emitter.emit("tick", 2)',
      '  setTimeout(() => emitter.emit("ready", "go"), 10)',
      '  const [ready] = await once(emitter, "ready")',
      '  const wait = promisify((ms, cb) => setTimeout(() => cb(null, ms), ms))',
      '  const waited = await wait(25)',
      '  const slept = await sleep(5, "slept")',
      '  let failed = null',
      '  try { assert.deepStrictEqual({ a: 1 }, { a: 2 }) } catch (e) { failed = [e.name, e.code] }',
      '  return { seen, ready, waited, slept, failed }',
      '}',
    ].join('\n'))
    expect(payloadOf(runInvoke(env, host))).toEqual({
      seen: [1, 'once 1', 2], ready: 'go', waited: 25, slept: 'slept', failed: ['AssertionError', 'ERR_ASSERTION'],
    })
  })
})

describe('URL, URLSearchParams and the Intl stand-in match Node.js (en-US, UTC)', () => {
  test('URL parses, resolves, normalises and serialises as Node.js does', () => {
    const expressions = [
      "new URL('https://User:pw@Example.COM:443/a/./b/../c d?x=1&y=a+b#frag').href",
      "(() => { const u = new URL('http://h.com:8080/p?q=1'); return [u.origin, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.protocol] })()",
      "new URL('../up?q=é', 'http://h.com/a/b/c').href",
      "new URL('?only=query', 'https://h.com/a/b').href",
      "new URL('#top', 'https://h.com/a/b?c=d').href",
      "new URL('//other.org/x', 'https://h.com/').href",
      "new URL('file:///var/task/index.mjs').pathname",
      "String(new URL('mailto:someone@example.com'))",
      "(() => { const u = new URL('https://h.com/a?x=1'); u.searchParams.append('y', 'a b'); u.hash = 'top'; u.pathname = '/b c'; return u.href })()",
      "JSON.stringify({ u: new URL('https://h.com') })",
      "[URL.canParse('nope'), URL.canParse('/path', 'https://h.com')]",
      "(() => { try { new URL('/relative') } catch (e) { return [e.name, e.message, e.code] } })()",
      "util.inspect(new URL('https://example.com/a?x=1&y=2#h'))",
      "util.inspect(new URLSearchParams('a=1&b=x y'))",
      "util.inspect(new URLSearchParams(''))",
    ]
    expect(inSandbox(expressions)).toEqual(inNode(expressions))
  })

  test('URLSearchParams reads and writes form-encoded query strings as Node.js does', () => {
    const expressions = [
      "new URLSearchParams({ a: '1 2', b: 'x&y=z', c: 'é~!' }).toString()",
      "(() => { const p = new URLSearchParams('?a=1&b=2&a=3'); p.append('a', '4'); p.set('b', '5'); p.delete('c'); return [p.getAll('a'), p.get('b'), p.get('none'), p.has('a'), p.size, p.toString()] })()",
      "[...new URLSearchParams('z=1&a=2&m=3+4')].map(([k, v]) => k + ':' + v)",
      "(() => { const p = new URLSearchParams([['b', '2'], ['a', '1']]); p.sort(); return [...p.keys()] })()",
    ]
    expect(inSandbox(expressions)).toEqual(inNode(expressions))
  })

  test('numbers and dates in en-US, as Node.js formats them', () => {
    const expressions = [
      '(1234567.891).toLocaleString()',
      "(1234.5).toLocaleString('en-US', { minimumFractionDigits: 2 })",
      "new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(-1234.5)",
      "new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(0.5)",
      "new Intl.NumberFormat('en-US', { style: 'percent' }).format(0.256)",
      "new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(2.5)",
      "new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 5, 15, 4, 5)))",
      "new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(Date.UTC(2026, 0, 5, 15, 4, 5)))",
      "new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'full' }).format(new Date(Date.UTC(2026, 0, 5)))",
      "new Date(Date.UTC(2026, 0, 5)).toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' })",
      "new Date(Date.UTC(2026, 0, 5, 9, 7)).toLocaleTimeString('en-US', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' })",
      "new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).resolvedOptions().timeZone",
      "['b', 'a', 'C'].sort(new Intl.Collator('en', { sensitivity: 'base' }).compare)",
      "[0, 1, 2].map((n) => new Intl.PluralRules('en-US').select(n))",
      "[1, 2, 3, 4, 11, 22].map((n) => new Intl.PluralRules('en-US', { type: 'ordinal' }).select(n))",
    ]
    expect(inSandbox(expressions)).toEqual(inNode(expressions))
  })

  test('structuredClone, queueMicrotask and TextDecoder are there too', () => {
    const expressions = [
      'structuredClone({ a: [1, new Map([[1, 2]])], d: new Date(0) }).a[1].get(1)',
      'typeof queueMicrotask',
      "new TextDecoder().decode(new TextEncoder().encode('héllo'))",
    ]
    expect(inSandbox(expressions)).toEqual(inNode(expressions))
    expect(inSandbox(["require('url').URL === URL", "require('url').pathToFileURL('/var/task/a b.js').href"])).toEqual([true, 'file:///var/task/a%20b.js'])
  })
})
