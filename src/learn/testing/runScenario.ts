/**
 * Test support: runs a library document headless as the worker would, through src/host (handler code
 * runs in the QuickJS sandbox), and returns its summary. Only tests import this; the library itself
 * never runs anything (src/learn/boundary.test.ts keeps src/host out of it, this folder excepted).
 */
import type { RunSummary, Scenario } from '../../engine/api.ts'
import { formatScenarioErrors } from '../../engine/scenario/errors.ts'
import { validateScenario } from '../../engine/scenario/validate.ts'
import { openSimulation } from '../../host/openSimulation.ts'

/** Validates the document (throwing with every error), runs it to its end and frees its environments. */
export async function runScenario(document: Scenario, durationSeconds?: number): Promise<RunSummary> {
  const result = validateScenario(document)
  if (!result.ok) throw new Error(formatScenarioErrors(result.errors))
  const sim = await openSimulation(result.scenario, durationSeconds === undefined ? {} : { durationSeconds })
  try {
    sim.runToEnd()
    return sim.summary()
  } finally {
    sim.dispose()
  }
}
