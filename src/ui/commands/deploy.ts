import { findFunction, selectFocusedFunction } from '../store/selectors.ts'
import type { AppState } from '../store/appStore.ts'
import { applyLive } from './applyLive.ts'
import type { Command } from './command.ts'
import { reset } from './reset.ts'
import { latestConfigOf, updateFunction, withLatestConfig } from './documentChanges.ts'

const focusedName = (state: AppState) => selectFocusedFunction(state)?.functionName

/**
 * Deploy: the focused function's `$LATEST` takes the document's code and settings, like the console's
 * Deploy button (UpdateFunctionCode/Configuration); its environments finish and end, so the next
 * request is a cold start.
 */
export const deploy: Command<string | void> = {
  id: 'function.deploy',
  label: 'Deploy',
  shortcut: 'Ctrl+S',
  canRun: (state) => focusedName(state) !== undefined && state.scenario.status !== 'loading',
  run: async (app, functionName) => {
    const state = app.store.getState()
    const name = functionName ?? focusedName(state)
    const fn = name === undefined ? undefined : findFunction(state, name)
    if (!fn) return
    const config = latestConfigOf(fn)
    // A run opened without code has no handler runtime to run it: start again with one.
    const runHasCode = state.scenario.runDocument?.Functions.some((f) => f.Code !== undefined || (f.Versions ?? []).some((v) => v.Code !== undefined)) ?? false
    if (config.Code !== undefined && !runHasCode) {
      reset.run(app)
      return
    }
    await applyLive(app, {
      action: { Action: 'UpdateFunctionConfiguration', FunctionName: fn.FunctionName, Changes: config },
      change: (document) => updateFunction(document, fn.FunctionName, (f) => withLatestConfig(f, config)),
      alreadyEdited: true,
    })
  },
}
