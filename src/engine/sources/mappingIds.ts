/**
 * An event source mapping's UUID, whatever it reads (a queue, a Kinesis stream, a table's stream):
 * derived from the document, never from the seed, so two seeds of a scenario show the same ids.
 */
import { md5Hex } from '../aws/md5.ts'

/** A mapping's UUID (version 4 shape), from its place in the document and what it connects. */
export function mappingUuidOf(index: number, source: string, functionName: string): string {
  const hex = md5Hex(`EventSourceMappings[${index}]:${source}:${functionName}`)
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
