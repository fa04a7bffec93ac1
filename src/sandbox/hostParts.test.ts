/**
 * The host-side parts on their own: module resolution over a file table, the transpiler and its
 * cache, the guest's exit messages, and that every guest source compiles in QuickJS.
 */
import { newQuickJSWASMModuleFromVariant, type QuickJSContext } from 'quickjs-emscripten-core'
import releaseSync from '@jitl/quickjs-wasmfile-release-sync'
import { describe, expect, test } from 'vitest'
import { parseExit } from './bridge/guestMessages.ts'
import { packInvocation } from './bridge/invocationContext.ts'
import { sandboxMessage } from './errors.ts'
import { FastCalls } from './fastCalls.ts'
import { CORE_MODULES, INTERNAL_MODULES } from './guest/coreModules.ts'
import { PROCESS_METHODS } from './guest/process.ts'
import { ModuleFiles, ModuleResolver, PRELUDE_BYTES } from './moduleSystem.ts'
import { specFor } from './testing/fakeHost.ts'
import { Transpiler, isEsModule } from './transpile.ts'

describe('ModuleResolver', () => {
  const spec = specFor({
    'index.mjs': '',
    'lib/util.ts': '',
    'data.json': '{}',
    'pkg/package.json': '{ "main": "./main.js" }',
    'pkg/main.js': '',
    'node_modules/@org/tool/package.json': '{ "exports": { ".": { "require": "./cjs/index.js" }, "./extra": "./extra.js" } }',
    'node_modules/@org/tool/cjs/index.js': '',
    'node_modules/@org/tool/extra.js': '',
  }, {
    layers: [{ name: 'l', version: 1, files: { 'nodejs/node_modules/layered/index.js': '', 'nodejs/node20/node_modules/versioned/index.js': '' } }],
  })
  const resolver = new ModuleResolver(new ModuleFiles({ 'aws-sdk-ish': 'module.exports = 1' }).tableFor(spec), 20)

  test.each([
    ['./lib/util', 'F/var/task/lib/util.ts'],
    ['./data.json', 'F/var/task/data.json'],
    ['./pkg', 'F/var/task/pkg/main.js'],
    ['@org/tool', 'F/var/task/node_modules/@org/tool/cjs/index.js'],
    ['@org/tool/extra', 'F/var/task/node_modules/@org/tool/extra.js'],
    ['layered', 'F/opt/nodejs/node_modules/layered/index.js'],
    ['versioned', 'F/opt/nodejs/node20/node_modules/versioned/index.js'],
    ['aws-sdk-ish', 'F/var/runtime/node_modules/aws-sdk-ish/index.js'],
    ['fs', 'Cfs'],
    ['node:timers/promises', 'Ctimers/promises'],
    ['./missing', 'N/var/task/missing'],
    ['missing-package', 'Nmissing-package'],
    ['http', `B${sandboxMessage('moduleNoNetwork', 'http')}`],
    ['node:nope', `U${sandboxMessage('unknownBuiltin', 'node:nope')}`],
    ['https://cdn.example/x.js', `B${sandboxMessage('urlImport', 'https://cdn.example/x.js')}`],
    ['file:///var/task/index.mjs', 'F/var/task/index.mjs'],
  ])('%s → %s', (spec, expected) => {
    expect(resolver.resolve('/var/task', spec)).toBe(expected)
  })

  test('a file reads relative to the file table; package type module is found upward', () => {
    expect(resolver.read('/var/task/./data.json')).toBe('{}')
    expect(resolver.read('/etc/passwd')).toBeUndefined()
    const typed = new ModuleResolver(new ModuleFiles({}).tableFor(specFor({ 'package.json': '{ "type": "module" }', 'src/a.js': '' })), 20)
    expect(typed.packageIsModule('/var/task/src/a.js')).toBe(true)
    expect(resolver.packageIsModule('/var/task/index.mjs')).toBe(false)
  })
})

describe('Transpiler', () => {
  test('keeps line numbers, strips types, turns ES modules into CommonJS, leaves plain CommonJS alone', () => {
    const transpiler = new Transpiler()
    const ts = transpiler.transpile('/var/task/a.ts', 'type A = { n: number }\n\nexport const f = (a: A): number => a.n\n', false)
    expect(ts).toMatchObject({ ok: true, esm: true })
    expect(ts.ok && ts.code.split('\n')[2]).toMatch(/const f = \(a\) => a\.n/)
    expect(transpiler.transpile('/var/task/b.js', 'module.exports = 1\n', false)).toEqual({ ok: true, code: 'module.exports = 1\n', esm: false })
    const dynamic = transpiler.transpile('/var/task/c.js', 'exports.load = () => import("./d.mjs")\n', false)
    expect(dynamic.ok && dynamic.code.startsWith('"use strict"')).toBe(false)
    expect(transpiler.transpile('/var/task/a.ts', 'type A = { n: number }\n\nexport const f = (a: A): number => a.n\n', false)).toBe(ts)
  })

  test('a syntax error has sucrase\'s message and a 1-based position', () => {
    expect(new Transpiler().transpile('/var/task/x.ts', 'let a = 1;\nlet b = ;\n', false)).toMatchObject({ ok: false, line: 2, column: 9, message: 'Unexpected token' })
  })

  test('isEsModule: by extension, by package type, by syntax', () => {
    expect(isEsModule('a.mjs', 'module.exports = 1', false)).toBe(true)
    expect(isEsModule('a.cjs', 'export const x = 1', false)).toBe(false)
    expect(isEsModule('a.js', 'const x = 1', true)).toBe(true)
    expect(isEsModule('a.js', '  export default 1', false)).toBe(true)
    expect(isEsModule('a.js', 'const imported = require("x")', false)).toBe(false)
  })
})

describe('FastCalls', () => {
  test('refuses a quickjs-emscripten whose context no longer has the members it uses', () => {
    expect(() => new FastCalls({} as QuickJSContext)).toThrow(/quickjs-emscripten changed/)
  })
})

describe('packInvocation', () => {
  test('one JSON array, whatever the strings hold; the ARN only when it changed; never the trace header, which is asked for', () => {
    const context = { awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef', invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST', traceHeader: 'Root=1-6955b900-0;Parent=1;Sampled=0', deadlineMs: 3 }
    expect(JSON.parse(packInvocation(1, context, '{"a":1}', ''))).toEqual([1, 3, context.awsRequestId, context.invokedFunctionArn, null, null, { a: 1 }])
    expect(JSON.parse(packInvocation(1, context, '{}', context.invokedFunctionArn))[3]).toBeNull()
    const odd = { ...context, awsRequestId: 'a "quoted"\\ id\n', clientContext: { custom: { k: 'v' } } }
    expect(JSON.parse(packInvocation(1, odd, '[]', ''))).toEqual([1, 3, odd.awsRequestId, odd.invokedFunctionArn, { custom: { k: 'v' } }, null, []])
  })
})

describe('parseExit', () => {
  test('requests and outcomes', () => {
    expect(parseExit('[["l",2,"hi"],["t",1,100],["c",1],["a",3,"sqs","SendMessage","{\\"a\\":1}"]]\nS{"ok":true}')).toEqual({
      requests: [
        { kind: 'log', level: 'INFO', message: 'hi' },
        { kind: 'timer', id: 1, delayMs: 100 },
        { kind: 'clear', id: 1 },
        { kind: 'aws', id: 3, service: 'sqs', operation: 'SendMessage', input: { a: 1 } },
      ],
      outcome: { type: 'success', payload: '{"ok":true}' },
      ended: false,
    })
    expect(parseExit('\nX3')).toEqual({ requests: [], outcome: { type: 'crash', message: 'Runtime exited with error: exit status 3' }, ended: true })
    expect(parseExit('\nM')).toEqual({ requests: [], outcome: { type: 'out-of-memory' }, ended: true })
    expect(parseExit('\n')).toEqual({ requests: [], outcome: undefined, ended: false })
  })

  test('an uncaught exception or an unhandled rejection: the error reported, then the exit status (129, 128)', () => {
    const report = '{"errorType":"Runtime.UnhandledPromiseRejection","errorMessage":"Error: x","trace":["Runtime.UnhandledPromiseRejection: Error: x"]}'
    expect(parseExit(`\nR${report}`)).toEqual({
      requests: [],
      outcome: { type: 'crash', message: 'Runtime exited with error: exit status 128', error: JSON.parse(report) as unknown },
      ended: true,
    })
    expect(parseExit('\nU{"errorType":"Error","errorMessage":"late","trace":[]}')).toMatchObject({ outcome: { message: 'Runtime exited with error: exit status 129', error: { errorMessage: 'late' } } })
    expect(parseExit('\nR{"errorType":1}')).toBeUndefined()
  })

  test.each(['no newline', '{}\n', '[["l",9,"x"]]\n', '[["t",0,1]]\n', '[["t",1,-5]]\n', '[["z"]]\n', '\nE{"errorType":1}', '\nQ', '\nXabc'])('malformed: %s', (text) => {
    expect(parseExit(text)).toBeUndefined()
  })
})

describe('guest sources', () => {
  test('the prelude and every core and internal module compile in QuickJS; process\'s methods all exist', async () => {
    const module = await newQuickJSWASMModuleFromVariant(releaseSync)
    const ctx = module.newContext()
    const sources = {
      prelude: new TextDecoder().decode(PRELUDE_BYTES),
      ...Object.fromEntries(Object.entries({ ...CORE_MODULES, ...INTERNAL_MODULES }).map(([name, source]) => [name, `(function (exports, require, module, internals) {\n${source}\n})`])),
    }
    const failures: string[] = []
    for (const [name, source] of Object.entries(sources)) {
      const result = ctx.evalCode(source, name, { type: 'global' })
      if (result.error !== undefined) failures.push(`${name}: ${JSON.stringify(ctx.dump(result.error))}`)
      ;(result.error ?? result.value).dispose()
    }
    expect(failures).toEqual([])
    const processSource = INTERNAL_MODULES.process ?? ''
    for (const name of PROCESS_METHODS) expect(processSource).toMatch(new RegExp(`\\n  ${name}: `))
    ctx.dispose()
  })
})
