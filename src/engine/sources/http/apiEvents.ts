/**
 * The events API Gateway sends a function through a Lambda proxy integration, in AWS's field order
 * [G-apigw-proxy] [G-apigw-http] §11: payload 1.0 (REST APIs; HTTP APIs that ask for it, with
 * `version`) and payload 2.0 (HTTP APIs' default: lowercase header names, repeated headers and query
 * parameters comma-joined, cookies apart, no `multiValue*` fields). Built only when a function with
 * code reads the event.
 */
import { ACCOUNT_ID } from '../../facts.ts'
import type { ApiExchange } from './apiExchange.ts'
import type { ApiRoute } from './apiGateway.ts'
import { clfTime, epochMsOf } from './httpIds.ts'
import { allValues, asIs, decoded, headerValue, lastValues, type Pair } from './httpRequest.ts'

/** The client address in every event: a documentation address (RFC 5737). */
export const CLIENT_IP = '192.0.2.1'
const DEFAULT_USER_AGENT = 'lambda-playground'

const orNull = <T extends object>(map: T): T | null => (Object.keys(map).length === 0 ? null : map)

export function restEvent(exchange: ApiExchange, route: ApiRoute): Record<string, unknown> {
  const { api, spec } = exchange
  const userAgent = headerValue(spec.headers, 'user-agent') ?? DEFAULT_USER_AGENT
  const stagePath = api.protocol === 'REST' ? `/${api.stage}${spec.path}` : spec.path
  return {
    ...(api.protocol === 'HTTP' ? { version: '1.0' } : {}),
    resource: route.resourcePath,
    path: spec.path,
    httpMethod: spec.method,
    headers: orNull(lastValues(spec.headers, asIs, asIs)),
    multiValueHeaders: orNull(allValues(spec.headers, asIs, asIs)),
    queryStringParameters: orNull(lastValues(spec.query, decoded, decoded)),
    multiValueQueryStringParameters: orNull(allValues(spec.query, decoded, decoded)),
    requestContext: {
      accountId: ACCOUNT_ID,
      apiId: api.apiId,
      domainName: api.domainName,
      domainPrefix: api.apiId,
      extendedRequestId: exchange.requestId,
      httpMethod: spec.method,
      identity: {
        accessKey: null, accountId: null, caller: null, cognitoAuthenticationProvider: null, cognitoAuthenticationType: null,
        cognitoIdentityId: null, cognitoIdentityPoolId: null, principalOrgId: null, sourceIp: CLIENT_IP, user: null, userAgent, userArn: null,
      },
      path: stagePath,
      protocol: 'HTTP/1.1',
      requestId: exchange.requestId,
      requestTime: clfTime(exchange.arrivalMs),
      requestTimeEpoch: epochMsOf(exchange.arrivalMs),
      resourceId: null,
      resourcePath: route.resourcePath,
      stage: api.stage,
    },
    pathParameters: exchange.pathParameters,
    stageVariables: null,
    body: exchange.body ?? null,
    isBase64Encoded: false,
  }
}

/** Header pairs without `cookie`, names lowercased, repeated values comma-joined; and the cookies apart. */
function splitCookies(headers: readonly Pair[]): { headers: Record<string, string>; cookies: string[] } {
  const joined = new Map<string, string>()
  const cookies: string[] = []
  for (const [name, value] of headers) {
    const lower = name.toLowerCase()
    if (lower === 'cookie') {
      for (const cookie of value.split(';')) if (cookie.trim() !== '') cookies.push(cookie.trim())
      continue
    }
    const before = joined.get(lower)
    joined.set(lower, before === undefined ? value : `${before},${value}`)
  }
  return { headers: Object.fromEntries(joined), cookies }
}

function joinedQuery(query: readonly Pair[]): Record<string, string> {
  const joined = allValues(query, decoded, decoded)
  return Object.fromEntries(Object.entries(joined).map(([name, values]) => [name, values.join(',')]))
}

export function httpApiEvent(exchange: ApiExchange, route: ApiRoute): Record<string, unknown> {
  const { api, spec } = exchange
  const { headers, cookies } = splitCookies(spec.headers)
  const query = joinedQuery(spec.query)
  return {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath: spec.path,
    rawQueryString: spec.rawQuery,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: ACCOUNT_ID,
      apiId: api.apiId,
      domainName: api.domainName,
      domainPrefix: api.apiId,
      http: { method: spec.method, path: spec.path, protocol: 'HTTP/1.1', sourceIp: CLIENT_IP, userAgent: headers['user-agent'] ?? DEFAULT_USER_AGENT },
      requestId: exchange.requestId,
      routeKey: route.routeKey,
      stage: api.stage,
      time: clfTime(exchange.arrivalMs),
      timeEpoch: epochMsOf(exchange.arrivalMs),
    },
    ...(exchange.body === undefined ? {} : { body: exchange.body }),
    ...(exchange.pathParameters === null ? {} : { pathParameters: exchange.pathParameters }),
    isBase64Encoded: false,
  }
}
