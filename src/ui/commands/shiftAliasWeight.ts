import type { AliasConfig } from '../../engine/scenario/types.ts'
import { applyLive } from './applyLive.ts'
import type { Command } from './command.ts'
import { updateFunction, withAlias } from './documentChanges.ts'

export interface AliasWeightArg {
  functionName: string
  aliasName: string
  /** The alias's primary version. */
  functionVersion: string
  /** The version that gets `weight` of the traffic; `null` routes everything to `functionVersion`. */
  additionalVersion: string | null
  /** Share (0–1) of invocations routed to `additionalVersion`. */
  weight: number
}

/** CreateAlias or UpdateAlias with a routing configuration: a weighted canary [D-alias-routing]. */
export const shiftAliasWeight: Command<AliasWeightArg> = {
  id: 'alias.shiftWeight',
  label: 'Shift alias weight',
  canRun: (state) => state.scenario.status !== 'loading',
  run: async (app, { functionName, aliasName, functionVersion, additionalVersion, weight }) => {
    const fn = app.store.getState().scenario.document.Functions.find((f) => f.FunctionName === functionName)
    const exists = fn?.Aliases?.some((alias) => alias.Name === aliasName) ?? false
    const RoutingConfig = { AdditionalVersionWeights: additionalVersion === null ? {} : { [additionalVersion]: weight } }
    const alias: AliasConfig = { Name: aliasName, FunctionVersion: functionVersion, ...(additionalVersion === null ? {} : { RoutingConfig }) }
    await applyLive(app, {
      action: { Action: exists ? 'UpdateAlias' : 'CreateAlias', FunctionName: functionName, Name: aliasName, FunctionVersion: functionVersion, RoutingConfig },
      change: (document) => updateFunction(document, functionName, (f) => withAlias(f, alias)),
    })
  },
}
