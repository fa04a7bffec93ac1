/**
 * What each arrival of a Traffic entry sends: a function target takes `Payload` (and an
 * `InvocationType`); a resource target takes a `Request` whose fields depend on its kind, and any
 * field that does not apply to that kind is refused by name, so a typo'd scenario never silently
 * sends something else.
 */
import { HTTP_METHODS } from '../sources/http/routes.ts'
import { entry, field, item, type Fields, type Raw } from './check.ts'
import type { ScenarioContext } from './context.ts'
import type { FeedKind } from './resourceTargets.ts'
import type { TrafficConfig, TrafficRequest } from './types.ts'
import type { TrafficTargetKind } from './validateTrafficTarget.ts'

type RequestField = keyof TrafficRequest

const REQUEST_FIELDS: Fields<TrafficRequest> = {
  Method: 'optional', Path: 'optional', Headers: 'optional', Body: 'optional', EventName: 'optional', Key: 'optional', Size: 'optional',
  KeyCount: 'optional', Subject: 'optional', MessageAttributes: 'optional', Source: 'optional', DetailType: 'optional',
}

/** The kinds each Request field applies to (sourceTypes.ts). */
const APPLIES_TO: Readonly<Record<RequestField, readonly FeedKind[]>> = {
  Method: ['Api', 'LoadBalancer'], Path: ['Api', 'LoadBalancer'], Headers: ['Api', 'LoadBalancer'], Body: ['Api', 'LoadBalancer'],
  EventName: ['Bucket', 'Table'], Key: ['Bucket', 'Table'], Size: ['Bucket'], KeyCount: ['Queue', 'Stream', 'Table'],
  Subject: ['Topic'], MessageAttributes: ['Topic', 'Queue'], Source: ['EventBus'], DetailType: ['EventBus'],
}

/** The S3 events an object write or delete announces. [G-s3] §11 */
const S3_EVENT_NAMES = [
  's3:ObjectCreated:Put', 's3:ObjectCreated:Post', 's3:ObjectCreated:Copy', 's3:ObjectCreated:CompleteMultipartUpload',
  's3:ObjectRemoved:Delete', 's3:ObjectRemoved:DeleteMarkerCreated',
] as const
/** A DynamoDB Streams record's `eventName`. [G-ddb] §11 */
const TABLE_EVENT_NAMES = ['INSERT', 'MODIFY', 'REMOVE'] as const
/** An SNS subject: at most 100 characters. [API_Publish] */
const SUBJECT_MAX_LENGTH = 100
/** An S3 object key: at most 1,024 bytes. */
const OBJECT_KEY_MAX_LENGTH = 1024
/** A header name: an RFC 9110 token. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
const PATH = /^\/[^\s#]*$/

const aOrAn = (kind: FeedKind): string => (/^[AEIOU]/.test(kind) ? `an ${kind}` : `a ${kind}`)

export function checkRequestFits(ctx: ScenarioContext, source: Raw<TrafficConfig>, at: string, kind: TrafficTargetKind): void {
  const { c } = ctx
  const requestAt = field(at, 'Request')
  if (kind === 'function') {
    if (source.Request !== undefined) {
      c.report(requestAt, 'request-field', 'Request describes what a resource target receives (an HTTP request, a message, an object); a function target is sent Payload')
    }
    return
  }
  if (source.InvocationType !== undefined) {
    c.report(field(at, 'InvocationType'), 'request-field', `InvocationType applies to function targets; ${aOrAn(kind)} invokes its functions the way that service does`)
  }
  const request = c.object(source.Request, requestAt, REQUEST_FIELDS)
  if (request === undefined) return
  if ((kind === 'Api' || kind === 'LoadBalancer') && request.Body !== undefined && source.Payload !== undefined) {
    c.report(field(requestAt, 'Body'), 'request-field', 'The request body is given twice: Payload and Request.Body are the same thing for an HTTP target; keep one')
  }
  for (const name of Object.keys(REQUEST_FIELDS) as RequestField[]) {
    if (request[name] === undefined) continue
    const fieldAt = field(requestAt, name)
    if (!APPLIES_TO[name].includes(kind)) {
      c.report(fieldAt, 'request-field', `${name} does not apply to ${aOrAn(kind)} target; it is for ${APPLIES_TO[name].join(' and ')} targets`)
      continue
    }
    checkValue(ctx, name, request[name], fieldAt, kind)
  }
}

function checkValue(ctx: ScenarioContext, name: RequestField, value: unknown, at: string, kind: FeedKind): void {
  const { c } = ctx
  switch (name) {
    case 'Method':
      c.oneOf(value, at, HTTP_METHODS)
      return
    case 'Path':
      c.string(value, at, { pattern: PATH, expected: 'a path starting with /, optionally followed by ?query (no spaces)', maxLength: 8192 })
      return
    case 'Headers':
      checkHeaders(ctx, value, at)
      return
    case 'EventName':
      c.oneOf(value, at, kind === 'Bucket' ? S3_EVENT_NAMES : TABLE_EVENT_NAMES)
      return
    case 'Key':
      c.string(value, at, { pattern: /^.+$/s, expected: 'a non-empty key; {n} becomes the arrival number', maxLength: OBJECT_KEY_MAX_LENGTH })
      return
    case 'Size':
      c.integer(value, at, { min: 0, unit: 'bytes' })
      return
    case 'KeyCount':
      c.integer(value, at, { min: 1, why: 'how many message groups or partition keys the arrivals cycle through' })
      return
    case 'Subject':
      c.string(value, at, { maxLength: SUBJECT_MAX_LENGTH })
      return
    case 'MessageAttributes':
      c.stringMap(value, at)
      return
    case 'Body':
    case 'Source':
    case 'DetailType':
      c.string(value, at)
      return
    default: {
      const unknown: never = name
      throw new Error(`Unhandled Request field ${String(unknown)}`)
    }
  }
}

/** Header name → a value, or a list of values for a repeated header. */
function checkHeaders(ctx: ScenarioContext, value: unknown, at: string): void {
  const { c } = ctx
  const headers = c.map(value, at)
  if (headers === undefined) return
  for (const [name, raw] of Object.entries(headers)) {
    const headerAt = entry(at, name)
    if (!HEADER_NAME.test(name)) c.report(headerAt, 'pattern', `${JSON.stringify(name)} is not a header name (letters, digits and !#$%&'*+.^_\`|~-)`)
    if (Array.isArray(raw)) raw.forEach((one, i) => c.string(one, item(headerAt, i)))
    else c.string(raw, headerAt)
  }
}
