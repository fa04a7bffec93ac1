/**
 * Any document a user brings (a scenario file of this or an earlier format, a SAM or CloudFormation
 * template) to a validated scenario: the CLI and the page's Import both go through here, so both
 * accept the same files and refuse them with the same errors, each naming the field and the rule.
 */
import type { ScenarioError } from '../engine/scenario/errors.ts'
import { validateScenario } from '../engine/scenario/validate.ts'
import type { Scenario } from '../engine/scenario/types.ts'
import { importTemplate, type ImportFinding } from './sam/importTemplate.ts'
import { parseScenarioText } from './scenarioFormat.ts'

export type LoadedDocument =
  | { ok: true; scenario: Scenario; kind: 'scenario' | 'template'; findings: ImportFinding[] }
  | { ok: false; errors: ScenarioError[] }

/** A template is YAML, or JSON with `Resources` and no scenario `Format`. */
function looksLikeTemplate(text: string, fileName: string): boolean {
  if (/\.ya?ml$/i.test(fileName)) return true
  if (!/\.json$/i.test(fileName) && !text.trimStart().startsWith('{')) return true
  return /"Resources"\s*:/.test(text) && !/"Format"\s*:/.test(text)
}

export function loadDocument(text: string, fileName: string): LoadedDocument {
  if (!looksLikeTemplate(text, fileName)) {
    const parsed = parseScenarioText(text)
    return parsed.ok ? { ok: true, scenario: parsed.scenario, kind: 'scenario', findings: [] } : parsed
  }
  const baseName = fileName.split(/[\\/]/).pop()?.replace(/\.(ya?ml|json)$/i, '') ?? 'template'
  const imported = importTemplate(text, { name: baseName })
  if (!imported.ok) return { ok: false, errors: [{ path: '(template)', rule: 'json', message: imported.message }] }
  const checked = validateScenario(imported.scenario)
  return checked.ok ? { ok: true, scenario: checked.scenario, kind: 'template', findings: imported.findings } : checked
}
