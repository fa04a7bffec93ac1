/**
 * Earlier builds derived a mapping's UUID from its place among all the document's mappings
 * (`EventSourceMappings[i]:<source>:<function>`), so deleting one mapping changed the others'.
 * Documents those builds wrote (a stored workspace, a share link, an exported file) name mappings
 * so in their Timeline, in the same `Format`: as they enter, each such UUID is rewritten to the one
 * this build derives for the same mapping (../engine/sources/mappingIds.ts), so they run as written.
 */
import { isObject } from '../engine/scenario/check.ts'
import { connectsOf, mappingUuids, uuidOfText } from '../engine/sources/mappingIds.ts'

function legacyUuids(mappings: readonly unknown[]): (string | undefined)[] {
  return mappings.map((mapping, index) => {
    const connects = connectsOf(mapping)
    return connects === undefined ? undefined : uuidOfText(`EventSourceMappings[${index}]:${connects.source}:${connects.functionName}`)
  })
}

/** `document` with its Timeline's earlier-build mapping UUIDs replaced; unchanged when it has none (malformed parts are the validator's). */
export function withCurrentMappingUuids(document: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (!Array.isArray(document.EventSourceMappings) || !Array.isArray(document.Timeline)) return document
  const current = mappingUuids(document.EventSourceMappings)
  const known = new Set(current)
  const upgrade = new Map<string, string>()
  legacyUuids(document.EventSourceMappings).forEach((legacy, index) => {
    const now = current[index]
    if (legacy !== undefined && now !== undefined && !known.has(legacy)) upgrade.set(legacy, now)
  })
  let changed = false
  const timeline = document.Timeline.map((entry: unknown) => {
    if (!isObject(entry) || !isObject(entry.Do) || entry.Do.Action !== 'UpdateEventSourceMapping' || typeof entry.Do.UUID !== 'string') return entry
    const now = upgrade.get(entry.Do.UUID)
    if (now === undefined) return entry
    changed = true
    return { ...entry, Do: { ...entry.Do, UUID: now } }
  })
  return changed ? { ...document, Timeline: timeline } : document
}
