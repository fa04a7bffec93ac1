import { applyLive } from './applyLive.ts'
import type { Command } from './command.ts'
import { updateFunction, withReservedConcurrency } from './documentChanges.ts'

export interface ReservedConcurrencyArg {
  functionName: string
  /** `null` removes the reservation: the function draws on the unreserved pool again. */
  reserved: number | null
}

/** PutFunctionConcurrency / DeleteFunctionConcurrency, refused when it would leave fewer than 100 unreserved [D-reserved]. */
export const setReservedConcurrency: Command<ReservedConcurrencyArg> = {
  id: 'function.setReservedConcurrency',
  label: 'Set reserved concurrency',
  canRun: (state) => state.scenario.status !== 'loading',
  run: async (app, { functionName, reserved }) => {
    await applyLive(app, {
      action: reserved === null
        ? { Action: 'DeleteFunctionConcurrency', FunctionName: functionName }
        : { Action: 'PutFunctionConcurrency', FunctionName: functionName, ReservedConcurrentExecutions: reserved },
      change: (document) => updateFunction(document, functionName, (fn) => withReservedConcurrency(fn, reserved)),
    })
  },
}
