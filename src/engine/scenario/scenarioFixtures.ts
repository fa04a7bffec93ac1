/**
 * Test fixtures for the validator: a minimal valid scenario to change one field at a time, and the
 * errors reduced to `path rule`, so a test states exactly what is refused and that nothing else is.
 */
import { validateScenario } from './validate.ts'

export type Doc = Record<string, unknown>

/** One function `api`, modelled only, with the account defaults. */
export function scenario(overrides: Doc = {}): Doc {
  return {
    Format: 'lambda-playground/scenario@1',
    Name: 'fixture',
    Functions: [{ FunctionName: 'api' }],
    ...overrides,
  }
}

/** A scenario whose function `api` has these fields. */
export function withFunction(fields: Doc, overrides: Doc = {}): Doc {
  return scenario({ Functions: [{ FunctionName: 'api', ...fields }], ...overrides })
}

/** Every error as `path rule`; `[]` when the document is accepted. */
export function problems(doc: unknown): string[] {
  const result = validateScenario(doc)
  return result.ok ? [] : result.errors.map((e) => `${e.path} ${e.rule}`)
}

/** The message of the only error, for tests that check the wording a learner reads. */
export function onlyMessage(doc: unknown): string {
  const result = validateScenario(doc)
  if (result.ok || result.errors.length !== 1) throw new Error(`expected exactly one error, got ${JSON.stringify(result)}`)
  return result.errors[0]?.message ?? ''
}
