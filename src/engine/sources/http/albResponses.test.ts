/** How a load balancer reads a function's response [G-elb] §11, with multi-value headers off and on. */
import { describe, expect, test } from 'vitest'
import { albResponse } from './albResponses.ts'
import { compilePathPattern } from './pathPatterns.ts'

const text = (value: unknown): string => JSON.stringify(value)

describe('responses [G-elb]', () => {
  test('the documented response', () => {
    expect(albResponse(text({ statusCode: 200, statusDescription: '200 OK', isBase64Encoded: false, headers: { 'Content-Type': 'text/html' }, body: '<h1>Hi</h1>' }), false)).toEqual({
      statusCode: 200, headers: { 'Content-Type': ['text/html'] }, body: '<h1>Hi</h1>', isBase64Encoded: false,
    })
  })

  test('only statusCode is needed; the rest may be left out', () => {
    expect(albResponse(text({ statusCode: 204 }), false)).toEqual({ statusCode: 204, headers: {}, body: '', isBase64Encoded: false })
  })

  test('multi-value headers off: headers is read, multiValueHeaders ignored', () => {
    const payload = text({ statusCode: 200, headers: { a: '1' }, multiValueHeaders: { 'Set-Cookie': ['x=1', 'y=2'] } })
    expect(albResponse(payload, false)?.headers).toEqual({ a: ['1'] })
  })

  test('multi-value headers on: multiValueHeaders is read (two Set-Cookie values), headers ignored', () => {
    const payload = text({ statusCode: 200, headers: { a: '1' }, multiValueHeaders: { 'Set-Cookie': ['x=1', 'y=2'] } })
    expect(albResponse(payload, true)?.headers).toEqual({ 'Set-Cookie': ['x=1', 'y=2'] })
  })

  test('unreadable (502): no statusCode, null fields, header values that are not strings, not an object', () => {
    for (const [payload, multi] of [
      [text({ body: 'x' }), false], [text({ statusCode: 200, statusDescription: null }), false], [text({ statusCode: 200, headers: { a: true } }), false],
      [text({ statusCode: 200, multiValueHeaders: { a: 'x' } }), true], [text('hi'), false], ['null', false],
    ] as const) {
      expect(albResponse(payload, multi), payload).toBeNull()
    }
  })
})

describe('listener rule path patterns [API_elbv2]', () => {
  test('* matches any run of characters, ? exactly one; the whole path, case-sensitive', () => {
    expect(compilePathPattern('/api/*').test('/api/orders/7')).toBe(true)
    expect(compilePathPattern('/api/*').test('/apiv2')).toBe(false)
    expect(compilePathPattern('/img/?.png').test('/img/a.png')).toBe(true)
    expect(compilePathPattern('/img/?.png').test('/img/ab.png')).toBe(false)
    expect(compilePathPattern('/Shop').test('/shop')).toBe(false)
    expect(compilePathPattern('/a.b').test('/aXb')).toBe(false)
  })
})
