import type { AppState } from '../store/appStore.ts'
import { selectFocusedFunction } from '../store/selectors.ts'
import { applyLive } from './applyLive.ts'
import type { Command } from './command.ts'
import { latestConfigOf, updateFunction, withVersion } from './documentChanges.ts'

const focusedName = (state: AppState) => selectFocusedFunction(state)?.functionName

/** The engine's answer names the new number ("Published version 3"); an unchanged `$LATEST` publishes nothing [D-versions]. */
const PUBLISHED = /^Published version (\d+)$/

/**
 * Publish new version: snapshots the run's `$LATEST` (what was last deployed, not unsaved edits)
 * as the next version number, in the run and in the document.
 */
export const publish: Command<string | void> = {
  id: 'function.publish',
  label: 'Publish new version',
  canRun: (state) => focusedName(state) !== undefined && state.scenario.status === 'loaded',
  run: async (app, functionName) => {
    const name = functionName ?? focusedName(app.store.getState())
    if (name === undefined) return
    await applyLive(app, {
      action: { Action: 'PublishVersion', FunctionName: name },
      change: (document, result) => {
        const version = PUBLISHED.exec(result.detail ?? '')?.[1]
        if (version === undefined) return document
        return updateFunction(document, name, (fn) => withVersion(fn, { Version: version, ...latestConfigOf(fn) }))
      },
    })
  },
}
