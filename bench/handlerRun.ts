/**
 * Real handlers in one process: ten simulated minutes at 100 requests per second through the QuickJS
 * runtime (60,000 invocations). `orders` is the bundled scenarios' handler (builds a JSON body);
 * `await-and-log` also awaits a 20 ms virtual sleep, logs a line and reads the context.
 * Usage: node bench/handlerRun.mjs <orders|await-and-log> (bundled). Prints one JSON line.
 */
import { performance } from 'node:perf_hooks'
import { openSimulation } from '../src/host/openSimulation.ts'
import { SCENARIO_FORMAT, type Scenario } from '../src/engine/scenario/types.ts'

/** The handler of scenarios/reserved-concurrency.json. */
const ORDERS = `export const handler = async (event) => {
  return { statusCode: 200, body: JSON.stringify({ received: event.orderId }) };
};
`

const AWAIT_AND_LOG = `
let served = 0
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
export const handler = async (event, context) => {
  served++
  await sleep(20)
  console.log('order', event.orderId, 'served', served)
  return { statusCode: 200, body: JSON.stringify({ orderId: event.orderId, remaining: context.getRemainingTimeInMillis() }) }
}
`

const scenario: Scenario = {
  Format: SCENARIO_FORMAT,
  Name: 'benchmark: a real handler',
  Seed: 1,
  DurationSeconds: 600,
  Functions: [{ FunctionName: 'orders', MemorySize: 256, Code: { 'index.mjs': process.argv[2] === 'await-and-log' ? AWAIT_AND_LOG : ORDERS } }],
  Traffic: [{ Target: 'orders', Arrivals: { Process: 'constant', RatePerSecond: 100 }, Payload: { orderId: 7 } }],
}

const started = performance.now()
const sim = await openSimulation(scenario)
sim.runToEnd()
const summary = sim.summary().Functions.orders
sim.dispose()
process.stdout.write(`${JSON.stringify({ invocations: summary?.Invocations ?? 0, errors: summary?.Errors ?? 0, runSeconds: (performance.now() - started) / 1000 })}\n`)
