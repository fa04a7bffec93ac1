/** Logical IDs for a scenario's resources, and the intrinsic references between them. */
import type { Scenario } from '../../engine/scenario/types.ts'

export type Intrinsic = { Ref: string } | { 'Fn::GetAtt': [string, string] }

const pascal = (name: string): string =>
  name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0]?.toUpperCase() + part.slice(1)).join('') || 'Resource'

const lastSegment = (reference: string): string => reference.split(/[:/]/).pop() ?? reference

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
    for (const r of scenario.Rules ?? []) this.add('rule', r.Name, 'Rule')
    for (const f of scenario.Functions) {
      for (const v of f.Versions ?? []) this.add('version', `${f.FunctionName}:${v.Version}`, `Version${v.Version}`, f.FunctionName)
      for (const a of f.Aliases ?? []) this.add('alias', `${f.FunctionName}:${a.Name}`, `${pascal(a.Name)}Alias`, f.FunctionName)
    }
  }

  /** `stem` names the ID when it is not the name itself (a version or alias is named after its function). */
  private add(kind: string, name: string, suffix: string, stem = name): void {
    const base = pascal(stem.replace(/\.fifo$/, '')) + suffix
    let id = base
    for (let n = 2; this.used.has(id); n++) id = `${base}${n}`
    this.used.add(id)
    this.ids.set(`${kind}:${name}`, id)
  }

  id(kind: string, name: string): string | undefined {
    return this.ids.get(`${kind}:${name}`)
  }

  /** A function reference (`name`, `name:alias`, `name:2`, an ARN) as an intrinsic: the alias or version resource when qualified. */
  functionRef(reference: string): Intrinsic | undefined {
    const afterFunction = reference.includes(':function:') ? (reference.split(':function:')[1] ?? reference) : reference
    const [name = '', qualifier] = afterFunction.split(':')
    if (qualifier !== undefined && qualifier !== '$LATEST') {
      const qualified = this.id('alias', `${name}:${qualifier}`) ?? this.id('version', `${name}:${qualifier}`)
      return qualified === undefined ? undefined : { Ref: qualified }
    }
    const fn = this.id('function', name)
    return fn === undefined ? undefined : { 'Fn::GetAtt': [fn, 'Arn'] }
  }

  /** A queue, topic, bucket, stream or table (by name or ARN) as its ARN intrinsic. */
  resourceArn(reference: string): Intrinsic | undefined {
    const name = lastSegment(reference)
    const queue = this.id('queue', name)
    if (queue) return { 'Fn::GetAtt': [queue, 'Arn'] }
    const topic = this.id('topic', name)
    if (topic) return { Ref: topic }
    const stream = this.id('stream', name)
    if (stream) return { 'Fn::GetAtt': [stream, 'Arn'] }
    const table = this.id('table', name)
    if (table) return { 'Fn::GetAtt': [table, 'StreamArn'] }
    const bucket = this.id('bucket', name)
    if (bucket) return { 'Fn::GetAtt': [bucket, 'Arn'] }
    return this.functionRef(reference)
  }
}
