/**
 * Reading, parsing and writing one inspector field, and judging an edit with the engine's one
 * validator. An edit is committed only when it adds no problem to the document: the text the user
 * typed stays in the field with the validator's message until it does.
 */
import type { Scenario } from '../../engine/scenario/types.ts'
import { getPath, isWithin, joinPath, setPath } from '../graph/model/documentPath.ts'
import { renameNode } from '../graph/model/rename.ts'
import { keepMappingUuids } from '../graph/model/timelineRefs.ts'
import { addedProblems, validated } from '../graph/model/validation.ts'
import type { FieldSpec } from './fields/fieldTypes.ts'
import type { InspectorTarget } from './inspectorTarget.ts'

export function fieldPath(target: InspectorTarget, spec: FieldSpec): string {
  return joinPath(target.entryPath, spec.path)
}

export function readField(doc: Scenario, target: InspectorTarget, spec: FieldSpec): unknown {
  const value = spec.access === undefined ? getPath(doc, fieldPath(target, spec)) : spec.access.get(doc, target.entryPath)
  return spec.arrayOfOne === true && Array.isArray(value) ? value[0] : value
}

/** The text a value is shown as; an unset value is the empty string (the placeholder shows the default). */
export function formatField(spec: FieldSpec, value: unknown): string {
  if (value === undefined) return ''
  switch (spec.kind) {
    case 'json': return JSON.stringify(value, null, 2)
    case 'list': return Array.isArray(value) ? value.join(', ') : JSON.stringify(value)
    case 'nullableNumber': return value === null ? 'null' : String(value)
    default: return typeof value === 'string' ? value : JSON.stringify(value)
  }
}

export type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string }

/**
 * The value a text means. Numbers that do not parse are kept as typed, so the validator's message
 * ("must be an integer ... (got "12a")") is the one the user reads. Empty text unsets the field.
 */
export function parseField(spec: FieldSpec, text: string): Parsed {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: undefined }
  switch (spec.kind) {
    case 'integer':
    case 'number': return { ok: true, value: /^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(trimmed) ? Number(trimmed) : text }
    case 'nullableNumber': return { ok: true, value: trimmed === 'null' ? null : /^-?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : text }
    case 'boolean': return { ok: true, value: trimmed === 'true' ? true : trimmed === 'false' ? false : text }
    case 'list': return { ok: true, value: trimmed.split(',').map((s) => s.trim()).filter((s) => s !== '') }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(trimmed) as unknown }
      } catch (error) {
        return { ok: false, error: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` }
      }
    default: return { ok: true, value: text }
  }
}

/**
 * The document with the field set (a name renames every reference too). A mapping's source or
 * function edited here is still that mapping: the Timeline's updates follow it to its new UUID.
 */
export function writeField(doc: Scenario, target: InspectorTarget, spec: FieldSpec, value: unknown): Scenario {
  if (spec.isName === true && target.nodeId !== undefined && typeof value === 'string' && value !== '') return renameNode(doc, target.nodeId, value)
  const stored = spec.arrayOfOne === true && value !== undefined ? [value] : value
  return keepMappingUuids(doc, spec.access === undefined ? setPath(doc, fieldPath(target, spec), stored) : spec.access.set(doc, target.entryPath, stored))
}

export interface FieldCheck {
  /** The validator's messages about this field. */
  readonly own: readonly string[]
  /** Problems the edit would cause elsewhere, with their paths. */
  readonly elsewhere: readonly string[]
}

/**
 * What the validator says about `after`: every problem inside the field (even one the document
 * already had: the field is not valid until it is gone), and new ones anywhere else.
 */
export function checkField(before: Scenario, after: Scenario, errorPath: string): FieldCheck {
  const result = validated(after)
  if (result.ok) return { own: [], elsewhere: [] }
  const own = result.errors.filter((e) => isWithin(e.path, errorPath))
  const elsewhere = addedProblems(before, after).filter((e) => !isWithin(e.path, errorPath))
  return { own: own.map((e) => e.message), elsewhere: elsewhere.map((e) => `${e.path}: ${e.message}`) }
}

export type EditOutcome =
  | { readonly status: 'committed'; readonly doc: Scenario }
  | { readonly status: 'invalid'; readonly messages: readonly string[] }

/** Judges the text typed into a field: the new document when it is valid, else every reason it is not. */
export function editField(doc: Scenario, target: InspectorTarget, spec: FieldSpec, text: string): EditOutcome {
  const parsed = parseField(spec, text)
  if (!parsed.ok) return { status: 'invalid', messages: [parsed.error] }
  if (spec.required === true && parsed.value === undefined) return { status: 'invalid', messages: [`${spec.label} is required`] }
  const after = writeField(doc, target, spec, parsed.value)
  const errorPath = spec.access?.errorPath(after, target.entryPath) ?? fieldPath(target, spec)
  const check = checkField(doc, after, errorPath)
  const messages = [...check.own, ...check.elsewhere]
  return messages.length === 0 ? { status: 'committed', doc: after } : { status: 'invalid', messages }
}
