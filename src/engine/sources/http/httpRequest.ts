/**
 * The HTTP request a Traffic entry's `Request` describes (method, path with query, headers, body),
 * parsed once per entry; each arrival only adds its body when a replay line carries one.
 */
import type { TrafficRequest } from '../../scenario/types.ts'
import { utf8Length } from '../../traffic/payloadSize.ts'
import type { Arrival } from '../feeders.ts'

export type Pair = readonly [name: string, value: string]

export interface HttpRequestSpec {
  readonly method: string
  /** The path without its query string, as sent (not decoded). */
  readonly path: string
  /** The text after `?`, as sent; '' when there is none. */
  readonly rawQuery: string
  /** Query parameters in order, names and values as sent (not decoded). */
  readonly query: readonly Pair[]
  /** Headers in order, names as written; a repeated header is several pairs. */
  readonly headers: readonly Pair[]
  /** `Request.Body`; undefined when there is none. */
  readonly body: string | undefined
}

function queryPairs(rawQuery: string): Pair[] {
  if (rawQuery === '') return []
  return rawQuery.split('&').filter((part) => part !== '').map((part) => {
    const equals = part.indexOf('=')
    return equals < 0 ? [part, ''] : [part.slice(0, equals), part.slice(equals + 1)]
  })
}

export function httpRequestOf(request: TrafficRequest): HttpRequestSpec {
  const target = request.Path ?? '/'
  const question = target.indexOf('?')
  const rawQuery = question < 0 ? '' : target.slice(question + 1)
  const headers: Pair[] = []
  for (const [name, value] of Object.entries(request.Headers ?? {})) {
    for (const one of Array.isArray(value) ? value : [value]) headers.push([name, one])
  }
  return {
    method: request.Method ?? 'GET',
    path: question < 0 ? target : target.slice(0, question),
    rawQuery,
    query: queryPairs(rawQuery),
    headers,
    body: request.Body,
  }
}

/** The arrival's body: its payload (text as is, anything else as its JSON text), else `Request.Body`. */
export function bodyOf(arrival: Arrival, spec: HttpRequestSpec): string | undefined {
  const payload = arrival.payload
  if (payload === undefined) return spec.body
  return typeof payload === 'string' ? payload : JSON.stringify(payload)
}

/** The body's size on the wire. */
export const bodyBytes = (body: string | undefined): number => (body === undefined ? 0 : utf8Length(body))

/** Percent-decoding as API Gateway applies it to query values and path parameters; text that is not valid stays as sent. */
export function decoded(text: string): string {
  if (!text.includes('%') && !text.includes('+')) return text
  try {
    return decodeURIComponent(text.replaceAll('+', ' '))
  } catch {
    return text
  }
}

/** The last value of each name (the single-value maps of payload 1.0 and of ALB without multi-value headers). */
export function lastValues(pairs: readonly Pair[], name: (n: string) => string, value: (v: string) => string): Record<string, string> {
  const map = new Map<string, string>()
  for (const [n, v] of pairs) map.set(name(n), value(v))
  return Object.fromEntries(map)
}

/** Every value of each name, in order (`multiValueHeaders`, `multiValueQueryStringParameters`). */
export function allValues(pairs: readonly Pair[], name: (n: string) => string, value: (v: string) => string): Record<string, string[]> {
  const map = new Map<string, string[]>()
  for (const [n, v] of pairs) {
    const key = name(n)
    const list = map.get(key)
    if (list) list.push(value(v))
    else map.set(key, [value(v)])
  }
  return Object.fromEntries(map)
}

export const asIs = (text: string): string => text
export const lowerCase = (text: string): string => text.toLowerCase()

/** The first value of a header, by case-insensitive name. */
export function headerValue(pairs: readonly Pair[], name: string): string | undefined {
  const wanted = name.toLowerCase()
  return pairs.find(([n]) => n.toLowerCase() === wanted)?.[1]
}
