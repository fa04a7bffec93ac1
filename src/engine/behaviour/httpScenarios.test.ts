/** The bundled API Gateway and traffic-generator examples tell the story their Description promises. */
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { formatScenarioErrors } from '../scenario/errors.ts'
import { parseScenario } from '../scenario/load.ts'
import type { Scenario } from '../scenario/types.ts'
import { createSimulation } from '../simulation.ts'

function load(name: string): Scenario {
  const result = parseScenario(readFileSync(new URL(`../../../scenarios/${name}`, import.meta.url), 'utf8'))
  if (!result.ok) throw new Error(formatScenarioErrors(result.errors))
  return result.scenario
}

test('api-gateway-timeout: clients get 504 at 29 s while the function runs on, error-free, past it', () => {
  const sim = createSimulation(load('api-gateway-timeout.json'))
  sim.runToEnd()
  const { Apis, Functions } = sim.summary()
  expect(Apis?.reports?.StatusCodes['504']).toBeGreaterThan(50)
  expect(Apis?.reports?.Latency.p99).toBeLessThanOrEqual(29_000 * 1.02)
  expect(Functions.report?.Duration.p99).toBeGreaterThan(29_000)
  expect(Functions.report?.Errors).toBe(0)
  expect(Functions.status?.Errors).toBe(0)
})

test('traffic-daily-cycle: a day of requests is the integral of the rate, and only the flash sale is throttled (500s)', () => {
  const sim = createSimulation(load('traffic-daily-cycle.json'))
  sim.runUntil(43_200_000)
  expect(sim.summary().Functions.catalog?.Throttles).toBe(0)
  sim.runToEnd()
  const { Apis, Functions } = sim.summary()
  expect(Math.abs((Apis?.catalog?.Count ?? 0) - (30 * 86_400 + 150 * 600))).toBeLessThanOrEqual(2)
  expect(Functions.catalog?.Throttles).toBeGreaterThan(0)
  expect(Apis?.catalog?.StatusCodes['500']).toBe(Functions.catalog?.Throttles)
  expect(Functions.catalog?.ConcurrentExecutions.Maximum).toBe(20)
}, 60_000)
