/**
 * The Timeline's `UpdateEventSourceMapping` entries, checked once every mapping is known: each
 * names a mapping of the document by its UUID (the one the summary and the views show), and the
 * entries apply in time order, each to the mapping the earlier ones left (validateMappingUpdate.ts).
 */
import { mappingUuids } from '../sources/mappingIds.ts'
import { Checker, field, isObject, item, type JsonObject, type Raw } from './check.ts'
import type { ScenarioContext } from './context.ts'
import { describeValue } from './describe.ts'
import type { EventSourceMappingConfig, Scenario } from './types.ts'
import { checkMappingUpdate, isValidMapping, type MappingSource } from './validateMappingUpdate.ts'
import type { QueueFacts } from './validateQueues.ts'
import { queueOf } from './validateSqsMapping.ts'
import { readsQueue } from './validateStreamMappings.ts'

interface KnownMapping {
  mapping: EventSourceMappingConfig
  readonly source: MappingSource
  /** False when the document's mapping is itself invalid (reported there): its updates are checked for shape only. */
  readonly valid: boolean
}

function knownMappings(ctx: ScenarioContext, scenario: Raw<Scenario>, queues: ReadonlyMap<string, QueueFacts>): Map<string, KnownMapping> {
  const known = new Map<string, KnownMapping>()
  const quiet = { ...ctx, c: new Checker() }
  const mappings = Array.isArray(scenario.EventSourceMappings) ? scenario.EventSourceMappings : []
  const uuids = mappingUuids(mappings)
  mappings.forEach((entry, index) => {
    const uuid = uuids[index]
    if (uuid === undefined || !isObject(entry) || typeof entry.EventSourceArn !== 'string') return
    const mapping = entry as unknown as EventSourceMappingConfig
    let source: MappingSource = { kind: 'stream' }
    if (readsQueue(ctx, entry.EventSourceArn)) {
      const queue = queues.get(queueOf(quiet, entry.EventSourceArn, '') ?? '')
      if (queue === undefined) return
      source = { kind: 'queue', queue, functions: scenario.Functions }
    }
    known.set(uuid, { mapping, source, valid: isValidMapping(ctx, mapping, source) })
  })
  return known
}

/** Entries by AtSecond, in document order among equals: the order the run applies them in. */
function updatesInTimeOrder(timeline: unknown): { readonly at: string; readonly atSecond: number; readonly update: JsonObject }[] {
  if (!Array.isArray(timeline)) return []
  return timeline.flatMap((entry, i) => {
    if (!isObject(entry) || !isObject(entry.Do) || entry.Do.Action !== 'UpdateEventSourceMapping') return []
    return [{ at: field(item('Timeline', i), 'Do'), atSecond: typeof entry.AtSecond === 'number' ? entry.AtSecond : 0, update: entry.Do }]
  }).sort((a, b) => a.atSecond - b.atSecond)
}

export function checkMappingUpdates(ctx: ScenarioContext, scenario: Raw<Scenario>, queues: ReadonlyMap<string, QueueFacts>): void {
  const updates = updatesInTimeOrder(scenario.Timeline)
  if (updates.length === 0) return
  const known = knownMappings(ctx, scenario, queues)
  for (const { at, update } of updates) {
    const uuidAt = field(at, 'UUID')
    if (update.UUID === undefined) ctx.c.report(uuidAt, 'required', 'UUID is required: the mapping to update, as the summary and the views name it')
    const uuid = ctx.c.string(update.UUID, uuidAt)
    if (uuid === undefined) continue
    const target = known.get(uuid)
    if (target === undefined) {
      const listed = [...known.entries()].map(([id, k]) => `${id} (${k.mapping.EventSourceArn} → ${k.mapping.FunctionName})`)
      ctx.c.report(uuidAt, 'reference', `No event source mapping has UUID ${describeValue(uuid)}; ${listed.length === 0 ? 'the scenario has none' : `the scenario's are ${listed.join(', ')}`}`)
      continue
    }
    const merged = checkMappingUpdate(ctx, target.valid ? target.mapping : null, update, at, target.source)
    if (merged !== undefined) target.mapping = merged
  }
}
