/**
 * UpdateEventSourceMapping during a run, on the mapping with that UUID: checked by the same rules
 * as the document's mappings (scenario/validateMappingUpdate.ts), then applied from this moment on
 * (sources/sqs/poller.ts `reconfigure`, sources/streams/setup.ts `reconfigureStreamMapping`).
 */
import type { ActionResult } from '../api.ts'
import { resolveTarget } from '../invoke/targets.ts'
import { Checker, type JsonObject } from '../scenario/check.ts'
import { checkMappingUpdate, type MappingSource, type MappingUpdateAction } from '../scenario/validateMappingUpdate.ts'
import type { SqsPoller } from '../sources/sqs/poller.ts'
import { pollerSettingsOf } from '../sources/sqs/setup.ts'
import { reconfigureStreamMapping } from '../sources/streams/setup.ts'
import type { StreamMapping } from '../sources/streams/streamTypes.ts'
import type { World } from '../world.ts'
import { contextOfWorld, functionsOfWorld } from './worldContext.ts'

type Found = { readonly kind: 'queue'; readonly poller: SqsPoller } | { readonly kind: 'stream'; readonly mapping: StreamMapping }

function findMapping(world: World, uuid: string): Found | null {
  for (const queue of world.queues.values()) {
    const poller = queue.pollers.find((p) => p.uuid === uuid)
    if (poller) return { kind: 'queue', poller }
  }
  const mapping = world.streams?.mappings.find((m) => m.uuid === uuid)
  return mapping ? { kind: 'stream', mapping } : null
}

/** The changes in words, for the action's result: `BatchSize 50, Enabled false`. */
function describeChanges(action: MappingUpdateAction): string {
  return Object.entries(action).filter(([key]) => key !== 'Action' && key !== 'UUID').map(([key, value]) => `${key} ${JSON.stringify(value)}`).join(', ')
}

export function updateMapping(world: World, action: MappingUpdateAction): ActionResult {
  const found = findMapping(world, action.UUID)
  if (found === null) return { ok: false, error: `The event source mapping ${action.UUID} does not exist` }
  const checker = new Checker()
  const ctx = contextOfWorld(world, checker)
  const base = found.kind === 'queue' ? found.poller.document : found.mapping.document
  const source: MappingSource = found.kind === 'queue'
    ? { kind: 'queue', queue: { fifo: found.poller.queue.fifo, visibilityTimeout: found.poller.queue.settings.visibilityTimeoutMs / 1000 }, functions: functionsOfWorld(world) }
    : { kind: 'stream' }
  const merged = checkMappingUpdate(ctx, base, action as unknown as JsonObject, 'UpdateEventSourceMapping', source)
  const target = merged === undefined ? null : resolveTarget(world, merged.FunctionName)
  if (merged === undefined || target === null) return { ok: false, error: checker.errors.map((e) => `${e.path}: ${e.message}`).join('; ') }
  if (found.kind === 'queue') found.poller.reconfigure(merged, pollerSettingsOf(merged), target)
  else reconfigureStreamMapping(world, found.mapping, merged, target)
  return { ok: true, detail: `Updated event source mapping ${action.UUID}: ${describeChanges(action)}` }
}
