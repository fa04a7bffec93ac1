/** Route keys and route selection [G-apigw-http] [G-apigw-proxy]: the most specific route wins, `$default` last. */
import { describe, expect, test } from 'vitest'
import { matchRoute, parseRouteKey, type ParsedRouteKey } from './routes.ts'

const routes = (...keys: string[]): { key: ParsedRouteKey; name: string }[] =>
  keys.map((name) => {
    const key = parseRouteKey(name)
    if (typeof key === 'string') throw new Error(key)
    return { key, name }
  })
const pick = (keys: string[], method: string, path: string): string | null => matchRoute(routes(...keys), method, path)?.route.name ?? null

describe('parseRouteKey', () => {
  test('$default, METHOD /path, {variables} and a greedy {proxy+} at the end', () => {
    expect(parseRouteKey('$default')).toEqual({ kind: 'default' })
    expect(parseRouteKey('GET /orders/{id}')).toEqual({
      kind: 'route', method: 'GET', path: '/orders/{id}', segments: [{ kind: 'literal', text: 'orders' }, { kind: 'param', name: 'id' }],
    })
    expect(parseRouteKey('ANY /{proxy+}')).toMatchObject({ method: 'ANY', segments: [{ kind: 'greedy', name: 'proxy' }] })
    expect(parseRouteKey('GET /')).toMatchObject({ segments: [] })
  })

  test('refuses unknown methods, paths without /, greedy variables before the end, bad segments', () => {
    expect(parseRouteKey('FETCH /a')).toMatch(/METHOD one of/)
    expect(parseRouteKey('GET a')).toMatch(/starts with \//)
    expect(parseRouteKey('GET /{proxy+}/a')).toMatch(/last segment/)
    expect(parseRouteKey('GET /{a b}')).toMatch(/neither/)
  })
})

describe('matchRoute', () => {
  test('an exact route, with its path variables decoded', () => {
    expect(matchRoute(routes('GET /orders/{id}'), 'GET', '/orders/a%20b')?.pathParameters).toEqual({ id: 'a b' })
    expect(pick(['GET /orders/{id}'], 'GET', '/orders/7/items')).toBeNull()
  })

  test('a literal segment beats a variable', () => {
    expect(pick(['GET /orders/{id}', 'GET /orders/new'], 'GET', '/orders/new')).toBe('GET /orders/new')
    expect(pick(['GET /orders/new', 'GET /orders/{id}'], 'GET', '/orders/7')).toBe('GET /orders/{id}')
  })

  test('a named method beats ANY on the same path', () => {
    expect(pick(['ANY /orders', 'POST /orders'], 'POST', '/orders')).toBe('POST /orders')
    expect(pick(['ANY /orders', 'POST /orders'], 'GET', '/orders')).toBe('ANY /orders')
  })

  test('a greedy {proxy+} takes one or more segments, after every exact match', () => {
    const keys = ['ANY /{proxy+}', 'GET /orders/{id}']
    expect(pick(keys, 'GET', '/orders/7')).toBe('GET /orders/{id}')
    expect(matchRoute(routes(...keys), 'GET', '/a/b/c')?.pathParameters).toEqual({ proxy: 'a/b/c' })
    expect(pick(['ANY /{proxy+}'], 'GET', '/')).toBeNull()
  })

  test('$default catches what no route matches, and nothing else', () => {
    expect(pick(['$default', 'GET /a'], 'GET', '/a')).toBe('GET /a')
    expect(pick(['$default', 'GET /a'], 'DELETE', '/a')).toBe('$default')
    expect(matchRoute(routes('$default'), 'GET', '/x')?.pathParameters).toBeNull()
  })

  test('paths are case-sensitive', () => {
    expect(pick(['GET /Orders'], 'GET', '/orders')).toBeNull()
  })
})
