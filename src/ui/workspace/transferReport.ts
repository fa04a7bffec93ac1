import type { ScenarioError } from '../../engine/scenario/errors.ts'
import type { ImportFinding } from '../../interop/sam/props.ts'

/**
 * What an import, a share link or a SAM export did, for the dialog that tells the user: a refusal
 * lists every problem with its field and rule; what a template or an export could not carry is
 * listed, never dropped silently.
 */
export type TransferReport =
  | { kind: 'refused'; /** "orders.json", "the share link". */ source: string; problems: readonly ScenarioError[] }
  | { kind: 'imported'; source: string; name: string; notImported: readonly ImportFinding[] }
  | { kind: 'exported'; fileName: string; notExported: readonly ImportFinding[] }
