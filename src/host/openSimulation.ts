/**
 * How every driver (the CLI, the Web Worker, the benchmarks) opens a run: a scenario whose
 * functions carry `Code` gets the QuickJS handler runtime, with the simulated AWS SDK, loaded once
 * per process or worker on first need; a model-only scenario never loads it.
 */
import type { Simulation, SimulationOptions } from '../engine/api.ts'
import { createAwsService } from '../engine/aws/service.ts'
import { awsEnginePort } from '../engine/invoke/awsPort.ts'
import type { Scenario } from '../engine/scenario/types.ts'
import { createSimulation } from '../engine/simulation.ts'
import { createQuickJsRuntime, type QuickJsHandlerRuntime } from '../sandbox/createQuickJsRuntime.ts'
import { SDK_MODULES } from '../sandbox/sdk/index.ts'

let runtime: Promise<QuickJsHandlerRuntime> | null = null

/** The QuickJS runtime with the SDK modules, shared by every run of this process or worker. */
export function handlerRuntime(): Promise<QuickJsHandlerRuntime> {
  runtime ??= createQuickJsRuntime({ builtinModules: SDK_MODULES })
  return runtime
}

/** Whether any function, version or timeline deploy of the scenario carries code to run. */
export function hasCode(scenario: Scenario): boolean {
  return scenario.Functions.some((fn) => fn.Code !== undefined || (fn.Versions ?? []).some((v) => v.Code !== undefined))
    || (scenario.Timeline ?? []).some((entry) => entry.Do.Action === 'UpdateFunctionConfiguration' && entry.Do.Changes.Code !== undefined)
}

export async function openSimulation(scenario: Scenario, options: SimulationOptions = {}): Promise<Simulation> {
  if (!hasCode(scenario)) return createSimulation(scenario, options)
  return createSimulation(scenario, { ...options, runtime: await handlerRuntime(), awsService: createAwsService(awsEnginePort) })
}
