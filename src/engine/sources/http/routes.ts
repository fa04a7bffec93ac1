/**
 * API Gateway route keys and how a request finds its route [G-apigw-http] [G-apigw-proxy]:
 * `GET /orders`, `POST /orders/{id}`, `ANY /{proxy+}` and, for HTTP APIs, `$default`. Of the routes
 * that match, the most specific wins: literal segments before `{param}`, a route without a greedy
 * `{proxy+}` before one with it, a named method before `ANY`, and `$default` only when nothing else matches.
 */
import { decoded } from './httpRequest.ts'

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const
export const ROUTE_METHODS = [...HTTP_METHODS, 'ANY'] as const
export const DEFAULT_ROUTE = '$default'

type Segment =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'param'; readonly name: string }
  | { readonly kind: 'greedy'; readonly name: string }

export type ParsedRouteKey =
  | { readonly kind: 'default' }
  | { readonly kind: 'route'; readonly method: string; readonly path: string; readonly segments: readonly Segment[] }

const LITERAL = /^[A-Za-z0-9._~!$&'()*+,;=:@-]+$/
const PARAM = /^\{([A-Za-z0-9._-]+)(\+?)\}$/

/** The route key, or a sentence saying what is wrong with it. */
export function parseRouteKey(text: string): ParsedRouteKey | string {
  if (text === DEFAULT_ROUTE) return { kind: 'default' }
  const space = text.indexOf(' ')
  const method = space < 0 ? text : text.slice(0, space)
  const path = space < 0 ? '' : text.slice(space + 1)
  if (!(ROUTE_METHODS as readonly string[]).includes(method)) {
    return `a route key is "$default" or "METHOD /path" with METHOD one of ${ROUTE_METHODS.join(', ')} (got ${JSON.stringify(method)})`
  }
  if (!path.startsWith('/')) return `the path of a route key starts with / (got ${JSON.stringify(path)})`
  const parts = path === '/' ? [] : path.slice(1).split('/')
  const segments: Segment[] = []
  for (const [i, part] of parts.entries()) {
    const param = PARAM.exec(part)
    if (param?.[1] !== undefined) {
      if (param[2] === '+' && i !== parts.length - 1) return `a greedy path variable such as {proxy+} must be the last segment (got ${JSON.stringify(path)})`
      segments.push(param[2] === '+' ? { kind: 'greedy', name: param[1] } : { kind: 'param', name: param[1] })
    } else if (LITERAL.test(part)) {
      segments.push({ kind: 'literal', text: part })
    } else {
      return `${JSON.stringify(part)} is neither a path segment nor a {variable} (in ${JSON.stringify(path)})`
    }
  }
  return { kind: 'route', method, path, segments }
}

export interface RouteMatch<R> {
  readonly route: R
  /** Path variables by name, decoded; null when the route has none. */
  readonly pathParameters: Readonly<Record<string, string>> | null
}

/** Segment scores, compared left to right: a literal beats a variable, which beats a greedy tail. */
const LITERAL_SCORE = 3
const PARAM_SCORE = 2
const GREEDY_SCORE = 1

function matchPath(segments: readonly Segment[], parts: readonly string[]): { scores: number[]; parameters: Map<string, string> } | null {
  const scores: number[] = []
  const parameters = new Map<string, string>()
  for (const [i, segment] of segments.entries()) {
    const part = parts[i]
    if (segment.kind === 'greedy') {
      // {proxy+} takes one segment or more.
      if (part === undefined) return null
      parameters.set(segment.name, parts.slice(i).map(decoded).join('/'))
      scores.push(GREEDY_SCORE)
      return { scores, parameters }
    }
    if (part === undefined) return null
    if (segment.kind === 'literal') {
      if (segment.text !== part) return null
      scores.push(LITERAL_SCORE)
    } else {
      parameters.set(segment.name, decoded(part))
      scores.push(PARAM_SCORE)
    }
  }
  return parts.length === segments.length ? { scores, parameters } : null
}

function moreSpecific(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}

/** The most specific route for `method path`, or null when none matches (not even `$default`). */
export function matchRoute<R extends { readonly key: ParsedRouteKey }>(routes: readonly R[], method: string, path: string): RouteMatch<R> | null {
  const parts = path.split('/').filter((part) => part !== '')
  let best: { route: R; scores: number[]; named: boolean; parameters: Map<string, string> } | null = null
  let fallback: R | null = null
  for (const route of routes) {
    const key = route.key
    if (key.kind === 'default') {
      fallback = route
      continue
    }
    if (key.method !== 'ANY' && key.method !== method) continue
    const matched = matchPath(key.segments, parts)
    if (matched === null) continue
    const named = key.method !== 'ANY'
    const order = best === null ? 1 : moreSpecific(matched.scores, best.scores) || (named ? 1 : 0) - (best.named ? 1 : 0)
    if (order > 0) best = { route, scores: matched.scores, named, parameters: matched.parameters }
  }
  if (best !== null) return { route: best.route, pathParameters: best.parameters.size === 0 ? null : Object.fromEntries(best.parameters) }
  return fallback === null ? null : { route: fallback, pathParameters: null }
}
