/**
 * An event source mapping's UUID, whatever it reads (a queue, a Kinesis stream, a table's stream):
 * derived from the document, never from the seed, so two seeds of a scenario show the same ids.
 * It depends on what the mapping connects (its `EventSourceArn` and `FunctionName` as written) and,
 * only among mappings that connect the same two, on their order: adding, removing or moving any
 * other mapping leaves it unchanged, and so leaves the Timeline entries that name it valid.
 */
import { md5Hex } from '../aws/md5.ts'

/** A mapping's UUID (version 4 shape): the `ordinal`-th mapping (from 0) from `source` to `functionName`. */
export function mappingUuidOf(source: string, functionName: string, ordinal = 0): string {
  // JSON keeps the parts apart: `a:b` → `c` and `a` → `b:c` are different mappings.
  return uuidOfText(JSON.stringify(['EventSourceMapping', source, functionName, ordinal]))
}

/** The MD5 of `text` shaped as a version 4 UUID (version nibble 4, variant 8–b). */
export function uuidOfText(text: string): string {
  const hex = md5Hex(text)
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** What a mapping connects, when it names its source and function as strings (the validator reports any other entry). */
export function connectsOf(mapping: unknown): { source: string; functionName: string } | undefined {
  if (typeof mapping !== 'object' || mapping === null) return undefined
  const { EventSourceArn: source, FunctionName: functionName } = mapping as Record<string, unknown>
  return typeof source === 'string' && typeof functionName === 'string' ? { source, functionName } : undefined
}

/**
 * The UUID of each of a document's `EventSourceMappings`, by place; undefined for an entry that
 * does not name its source and function as strings, which no UUID counts.
 */
export function mappingUuids(mappings: readonly unknown[] | undefined): (string | undefined)[] {
  // How many earlier mappings connect the same two: the ordinal among them.
  const seen = new Map<string, number>()
  return (mappings ?? []).map((mapping) => {
    const connects = connectsOf(mapping)
    if (connects === undefined) return undefined
    const pair = JSON.stringify([connects.source, connects.functionName])
    const ordinal = seen.get(pair) ?? 0
    seen.set(pair, ordinal + 1)
    return mappingUuidOf(connects.source, connects.functionName, ordinal)
  })
}

/** The UUID of each mapping of a valid document's `EventSourceMappings`, by place. */
export function validMappingUuids(mappings: readonly unknown[]): string[] {
  return mappingUuids(mappings).map((uuid, index) => {
    if (uuid === undefined) throw new Error(`EventSourceMappings[${index}] names no EventSourceArn and FunctionName`)
    return uuid
  })
}
