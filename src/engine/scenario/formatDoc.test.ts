/**
 * docs/scenario-format.md documents what the format has beyond the shared contract: this test reads
 * the validator's field tables, its rule codes, the Timeline's actions and a run's summary, and
 * fails on any name that neither the page nor the contract mentions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { createSimulation } from '../simulation.ts'
import { mappingUuidOf } from '../sources/mappingIds.ts'
import { SCENARIO_RULES } from './errors.ts'
import type { Scenario } from './types.ts'
import { validateScenario } from './validate.ts'

const SCENARIO_DIR = new URL('./', import.meta.url)
const PAGE = readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8')
const CONTRACT_URL = new URL('../../../../shared/scenarios/README.md', import.meta.url)
const CONTRACT = existsSync(fileURLToPath(CONTRACT_URL)) ? readFileSync(CONTRACT_URL, 'utf8') : ''
/** Outside this workspace (a fresh clone) the contract is absent, so what the page need not repeat is unknown. */
const withContract = test.skipIf(CONTRACT === '')

const mentioned = (name: string): boolean => {
  const word = new RegExp(`(^|[^A-Za-z0-9_])${name.replace(/[$]/g, '\\$&')}($|[^A-Za-z0-9_])`)
  return word.test(PAGE) || word.test(CONTRACT)
}

/** Every field name of every `Fields<T>` table the validator checks against (`Name: 'required'`). */
function validatedFields(): string[] {
  const sources = readdirSync(fileURLToPath(SCENARIO_DIR)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  const names = new Set<string>()
  for (const file of sources) {
    const text = readFileSync(new URL(file, SCENARIO_DIR), 'utf8')
    for (const match of text.matchAll(/\b([A-Za-z]\w*): '(?:required|optional)'/g)) names.add(match[1] as string)
  }
  return [...names].sort()
}

/** Every key of a summary, nested, except the names the scenario gives (resources, UUIDs, status codes). */
function keysOf(value: unknown, free: ReadonlySet<string>, into = new Set<string>()): Set<string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return into
  for (const [key, inner] of Object.entries(value)) {
    if (!free.has(key) && !/^\d+$/.test(key)) into.add(key)
    keysOf(inner, free, into)
  }
  return into
}

/** One of every resource with a summary: a queue with a provisioned mapping, a stream, a topic, a rule, a bucket, APIs. */
const EVERYTHING: Scenario = {
  Format: 'lambda-playground/scenario@1', Name: 'everything', DurationSeconds: 120,
  Functions: [{ FunctionName: 'fn' }],
  Queues: [{ QueueName: 'jobs' }],
  Topics: [{ TopicName: 'alerts', Subscriptions: [{ Protocol: 'lambda', Endpoint: 'fn' }] }],
  Buckets: [{ BucketName: 'uploads' }],
  Streams: [{ StreamName: 'clicks' }],
  Rules: [{ Name: 'tick', ScheduleExpression: 'rate(1 minute)', Targets: [{ Id: 't', Arn: 'fn' }] }],
  Apis: [{ Name: 'shop', ProtocolType: 'HTTP', Routes: [{ RouteKey: '$default', Target: 'fn' }] }],
  LoadBalancers: [{ Name: 'front', TargetGroups: [{ Name: 'tg', Target: 'fn' }], DefaultTargetGroup: 'tg' }],
  EventSourceMappings: [
    { EventSourceArn: 'jobs', FunctionName: 'fn', ProvisionedPollerConfig: {} },
    { EventSourceArn: 'clicks', FunctionName: 'fn', StartingPosition: 'LATEST' },
  ],
  Traffic: ['Queue:jobs', 'Topic:alerts', 'Bucket:uploads', 'Stream:clicks', 'Api:shop', 'LoadBalancer:front'].map((Target) => ({
    Target, Arrivals: { Process: 'constant', RatePerSecond: 1 },
  })),
}

describe('docs/scenario-format.md', () => {
  withContract('names every field the validator checks', () => {
    const fields = validatedFields()
    expect(fields.length).toBeGreaterThan(150)
    expect(fields.filter((name) => !mentioned(name))).toEqual([])
  })

  test('lists every rule code and every Timeline action', () => {
    expect(Object.keys(SCENARIO_RULES).filter((code) => !PAGE.includes(`\`${code}\``))).toEqual([])
    const timeline = readFileSync(new URL('validateTimeline.ts', SCENARIO_DIR), 'utf8')
    const actions = [...timeline.matchAll(/^ {2}(\w+): [{A-Z]/gm)].map((m) => m[1] as string)
    expect(actions).toContain('UpdateEventSourceMapping')
    expect(actions.filter((action) => !PAGE.includes(`| \`${action}\``))).toEqual([])
  })

  withContract('names every key of the summary', () => {
    const checked = validateScenario(EVERYTHING)
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors))
    const sim = createSimulation(checked.scenario)
    sim.runToEnd()
    const free = new Set(['fn', 'jobs', 'alerts', 'uploads', 'Stream:clicks', 'tick', 'shop', 'front', '$LATEST',
      mappingUuidOf('jobs', 'fn'), mappingUuidOf('clicks', 'fn')])
    const keys = keysOf(sim.summary(), free)
    expect(keys).toContain('EventPollerCostUSD')
    expect([...keys].filter((key) => !mentioned(key))).toEqual([])
  })
})
