/**
 * Resolves the intrinsic functions a template uses to refer to its own resources (`Ref`,
 * `Fn::GetAtt`, `Fn::Sub`, `Fn::Join`) into the names a scenario uses. A scenario refers to
 * resources by name, and ARNs and names are interchangeable in it, so `!GetAtt Queue.Arn` and
 * `!Ref Queue` (a queue URL in CloudFormation) both become the queue's name.
 */
import { ACCOUNT_ID } from '../../engine/facts.ts'

/** What the importer knows of one resource of the template: what `Ref` and `GetAtt` give. */
export interface ResourceName {
  readonly type: string
  /** What `Ref` returns, as a scenario names it. */
  readonly ref: string
  /** `GetAtt` attributes besides Arn, which is `ref`. */
  readonly attributes?: Readonly<Record<string, string>>
}

export interface IntrinsicContext {
  readonly names: ReadonlyMap<string, ResourceName>
  readonly parameters: ReadonlyMap<string, unknown>
  readonly region: string
  readonly stackName: string
}

/** A value the importer could not turn into plain data, and why. */
export class Unresolved extends Error {}

function pseudo(ctx: IntrinsicContext, name: string): string | undefined {
  switch (name) {
    case 'AWS::Region': return ctx.region
    case 'AWS::AccountId': return ACCOUNT_ID
    case 'AWS::StackName': return ctx.stackName
    case 'AWS::Partition': return 'aws'
    case 'AWS::URLSuffix': return 'amazonaws.com'
    default: return undefined
  }
}

function ref(ctx: IntrinsicContext, id: string): unknown {
  const resource = ctx.names.get(id)
  if (resource) return resource.ref
  if (ctx.parameters.has(id)) {
    const value = ctx.parameters.get(id)
    if (value === undefined) throw new Unresolved(`parameter ${id} has no Default`)
    return value
  }
  const known = pseudo(ctx, id)
  if (known !== undefined) return known
  throw new Unresolved(`Ref ${id} names nothing in the template`)
}

function getAtt(ctx: IntrinsicContext, id: string, attribute: string): string {
  const resource = ctx.names.get(id)
  if (!resource) throw new Unresolved(`GetAtt ${id}.${attribute} names no resource of the template`)
  if (attribute === 'Arn') return resource.ref
  const value = resource.attributes?.[attribute]
  if (value === undefined) throw new Unresolved(`GetAtt ${id}.${attribute}: the importer knows only Arn${Object.keys(resource.attributes ?? {}).map((a) => `, ${a}`).join('')} of a ${resource.type}`)
  return value
}

function sub(ctx: IntrinsicContext, argument: unknown): string {
  const [text, variables] = Array.isArray(argument) ? argument as [unknown, Record<string, unknown> | undefined] : [argument, undefined]
  if (typeof text !== 'string') throw new Unresolved('Fn::Sub needs a string')
  return text.replace(/\$\{([^}!]+)\}/g, (_, name: string) => {
    if (variables && name in variables) return String(resolve(ctx, variables[name]))
    const dot = name.indexOf('.')
    return String(dot > 0 && !name.startsWith('AWS::') ? getAtt(ctx, name.slice(0, dot), name.slice(dot + 1)) : ref(ctx, name))
  })
}

/** The value with every intrinsic function in it evaluated; throws `Unresolved` for one it cannot evaluate. */
export function resolve(ctx: IntrinsicContext, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => resolve(ctx, v))
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value)
  const [only] = entries
  if (entries.length === 1 && only !== undefined) {
    const [key, argument] = only
    if (key === 'Ref' && typeof argument === 'string') return ref(ctx, argument)
    if (key === 'Fn::GetAtt') {
      const [id, attribute] = (typeof argument === 'string' ? argument.split('.') : argument) as [unknown, unknown]
      if (typeof id === 'string' && typeof attribute === 'string') return getAtt(ctx, id, attribute)
    }
    if (key === 'Fn::Sub') return sub(ctx, argument)
    if (key === 'Fn::Join' && Array.isArray(argument)) {
      const [separator, list] = argument as [unknown, unknown]
      const items = resolve(ctx, list)
      if (typeof separator === 'string' && Array.isArray(items)) return items.join(separator)
    }
    if (key.startsWith('Fn::') || key === 'Condition') throw new Unresolved(`${key} is not evaluated by the importer`)
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, resolve(ctx, v)]))
}
