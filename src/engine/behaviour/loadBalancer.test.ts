/**
 * An Application Load Balancer with Lambda targets (lambda-facts §5, §11): the event with and
 * without multi-value headers, listener rules, the 1 MB limits, the status codes of a throttle and a
 * function error, and the AWS/ApplicationELB metrics.
 */
import { describe, expect, test } from 'vitest'
import { simulate } from '../testing/harness.ts'
import { codeBehind, lbStatuses, loadBalancer, metricTotal, modelledBehind, requests } from './httpHarness.ts'

const ONE_MB = 1024 * 1024
const request = { Method: 'GET', Path: '/lambda?query=1234ABCD&myKey=val1&myKey=val2&sp=a%20b', Headers: { Accept: 'text/html', Cookie: ['name1=value1', 'name2=value2'] } }
const send = (extra = {}) => requests('LoadBalancer:edge', { ...request, ...extra })

describe('the event [G-elb] §11', () => {
  test('multi-value headers off (the default): the last value of each header and query parameter, not URL-decoded', () => {
    const { sim, events } = codeBehind(loadBalancer(), [send()], () => ({ statusCode: 200 }))
    sim.runToEnd()
    const event = events[0] ?? {}
    expect(Object.keys(event)).toEqual(['requestContext', 'httpMethod', 'path', 'queryStringParameters', 'headers', 'body', 'isBase64Encoded'])
    expect(event).toMatchObject({
      requestContext: { elb: { targetGroupArn: expect.stringMatching(/^arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup\/web\/[0-9a-f]{16}$/) } },
      httpMethod: 'GET', path: '/lambda',
      queryStringParameters: { query: '1234ABCD', myKey: 'val2', sp: 'a%20b' },
      headers: { accept: 'text/html', cookie: 'name2=value2' },
      body: '', isBase64Encoded: false,
    })
  })

  test('the load balancer adds X-Amzn-Trace-Id, X-Forwarded-For, -Port and -Proto', () => {
    const { sim, events } = codeBehind(loadBalancer(), [send()], () => ({ statusCode: 200 }))
    sim.runToEnd()
    expect(events[0]?.headers).toMatchObject({
      'x-amzn-trace-id': expect.stringMatching(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/), 'x-forwarded-for': '192.0.2.1', 'x-forwarded-port': '80', 'x-forwarded-proto': 'http',
      host: expect.stringMatching(/^edge-\d+\.us-east-1\.elb\.amazonaws\.com$/),
    })
  })

  test('multi-value headers on: arrays under multiValueQueryStringParameters and multiValueHeaders, both cookies kept', () => {
    const { sim, events } = codeBehind(loadBalancer({}, true), [send()], () => ({ statusCode: 200 }))
    sim.runToEnd()
    const event = events[0] ?? {}
    expect(event).not.toHaveProperty('headers')
    expect(event).not.toHaveProperty('queryStringParameters')
    expect(event).toMatchObject({
      multiValueQueryStringParameters: { query: ['1234ABCD'], myKey: ['val1', 'val2'], sp: ['a%20b'] },
      multiValueHeaders: { accept: ['text/html'], cookie: ['name1=value1', 'name2=value2'] },
    })
  })

  test('a text, JSON, JavaScript or XML body goes as is; any other is base64-encoded', () => {
    const traffic = [
      send({ Method: 'POST', Body: 'hello', Headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
      send({ Method: 'POST', Body: '{"a":1}', Headers: { 'Content-Type': 'application/json' } }),
      send({ Method: 'POST', Body: 'hello', Headers: { 'Content-Type': 'application/octet-stream' } }),
    ]
    const { sim, events } = codeBehind(loadBalancer(), traffic, () => ({ statusCode: 200 }))
    sim.runToEnd()
    expect(events.map((e) => [e.body, e.isBase64Encoded])).toEqual([['hello', false], ['{"a":1}', false], ['aGVsbG8=', true]])
  })
})

describe('listener rules', () => {
  const config = {
    TargetGroups: [{ Name: 'api', Target: 'fn' }, { Name: 'web', Target: 'fn', MultiValueHeadersEnabled: true }],
    Rules: [{ PathPattern: '/api/*', TargetGroup: 'api' }, { PathPattern: '/*', TargetGroup: 'web' }],
  }

  test('the first rule whose path pattern matches picks the target group', () => {
    const { sim, events } = codeBehind({ LoadBalancers: [{ Name: 'edge', ...config }] }, [send({ Path: '/api/orders' }), send({ Path: '/index.html' })], () => ({ statusCode: 200 }))
    sim.runToEnd()
    expect(events.map((e) => (e.requestContext as { elb: { targetGroupArn: string } }).elb.targetGroupArn.split('/')[1])).toEqual(['api', 'web'])
  })

  test('no matching rule and no default target group: 404 from the load balancer, no invocation', () => {
    const { sim } = simulate(modelledBehind({ LoadBalancers: [{ Name: 'edge', TargetGroups: config.TargetGroups, Rules: [config.Rules[0] as { PathPattern: string; TargetGroup: string }] }] }, [send({ Path: '/other' })]))
    sim.runToEnd()
    expect(lbStatuses(sim)).toEqual({ '404': 1 })
    expect(metricTotal(sim, 'LoadBalancer', 'edge', 'HTTPCode_ELB_4XX_Count')).toBe(1)
    expect(sim.summary().Functions.fn?.Invocations).toBe(0)
  })
})

describe('responses and their status codes', () => {
  test('the function\'s status code reaches the client and counts as HTTPCode_Target_*', () => {
    const { sim } = codeBehind(loadBalancer(), [send(), send({ Path: '/x' })], (event) => ({ statusCode: event.path === '/x' ? 404 : 200 }))
    sim.runToEnd()
    expect(lbStatuses(sim)).toEqual({ '200': 1, '404': 1 })
    expect(metricTotal(sim, 'LoadBalancer', 'edge', 'HTTPCode_Target_2XX_Count')).toBe(1)
    expect(metricTotal(sim, 'LoadBalancer', 'edge', 'HTTPCode_Target_4XX_Count')).toBe(1)
    expect(metricTotal(sim, 'LoadBalancer', 'edge', 'HTTPCode_ELB_4XX_Count')).toBe(0)
  })

  test('a response the load balancer cannot read is 502 and a LambdaUserError', () => {
    const { sim } = codeBehind(loadBalancer(), [send()], () => ({ statusCode: 200, headers: { 'Access-Control-Allow-Credentials': true } }))
    sim.runToEnd()
    expect(lbStatuses(sim)).toEqual({ '502': 1 })
    expect(metricTotal(sim, 'LoadBalancer', 'edge', 'LambdaUserError')).toBe(1)
    expect(metricTotal(sim, 'LoadBalancer', 'edge', 'HTTPCode_ELB_5XX_Count')).toBe(1)
  })

  test('a request body over 1 MB is 413 and never reaches the function [D-elb]', () => {
    const { sim } = simulate(modelledBehind(loadBalancer(), [send({ Method: 'POST', Body: 'x'.repeat(ONE_MB + 1), Headers: { 'Content-Type': 'text/plain' } }), send({ Method: 'POST', Body: 'x'.repeat(ONE_MB), Headers: { 'Content-Type': 'text/plain' } })]))
    sim.runToEnd()
    expect(lbStatuses(sim)).toEqual({ '200': 1, '413': 1 })
    expect(sim.summary().Functions.fn?.Invocations).toBe(1)
  })

  test('a response over 1 MB is 502 [D-elb]', () => {
    const { sim } = codeBehind(loadBalancer(), [send(), send({ Path: '/big' })], (event) => ({ statusCode: 200, body: 'x'.repeat(event.path === '/big' ? ONE_MB : ONE_MB - 100) }))
    sim.runToEnd()
    expect(lbStatuses(sim)).toEqual({ '200': 1, '502': 1 })
  })

  test('a function error and a function timeout are 502', () => {
    const failing = simulate(modelledBehind(loadBalancer(), [send()], { Simulation: { ErrorRate: 1 } })).sim
    failing.runToEnd()
    expect(lbStatuses(failing)).toEqual({ '502': 1 })
    const slow = simulate(modelledBehind(loadBalancer(), [send()], { Timeout: 1, Simulation: { DurationMs: { Distribution: 'constant', Value: 5000 } } })).sim
    slow.runToEnd()
    expect(lbStatuses(slow)).toEqual({ '502': 1 })
    expect(slow.summary().LoadBalancers?.edge?.TargetResponseTime.p50).toBeCloseTo(1000, -1)
  })

  test('a throttle is 503 and a LambdaUserError (LambdaThrottling)', () => {
    const { sim } = simulate(modelledBehind(loadBalancer(), [requests('LoadBalancer:edge', { Path: '/' }, 3)], { ReservedConcurrentExecutions: 1 }))
    sim.runToEnd()
    expect(lbStatuses(sim)).toEqual({ '200': 1, '503': 2 })
    expect(metricTotal(sim, 'LoadBalancer', 'edge', 'LambdaUserError')).toBe(2)
  })
})

describe('AWS/ApplicationELB metrics and accounting', () => {
  test('RequestCount, target response time and the bytes exchanged with the function', () => {
    const { sim } = simulate(modelledBehind(loadBalancer(), [requests('LoadBalancer:edge', { Path: '/' }, 4)]))
    sim.runToEnd()
    expect(metricTotal(sim, 'LoadBalancer', 'edge', 'RequestCount')).toBe(4)
    expect(metricTotal(sim, 'LoadBalancer', 'edge', 'TargetResponseTimeSum')).toBe(400)
    expect(metricTotal(sim, 'LoadBalancer', 'edge', 'LambdaTargetProcessedBytes')).toBeGreaterThan(4 * 300)
    expect(sim.summary().LoadBalancers?.edge).toMatchObject({ RequestCount: 4, StatusClasses: { '2XX': 4 }, TargetResponseTime: { p50: 100 } })
  })

  test('Received = Processed + Pending at every instant', () => {
    const { sim } = simulate(modelledBehind(loadBalancer(), [requests('LoadBalancer:edge', { Path: '/' }, 3), requests('LoadBalancer:edge', { Path: '/' }, 2, 1)]))
    sim.runUntil(50)
    expect(sim.eventAccounting()['LoadBalancer:edge']).toEqual({ Received: 3, Processed: 0, DeadLettered: 0, Dropped: {}, Pending: 3 })
    sim.runUntil(1050)
    expect(sim.eventAccounting()['LoadBalancer:edge']).toEqual({ Received: 5, Processed: 3, DeadLettered: 0, Dropped: {}, Pending: 2 })
    sim.runToEnd()
    expect(sim.eventAccounting()['LoadBalancer:edge']).toMatchObject({ Received: 5, Processed: 5, Pending: 0 })
  })
})
