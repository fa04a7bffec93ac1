/**
 * The ways a scenario names a function, queue or topic, as the AWS APIs accept them:
 * `arn:aws:sqs:<region>:<account>:<queue>`, `arn:aws:sns:<region>:<account>:<topic>`,
 * `arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]`, the partial
 * `<account>:function:<name>[:<qualifier>]`, `name:qualifier` and a bare name ([API], lambda-facts §2.1, §7.1).
 */

export interface ParsedArn {
  readonly service: 'sqs' | 'sns' | 'lambda'
  readonly region: string
  readonly account: string
  readonly name: string
  /** A function ARN's version or alias. */
  readonly qualifier: string | undefined
}

/** A function and optional qualifier; region and account only when written as a full ARN. */
export interface FunctionTarget {
  readonly name: string
  readonly qualifier: string | undefined
  readonly region: string | undefined
  readonly account: string | undefined
}

export const isArn = (text: string): boolean => text.startsWith('arn:')

/** The ARN's parts, or undefined when it is not an SQS queue, SNS topic or Lambda function ARN. */
export function parseArn(text: string): ParsedArn | undefined {
  const parts = text.split(':')
  const [arn, partition, service, region, account, ...resource] = parts
  if (arn !== 'arn' || partition !== 'aws' || region === undefined || account === undefined || region === '' || account === '') return undefined
  const [first, second, third, ...rest] = resource
  if ((service === 'sqs' || service === 'sns') && resource.length === 1 && first !== undefined && first !== '') {
    return { service, region, account, name: first, qualifier: undefined }
  }
  if (service === 'lambda' && first === 'function' && second !== undefined && second !== '' && rest.length === 0 && third !== '') {
    return { service, region, account, name: second, qualifier: third }
  }
  return undefined
}

/** How traffic names what it invokes: name, `name:qualifier`, a partial ARN or a full ARN. */
export function parseFunctionTarget(text: string): FunctionTarget | undefined {
  if (isArn(text)) {
    const arn = parseArn(text)
    if (arn?.service !== 'lambda') return undefined
    return { name: arn.name, qualifier: arn.qualifier, region: arn.region, account: arn.account }
  }
  const parts = text.split(':')
  if (parts.some((p) => p === '')) return undefined
  const [first, second, third, fourth] = parts
  if (first === undefined) return undefined
  if (parts.length <= 2) return { name: first, qualifier: second, region: undefined, account: undefined }
  if (second === 'function' && third !== undefined && parts.length <= 4) {
    return { name: third, qualifier: fourth, region: undefined, account: first }
  }
  return undefined
}

/** A layer version: `name:version`, as scenarios write it, or its ARN `arn:aws:lambda:<region>:<account>:layer:<name>:<version>`. */
export interface LayerReference {
  readonly name: string
  readonly version: number
}

const LAYER_SHORT = /^([a-zA-Z0-9-_]{1,140}):([1-9][0-9]*)$/
const LAYER_ARN = /^arn:aws:lambda:[a-z0-9-]+:[0-9]{12}:layer:([a-zA-Z0-9-_]{1,140}):([1-9][0-9]*)$/

/** The layer version a function's `Layers` entry names, or undefined when it is neither form. */
export function parseLayerReference(text: string): LayerReference | undefined {
  const match = LAYER_SHORT.exec(text) ?? LAYER_ARN.exec(text)
  if (!match?.[1] || !match[2]) return undefined
  return { name: match[1], version: Number(match[2]) }
}

/** The key a layer version is known by: `name:version`. */
export const layerKey = (name: string, version: number): string => `${name}:${version}`
