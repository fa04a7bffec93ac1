/**
 * What a stream mapping names: its source (a Kinesis stream or a table's stream, by name or ARN)
 * and its on-failure destination (a standard queue, a standard topic or a bucket [D-kin-fail]).
 */
import { ACCOUNT_ID } from '../facts.ts'
import { isStreamServiceArn, isTableArn, parseStreamArn, STREAM_ARN_FORMS } from '../sources/streams/streamSources.ts'
import type { ScenarioContext } from './context.ts'
import { describeValue } from './describe.ts'
import { isArn } from './references.ts'
import { parseResourceTarget } from './resourceTargets.ts'

export type StreamSourceKind = 'Stream' | 'Table'

function inThisAccount(ctx: ScenarioContext, text: string, region: string | undefined, account: string | undefined, at: string): boolean {
  if (ctx.region !== undefined && region !== ctx.region) {
    ctx.c.report(at, 'reference', `${describeValue(text)} is in Region ${region ?? '(none)'}, but the scenario's account runs in ${ctx.region}`)
    return false
  }
  if (account !== ACCOUNT_ID) {
    ctx.c.report(at, 'reference', `${describeValue(text)} belongs to account ${account ?? '(none)'}; the simulated account is ${ACCOUNT_ID}`)
    return false
  }
  return true
}

/** A table read by a mapping must have its stream enabled. */
function checkTable(ctx: ScenarioContext, name: string, at: string, tableStreams: ReadonlySet<string>): StreamSourceKind | undefined {
  if (tableStreams.has(name)) return 'Table'
  ctx.c.report(at, 'table-stream', `Table ${name} has no enabled stream for the mapping to read: give it "StreamSpecification": { "StreamEnabled": true, "StreamViewType": ... }`)
  return undefined
}

/** The kind of stream the source is, or undefined when it is none the scenario has (reported). */
export function checkStreamSource(ctx: ScenarioContext, value: unknown, at: string, tableStreams: ReadonlySet<string>): StreamSourceKind | undefined {
  const { c } = ctx
  const text = c.string(value, at)
  if (text === undefined) return undefined
  const streams = ctx.resources.get('Stream') ?? new Set<string>()
  const tables = ctx.resources.get('Table') ?? new Set<string>()
  if (isArn(text)) {
    const arn = parseStreamArn(text)
    if (arn === undefined) {
      const hint = isTableArn(text) ? 'a mapping reads the table\'s stream: add /stream/<label> to the table ARN, or write the table\'s name' : `use ${STREAM_ARN_FORMS}, an SQS queue ARN, or just the name`
      c.report(at, 'arn', `${describeValue(text)} is not ${isStreamServiceArn(text) ? 'a stream' : 'an event source'} ARN; ${hint}`)
      return undefined
    }
    if (!inThisAccount(ctx, text, arn.region, arn.account, at)) return undefined
    if (arn.kind === 'Table') return tables.has(arn.name) ? checkTable(ctx, arn.name, at, tableStreams) : missing(ctx, at, 'table', arn.name)
    return streams.has(arn.name) ? 'Stream' : missing(ctx, at, 'stream', arn.name)
  }
  if (streams.has(text) && tables.has(text)) {
    c.report(at, 'ambiguous', `${describeValue(text)} names a stream and a table; write the ARN of the stream you mean`)
    return undefined
  }
  if (streams.has(text)) return 'Stream'
  if (tables.has(text)) return checkTable(ctx, text, at, tableStreams)
  return missing(ctx, at, 'queue, stream or table', text)
}

function missing(ctx: ScenarioContext, at: string, what: string, name: string): undefined {
  ctx.c.report(at, 'reference', `The scenario defines no ${what} named ${describeValue(name)}`)
  return undefined
}

type DestinationKind = 'Queue' | 'Topic' | 'Bucket'

/** A queue, topic or bucket by name or ARN, standard (FIFO queues and topics cannot be destinations [D-async-rec]). */
export function checkStreamDestination(ctx: ScenarioContext, text: string, at: string): void {
  const { c } = ctx
  let kind: DestinationKind | undefined
  let name = text
  if (isArn(text)) {
    const target = parseResourceTarget(text)
    if (target === undefined || (target.kind !== 'Queue' && target.kind !== 'Topic' && target.kind !== 'Bucket')) {
      c.report(at, 'destination-type', `${describeValue(text)} is not a queue, topic or bucket ARN; a stream mapping sends failure records to an SQS queue, an SNS topic or an S3 bucket`)
      return
    }
    if (target.kind !== 'Bucket' && !inThisAccount(ctx, text, target.region, target.account, at)) return
    kind = target.kind
    name = target.name
  }
  const [found, ...others] = (['Queue', 'Topic', 'Bucket'] as const).filter((k) => (kind === undefined || kind === k) && exists(ctx, k, name))
  if (found === undefined) {
    c.report(at, 'reference', `The scenario defines no ${kind?.toLowerCase() ?? 'queue, topic or bucket'} named ${describeValue(name)}`)
  } else if (others.length > 0) {
    c.report(at, 'ambiguous', `${describeValue(name)} names a ${[found, ...others].map((k) => k.toLowerCase()).join(' and a ')}; write the ARN of the one you mean`)
  } else if (found !== 'Bucket' && (found === 'Queue' ? ctx.queues : ctx.topics).get(name)?.fifo === true) {
    c.report(at, 'fifo', `${name} is a FIFO ${found.toLowerCase()}; Lambda sends failure records only to standard queues and topics`)
  }
}

function exists(ctx: ScenarioContext, kind: DestinationKind, name: string): boolean {
  if (kind === 'Queue') return ctx.queues.has(name)
  if (kind === 'Topic') return ctx.topics.has(name)
  return ctx.resources.get('Bucket')?.has(name) ?? false
}
