/**
 * One process of the sandbox benchmark (bench/sandbox.ts runs it): `warm`, `cold` or `rss`. Prints
 * its figures as JSON on the last line.
 */
import { performance } from 'node:perf_hooks'
import { createQuickJsRuntime } from '../src/sandbox/createQuickJsRuntime.ts'
import { FakeHost, contextFor, specFor } from '../src/sandbox/testing/fakeHost.ts'

/** A trivial async handler: what warm throughput is measured on. */
const TRIVIAL = { 'index.mjs': 'export const handler = async (event) => ({ statusCode: 200, n: event.n + 1 })\n' }

/** A 50-line handler: module scope reading process.env, helpers, a handler that logs and answers JSON. */
const FIFTY_LINES = {
  'index.mjs': [
    'const TABLE = process.env.TABLE_NAME ?? "orders"',
    'const STAGE = process.env.STAGE ?? "dev"',
    'const TAX_RATE = 0.2',
    'let invocations = 0',
    '',
    'function parseBody(event) {',
    '  if (!event.body) return {}',
    '  try {',
    '    return typeof event.body === "string" ? JSON.parse(event.body) : event.body',
    '  } catch (error) {',
    '    return { error: "invalid JSON" }',
    '  }',
    '}',
    '',
    'function priceOf(items) {',
    '  let net = 0',
    '  for (const item of items ?? []) net += (item.price ?? 0) * (item.qty ?? 1)',
    '  return { net, tax: Math.round(net * TAX_RATE * 100) / 100, gross: Math.round(net * (1 + TAX_RATE) * 100) / 100 }',
    '}',
    '',
    'function validate(order) {',
    '  const problems = []',
    '  if (!order.id) problems.push("id is required")',
    '  if (!Array.isArray(order.items)) problems.push("items must be a list")',
    '  return problems',
    '}',
    '',
    'function response(statusCode, body) {',
    '  return {',
    '    statusCode,',
    '    headers: { "content-type": "application/json", "x-stage": STAGE },',
    '    body: JSON.stringify(body),',
    '  }',
    '}',
    '',
    'export const handler = async (event, context) => {',
    '  invocations += 1',
    '  const order = parseBody(event)',
    '  const problems = validate(order)',
    '  if (problems.length > 0) {',
    '    console.warn("rejected", { requestId: context.awsRequestId, problems })',
    '    return response(400, { problems })',
    '  }',
    '  const price = priceOf(order.items)',
    '  console.log("priced", order.id, price.gross)',
    '  return response(200, { table: TABLE, id: order.id, ...price, invocations })',
    '}',
    '',
    'export const health = async () => response(200, { ok: true, invocations })',
  ].join('\n'),
}

const EVENT = JSON.stringify({ body: JSON.stringify({ id: 'o-1', items: [{ price: 10, qty: 2 }, { price: 5 }] }) })

async function warm(): Promise<object> {
  const runtime = await createQuickJsRuntime()
  const host = new FakeHost()
  const env = runtime.createEnvironment(specFor(TRIVIAL), host)
  env.init(() => {})
  const context = contextFor(host)
  let answered = 0
  const count = 200_000
  const run = (n: number): number => {
    const started = performance.now()
    for (let i = 0; i < n; i++) env.invoke('{"n":1}', context, () => { answered += 1 })
    return performance.now() - started
  }
  run(20_000)
  const ms = run(count)
  if (answered !== count + 20_000) throw new Error(`only ${answered} invocations answered`)
  return { invocationsPerSecond: (count / ms) * 1000 }
}

async function cold(): Promise<object> {
  const runtime = await createQuickJsRuntime()
  const host = new FakeHost()
  const times: number[] = []
  for (let i = 0; i < 330; i++) {
    const started = performance.now()
    const env = runtime.createEnvironment(specFor(FIFTY_LINES, { logStreamName: `2026/01/01/[$LATEST]${i}` }), host)
    let ok = false
    env.init((outcome) => { ok = outcome.type === 'success' })
    const ms = performance.now() - started
    if (!ok) throw new Error('init failed')
    if (i >= 30) times.push(ms)
    env.dispose()
  }
  const sorted = [...times].sort((a, b) => a - b)
  return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, p90Ms: sorted[Math.floor(sorted.length * 0.9)] ?? 0 }
}

async function rss(): Promise<object> {
  const runtime = await createQuickJsRuntime()
  const host = new FakeHost()
  const before = process.memoryUsage().rss
  const environments = []
  for (let i = 0; i < 1000; i++) {
    const env = runtime.createEnvironment(specFor(FIFTY_LINES, { logStreamName: `2026/01/01/[$LATEST]${i}` }), host)
    env.init(() => {})
    env.invoke(EVENT, contextFor(host, { awsRequestId: `r-${i}` }), (outcome) => { if (outcome.type !== 'success') throw new Error('invoke failed') })
    environments.push(env)
  }
  const after = process.memoryUsage().rss
  return { environments: environments.length, rssMb: after / 2 ** 20, addedMb: (after - before) / 2 ** 20 }
}

const modes: Record<string, () => Promise<object>> = { warm, cold, rss }
const mode = modes[process.argv[2] ?? '']
if (mode === undefined) throw new Error('usage: sandboxRun.ts warm|cold|rss')
console.log(JSON.stringify(await mode()))
