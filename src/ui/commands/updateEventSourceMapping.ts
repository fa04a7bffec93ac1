import type { Scenario } from '../../engine/api.ts'
import type { EventSourceMappingUpdate } from '../../engine/scenario/types.ts'
import { applyLive } from './applyLive.ts'
import type { Command } from './command.ts'

export interface MappingUpdateArg {
  /** The mapping's place in the document's `EventSourceMappings`. */
  index: number
  /** Its UUID in the run (the views' `uuid`). */
  uuid: string
  changes: EventSourceMappingUpdate
}

/** The document's mapping with the changes, each replacing its setting whole, as UpdateEventSourceMapping does. */
function withMappingChanges(document: Scenario, index: number, changes: EventSourceMappingUpdate): Scenario {
  const mappings = document.EventSourceMappings ?? []
  return { ...document, EventSourceMappings: mappings.map((mapping, i) => (i === index ? { ...mapping, ...changes } : mapping)) }
}

/** UpdateEventSourceMapping (disable, enable, batch size, scaling, filters, ...) from now on in the run, and in the document. */
export const updateEventSourceMapping: Command<MappingUpdateArg> = {
  id: 'mapping.update',
  label: 'Update event source mapping',
  canRun: (state) => state.scenario.status !== 'loading',
  run: async (app, { index, uuid, changes }) => {
    await applyLive(app, {
      action: { Action: 'UpdateEventSourceMapping', UUID: uuid, ...changes },
      change: (document) => withMappingChanges(document, index, changes),
    })
  },
}
