/**
 * The HTTP response a client receives from API Gateway or a load balancer, whether the function
 * produced it or the service answered on its own (a throttle, a timeout, a response it could not read).
 */
import { isObject, type JsonObject } from '../../scenario/check.ts'

export interface HttpResponse {
  readonly statusCode: number
  /** Header name → its values, as the client receives them. */
  readonly headers: Readonly<Record<string, readonly string[]>>
  readonly body: string
  /** The function's body was base64 and the service decoded it for the client. */
  readonly isBase64Encoded: boolean
}

/** `2XX`, `4XX`, ... of a status code. */
export const statusClass = (statusCode: number): string => `${Math.floor(statusCode / 100)}XX`

/** A response the service writes itself: a JSON message, or an HTML page for a load balancer. */
export function serviceResponse(statusCode: number, body: string, contentType = 'application/json'): HttpResponse {
  return { statusCode, headers: { 'Content-Type': [contentType] }, body, isBase64Encoded: false }
}

/** The JSON value of a function's response text, or undefined when it is not JSON. */
export function parsedPayload(payload: string): unknown {
  try {
    return JSON.parse(payload) as unknown
  } catch {
    return undefined
  }
}

/** An HTTP status code (100–599), given as a number; undefined otherwise. */
export function statusCodeOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined
}

/** Absent (or, where `nullIsAbsent`, null) → fallback; otherwise the value if `valid`, else undefined. */
export function optional<T>(value: unknown, fallback: T, valid: (v: unknown) => v is T, nullIsAbsent: boolean): T | undefined {
  if (value === undefined || (value === null && nullIsAbsent)) return fallback
  return valid(value) ? value : undefined
}

export const isString = (v: unknown): v is string => typeof v === 'string'
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean'
export const isJsonObject = (v: unknown): v is JsonObject => isObject(v)

/** A header map whose values pass `valid`, each turned into text; undefined when one does not. */
export function headerMap(raw: JsonObject, valid: (v: unknown) => boolean): Record<string, string> | undefined {
  const map = new Map<string, string>()
  for (const [name, value] of Object.entries(raw)) {
    if (!valid(value)) return undefined
    map.set(name, String(value))
  }
  return Object.fromEntries(map)
}

/** A multi-value header map (name → array of values passing `valid`); undefined when one does not. */
export function multiHeaderMap(raw: JsonObject, valid: (v: unknown) => boolean): Record<string, string[]> | undefined {
  const map = new Map<string, string[]>()
  for (const [name, values] of Object.entries(raw)) {
    if (!Array.isArray(values) || !values.every(valid)) return undefined
    map.set(name, values.map(String))
  }
  return Object.fromEntries(map)
}

/** Single values as one-element lists. */
export function asLists(headers: Readonly<Record<string, string>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]))
}
