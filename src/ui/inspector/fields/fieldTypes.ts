/**
 * The inspector is driven by tables of field metadata, one module per kind of node: each field
 * names the document value it edits (relative to the node's entry), AWS's name for it, its range
 * and default as AWS documents them, a one-line explanation and the fact it comes from. The
 * engine's validator, not this table, decides what is valid: the table only describes.
 */
import { formatNumber } from '../../../engine/scenario/describe.ts'
import type { Scenario } from '../../../engine/scenario/types.ts'
import type { Fact } from './facts.ts'

export type FieldKind =
  /** A string; empty means "not set". */
  | 'text'
  | 'integer'
  | 'number'
  /** A number, or `null` (typed as the word) with the meaning `nullMeans` gives. */
  | 'nullableNumber'
  /** true / false / not set. */
  | 'boolean'
  /** One of `options`, or not set. */
  | 'enum'
  /** Comma-separated strings. */
  | 'list'
  /** Any JSON value, typed as JSON. */
  | 'json'

/** A value that is not at `entry + path`, such as a version's provisioned concurrency (kept on its function). */
export interface FieldAccess {
  get(doc: Scenario, entryPath: string): unknown
  set(doc: Scenario, entryPath: string, value: unknown): Scenario
  /** The document path errors about this value are reported under. */
  errorPath(doc: Scenario, entryPath: string): string | undefined
}

export interface FieldSpec {
  /** Relative to the node's entry: `MemorySize`, `EventInvokeConfig.MaximumRetryAttempts`. */
  readonly path: string
  /** AWS's name for the setting, shown as the field's label. */
  readonly label: string
  readonly kind: FieldKind
  /** One sentence: what the setting does. */
  readonly help: string
  readonly fact: Fact
  /** What AWS accepts, in words: `128–10,240 MB`. */
  readonly range?: string
  /** What applies when the field is not set: `128`, `none`. */
  readonly defaultText?: string
  readonly options?: readonly string[]
  readonly nullMeans?: string
  readonly required?: boolean
  /** The document holds a one-element list (`Architectures: ["arm64"]`); the field edits the element. */
  readonly arrayOfOne?: boolean
  /** The resource's name: renaming it also renames every reference to it. */
  readonly isName?: boolean
  /** Shown read-only (a version's number is fixed once published). */
  readonly readOnly?: boolean
  /** A heading the field is grouped under. */
  readonly group?: string
  readonly access?: FieldAccess
}

/** `128–10,240 MB`, with AWS's thousands separators. */
export function rangeText(min: number, max: number, unit = ''): string {
  return `${formatNumber(min)}–${formatNumber(max)}${unit === '' ? '' : ` ${unit}`}`
}

const RENAMES = 'renaming updates everything that refers to it.'

/** A resource's name field: required, and renaming it renames every reference too. `scope` says where it must be unique. */
export function nameField(path: string, fact: Fact, range: string | undefined, scope: string): FieldSpec {
  return { path, label: path, kind: 'text', isName: true, required: true, fact, ...(range === undefined ? {} : { range }), help: `${scope}; ${RENAMES}` }
}
