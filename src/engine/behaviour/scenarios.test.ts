/**
 * The example scenarios every release must load and run (shared/scenarios/README.md): each loads
 * through parseScenario, runs, and prints a summary with exactly the README's fields and values
 * that tell the example's story.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import type { FunctionSummary, RunSummary } from '../api.ts'
import { formatScenarioErrors } from '../scenario/errors.ts'
import { parseScenario } from '../scenario/load.ts'
import type { Scenario } from '../scenario/types.ts'
import { createSimulation } from '../simulation.ts'

const SHARED = new URL('../../../../shared/scenarios/', import.meta.url)
const REPO_COPY = new URL('../../../scenarios/', import.meta.url)
const EXAMPLES = ['async-retries.json', 'canary-alias.json', 'reserved-concurrency.json', 'scaling-spike.json']

const directories = [
  { label: 'shared/scenarios', url: SHARED },
  { label: 'scenarios (repo copy)', url: REPO_COPY },
].filter(({ url }) => existsSync(fileURLToPath(url)))

/** The summary's fields as the README lists them; checked against the README itself below when it is present. */
const SUMMARY_FIELDS = ['Seed', 'DurationSeconds', 'Functions', 'Queues']
const FUNCTION_FIELDS = [
  'Invocations', 'Errors', 'Throttles', 'ColdStarts', 'ConcurrentExecutions', 'Environments', 'Duration', 'ExecutedVersions',
  'ProvisionedConcurrencyInvocations', 'ProvisionedConcurrencySpilloverInvocations', 'AsyncEventsReceived', 'AsyncEventsDropped',
  'GBSeconds', 'CostUSD',
]
const NESTED_FIELDS: Record<string, string[]> = {
  ConcurrentExecutions: ['Average', 'Maximum'],
  Environments: ['Average', 'Maximum', 'Created'],
  Duration: ['Average', 'p50', 'p99'],
}

function load(url: URL, name: string): Scenario {
  const result = parseScenario(readFileSync(new URL(name, url), 'utf8'))
  if (!result.ok) throw new Error(`${name} does not validate:\n${formatScenarioErrors(result.errors)}`)
  return result.scenario
}

/** Runs without a trace recorder: the examples are long (the spike alone is half a million requests). */
function run(scenario: Scenario): RunSummary {
  const sim = createSimulation(scenario)
  sim.runToEnd()
  expect(sim.done).toBe(true)
  return sim.summary()
}

function fnOf(summary: RunSummary, name: string): FunctionSummary {
  const fn = summary.Functions[name]
  if (!fn) throw new Error(`No function ${name} in the summary`)
  return fn
}

function expectReadmeShape(summary: RunSummary, scenario: Scenario): void {
  expect(Object.keys(summary)).toEqual(SUMMARY_FIELDS)
  expect(summary.Seed).toBe(scenario.Seed)
  expect(summary.DurationSeconds).toBe(scenario.DurationSeconds)
  expect(Object.keys(summary.Functions)).toEqual(scenario.Functions.map((f) => f.FunctionName))
  expect(Object.keys(summary.Queues)).toEqual((scenario.Queues ?? []).map((q) => q.QueueName))
  // The README's MessagesReceived comes first; the engine adds where the messages went (sources/sqs/queueViews.ts).
  for (const queue of Object.values(summary.Queues)) expect(Object.keys(queue)[0]).toBe('MessagesReceived')
  for (const fn of Object.values(summary.Functions)) {
    expect(Object.keys(fn)).toEqual(FUNCTION_FIELDS)
    for (const [field, keys] of Object.entries(NESTED_FIELDS)) expect(Object.keys(fn[field as keyof FunctionSummary] as object)).toEqual(keys)
    for (const value of Object.values(fn.ExecutedVersions)) expect(Number.isInteger(value)).toBe(true)
    // Plausible for every example: counts are whole and non-negative, and the statistics ordered.
    for (const field of ['Invocations', 'Errors', 'Throttles', 'ColdStarts', 'AsyncEventsReceived', 'AsyncEventsDropped'] as const) {
      expect(Number.isInteger(fn[field]) && fn[field] >= 0).toBe(true)
    }
    expect(fn.Errors).toBeLessThanOrEqual(fn.Invocations)
    expect(fn.ColdStarts).toBeLessThanOrEqual(fn.Environments.Created)
    expect(Object.values(fn.ExecutedVersions).reduce((a, b) => a + b, 0)).toBe(fn.Invocations)
    expect(fn.ConcurrentExecutions.Average).toBeLessThanOrEqual(fn.ConcurrentExecutions.Maximum)
    expect(fn.Environments.Maximum).toBeGreaterThanOrEqual(fn.ConcurrentExecutions.Maximum)
    expect(fn.Duration.p50).toBeLessThanOrEqual(fn.Duration.p99)
    expect(fn.Invocations).toBeGreaterThan(0)
    expect(fn.GBSeconds).toBeGreaterThan(0)
    expect(fn.CostUSD).toBeGreaterThan(0)
  }
}

test('finds the example scenarios', () => {
  expect(directories.length).toBeGreaterThan(0)
})

test.runIf(existsSync(fileURLToPath(new URL('README.md', SHARED))))('the summary fields listed here are the README\'s', () => {
  const readme = readFileSync(new URL('README.md', SHARED), 'utf8')
  const block = /## The summary the CLI prints[\s\S]*?```jsonc\n([\s\S]*?)```/.exec(readme)?.[1]
  expect(block).toBeDefined()
  const documented = JSON.parse((block as string).replace(/\/\/.*$/gm, '')) as RunSummary
  expect(Object.keys(documented)).toEqual(SUMMARY_FIELDS)
  for (const fn of Object.values(documented.Functions)) {
    expect(Object.keys(fn)).toEqual(FUNCTION_FIELDS)
    for (const [field, keys] of Object.entries(NESTED_FIELDS)) expect(Object.keys(fn[field as keyof FunctionSummary] as object)).toEqual(keys)
  }
  for (const queue of Object.values(documented.Queues)) expect(Object.keys(queue)).toEqual(['MessagesReceived'])
})

describe.each(directories)('examples in $label', ({ url }) => {
  test("the contract's four examples are there", () => {
    const files = readdirSync(fileURLToPath(url)).filter((name) => name.endsWith('.json'))
    expect(files).toEqual(expect.arrayContaining(EXAMPLES))
  })

  test('every example is valid, says what to watch, and runs its first simulated minute', () => {
    for (const name of readdirSync(fileURLToPath(url)).filter((file) => file.endsWith('.json'))) {
      const scenario = load(url, name)
      expect(scenario.Description?.length ?? 0, name).toBeGreaterThan(40)
      const sim = createSimulation(scenario, { durationSeconds: Math.min(60, scenario.DurationSeconds ?? 60) })
      sim.runToEnd()
      expect(sim.done, name).toBe(true)
    }
    // Over twenty examples (the study library's): a few seconds on a quiet machine, more on a shared one.
  }, 30_000)

  test('async-retries: every event runs 3 times and reaches the on-failure queue exactly once', () => {
    const scenario = load(url, 'async-retries.json')
    const summary = run(scenario)
    expectReadmeShape(summary, scenario)
    const fn = fnOf(summary, 'thumbnail')
    // 2 events per second for 600 s, every attempt fails.
    expect(fn.AsyncEventsReceived).toBe(1200)
    expect(fn.Invocations).toBe(3 * 1200)
    expect(fn.Errors).toBe(fn.Invocations)
    expect(fn.AsyncEventsDropped).toBe(1200)
    expect(fn.Throttles).toBe(0)
    expect(summary.Queues['failed-thumbnails']?.MessagesReceived).toBe(1200)
    // Uniform 200–800 ms.
    expect(fn.Duration.Average).toBeGreaterThan(450)
    expect(fn.Duration.Average).toBeLessThan(550)
  })

  test('canary-alias: about 90 % of requests run version 1 and 10 % version 2; version 1 uses and spills over its provisioned concurrency', () => {
    const scenario = load(url, 'canary-alias.json')
    const summary = run(scenario)
    expectReadmeShape(summary, scenario)
    const fn = fnOf(summary, 'checkout')
    expect(Object.keys(fn.ExecutedVersions)).toEqual(['1', '2'])
    const v1 = fn.ExecutedVersions['1'] ?? 0
    const v2 = fn.ExecutedVersions['2'] ?? 0
    expect(v2 / (v1 + v2)).toBeGreaterThan(0.09)
    expect(v2 / (v1 + v2)).toBeLessThan(0.11)
    expect(fn.ProvisionedConcurrencyInvocations).toBeGreaterThan(0)
    expect(fn.ProvisionedConcurrencySpilloverInvocations).toBeGreaterThan(0)
    // Only version 1 has provisioned concurrency: its invocations are all on it or spilled over from it.
    expect(fn.ProvisionedConcurrencyInvocations + fn.ProvisionedConcurrencySpilloverInvocations).toBe(v1)
    // Version 2 fails 5 % of the time, version 1 never.
    expect(fn.Errors / v2).toBeGreaterThan(0.04)
    expect(fn.Errors / v2).toBeLessThan(0.06)
    expect(fn.Throttles).toBe(0)
  })

  test('reserved-concurrency: ConcurrentExecutions peaks at the reservation of 12 and the excess is throttled', () => {
    const scenario = load(url, 'reserved-concurrency.json')
    const summary = run(scenario)
    expectReadmeShape(summary, scenario)
    const fn = fnOf(summary, 'orders')
    expect(fn.ConcurrentExecutions.Maximum).toBe(12)
    expect(fn.Environments.Maximum).toBe(12)
    expect(fn.Throttles).toBeGreaterThan(0)
    // About 9 requests per second for 1,800 s arrive; each is either invoked or throttled.
    expect((fn.Invocations + fn.Throttles) / 1800).toBeGreaterThan(8.5)
    expect((fn.Invocations + fn.Throttles) / 1800).toBeLessThan(9.5)
    // 9 rps × 1.2 s = 10.8 offered, capped at 12: the average sits below the cap.
    expect(fn.ConcurrentExecutions.Average).toBeGreaterThan(8)
    expect(fn.ConcurrentExecutions.Average).toBeLessThan(12)
    expect(fn.Errors).toBe(0)
  })

  test('scaling-spike: concurrency climbs to the account limit of 3,000 and the excess is throttled', () => {
    const scenario = load(url, 'scaling-spike.json')
    const summary = run(scenario)
    expectReadmeShape(summary, scenario)
    const fn = fnOf(summary, 'api')
    expect(fn.ConcurrentExecutions.Maximum).toBe(3000)
    expect(fn.Environments.Created).toBe(3000)
    expect(fn.Throttles).toBeGreaterThan(0)
    // 6,000 requests per second for 90 s.
    expect(fn.Invocations + fn.Throttles).toBe(6000 * 90)
    expect(fn.Duration).toEqual({ Average: 1000, p50: 1000, p99: 1000 })
  })
})
