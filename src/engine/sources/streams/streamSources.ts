/**
 * How a scenario names a stream a mapping reads: a Kinesis stream ARN
 * (`arn:aws:kinesis:<region>:<account>:stream/<StreamName>`), a DynamoDB stream ARN
 * (`arn:aws:dynamodb:<region>:<account>:table/<TableName>/stream/<label>`), or the stream's or the
 * table's name. Shared by the validator and the engine, so both read a source the same way.
 */

export interface StreamSource {
  readonly kind: 'Stream' | 'Table'
  readonly name: string
  /** Only when written as an ARN. */
  readonly region: string | undefined
  readonly account: string | undefined
}

const KINESIS_ARN = /^arn:aws:kinesis:([^:]+):([^:]+):stream\/([^/]+)$/
const TABLE_STREAM_ARN = /^arn:aws:dynamodb:([^:]+):([^:]+):table\/([^/]+)\/stream\/[^/]+$/
/** A table's own ARN: a mapping needs its stream's ARN instead. */
const TABLE_ARN = /^arn:aws:dynamodb:[^:]+:[^:]+:table\/[^/]+$/

export const STREAM_ARN_FORMS = 'arn:aws:kinesis:<region>:<account>:stream/<StreamName> or arn:aws:dynamodb:<region>:<account>:table/<TableName>/stream/<label>'

/** The stream an ARN names, or undefined when it is no Kinesis or DynamoDB stream ARN. */
export function parseStreamArn(text: string): StreamSource | undefined {
  const kinesis = KINESIS_ARN.exec(text)
  if (kinesis) return { kind: 'Stream', name: kinesis[3] as string, region: kinesis[1], account: kinesis[2] }
  const table = TABLE_STREAM_ARN.exec(text)
  if (table) return { kind: 'Table', name: table[3] as string, region: table[1], account: table[2] }
  return undefined
}

/** Whether an ARN names a stream source's service (Kinesis or DynamoDB), valid or not. */
export const isStreamServiceArn = (text: string): boolean => text.startsWith('arn:aws:kinesis:') || text.startsWith('arn:aws:dynamodb:')

export const isTableArn = (text: string): boolean => TABLE_ARN.test(text)
