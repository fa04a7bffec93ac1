/**
 * API Gateway in front of Lambda (lambda-facts §2.2, §5, §11): the events of payload 1.0 and 2.0,
 * routes, the function's response as the client's, the integration timeout (504), a throttle (500)
 * and a function error (502), and the AWS/ApiGateway metrics.
 */
import { describe, expect, test } from 'vitest'
import { simulate } from '../testing/harness.ts'
import { apiStatuses, codeBehind, httpApi, metricTotal, modelledBehind, requests, restApi } from './httpHarness.ts'

const get = (path: string, extra = {}) => requests('Api:shop', { Path: path, ...extra })

describe('payload 1.0, REST APIs [G-apigw-proxy] §11', () => {
  const request = { Method: 'GET', Path: '/orders/7?tag=a&tag=b%20c', Headers: { Accept: 'text/plain', 'X-Tag': ['one', 'two'] } }
  const run = () => codeBehind(restApi([{ RouteKey: 'GET /orders/{id}', Target: 'fn' }]), [requests('Api:shop', request)], () => ({ statusCode: 200, body: 'ok' }))

  test('the event has the documented fields in the documented order', () => {
    const { sim, events } = run()
    sim.runToEnd()
    expect(Object.keys(events[0] ?? {})).toEqual([
      'resource', 'path', 'httpMethod', 'headers', 'multiValueHeaders', 'queryStringParameters', 'multiValueQueryStringParameters',
      'requestContext', 'pathParameters', 'stageVariables', 'body', 'isBase64Encoded',
    ])
  })

  test('single values are the last of each; multi values keep them all; query values are decoded', () => {
    const { sim, events } = run()
    sim.runToEnd()
    expect(events[0]).toMatchObject({
      resource: '/orders/{id}', path: '/orders/7', httpMethod: 'GET',
      headers: { Accept: 'text/plain', 'X-Tag': 'two' },
      multiValueHeaders: { Accept: ['text/plain'], 'X-Tag': ['one', 'two'] },
      queryStringParameters: { tag: 'b c' },
      multiValueQueryStringParameters: { tag: ['a', 'b c'] },
      pathParameters: { id: '7' },
      stageVariables: null, body: null, isBase64Encoded: false,
    })
  })

  test('requestContext: the stage (prod by default) in the path, the resource path, ids and the request time', () => {
    const { sim, events } = run()
    sim.runToEnd()
    expect(events[0]?.requestContext).toMatchObject({
      accountId: '123456789012', httpMethod: 'GET', path: '/prod/orders/7', resourcePath: '/orders/{id}', stage: 'prod',
      protocol: 'HTTP/1.1', requestTime: '01/Jan/2026:00:00:00 +0000', requestTimeEpoch: 1_767_225_600_000,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), identity: { sourceIp: '192.0.2.1' },
    })
  })

  test('an HTTP API route asking for payload 1.0 gets that shape with version "1.0"', () => {
    const { sim, events } = codeBehind(httpApi([{ RouteKey: 'GET /a', Target: 'fn', PayloadFormatVersion: '1.0' }]), [get('/a')], () => ({ statusCode: 200 }))
    sim.runToEnd()
    expect(events[0]).toMatchObject({ version: '1.0', resource: '/a', multiValueHeaders: null, requestContext: { path: '/a', stage: '$default' } })
  })
})

describe('payload 2.0, HTTP APIs [G-apigw-http] §11', () => {
  const request = { Method: 'POST', Path: '/carts/9?x=1&x=2&y=%2F', Headers: { 'Content-Type': 'application/json', 'X-Tag': ['one', 'two'], Cookie: ['a=1; b=2', 'c=3'] }, Body: '{"qty":2}' }

  test('lowercase header names, repeated values comma-joined, cookies apart, no multiValue fields', () => {
    const { sim, events } = codeBehind(httpApi([{ RouteKey: 'POST /carts/{cart}', Target: 'fn' }]), [requests('Api:shop', request)], () => 'ok')
    sim.runToEnd()
    const event = events[0] ?? {}
    expect(Object.keys(event)).toEqual([
      'version', 'routeKey', 'rawPath', 'rawQueryString', 'cookies', 'headers', 'queryStringParameters', 'requestContext', 'body', 'pathParameters', 'isBase64Encoded',
    ])
    expect(event).toMatchObject({
      version: '2.0', routeKey: 'POST /carts/{cart}', rawPath: '/carts/9', rawQueryString: 'x=1&x=2&y=%2F',
      cookies: ['a=1', 'b=2', 'c=3'], headers: { 'content-type': 'application/json', 'x-tag': 'one,two' },
      queryStringParameters: { x: '1,2', y: '/' }, body: '{"qty":2}', pathParameters: { cart: '9' }, isBase64Encoded: false,
    })
    expect(event.requestContext).toMatchObject({ http: { method: 'POST', path: '/carts/9', protocol: 'HTTP/1.1', sourceIp: '192.0.2.1' }, routeKey: 'POST /carts/{cart}', stage: '$default' })
  })

  test('a request without body, query or path variables leaves those fields out', () => {
    const { sim, events } = codeBehind(httpApi([{ RouteKey: '$default', Target: 'fn' }]), [get('/anything')], () => 'ok')
    sim.runToEnd()
    expect(events[0]).not.toHaveProperty('body')
    expect(events[0]).not.toHaveProperty('queryStringParameters')
    expect(events[0]).not.toHaveProperty('pathParameters')
    expect(events[0]).not.toHaveProperty('cookies')
    expect(events[0]).toMatchObject({ routeKey: '$default', rawQueryString: '' })
  })

  test('a replayed trace sends each line\'s payload as that request\'s body', () => {
    const traffic = { Target: 'Api:shop', Arrivals: { Process: 'replay' as const, Csv: '0,{"n":1}\n1\n2,plain' }, Request: { Method: 'POST', Path: '/', Body: 'default' } }
    const { sim, events } = codeBehind(httpApi([{ RouteKey: '$default', Target: 'fn' }]), [traffic], () => 'ok')
    sim.runToEnd()
    expect(events.map((e) => e.body)).toEqual(['{"n":1}', 'default', 'plain'])
  })
})

describe('routes', () => {
  const routes = [{ RouteKey: 'GET /orders/{id}', Target: 'fn' }, { RouteKey: 'GET /orders/new', Target: 'fn' }, { RouteKey: 'ANY /{proxy+}', Target: 'fn' }]

  test('the most specific route gets the request: literal, then variable, then greedy', () => {
    const { sim, events } = codeBehind(restApi(routes), [get('/orders/new'), get('/orders/3', { Method: 'GET' }), get('/a/b', { Method: 'DELETE' })], () => ({ statusCode: 200 }))
    sim.runToEnd()
    expect(events.map((e) => e.resource)).toEqual(['/orders/new', '/orders/{id}', '/{proxy+}'])
    expect(events[2]?.pathParameters).toEqual({ proxy: 'a/b' })
  })

  test('no route: a REST API answers 403 (Missing Authentication Token), an HTTP API 404; the function is not invoked', () => {
    const rest = simulate(modelledBehind(restApi([{ RouteKey: 'GET /a', Target: 'fn' }]), [get('/b', { Method: 'GET' })])).sim
    rest.runToEnd()
    expect(apiStatuses(rest)).toEqual({ '403': 1 })
    const http = simulate(modelledBehind(httpApi([{ RouteKey: 'GET /a', Target: 'fn' }]), [get('/a', { Method: 'POST' })])).sim
    http.runToEnd()
    expect(apiStatuses(http)).toEqual({ '404': 1 })
    expect(http.summary().Functions.fn?.Invocations).toBe(0)
  })
})

describe('the function\'s response is the client\'s', () => {
  test('its status code, under payload 1.0 and 2.0', () => {
    const rest = codeBehind(restApi([{ RouteKey: 'ANY /{proxy+}', Target: 'fn' }]), [get('/x')], () => ({ statusCode: 418, body: 'teapot' }))
    rest.sim.runToEnd()
    expect(apiStatuses(rest.sim)).toEqual({ '418': 1 })
    const http = codeBehind(httpApi([{ RouteKey: '$default', Target: 'fn' }]), [get('/x')], () => ({ statusCode: 201, body: '' }))
    http.sim.runToEnd()
    expect(apiStatuses(http.sim)).toEqual({ '201': 1 })
  })

  test('a response API Gateway cannot read is 502; under 2.0 a plain value is a 200 body [G-apigw-http]', () => {
    const rest = codeBehind(restApi([{ RouteKey: 'ANY /{proxy+}', Target: 'fn' }]), [get('/x')], () => 'Hello')
    rest.sim.runToEnd()
    expect(apiStatuses(rest.sim)).toEqual({ '502': 1 })
    const http = codeBehind(httpApi([{ RouteKey: '$default', Target: 'fn' }]), [get('/x')], () => 'Hello')
    http.sim.runToEnd()
    expect(apiStatuses(http.sim)).toEqual({ '200': 1 })
  })

  test('a modelled function answers 200', () => {
    const { sim } = simulate(modelledBehind(restApi([{ RouteKey: 'GET /a', Target: 'fn' }]), [get('/a', { Method: 'GET' })]))
    sim.runToEnd()
    expect(apiStatuses(sim)).toEqual({ '200': 1 })
  })
})

describe('errors become the status codes API Gateway returns [D-apigw-errors]', () => {
  const route = [{ RouteKey: 'GET /a', Target: 'fn' }]

  test('a function error is 502', () => {
    const { sim } = simulate(modelledBehind(httpApi(route), [get('/a', { Method: 'GET' })], { Simulation: { ErrorRate: 1 } }))
    sim.runToEnd()
    expect(apiStatuses(sim)).toEqual({ '502': 1 })
    expect(sim.summary().Functions.fn?.Errors).toBe(1)
  })

  test('a throttle (Lambda refuses the invocation with 429) is 500, not 429', () => {
    const { sim } = simulate(modelledBehind(restApi(route), [requests('Api:shop', { Path: '/a' }, 5)], { ReservedConcurrentExecutions: 2 }))
    sim.runToEnd()
    expect(apiStatuses(sim)).toEqual({ '200': 2, '500': 3 })
    expect(sim.summary().Functions.fn?.Throttles).toBe(3)
  })

  test('a request over Lambda\'s 6 MB synchronous limit is refused by Lambda: 500', () => {
    const { sim } = simulate(modelledBehind(httpApi(route), [requests('Api:shop', { Path: '/a', Body: 'x'.repeat(7 * 1024 * 1024) })]))
    sim.runToEnd()
    expect(apiStatuses(sim)).toEqual({ '500': 1 })
  })

  test('a body over API Gateway\'s 10 MB payload limit is 413 and never reaches Lambda [G-apigw-limits]', () => {
    const { sim } = simulate(modelledBehind(httpApi(route), [requests('Api:shop', { Path: '/a', Body: 'x'.repeat(10 * 1024 * 1024 + 1) })]))
    sim.runToEnd()
    expect(apiStatuses(sim)).toEqual({ '413': 1 })
    expect(sim.summary().Functions.fn?.Invocations).toBe(0)
  })
})

describe('the integration timeout [G-apigw-limits]', () => {
  const slow = { Timeout: 60, Simulation: { DurationMs: { Distribution: 'constant' as const, Value: 40_000 } } }

  test('REST: 504 after 29 s, while the function runs on to its end', () => {
    const { sim } = simulate(modelledBehind(restApi([{ RouteKey: 'GET /slow', Target: 'fn' }]), [get('/slow', { Method: 'GET' })], slow))
    sim.runUntil(28_999)
    expect(apiStatuses(sim)).toEqual({})
    sim.runUntil(29_000)
    expect(apiStatuses(sim)).toEqual({ '504': 1 })
    expect(sim.summary().Apis?.shop?.Latency.p50).toBeCloseTo(29_000, -1)
    expect(sim.snapshot().functions[0]?.inFlight).toBe(1)
    sim.runToEnd()
    expect(sim.summary().Functions.fn).toMatchObject({ Invocations: 1, Errors: 0, Duration: { p50: expect.closeTo(40_000, -2) } })
    expect(apiStatuses(sim)).toEqual({ '504': 1 })
  })

  test('HTTP APIs wait 30 s by default', () => {
    const { sim } = simulate(modelledBehind(httpApi([{ RouteKey: 'GET /slow', Target: 'fn' }]), [get('/slow', { Method: 'GET' })], slow))
    sim.runUntil(29_999)
    expect(apiStatuses(sim)).toEqual({})
    sim.runUntil(30_000)
    expect(apiStatuses(sim)).toEqual({ '504': 1 })
  })

  test('TimeoutInMillis shortens it; requests answered in time are not touched', () => {
    const traffic = [{ Target: 'Api:shop', Arrivals: { Process: 'constant' as const, RatePerSecond: 2 }, EndSecond: 10, Request: { Path: '/a' } }]
    const durations = { Simulation: { DurationMs: { Distribution: 'uniform' as const, Min: 500, Max: 1500 } } }
    const { sim } = simulate(modelledBehind(restApi([{ RouteKey: 'GET /a', Target: 'fn', TimeoutInMillis: 1000 }]), traffic, durations))
    sim.runToEnd()
    const statuses = apiStatuses(sim)
    expect((statuses['200'] ?? 0) + (statuses['504'] ?? 0)).toBe(20)
    expect(statuses['504']).toBeGreaterThan(3)
    expect(statuses['200']).toBeGreaterThan(3)
    expect(sim.summary().Apis?.shop?.Latency.p99).toBeLessThanOrEqual(1000)
  })
})

describe('AWS/ApiGateway metrics', () => {
  test('Count, 4XXError, 5XXError and Latency', () => {
    const traffic = [requests('Api:shop', { Path: '/a' }, 4), requests('Api:shop', { Path: '/missing' }, 2)]
    const { sim } = simulate(modelledBehind(httpApi([{ RouteKey: 'GET /a', Target: 'fn' }]), traffic, { ReservedConcurrentExecutions: 3 }))
    sim.runToEnd()
    expect(metricTotal(sim, 'Api', 'shop', 'Count')).toBe(6)
    expect(metricTotal(sim, 'Api', 'shop', '4XXError')).toBe(2)
    expect(metricTotal(sim, 'Api', 'shop', '5XXError')).toBe(1)
    expect(metricTotal(sim, 'Api', 'shop', 'LatencySum')).toBe(300)
    expect(sim.summary().Apis?.shop).toMatchObject({ Count: 6, StatusClasses: { '2XX': 3, '4XX': 2, '5XX': 1 }, StatusCodes: { '200': 3, '404': 2, '500': 1 } })
  })

  test('accounting: every request is processed (a response, any status) or pending', () => {
    const slow = { Timeout: 60, Simulation: { DurationMs: { Distribution: 'constant' as const, Value: 40_000 } } }
    const { sim } = simulate(modelledBehind(restApi([{ RouteKey: 'GET /a', Target: 'fn' }]), [requests('Api:shop', { Path: '/a' }, 3), requests('Api:shop', { Path: '/b' })], slow))
    sim.runUntil(1000)
    expect(sim.eventAccounting()['Api:shop']).toEqual({ Received: 4, Processed: 1, DeadLettered: 0, Dropped: {}, Pending: 3 })
    sim.runUntil(30_000)
    expect(sim.eventAccounting()['Api:shop']).toEqual({ Received: 4, Processed: 4, DeadLettered: 0, Dropped: {}, Pending: 0 })
  })

  test('the live view shows requests in flight and the last answers', () => {
    const slow = { Timeout: 60, Simulation: { DurationMs: { Distribution: 'constant' as const, Value: 5_000 } } }
    const { sim } = simulate(modelledBehind(restApi([{ RouteKey: 'GET /a', Target: 'fn' }]), [requests('Api:shop', { Path: '/a' }, 2), requests('Api:shop', { Path: '/b' })], slow))
    sim.runUntil(1000)
    expect(sim.snapshot().httpEndpoints).toEqual([{
      name: 'shop', type: 'REST', inFlight: 2, requests: 3, statusClasses: { '2XX': 0, '3XX': 0, '4XX': 1, '5XX': 0 },
      recent: [{ atMs: 0, method: 'GET', path: '/b', statusCode: 403, latencyMs: 0 }],
    }])
  })
})
