/**
 * The scenario a player is asked for, as a validated document or a problem to show and report.
 * The bundled scenarios, the share-link decoder and the validator are imported on demand, so a
 * player pays only for the one it needs before the first paint.
 */
import type { ScenarioError } from '../engine/scenario/errors.ts'
import type { Scenario } from '../engine/scenario/types.ts'
import { describeError } from '../ui/workspace/describeError.ts'
import type { EmbedParams } from './embedParams.ts'
import type { EmbedProblem } from './embedProtocol.ts'

export type ResolvedScenario = { ok: true; document: Scenario; bundledId: string | null } | { ok: false; problem: EmbedProblem }

const describeErrors = (errors: readonly ScenarioError[]): string[] => errors.map((e) => `${e.path}: ${e.message} [${e.rule}]`)

function invalid(errors: readonly ScenarioError[], what: string): ResolvedScenario {
  const [first] = errors
  // A share link that does not decode is reported as damaged rather than as a scenario's error.
  if (errors.length === 1 && first?.path === '(link)') return { ok: false, problem: { code: 'damaged-link', message: first.message } }
  return { ok: false, problem: { code: 'invalid-scenario', message: `${what} cannot run: it breaks ${errors.length === 1 ? 'a rule' : `${errors.length} rules`} of the scenario format.`, problems: describeErrors(errors) } }
}

export async function bundledScenario(id: string): Promise<ResolvedScenario> {
  const { BUNDLED_SCENARIOS, findBundledScenario, loadBundledScenario } = await import('../ui/scenarios/bundledScenarios.ts')
  if (!findBundledScenario(id)) {
    const bundledIds = BUNDLED_SCENARIOS.map((scenario) => scenario.id)
    return { ok: false, problem: { code: 'unknown-scenario', message: `There is no bundled scenario "${id}".`, bundledIds } }
  }
  try {
    return { ok: true, document: await loadBundledScenario(id), bundledId: id }
  } catch (error) {
    // Its document's chunk could not be fetched: the player cannot run it, as when its worker cannot start.
    return { ok: false, problem: { code: 'run-failed', message: describeError(error) } }
  }
}

/** A share fragment (`scenario=...`, with or without `#`). */
export async function linkedScenario(fragment: string): Promise<ResolvedScenario> {
  const { decodeShareFragment } = await import('../interop/share/shareLink.ts')
  const decoded = await decodeShareFragment(fragment)
  if (decoded === null) return { ok: false, problem: { code: 'damaged-link', message: 'The address\'s fragment carries no scenario: it should start with #scenario=' } }
  return decoded.ok ? { ok: true, document: decoded.scenario, bundledId: null } : invalid(decoded.errors, 'The linked scenario')
}

/** A document the host page sent with `load`. */
export async function hostDocument(document: object): Promise<ResolvedScenario> {
  // Through the migration chain, as files and links are, so a page holding an older document still plays it.
  const { acceptScenario } = await import('../interop/scenarioFormat.ts')
  const checked = acceptScenario(document)
  return checked.ok ? { ok: true, document: checked.scenario, bundledId: null } : invalid(checked.errors, 'The scenario sent with load')
}

/** The scenario the player's address names; null when it names none (the host may still `load` one). */
export function addressedScenario(params: EmbedParams): Promise<ResolvedScenario | null> {
  if (!params.origin.ok) {
    const message = `origin= must be an origin such as https://docs.example.com (got "${params.origin.given}"); until it is, the player talks to no page.`
    return Promise.resolve({ ok: false, problem: { code: 'bad-address', message } })
  }
  if (params.fragment !== null) return linkedScenario(params.fragment)
  if (params.scenarioId !== null) return bundledScenario(params.scenarioId)
  return Promise.resolve(null)
}
