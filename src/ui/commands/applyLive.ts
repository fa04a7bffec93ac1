import type { ActionResult, Scenario } from '../../engine/api.ts'
import type { Action } from '../../engine/scenario/types.ts'
import { addNotice, editDocument } from '../store/edits.ts'
import type { AppServices } from './command.ts'
import { reset } from './reset.ts'

export interface LiveChange {
  action: Action
  /** The same change made to a document; applied to the edited one and to the run's, once the run took it. */
  change: (document: Scenario, result: Extract<ActionResult, { ok: true }>) => Scenario
  /**
   * Whether the edited document already holds the change (a deploy sends edits made in the editor),
   * so only the run's copy moves.
   */
  alreadyEdited?: boolean
}

/**
 * Makes a console-like change to the running simulation and to the document, so the run and the
 * document agree and a reload replays it. Lambda's refusals (with their reason) change neither and
 * are shown as notices. Without a run (a failed load) the edited document is simply run again.
 */
export async function applyLive(app: AppServices, { action, change, alreadyEdited = false }: LiveChange): Promise<ActionResult> {
  if (app.store.getState().scenario.status !== 'loaded') {
    const result = { ok: true as const, detail: 'Run again with the edited document' }
    if (!alreadyEdited) editDocument(app.store, (document) => change(document, result))
    reset.run(app)
    return result
  }
  const result = await app.bridge.apply(action)
  if (!result.ok) {
    addNotice(app.store, 'error', result.error)
    return result
  }
  app.store.setState((state) => {
    const { document, runDocument } = state.scenario
    const nextRun = runDocument && change(runDocument, result)
    const nextDocument = alreadyEdited ? document : document === runDocument && nextRun ? nextRun : change(document, result)
    return { scenario: { ...state.scenario, document: nextDocument, runDocument: nextRun } }
  })
  if (result.detail) addNotice(app.store, 'info', result.detail)
  return result
}
