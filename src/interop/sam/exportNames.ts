/** Logical IDs for a scenario's resources, and the intrinsic references between them. */
import type { Scenario } from '../../engine/scenario/types.ts'

export type Intrinsic = { Ref: string } | { 'Fn::GetAtt': [string, string] } | { 'Fn::Sub': string }

const pascal = (name: string): string =>
  name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0]?.toUpperCase() + part.slice(1)).join('') || 'Resource'

const lastSegment = (reference: string): string => reference.split(/[:/]/).pop() ?? reference

/** A function reference's name and qualifier: `name`, `name:qualifier` or a function ARN. */
function functionParts(reference: string): [name: string, qualifier: string | undefined] {
  const afterFunction = reference.includes(':function:') ? (reference.split(':function:')[1] ?? reference) : reference
  const [name = '', qualifier] = afterFunction.split(':')
  return [name, qualifier]
}

const RESOURCE_KINDS = ['queue', 'topic', 'stream', 'table', 'bucket', 'bus'] as const
export type ResourceKind = typeof RESOURCE_KINDS[number]

/** A template resource's ARN: Ref gives a topic's; a table is referred to by the ARN of its stream. */
export function arnOfResource({ kind, id }: { kind: ResourceKind; id: string }): Intrinsic {
  return kind === 'topic' ? { Ref: id } : { 'Fn::GetAtt': [id, kind === 'table' ? 'StreamArn' : 'Arn'] }
}

/** One logical ID per resource, unique across the template, readable (`orders-queue` → `OrdersQueueQueue`). */
export class LogicalIds {
  private readonly used = new Set<string>()
  private readonly ids = new Map<string, string>()

  constructor(scenario: Scenario) {
    for (const f of scenario.Functions) this.add('function', f.FunctionName, 'Function')
    for (const q of scenario.Queues ?? []) this.add('queue', q.QueueName, 'Queue')
    for (const t of scenario.Topics ?? []) this.add('topic', t.TopicName, 'Topic')
    for (const b of scenario.Buckets ?? []) this.add('bucket', b.BucketName, 'Bucket')
    for (const t of scenario.Tables ?? []) this.add('table', t.TableName, 'Table')
    for (const s of scenario.Streams ?? []) this.add('stream', s.StreamName, 'Stream')
    for (const a of scenario.Apis ?? []) this.add('api', a.Name, 'Api')
    for (const b of scenario.EventBuses ?? []) this.add('bus', b.Name, 'EventBus')
    for (const r of scenario.Rules ?? []) this.add('rule', r.Name, 'Rule')
    for (const f of scenario.Functions) {
      for (const v of f.Versions ?? []) this.add('version', `${f.FunctionName}:${v.Version}`, `Version${v.Version}`, f.FunctionName)
      for (const a of f.Aliases ?? []) this.add('alias', `${f.FunctionName}:${a.Name}`, `${pascal(a.Name)}Alias`, f.FunctionName)
    }
  }

  /** `stem` names the ID when it is not the name itself (a version or alias is named after its function). */
  private add(kind: string, name: string, suffix: string, stem = name): void {
    this.ids.set(`${kind}:${name}`, this.fresh(pascal(stem.replace(/\.fifo$/, '')) + suffix))
  }

  /** A logical ID not used yet, `base` or `base2`, `base3`...: for resources the scenario gives no name of their own. */
  fresh(base: string): string {
    let id = base
    for (let n = 2; this.used.has(id); n++) id = `${base}${n}`
    this.used.add(id)
    return id
  }

  id(kind: string, name: string): string | undefined {
    return this.ids.get(`${kind}:${name}`)
  }

  /**
   * A function reference (`name`, `name:alias`, `name:2`, an ARN) as an intrinsic: the alias or version resource when
   * qualified. A qualifier the template does not create (an alias the Timeline adds later) is appended to the function's
   * ARN, so the reference stays a well-formed ARN rather than a bare `name:alias`.
   */
  functionRef(reference: string): Intrinsic | undefined {
    const [name, qualifier] = functionParts(reference)
    const fn = this.id('function', name)
    if (qualifier !== undefined && qualifier !== '$LATEST') {
      const qualified = this.id('alias', `${name}:${qualifier}`) ?? this.id('version', `${name}:${qualifier}`)
      if (qualified !== undefined) return { Ref: qualified }
      return fn === undefined ? undefined : { 'Fn::Sub': `\${${fn}.Arn}:${qualifier}` }
    }
    return fn === undefined ? undefined : { 'Fn::GetAtt': [fn, 'Arn'] }
  }

  /** The logical ID of the function a reference (`name`, `name:alias`, an ARN) names, whatever its qualifier. */
  functionId(reference: string): string | undefined {
    return this.id('function', functionParts(reference)[0])
  }

  /** The queue, topic, stream, table, bucket or event bus of the template a reference (name or ARN) names. */
  resource(reference: string): { kind: ResourceKind; id: string } | undefined {
    const name = lastSegment(reference)
    for (const kind of RESOURCE_KINDS) {
      const id = this.id(kind, name)
      if (id !== undefined) return { kind, id }
    }
    return undefined
  }

  /** A queue, topic, bucket, stream, table (its stream) or event bus, or else a function, as its ARN intrinsic. */
  resourceArn(reference: string): Intrinsic | undefined {
    const found = this.resource(reference)
    return found ? arnOfResource(found) : this.functionRef(reference)
  }
}
