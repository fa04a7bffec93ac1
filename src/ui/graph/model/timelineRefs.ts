/**
 * The Timeline through graph edits. Its entries name functions, aliases and versions by name, and
 * an `UpdateEventSourceMapping` names its mapping by UUID (derived from what the mapping connects:
 * ../../../engine/sources/mappingIds.ts), the function it switches to and a failure destination.
 * A rename rewrites them all, so the Timeline still changes what it changed; a deletion removes the
 * entries whose subject is gone, and says which, since the user wrote them.
 */
import { mappingUuids } from '../../../engine/sources/mappingIds.ts'
import type { Scenario, TimelineEntry } from '../../../engine/scenario/types.ts'
import { MAPPING_FAILURE_KINDS } from './documentEdges.ts'
import { field, item, removedItems, setPath } from './documentPath.ts'
import { resolveFunction, resolveResource } from './resolve.ts'

/** A string of the Timeline naming a node: `targetRef` holds it, `target` is the node it resolves to, `entry` the entry it is in. */
export interface TimelineRef {
  readonly target: string
  readonly targetRef: string
  readonly entry: string
}

/** Where the Timeline's mapping updates name a node: the function they switch to, their failure destination. */
export function timelineRefs(doc: Scenario): TimelineRef[] {
  return (doc.Timeline ?? []).flatMap((step, i) => {
    const action = step.Do
    if (action.Action !== 'UpdateEventSourceMapping') return []
    const entry = item('Timeline', i)
    const at = field(entry, 'Do')
    const refs: TimelineRef[] = []
    const fn = typeof action.FunctionName === 'string' ? resolveFunction(doc, action.FunctionName) : undefined
    if (fn !== undefined) refs.push({ target: fn, targetRef: field(at, 'FunctionName'), entry })
    const destination = action.DestinationConfig?.OnFailure?.Destination
    const onFailure = typeof destination === 'string' ? resolveResource(doc, destination, MAPPING_FAILURE_KINDS) : undefined
    if (onFailure !== undefined) refs.push({ target: onFailure, targetRef: field(field(field(at, 'DestinationConfig'), 'OnFailure'), 'Destination'), entry })
    return refs
  })
}

/** What each mapping UUID becomes: the mapping's new UUID, or undefined when the mapping is gone. */
type CarriedUuids = ReadonlyMap<string, string | undefined>

/**
 * What each UUID of `before`'s mappings is among `after`'s; `placeOf(i)` is where mapping `i` of
 * `before` is in `after`, undefined when it was deleted.
 */
function carriedUuids(before: Scenario, after: Scenario, placeOf: (index: number) => number | undefined): CarriedUuids {
  const now = mappingUuids(after.EventSourceMappings)
  const carried = new Map<string, string | undefined>()
  mappingUuids(before.EventSourceMappings).forEach((uuid, index) => {
    const place = placeOf(index)
    if (uuid !== undefined) carried.set(uuid, place === undefined ? undefined : now[place])
  })
  return carried
}

/** The UUID the Timeline entry at `index` updates, when it is a mapping update. */
function updatedUuid(doc: Scenario, index: number): string | undefined {
  const action = doc.Timeline?.[index]?.Do
  return action?.Action === 'UpdateEventSourceMapping' && typeof action.UUID === 'string' ? action.UUID : undefined
}

/** `doc` with each mapping update's UUID replaced by what `carried` makes it (all at once, so two can trade). */
function withCarriedUuids(doc: Scenario, carried: CarriedUuids): Scenario {
  return (doc.Timeline ?? []).reduce((next, _, index) => {
    const uuid = updatedUuid(doc, index)
    const now = uuid === undefined ? undefined : carried.get(uuid)
    return now === undefined || now === uuid ? next : setPath(next, field(field(item('Timeline', index), 'Do'), 'UUID'), now)
  }, doc)
}

/**
 * For an edit that changes mappings in place (a rename, a mapping's field): the Timeline's updates
 * follow their mappings to the UUIDs these now have. An edit that adds or deletes mappings says
 * where each went instead (remove.ts); mappings keep their places in every other edit.
 */
export function keepMappingUuids(before: Scenario, after: Scenario): Scenario {
  if (before.EventSourceMappings?.length !== after.EventSourceMappings?.length) return after
  return withCarriedUuids(after, carriedUuids(before, after, (index) => index))
}

/**
 * The Timeline of a deletion of `paths` and of the nodes `deleted`: the mapping updates of a deleted
 * mapping, or naming a deleted node, are added to the paths to delete; the others follow their
 * mappings (one that shared its source and function with a deleted one moves up among them, and
 * its UUID with it). Returns `doc` with those UUIDs rewritten, and every path to delete.
 */
export function timelineAfterRemoval(doc: Scenario, paths: readonly string[], deleted: ReadonlySet<string>): { doc: Scenario; paths: string[] } {
  const gone = new Set(removedItems(paths, 'EventSourceMappings'))
  const after = { ...doc, EventSourceMappings: doc.EventSourceMappings?.filter((_, i) => !gone.has(i)) }
  const carried = carriedUuids(doc, after, (index) => (gone.has(index) ? undefined : index - [...gone].filter((i) => i < index).length))
  const orphans = new Set(timelineRefs(doc).filter((ref) => deleted.has(ref.target)).map((ref) => ref.entry))
  const removed = (doc.Timeline ?? []).flatMap((_, index) => {
    const uuid = updatedUuid(doc, index)
    const at = item('Timeline', index)
    return orphans.has(at) || (uuid !== undefined && carried.has(uuid) && carried.get(uuid) === undefined) ? [at] : []
  })
  return { doc: withCarriedUuids(doc, carried), paths: [...paths, ...removed] }
}

/** A Timeline entry as the user reads it: `UpdateEventSourceMapping at 60 s (orders → worker)`, `UpdateAlias at 300 s (checkout:live)`. */
export function describeTimelineEntry(doc: Scenario, entry: TimelineEntry): string {
  const action = entry.Do
  const when = `${action.Action} at ${entry.AtSecond} s`
  if (action.Action === 'UpdateEventSourceMapping') {
    const index = mappingUuids(doc.EventSourceMappings).indexOf(action.UUID)
    const mapping = doc.EventSourceMappings?.[index]
    return `${when} (${mapping === undefined ? action.UUID : `${mapping.EventSourceArn} → ${mapping.FunctionName}`})`
  }
  const qualifier = 'Qualifier' in action ? action.Qualifier : 'Name' in action ? action.Name : undefined
  return `${when} (${action.FunctionName}${qualifier === undefined ? '' : `:${qualifier}`})`
}
