/**
 * Every scenario entering the app (a file, a share link, a stored workspace, the CLI) goes through
 * here: parsed, migrated to the current format, then checked by the engine's one validator.
 */
import { parseJsonText } from '../engine/scenario/load.ts'
import { validateScenario, type ScenarioResult } from '../engine/scenario/validate.ts'
import { migrate, type MigrationChain } from './migrate.ts'
import { SCENARIO_MIGRATIONS } from './scenarioMigrations.ts'

/** A parsed document (any JSON value) to a validated scenario of the current format, or the errors. */
export function acceptScenario(document: unknown, chain: MigrationChain = SCENARIO_MIGRATIONS): ScenarioResult {
  const migrated = migrate(document, chain)
  return migrated.ok ? validateScenario(migrated.document) : migrated
}

/** Scenario JSON text to a validated scenario; a syntax error names its line and column. */
export function parseScenarioText(text: string): ScenarioResult {
  const parsed = parseJsonText(text)
  return parsed.ok ? acceptScenario(parsed.value) : parsed
}
