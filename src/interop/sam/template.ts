/**
 * Reads a CloudFormation or SAM template, YAML or JSON, into plain data. CloudFormation's short
 * intrinsic tags (`!Ref X`, `!GetAtt X.Arn`, `!Sub ...`) become their long forms (`{ Ref: X }`,
 * `{ "Fn::GetAtt": [X, "Arn"] }`), so the importer sees one shape whichever way the template was written.
 */
import { parse, type ScalarTag, type CollectionTag } from 'yaml'

export interface Template {
  readonly AWSTemplateFormatVersion?: string
  readonly Description?: unknown
  readonly Transform?: unknown
  readonly Parameters?: Record<string, { Default?: unknown }>
  readonly Globals?: { Function?: Record<string, unknown> }
  readonly Resources: Record<string, TemplateResource>
}

export interface TemplateResource {
  readonly Type: string
  readonly Properties?: Record<string, unknown>
}

export type TemplateRead = { ok: true; template: Template } | { ok: false; message: string }

/** Short tags whose value is the function's argument as written (scalar or list). */
const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'And', 'Equals', 'If', 'Not', 'Or', 'Transform']

function longForm(name: string, value: unknown): Record<string, unknown> {
  return { [`Fn::${name}`]: value }
}

function tags(): (ScalarTag | CollectionTag)[] {
  const result: (ScalarTag | CollectionTag)[] = [
    { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
    { tag: '!Condition', resolve: (value: string) => ({ Condition: value }) },
    // `!GetAtt Resource.Attribute` splits at the first dot; the list form is kept as written.
    { tag: '!GetAtt', resolve: (value: string) => longForm('GetAtt', [value.slice(0, value.indexOf('.')), value.slice(value.indexOf('.') + 1)]) },
    { tag: '!GetAtt', collection: 'seq', resolve: (seq) => longForm('GetAtt', seq.toJSON()) },
  ]
  for (const name of FUNCTIONS) {
    result.push({ tag: `!${name}`, resolve: (value: string) => longForm(name, value) })
    result.push({ tag: `!${name}`, collection: 'seq', resolve: (seq) => longForm(name, seq.toJSON()) })
    result.push({ tag: `!${name}`, collection: 'map', resolve: (map) => longForm(name, map.toJSON()) })
  }
  return result
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** JSON is YAML, so one parser reads both; errors name the line. */
export function readTemplate(text: string): TemplateRead {
  let data: unknown
  try {
    data = parse(text, { customTags: tags(), uniqueKeys: true, prettyErrors: true })
  } catch (error) {
    return { ok: false, message: `The template is not valid YAML or JSON: ${error instanceof Error ? error.message : String(error)}` }
  }
  if (!isRecord(data)) return { ok: false, message: 'A template is a YAML or JSON object with a Resources section' }
  if (!isRecord(data.Resources)) return { ok: false, message: 'The template has no Resources section (a map of logical IDs to resources)' }
  for (const [id, resource] of Object.entries(data.Resources)) {
    if (!isRecord(resource) || typeof resource.Type !== 'string') return { ok: false, message: `Resources.${id} has no Type` }
    if (resource.Properties !== undefined && !isRecord(resource.Properties)) return { ok: false, message: `Resources.${id}.Properties is not a map` }
  }
  return { ok: true, template: data as unknown as Template }
}
