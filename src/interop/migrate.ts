/**
 * Documents written by earlier builds are brought up to the format this build reads, one step at a
 * time, before anything validates or uses them. A chain is keyed by `Format` (`<family>@<version>`):
 * each step reads one format and writes the next. A document of an unknown format, or of a newer
 * version than this build knows, is refused with a message naming `Format`, and is never changed
 * (a newer build may still read it).
 */
import { isObject } from '../engine/scenario/check.ts'
import type { ScenarioError } from '../engine/scenario/errors.ts'

export interface MigrationStep {
  /** The format it reads, e.g. `lambda-playground/session@1`. */
  from: string
  /** The format it writes: another step's `from`, or the chain's `current`. */
  to: string
  /** Returns the document in format `to` (the chain sets its `Format`); must not mutate its argument. */
  migrate(document: Readonly<Record<string, unknown>>): Record<string, unknown>
}

export interface MigrationChain {
  /** The format this build reads and writes. */
  current: string
  /** What each earlier format becomes; followed from the document's `Format`, whatever their order here. */
  steps: readonly MigrationStep[]
  /**
   * Brings a document of the current format (as written, or as the steps made it) up to this build
   * where a value derived from the document changed without a new format; must not mutate its argument.
   */
  refresh?: (document: Readonly<Record<string, unknown>>) => Record<string, unknown>
}

export type Migrated =
  | { ok: true; document: unknown; /** The format the document had, when a step changed it. */ migratedFrom: string | null }
  | { ok: false; errors: ScenarioError[] }

const VERSIONED = /^(.+)@(\d+)$/

function versionOf(format: string): { family: string; version: number } | null {
  const match = VERSIONED.exec(format)
  return match?.[1] !== undefined && match[2] !== undefined ? { family: match[1], version: Number(match[2]) } : null
}


function refused(message: string): Migrated {
  return { ok: false, errors: [{ path: 'Format', rule: 'format', message }] }
}

function unreadable(format: string, chain: MigrationChain): Migrated {
  const current = versionOf(chain.current)
  const found = versionOf(format)
  if (current && found && found.family === current.family && found.version > current.version) {
    return refused(`This document was written by a newer version of Lambda Playground (Format "${format}"); this version reads ${chain.current} and older. Open it with the newer version`)
  }
  const earlier = chain.steps.map((step) => step.from)
  const known = [chain.current, ...earlier].map((f) => `"${f}"`).join(', ')
  return refused(`Format "${format}" is not a format this version of Lambda Playground reads (it reads ${known})`)
}

/**
 * `document` in the chain's current format. Values that are not objects with a string `Format` pass
 * through unchanged: the validator that follows says what is missing, naming the field.
 */
export function migrate(document: unknown, chain: MigrationChain): Migrated {
  if (!isObject(document) || typeof document.Format !== 'string') return { ok: true, document, migratedFrom: null }
  if (document.Format === chain.current) return { ok: true, document: chain.refresh?.(document) ?? document, migratedFrom: null }
  const original = document.Format
  let format = original
  let value: Record<string, unknown> = document
  // Each format is visited at most once, so a chain that loops (a mistake in its steps) still ends.
  const visited = new Set<string>()
  while (format !== chain.current) {
    const step = chain.steps.find((s) => s.from === format)
    if (!step || visited.has(format)) return unreadable(original, chain)
    visited.add(format)
    // `Format` first, as documents are written, whatever the step returned for it.
    value = Object.assign({ Format: step.to }, step.migrate(value), { Format: step.to })
    format = step.to
  }
  return { ok: true, document: chain.refresh?.(value) ?? value, migratedFrom: original }
}
