/**
 * Builders for engine tests: small valid scenarios, run headless, with every engine decision
 * recorded. Tests read like the documentation ("10 requests at t=0 with reserved concurrency 2 → 8
 * throttles") instead of repeating scenario boilerplate.
 */
import type { Simulation } from '../api.ts'
import { formatScenarioErrors } from '../scenario/errors.ts'
import type { FunctionConfig, Scenario, TrafficConfig } from '../scenario/types.ts'
import { SCENARIO_FORMAT } from '../scenario/types.ts'
import { validateScenario } from '../scenario/validate.ts'
import { createSimulation, type EngineOptions } from '../simulation.ts'
import type { TraceEvent } from '../trace.ts'

/** A scenario document with the given parts; anything left out takes its documented default. */
export function scenarioOf(parts: Partial<Omit<Scenario, 'Format'>> & { Functions: FunctionConfig[] }): Scenario {
  return { Format: SCENARIO_FORMAT, Name: 'test', Seed: 1, DurationSeconds: 60, ...parts }
}

/** One modelled function `fn` with constant durations (100 ms work, 200 ms init unless given), and the traffic given. */
export function oneFunction(fn: Partial<FunctionConfig>, traffic: TrafficConfig[] = [], extra: Partial<Scenario> = {}): Scenario {
  return scenarioOf({
    Functions: [{
      FunctionName: 'fn',
      ...fn,
      Simulation: {
        DurationMs: { Distribution: 'constant', Value: 100 },
        InitDurationMs: { Distribution: 'constant', Value: 200 },
        ...fn.Simulation,
      },
    }],
    Traffic: traffic,
    ...extra,
  })
}

/**
 * One function `fn` with code, run by the runtime the test passes in its options; no modelled
 * durations unless given, so its times are the virtual time its code awaits.
 */
export function codeFunction(fn: Partial<FunctionConfig>, traffic: TrafficConfig[] = [], extra: Partial<Scenario> = {}): Scenario {
  return scenarioOf({
    Functions: [{ FunctionName: 'fn', Code: { 'index.mjs': 'export const handler = async () => null' }, ...fn }],
    Traffic: traffic,
    ...extra,
  })
}

/** Requests all at one instant. */
export function burst(target: string, count: number, atSecond = 0, invocationType: TrafficConfig['InvocationType'] = 'RequestResponse'): TrafficConfig {
  return { Target: target, InvocationType: invocationType, Arrivals: { Process: 'burst', Count: count, AtSecond: atSecond } }
}

export interface TracedRun {
  sim: Simulation
  trace: TraceEvent[]
}

/** Validates the scenario (a test must never run an invalid one), then creates the simulation with a trace recorder. */
export function simulate(scenario: Scenario, options: EngineOptions = {}): TracedRun {
  const checked = validateScenario(scenario)
  if (!checked.ok) throw new Error(`Test scenario is invalid:\n${formatScenarioErrors(checked.errors)}`)
  const trace: TraceEvent[] = []
  const sim = createSimulation(checked.scenario, { ...options, trace: (event) => { trace.push(event); options.trace?.(event) } })
  return { sim, trace }
}

/** Runs a scenario to its end and returns the summary of function `name`, with the run for further questions. */
export function runToEnd(scenario: Scenario, name = 'fn', options: EngineOptions = {}) {
  const run = simulate(scenario, options)
  run.sim.runToEnd()
  const summary = run.sim.summary().Functions[name]
  if (!summary) throw new Error(`No function ${name} in the summary`)
  return { ...run, summary }
}
