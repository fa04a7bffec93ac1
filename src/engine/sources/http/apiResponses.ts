/**
 * How API Gateway turns a function's result into the client's HTTP response (Lambda proxy
 * integration) [G-apigw-proxy] [G-apigw-http] §11. Null means API Gateway cannot read it: 502.
 */
import type { JsonObject } from '../../scenario/check.ts'
import {
  asLists, headerMap, isBoolean, isJsonObject, isString, multiHeaderMap, optional, parsedPayload, statusCodeOf, type HttpResponse,
} from './httpResponse.ts'

const isScalar = (v: unknown): boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString)

/**
 * Payload 1.0: `{ statusCode, headers, multiValueHeaders, body, isBase64Encoded }`. Both header maps
 * are merged; a name present in both takes its values from `multiValueHeaders` [G-apigw-proxy].
 */
export function proxyResponseV1(payload: string): HttpResponse | null {
  const value = parsedPayload(payload)
  return isJsonObject(value) ? v1Fields(value) : null
}

function v1Fields(value: JsonObject): HttpResponse | null {
  const statusCode = statusCodeOf(value.statusCode)
  const headers = optional(value.headers, {}, isJsonObject, true)
  const multiValueHeaders = optional(value.multiValueHeaders, {}, isJsonObject, true)
  const body = optional(value.body, '', isString, true)
  const isBase64Encoded = optional(value.isBase64Encoded, false, isBoolean, true)
  if (statusCode === undefined || headers === undefined || multiValueHeaders === undefined || body === undefined || isBase64Encoded === undefined) return null
  const single = headerMap(headers, isScalar)
  const multiple = multiHeaderMap(multiValueHeaders, isScalar)
  if (single === undefined || multiple === undefined) return null
  const merged = new Map<string, readonly string[]>()
  for (const [name, v] of Object.entries(single)) if (!(name in multiple)) merged.set(name, [v])
  for (const [name, values] of Object.entries(multiple)) merged.set(name, values)
  return { statusCode, headers: Object.fromEntries(merged), body, isBase64Encoded }
}

/**
 * Payload 2.0: `{ statusCode, headers, cookies, body, isBase64Encoded }`, cookies becoming
 * `set-cookie` headers. Valid JSON without a `statusCode` is a body: API Gateway assumes 200,
 * `content-type: application/json` and no base64; a string is sent as its text, anything else as its JSON [G-apigw-http].
 */
export function proxyResponseV2(payload: string): HttpResponse | null {
  const value = parsedPayload(payload)
  if (value === undefined) return null
  if (!isJsonObject(value) || value.statusCode === undefined) {
    return { statusCode: 200, headers: { 'content-type': ['application/json'] }, body: typeof value === 'string' ? value : JSON.stringify(value), isBase64Encoded: false }
  }
  const statusCode = statusCodeOf(value.statusCode)
  const headers = optional(value.headers, {}, isJsonObject, true)
  const cookies = optional(value.cookies, [], isStringArray, true)
  const body = optional(value.body, '', isString, true)
  const isBase64Encoded = optional(value.isBase64Encoded, false, isBoolean, true)
  if (statusCode === undefined || headers === undefined || cookies === undefined || body === undefined || isBase64Encoded === undefined) return null
  const single = headerMap(headers, isScalar)
  if (single === undefined) return null
  const all = asLists(single)
  if (cookies.length > 0) all['set-cookie'] = cookies
  return { statusCode, headers: all, body, isBase64Encoded }
}
