/** A published version's and an alias's settings, with the provisioned concurrency configured on them. */
import type { Scenario } from '../../../engine/scenario/types.ts'
import { field, getPath, item, parsePath, setPath } from '../../graph/model/documentPath.ts'
import { appendAt } from '../../graph/model/documentEdits.ts'
import { fact } from './facts.ts'
import { CONFIG_FIELDS } from './functionFields.ts'
import { nameField, type FieldAccess, type FieldSpec } from './fieldTypes.ts'

/** `Functions[2].Aliases[0]` → `Functions[2]` and the qualifier (the version number or alias name). */
function qualifierOf(doc: Scenario, entryPath: string): { functionPath: string; qualifier: string } | undefined {
  const segments = parsePath(entryPath)
  const [list, index, kind] = segments ?? []
  if (list !== 'Functions' || typeof index !== 'number') return undefined
  const entry = getPath(doc, entryPath) as { Version?: unknown; Name?: unknown } | undefined
  const qualifier = kind === 'Versions' ? entry?.Version : entry?.Name
  return typeof qualifier === 'string' ? { functionPath: item('Functions', index), qualifier } : undefined
}

function configIndex(doc: Scenario, functionPath: string, qualifier: string): number {
  const configs = getPath(doc, field(functionPath, 'ProvisionedConcurrencyConfigs'))
  return Array.isArray(configs) ? configs.findIndex((c: { Qualifier?: unknown }) => c.Qualifier === qualifier) : -1
}

/** Provisioned concurrency lives in the function's `ProvisionedConcurrencyConfigs`, keyed by `Qualifier`. */
const PROVISIONED_ACCESS: FieldAccess = {
  get(doc, entryPath) {
    const at = qualifierOf(doc, entryPath)
    if (at === undefined) return undefined
    const i = configIndex(doc, at.functionPath, at.qualifier)
    return i < 0 ? undefined : getPath(doc, `${field(at.functionPath, 'ProvisionedConcurrencyConfigs')}[${i}].ProvisionedConcurrentExecutions`)
  },
  set(doc, entryPath, value) {
    const at = qualifierOf(doc, entryPath)
    if (at === undefined) return doc
    const listPath = field(at.functionPath, 'ProvisionedConcurrencyConfigs')
    const i = configIndex(doc, at.functionPath, at.qualifier)
    if (value === undefined) return i < 0 ? doc : setPath(doc, item(listPath, i), undefined)
    if (i < 0) return appendAt(doc, listPath, { Qualifier: at.qualifier, ProvisionedConcurrentExecutions: value })
    return setPath(doc, field(item(listPath, i), 'ProvisionedConcurrentExecutions'), value)
  },
  errorPath(doc, entryPath) {
    const at = qualifierOf(doc, entryPath)
    if (at === undefined) return undefined
    const i = configIndex(doc, at.functionPath, at.qualifier)
    return i < 0 ? undefined : item(field(at.functionPath, 'ProvisionedConcurrencyConfigs'), i)
  },
}

const PROVISIONED: FieldSpec = {
  path: 'ProvisionedConcurrentExecutions', label: 'ProvisionedConcurrentExecutions', kind: 'integer', access: PROVISIONED_ACCESS,
  fact: fact('D-pc'), range: '1 to the reserved concurrency (or the unreserved pool − 100)', defaultText: 'none',
  help: 'Environments initialised ahead of requests; never on $LATEST, nor on an alias that routes to two versions.',
}

export const VERSION_FIELDS: readonly FieldSpec[] = [
  { path: 'Version', label: 'Version', kind: 'text', readOnly: true, fact: fact('D-versions'),
    help: 'A published version is an immutable snapshot of $LATEST, numbered 1, 2, 3, ... and never reused.' },
  PROVISIONED,
  ...CONFIG_FIELDS,
]

export const ALIAS_FIELDS: readonly FieldSpec[] = [
  nameField('Name', fact('D-versions'), '1–128 letters, digits, hyphens or underscores, not only digits', 'Callers invoke function:alias'),
  { path: 'FunctionVersion', label: 'FunctionVersion', kind: 'text', required: true, fact: fact('D-versions'), help: 'The version the alias points to: $LATEST or a published version.' },
  { path: 'Description', label: 'Description', kind: 'text', fact: fact('D-quotas'), help: 'Free text shown in the console.' },
  { path: 'RoutingConfig.AdditionalVersionWeights', label: 'AdditionalVersionWeights', kind: 'json', fact: fact('D-alias-routing'), range: 'one version, weight 0.0–1.0',
    defaultText: 'none', help: 'A second published version and the share of traffic it receives, e.g. {"2": 0.1}; the primary gets the rest.' },
  PROVISIONED,
]
