/** The traffic-feeder registry: which Traffic entries feed a resource, and `{n}` in `Request.Key`. */
import { describe, expect, test } from 'vitest'
import { keyOf, resourceTrafficOf, type Arrival } from './feeders.ts'

const constant = { Process: 'constant' as const, RatePerSecond: 1 }

describe('resourceTrafficOf', () => {
  test('a function target feeds nothing: it is invoked', () => {
    expect(resourceTrafficOf({ Target: 'checkout:live', Arrivals: constant }, 0)).toBeNull()
    expect(resourceTrafficOf({ Target: 'arn:aws:lambda:us-east-1:123456789012:function:checkout', Arrivals: constant }, 0)).toBeNull()
  })

  test('Kind:Name and a resource ARN name the same resource, with the entry\'s Request', () => {
    const byName = resourceTrafficOf({ Target: 'LoadBalancer:edge', Arrivals: constant, Request: { Path: '/a' } }, 0)
    const byArn = resourceTrafficOf({ Target: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/edge/50dc6c495c0c9188', Arrivals: constant }, 1)
    expect(byName).toMatchObject({ kind: 'LoadBalancer', name: 'edge', request: { Path: '/a' }, memo: null })
    expect(byArn).toMatchObject({ kind: 'LoadBalancer', name: 'edge', request: {} })
    expect(byArn?.feed).toBe(byName?.feed)
  })
})

describe('keyOf', () => {
  const arrival = (n: number, Key?: string): Arrival => {
    const traffic = resourceTrafficOf({ Target: 'Api:x', Arrivals: constant, Request: Key === undefined ? {} : { Key } }, 0)
    if (traffic === null) throw new Error('expected a resource target')
    return { traffic, n, payload: undefined }
  }

  test('every {n} becomes the arrival number, counted from 1', () => {
    expect(keyOf(arrival(1, 'in/{n}/part-{n}.csv'), 'object-{n}')).toBe('in/1/part-1.csv')
    expect(keyOf(arrival(42, 'user-{n}'), 'object-{n}')).toBe('user-42')
  })

  test('without Request.Key the fallback is used, with the same substitution', () => {
    expect(keyOf(arrival(7), 'object-{n}')).toBe('object-7')
  })
})
