/** Every library document validates and runs, handler code included, as the worker would run it (its first 10 simulated seconds). */
import { expect, test } from 'vitest'
import { LIBRARY } from './library.ts'
import { runScenario } from './testing/runScenario.ts'

const FIRST_SECONDS = 10

test.each(LIBRARY.map((entry) => [entry.id, entry.document] as const))('%s validates and runs', async (_id, document) => {
  const summary = await runScenario(document, Math.min(FIRST_SECONDS, document.DurationSeconds ?? FIRST_SECONDS))
  expect(Object.keys(summary.Functions)).toEqual(document.Functions.map((fn) => fn.FunctionName))
}, 30_000)
