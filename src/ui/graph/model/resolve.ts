/**
 * Which node a reference in the document points to. The document names resources as the AWS APIs
 * do: a bare name, an ARN, a function with a qualifier (`checkout:live`), and a traffic target may
 * name a resource by kind (`Queue:orders`). Unknown or malformed references resolve to nothing:
 * the validator reports them, and the graph draws no edge for them.
 */
import { parseFunctionTarget } from '../../../engine/scenario/references.ts'
import { looksLikeResourceTarget, parseResourceTarget } from '../../../engine/scenario/resourceTargets.ts'
import type { FunctionConfig, Scenario } from '../../../engine/scenario/types.ts'
import { NAMED_KINDS, NAMED_KIND_LIST, entriesOf, hasName, nameOf, type NamedKind } from './kinds.ts'
import { aliasNodeId, functionNodeId, namedNodeId, versionNodeId } from './nodeIds.ts'
import { perDocument } from './perDocument.ts'

const LATEST = '$LATEST'

const functionsByName = perDocument((doc) => {
  const byName = new Map<string, FunctionConfig>()
  for (const fn of doc.Functions) if (!byName.has(fn.FunctionName)) byName.set(fn.FunctionName, fn)
  return byName
})

/** The function named `name` (the first, if a duplicate name is being typed); indexed once per document. */
export function findFunction(doc: Scenario, name: string): FunctionConfig | undefined {
  return functionsByName(doc).get(name)
}

/** `name`, `name:qualifier` or a function ARN → the function, version or alias node. */
export function resolveFunction(doc: Scenario, text: string): string | undefined {
  const target = parseFunctionTarget(text)
  if (target === undefined) return undefined
  const fn = findFunction(doc, target.name)
  if (fn === undefined) return undefined
  const { qualifier } = target
  if (qualifier === undefined || qualifier === LATEST) return functionNodeId(target.name)
  if (fn.Versions?.some((v) => v.Version === qualifier) === true) return versionNodeId(target.name, qualifier)
  if (fn.Aliases?.some((a) => a.Name === qualifier) === true) return aliasNodeId(target.name, qualifier)
  // A version the Timeline publishes later: the function is the nearest thing drawn.
  return functionNodeId(target.name)
}

/** The node kind of a resource the engine's `parseResourceTarget` recognises (`Queue:jobs`, an SQS ARN, ...). */
function resourceTargetNode(doc: Scenario, text: string, kinds: readonly NamedKind[]): string | undefined {
  const target = parseResourceTarget(text)
  const kind = target === undefined ? undefined : NAMED_KIND_LIST.find((k) => NAMED_KINDS[k].trafficPrefix === target.kind)
  if (target === undefined || kind === undefined || !kinds.includes(kind) || !hasName(doc, kind, target.name)) return undefined
  return namedNodeId(kind, target.name)
}

/**
 * A reference to one of `kinds` (a destination may be a queue, topic, function, bucket or bus):
 * an ARN names its kind; a bare name must match exactly one of the kinds, as the validator requires.
 */
export function resolveResource(doc: Scenario, text: string, kinds: readonly NamedKind[]): string | undefined {
  if (text.startsWith('arn:aws:lambda:')) return kinds.includes('function') ? resolveFunction(doc, text) : undefined
  if (text.startsWith('arn:')) return resourceTargetNode(doc, text, kinds)
  const matches = kinds.filter((kind) => (kind === 'function' ? resolveFunction(doc, text) !== undefined : hasName(doc, kind, text)))
  const [only] = matches
  if (only === undefined || matches.length > 1) return undefined
  return only === 'function' ? resolveFunction(doc, text) : namedNodeId(only, text)
}

/** `Traffic[].Target`: a function reference, or a resource that invokes functions (`Queue:orders` or its ARN). */
export function resolveTrafficTarget(doc: Scenario, text: string): string | undefined {
  if (looksLikeResourceTarget(text)) return resourceTargetNode(doc, text, NAMED_KIND_LIST)
  return resolveFunction(doc, text)
}

/** The entry of a named resource, when the document has it. */
export function findEntry(doc: Scenario, kind: NamedKind, name: string): Readonly<Record<string, unknown>> | undefined {
  return entriesOf(doc, kind).find((entry) => nameOf(entry, kind) === name)
}
