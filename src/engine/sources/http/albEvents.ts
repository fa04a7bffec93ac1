/**
 * The event a load balancer sends a function [G-elb] §11: the target group's ARN, method, path, the
 * query (not URL-decoded) and headers (lowercase names), with `X-Amzn-Trace-Id`, `X-Forwarded-For`,
 * `-Port` and `-Proto` added; as single values (the last of each) or, with multi-value headers
 * enabled, as arrays under `multiValueQueryStringParameters` / `multiValueHeaders`. Bodies of
 * text/*, application/json, application/javascript and application/xml go as they are; any other
 * body is base64-encoded with `isBase64Encoded: true`.
 */
import { base64 } from '../../logs/base64.ts'
import { CLIENT_IP } from './apiEvents.ts'
import type { AlbExchange } from './albExchange.ts'
import type { TargetGroup } from './loadBalancer.ts'
import { traceIdOf } from './httpIds.ts'
import { allValues, asIs, headerValue, lastValues, lowerCase, type Pair } from './httpRequest.ts'

const TEXT_TYPES = /^(text\/[^;]*|application\/(json|javascript|xml))\s*(;.*)?$/i

/** The body as the event carries it. */
export function albBody(body: string | undefined, headers: readonly Pair[]): { body: string; isBase64Encoded: boolean } {
  if (body === undefined || body === '') return { body: '', isBase64Encoded: false }
  if (TEXT_TYPES.test(headerValue(headers, 'content-type') ?? '')) return { body, isBase64Encoded: false }
  return { body: base64(new TextEncoder().encode(body)), isBase64Encoded: true }
}

/** The client's headers and those the load balancer adds. */
function forwardedHeaders(exchange: AlbExchange): Pair[] {
  const { spec, lb } = exchange
  const headers: Pair[] = spec.headers.filter(([name]) => name.toLowerCase() !== 'x-forwarded-for')
  if (headerValue(headers, 'host') === undefined) headers.push(['host', lb.dnsName])
  const forwardedFor = headerValue(spec.headers, 'x-forwarded-for')
  headers.push(
    ['x-amzn-trace-id', traceIdOf(lb.seed, exchange.serial, exchange.arrivalMs)],
    ['x-forwarded-for', forwardedFor === undefined ? CLIENT_IP : `${forwardedFor}, ${CLIENT_IP}`],
    ['x-forwarded-port', '80'],
    ['x-forwarded-proto', 'http'],
  )
  return headers
}

export function albEvent(exchange: AlbExchange, group: TargetGroup): Record<string, unknown> {
  const { spec } = exchange
  const headers = forwardedHeaders(exchange)
  const multi = group.multiValueHeaders
  return {
    requestContext: { elb: { targetGroupArn: group.arn } },
    httpMethod: spec.method,
    path: spec.path,
    ...(multi
      ? { multiValueQueryStringParameters: allValues(spec.query, asIs, asIs), multiValueHeaders: allValues(headers, lowerCase, asIs) }
      : { queryStringParameters: lastValues(spec.query, asIs, asIs), headers: lastValues(headers, lowerCase, asIs) }),
    body: exchange.body,
    isBase64Encoded: exchange.isBase64Encoded,
  }
}
