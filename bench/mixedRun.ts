/**
 * One run of issue #4's mixed graph in its own process: API Gateway, an SQS queue with batching, a
 * Kinesis stream of 8 shards and an SNS topic fanning out to 3 functions, 1,000 events per second
 * in all (250 each), model-only, for the given simulated seconds.
 * Usage: node bench/mixedRun.mjs <simulatedSeconds>
 * Prints one JSON line: source events, function invocations, the run's own seconds, peak RSS.
 */
import { performance } from 'node:perf_hooks'
import { createSimulation } from '../src/engine/simulation.ts'
import { SCENARIO_FORMAT, type FunctionConfig, type Scenario } from '../src/engine/scenario/types.ts'

const seconds = Number(process.argv[2])
const EVENTS_PER_SOURCE = 250

const work = (name: string, ms: number): FunctionConfig => ({
  FunctionName: name, MemorySize: 512, Timeout: 30, Simulation: { DurationMs: { Distribution: 'constant', Value: ms } },
})

const scenario: Scenario = {
  Format: SCENARIO_FORMAT,
  Name: 'mixed graph benchmark',
  Seed: 1,
  DurationSeconds: seconds,
  Account: { ConcurrentExecutions: 3000 },
  Functions: [work('api', 50), work('orders', 200), work('clicks', 100), work('email', 50), work('audit', 50), work('search', 50)],
  Apis: [{ Name: 'shop', ProtocolType: 'HTTP', Routes: [{ RouteKey: 'GET /orders', Target: 'api' }] }],
  Queues: [{ QueueName: 'orders-queue', VisibilityTimeout: 180 }],
  Streams: [{ StreamName: 'clickstream', ShardCount: 8 }],
  Topics: [{ TopicName: 'order-events', Subscriptions: ['email', 'audit', 'search'].map((fn) => ({ Protocol: 'lambda' as const, Endpoint: fn })) }],
  EventSourceMappings: [
    { EventSourceArn: 'orders-queue', FunctionName: 'orders', BatchSize: 10, MaximumBatchingWindowInSeconds: 1 },
    { EventSourceArn: 'clickstream', FunctionName: 'clicks', StartingPosition: 'TRIM_HORIZON', BatchSize: 100 },
  ],
  Traffic: [
    { Target: 'Api:shop', Arrivals: { Process: 'constant', RatePerSecond: EVENTS_PER_SOURCE }, Request: { Method: 'GET', Path: '/orders' } },
    { Target: 'Queue:orders-queue', Arrivals: { Process: 'constant', RatePerSecond: EVENTS_PER_SOURCE }, Payload: { order: 1 } },
    { Target: 'Stream:clickstream', Arrivals: { Process: 'constant', RatePerSecond: EVENTS_PER_SOURCE }, Payload: { click: 1 }, Request: { KeyCount: 64 } },
    { Target: 'Topic:order-events', Arrivals: { Process: 'constant', RatePerSecond: EVENTS_PER_SOURCE }, Payload: { placed: 1 } },
  ],
}

const started = performance.now()
const sim = createSimulation(scenario)
sim.runToEnd()
const runSeconds = (performance.now() - started) / 1000
const invocations = Object.values(sim.summary().Functions).reduce((sum, fn) => sum + fn.Invocations, 0)
process.stdout.write(`${JSON.stringify({
  events: EVENTS_PER_SOURCE * 4 * seconds,
  invocations,
  runSeconds,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
})}\n`)
