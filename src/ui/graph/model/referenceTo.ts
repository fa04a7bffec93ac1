/**
 * How the document should name a node when a connection writes a reference to it: the short form
 * the bundled scenarios use (`orders`, `checkout:live`), or the ARN when a bare name would match
 * resources of more than one kind (the validator refuses such a name as ambiguous).
 */
import { ACCOUNT_ID, DEFAULT_REGION } from '../../../engine/facts.ts'
import type { Scenario } from '../../../engine/scenario/types.ts'
import { namesOf, type NamedKind } from './kinds.ts'
import { parseNodeId } from './nodeIds.ts'

function arnOf(doc: Scenario, kind: NamedKind, name: string): string {
  const region = doc.Account?.Region ?? DEFAULT_REGION
  const prefix = (service: string): string => `arn:aws:${service}:${region}:${ACCOUNT_ID}`
  switch (kind) {
    case 'function': return `${prefix('lambda')}:function:${name}`
    case 'queue': return `${prefix('sqs')}:${name}`
    case 'topic': return `${prefix('sns')}:${name}`
    case 'bucket': return `arn:aws:s3:::${name}`
    case 'bus': return `${prefix('events')}:event-bus/${name}`
    case 'stream': return `${prefix('kinesis')}:stream/${name}`
    case 'table': return `${prefix('dynamodb')}:table/${name}`
    case 'rule': return `${prefix('events')}:rule/${name}`
    case 'api': return `arn:aws:apigateway:${region}::/apis/${name}`
    case 'loadBalancer': return `${prefix('elasticloadbalancing')}:loadbalancer/app/${name}`
    default: {
      const unknown: never = kind
      return unknown
    }
  }
}

/**
 * The reference to `nodeId` for a field that accepts any of `kinds`; undefined for a traffic node.
 * Functions, versions and aliases are written `name`, `name:version`, `name:alias`.
 */
export function referenceTo(doc: Scenario, nodeId: string, kinds: readonly NamedKind[]): string | undefined {
  const ref = parseNodeId(nodeId)
  if (ref === undefined || ref.kind === 'traffic') return undefined
  if (ref.kind === 'version') return `${ref.functionName}:${ref.version}`
  if (ref.kind === 'alias') return `${ref.functionName}:${ref.alias}`
  const others = kinds.filter((kind) => kind !== ref.kind && namesOf(doc, kind).includes(ref.name))
  return others.length === 0 ? ref.name : arnOf(doc, ref.kind, ref.name)
}
