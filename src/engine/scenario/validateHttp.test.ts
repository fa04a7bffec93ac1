/** API Gateway APIs and load balancers in the document: route keys, timeouts [G-apigw-limits], rules [API_elbv2] [G-elb-limits] and their references. */
import { describe, expect, test } from 'vitest'
import { onlyMessage, problems, scenario } from './scenarioFixtures.ts'

const api = (fields: Record<string, unknown>, routes: unknown[] = [{ RouteKey: 'GET /orders', Target: 'api' }]) =>
  scenario({ Apis: [{ Name: 'shop', ProtocolType: 'HTTP', Routes: routes, ...fields }] })
const route = (fields: Record<string, unknown>, ProtocolType = 'HTTP') =>
  scenario({ Apis: [{ Name: 'shop', ProtocolType, Routes: [{ RouteKey: 'GET /orders', Target: 'api', ...fields }] }] })
const lb = (fields: Record<string, unknown>) =>
  scenario({ LoadBalancers: [{ Name: 'edge', TargetGroups: [{ Name: 'web', Target: 'api' }], ...fields }] })

describe('Apis', () => {
  test('accepts REST and HTTP APIs with their route keys', () => {
    expect(problems(api({ ProtocolType: 'REST', StageName: 'v1' }, [
      { RouteKey: 'GET /orders/{id}', Target: 'api' }, { RouteKey: 'ANY /{proxy+}', Target: 'api:$LATEST' },
    ]))).toEqual([])
    expect(problems(api({ StageName: '$default' }, [
      { RouteKey: '$default', Target: 'api', PayloadFormatVersion: '1.0' }, { RouteKey: 'POST /a/{b}/c', Target: 'api', TimeoutInMillis: 30000 },
    ]))).toEqual([])
  })

  test('route-key: malformed keys, a greedy variable that is not last, $default on a REST API', () => {
    expect(problems(api({}, [
      { RouteKey: 'FETCH /x', Target: 'api' }, { RouteKey: 'GET orders', Target: 'api' }, { RouteKey: 'GET /{proxy+}/x', Target: 'api' }, { RouteKey: 'GET /a b', Target: 'api' },
    ]))).toEqual([
      'Apis[0].Routes[0].RouteKey route-key', 'Apis[0].Routes[1].RouteKey route-key', 'Apis[0].Routes[2].RouteKey route-key', 'Apis[0].Routes[3].RouteKey route-key',
    ])
    expect(onlyMessage(api({ ProtocolType: 'REST' }, [{ RouteKey: '$default', Target: 'api' }]))).toBe('REST APIs have no $default route; use "ANY /{proxy+}" to catch every path')
  })

  test('duplicate: the same route key twice; two APIs with one name', () => {
    expect(problems(api({}, [{ RouteKey: 'GET /a', Target: 'api' }, { RouteKey: 'GET /a', Target: 'api' }]))).toEqual(['Apis[0].Routes[1].RouteKey duplicate'])
    expect(problems(scenario({ Apis: [1, 2].map(() => ({ Name: 'shop', ProtocolType: 'HTTP', Routes: [{ RouteKey: '$default', Target: 'api' }] })) })))
      .toEqual(['Apis[1].Name duplicate'])
  })

  test('range: TimeoutInMillis 50–29,000 for REST APIs and 50–30,000 for HTTP APIs [G-apigw-limits]', () => {
    expect(problems(route({ TimeoutInMillis: 29_000 }, 'REST'))).toEqual([])
    expect(problems(route({ TimeoutInMillis: 29_001 }, 'REST'))).toEqual(['Apis[0].Routes[0].TimeoutInMillis range'])
    expect(problems(route({ TimeoutInMillis: 30_000 }, 'HTTP'))).toEqual([])
    expect(problems(route({ TimeoutInMillis: 30_001 }, 'HTTP'))).toEqual(['Apis[0].Routes[0].TimeoutInMillis range'])
    expect(problems(route({ TimeoutInMillis: 49 }, 'HTTP'))).toEqual(['Apis[0].Routes[0].TimeoutInMillis range'])
    expect(onlyMessage(route({ TimeoutInMillis: 29_001 }, 'REST'))).toBe("TimeoutInMillis must be an integer from 50 to 29,000 ms; API Gateway's integration timeout for REST APIs is 50 ms to 29 s (got 29,001)")
  })

  test('enum: REST APIs send payload 1.0 only', () => {
    expect(problems(route({ PayloadFormatVersion: '2.0' }, 'REST'))).toEqual(['Apis[0].Routes[0].PayloadFormatVersion enum'])
    expect(problems(route({ PayloadFormatVersion: '3.0' }))).toEqual(['Apis[0].Routes[0].PayloadFormatVersion enum'])
  })

  test('reference: the route target must be a function (and qualifier) of the scenario', () => {
    expect(problems(route({ Target: 'nothing' }))).toEqual(['Apis[0].Routes[0].Target reference'])
    expect(problems(route({ Target: 'api:live' }))).toEqual(['Apis[0].Routes[0].Target reference'])
  })

  test('required, length and pattern', () => {
    expect(problems(scenario({ Apis: [{ Name: 'shop' }] }))).toEqual(['Apis[0].ProtocolType required', 'Apis[0].Routes required'])
    expect(problems(api({}, []))).toEqual(['Apis[0].Routes length'])
    expect(problems(api({ Name: 'my shop', StageName: 'v 1' }))).toEqual(['Apis[0].Name pattern', 'Apis[0].StageName pattern'])
    expect(problems(api({ ProtocolType: 'REST', StageName: '$default' }))).toEqual(['Apis[0].StageName pattern'])
  })
})

describe('LoadBalancers', () => {
  test('accepts target groups, rules by path pattern and a default', () => {
    expect(problems(lb({ Rules: [{ PathPattern: '/api/*', TargetGroup: 'web' }, { PathPattern: '/img/?.png', TargetGroup: 'web' }], DefaultTargetGroup: 'web' }))).toEqual([])
  })

  test('reference: rules and the default name target groups of the same load balancer', () => {
    expect(problems(lb({ Rules: [{ PathPattern: '/a', TargetGroup: 'api' }], DefaultTargetGroup: 'other' }))).toEqual([
      'LoadBalancers[0].Rules[0].TargetGroup reference', 'LoadBalancers[0].DefaultTargetGroup reference',
    ])
  })

  test('pattern and length: path patterns of at most 128 characters of the allowed set', () => {
    expect(problems(lb({ Rules: [{ PathPattern: '/a b', TargetGroup: 'web' }, { PathPattern: `/${'a'.repeat(128)}`, TargetGroup: 'web' }] }))).toEqual([
      'LoadBalancers[0].Rules[0].PathPattern pattern', 'LoadBalancers[0].Rules[1].PathPattern length',
    ])
  })

  test('length: at most 5 wildcards in a rule [G-elb-limits]', () => {
    expect(problems(lb({ Rules: [{ PathPattern: '/*/*/*/*/?', TargetGroup: 'web' }] }))).toEqual([])
    expect(problems(lb({ Rules: [{ PathPattern: '/*/*/*/*/??', TargetGroup: 'web' }] }))).toEqual(['LoadBalancers[0].Rules[0].PathPattern length'])
  })

  test('length: at most 100 rules besides the default [G-elb-limits]', () => {
    const Rules = Array.from({ length: 101 }, (_, i) => ({ PathPattern: `/r${i}`, TargetGroup: 'web' }))
    expect(problems(lb({ Rules }))).toEqual(['LoadBalancers[0].Rules length'])
  })

  test('pattern: names of 1–32 letters, digits or hyphens, not starting or ending with one', () => {
    expect(problems(scenario({ LoadBalancers: [{ Name: '-edge', TargetGroups: [{ Name: 'web_1', Target: 'api' }] }] }))).toEqual([
      'LoadBalancers[0].Name pattern', 'LoadBalancers[0].TargetGroups[0].Name pattern',
    ])
  })

  test('reference, type and duplicate on target groups', () => {
    expect(problems(scenario({ LoadBalancers: [{ Name: 'edge', TargetGroups: [
      { Name: 'web', Target: 'missing' }, { Name: 'web', Target: 'api', MultiValueHeadersEnabled: 'yes' },
    ] }] }))).toEqual([
      'LoadBalancers[0].TargetGroups[0].Target reference', 'LoadBalancers[0].TargetGroups[1].Name duplicate', 'LoadBalancers[0].TargetGroups[1].MultiValueHeadersEnabled type',
    ])
  })
})
