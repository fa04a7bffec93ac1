/**
 * The engine's validator, asked once per document object: the graph and the inspector judge each
 * edit by comparing the problems before and after it, and "before" is usually the same document.
 */
import { validateScenario, type ScenarioResult } from '../../../engine/scenario/validate.ts'
import type { ScenarioError } from '../../../engine/scenario/errors.ts'
import type { Scenario } from '../../../engine/scenario/types.ts'
import { perDocument } from './perDocument.ts'

/** `validateScenario`, asked once per document object. */
export const validated: (doc: Scenario) => ScenarioResult = perDocument(validateScenario)

export const problemKey = (p: { path: string; rule: string }): string => `${p.path} ${p.rule}`

/** The problems of `after` that `before` does not have (same path and rule). */
export function addedProblems(before: Scenario, after: Scenario): ScenarioError[] {
  const is = validated(after)
  if (is.ok) return []
  const was = validated(before)
  const known = new Set(was.ok ? [] : was.errors.map(problemKey))
  return is.errors.filter((e) => !known.has(problemKey(e)))
}
