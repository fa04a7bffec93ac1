/** How API Gateway reads a function's response (Lambda proxy integration) [G-apigw-proxy] [G-apigw-http] §11. */
import { describe, expect, test } from 'vitest'
import { proxyResponseV1, proxyResponseV2 } from './apiResponses.ts'

const text = (value: unknown): string => JSON.stringify(value)

describe('payload 1.0 responses [G-apigw-proxy]', () => {
  test('statusCode, headers, body and isBase64Encoded', () => {
    expect(proxyResponseV1(text({ statusCode: 201, headers: { 'Content-Type': 'text/plain' }, body: 'made', isBase64Encoded: true }))).toEqual({
      statusCode: 201, headers: { 'Content-Type': ['text/plain'] }, body: 'made', isBase64Encoded: true,
    })
  })

  test('headers and multiValueHeaders merge; a name in both takes multiValueHeaders\' values', () => {
    const response = proxyResponseV1(text({
      statusCode: 200, headers: { a: '1', b: '2' }, multiValueHeaders: { b: ['x', 'y'], 'Set-Cookie': ['c=1', 'd=2'] }, body: '',
    }))
    expect(response?.headers).toEqual({ a: ['1'], b: ['x', 'y'], 'Set-Cookie': ['c=1', 'd=2'] })
  })

  test('omitted or null optional fields take their defaults', () => {
    expect(proxyResponseV1(text({ statusCode: 204 }))).toEqual({ statusCode: 204, headers: {}, body: '', isBase64Encoded: false })
    expect(proxyResponseV1(text({ statusCode: 200, headers: null, multiValueHeaders: null, body: null }))?.statusCode).toBe(200)
  })

  test('any other shape cannot be read (502): no statusCode, a body that is not text, a string, null, not JSON', () => {
    for (const payload of [text({ body: 'x' }), text({ statusCode: 200, body: { a: 1 } }), text({ statusCode: '200' }), text('hello'), 'null', 'not json', text({ statusCode: 200, headers: { a: [1] } })]) {
      expect(proxyResponseV1(payload), payload).toBeNull()
    }
  })
})

describe('payload 2.0 responses [G-apigw-http]', () => {
  test('statusCode, headers, cookies (as set-cookie), body', () => {
    expect(proxyResponseV2(text({ statusCode: 302, headers: { location: '/x' }, cookies: ['a=1', 'b=2'], body: '' }))).toEqual({
      statusCode: 302, headers: { location: ['/x'], 'set-cookie': ['a=1', 'b=2'] }, body: '', isBase64Encoded: false,
    })
  })

  test('valid JSON without statusCode is the body: 200, application/json; a string as its text, anything else as JSON', () => {
    expect(proxyResponseV2(text('Hello'))).toEqual({ statusCode: 200, headers: { 'content-type': ['application/json'] }, body: 'Hello', isBase64Encoded: false })
    expect(proxyResponseV2(text({ message: 'hi' }))?.body).toBe('{"message":"hi"}')
    expect(proxyResponseV2('null')?.body).toBe('null')
    expect(proxyResponseV2('[1,2]')?.statusCode).toBe(200)
  })

  test('not JSON, or a statusCode with fields of the wrong type, cannot be read (502)', () => {
    expect(proxyResponseV2('Hello')).toBeNull()
    expect(proxyResponseV2(text({ statusCode: 700 }))).toBeNull()
    expect(proxyResponseV2(text({ statusCode: 200, body: 5 }))).toBeNull()
    expect(proxyResponseV2(text({ statusCode: 200, cookies: 'a=1' }))).toBeNull()
  })
})
