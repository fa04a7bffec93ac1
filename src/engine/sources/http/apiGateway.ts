/**
 * API Gateway in front of functions (Lambda proxy integration): REST APIs send payload 1.0, HTTP
 * APIs payload 2.0 unless a route asks for 1.0 [G-apigw-proxy] [G-apigw-http]. Each request finds
 * its route, invokes the function synchronously and waits at most the route's `TimeoutInMillis`
 * (504 after it, while the function runs on); a throttle becomes 500, a function error or a
 * response API Gateway cannot read 502 [D-apigw-errors]. Metrics are AWS/ApiGateway's.
 */
import { invokeFollowed } from '../../invoke/awsPort.ts'
import type { SyncResponse } from '../../invoke/results.ts'
import { resolveTarget, type TargetRef } from '../../invoke/targets.ts'
import type { ApiConfig, RouteConfig } from '../../scenario/types.ts'
import { utf8Length } from '../../traffic/payloadSize.ts'
import type { World } from '../../world.ts'
import type { Arrival } from '../feeders.ts'
import { ApiExchange } from './apiExchange.ts'
import { proxyResponseV1, proxyResponseV2 } from './apiResponses.ts'
import { DeadlineQueue } from './deadlines.ts'
import {
  API_BAD_GATEWAY, API_LAMBDA_REJECTED, API_PAYLOAD_MAX_BYTES, API_TIMEOUT, API_TOO_LARGE, HTTP_API_NO_ROUTE, HTTP_API_TIMEOUT_MAX_MS,
  REST_NO_ROUTE, REST_TIMEOUT_MAX_MS,
} from './httpFacts.ts'
import { resourceIdOf } from './httpIds.ts'
import { HttpEndpoint } from './httpEndpoint.ts'
import { fieldIndex } from '../../metrics/rolledSeries.ts'
import { bodyBytes, bodyOf, httpRequestOf, type HttpRequestSpec } from './httpRequest.ts'
import { serviceResponse, type HttpResponse } from './httpResponse.ts'
import { isModelled, MODELLED_RESPONSE } from './modelled.ts'
import { DEFAULT_ROUTE, matchRoute, parseRouteKey, type ParsedRouteKey, type RouteMatch } from './routes.ts'

/** AWS/ApiGateway metric names; latencies in ms, as CloudWatch reports them. */
const API_LAYOUT = {
  Count: 'sum', '4XXError': 'sum', '5XXError': 'sum', LatencySum: 'sum', IntegrationLatencySum: 'sum',
  LatencyP50: 'p50', LatencyP90: 'p90', LatencyP99: 'p99',
} as const
type ApiField = keyof typeof API_LAYOUT
const F = fieldIndex(API_LAYOUT)

export interface ApiRoute {
  readonly key: ParsedRouteKey
  readonly routeKey: string
  /** The route's path (`/orders/{id}`), or `$default`: the event's `resource`. */
  readonly resourcePath: string
  readonly targetName: string
  /** Resolved on first use: a route may name an alias that the timeline creates later. */
  target: TargetRef | null
  readonly payloadFormatVersion: '1.0' | '2.0'
  readonly waiting: DeadlineQueue<ApiExchange>
}

/** What one Traffic entry sends, prepared once: the API, the request, its route, and the size of its event. */
export interface ApiTraffic {
  readonly api: ApiGateway
  readonly spec: HttpRequestSpec
  readonly match: RouteMatch<ApiRoute> | null
  readonly bodyBytes: number
  readonly eventBytes: number
}

const jsonBytes = (body: string | undefined): number => (body === undefined ? 0 : utf8Length(JSON.stringify(body)))

export class ApiGateway extends HttpEndpoint<ApiField, ApiExchange> {
  readonly kind = 'Api'
  readonly protocol: ApiConfig['ProtocolType']
  readonly stage: string
  readonly apiId: string
  readonly domainName: string
  readonly routes: readonly ApiRoute[]
  private readonly answers: { readonly noRoute: HttpResponse; readonly tooLarge: HttpResponse; readonly rejected: HttpResponse; readonly badGateway: HttpResponse; readonly timeout: HttpResponse }

  constructor(name: string, config: ApiConfig, region: string, seed: number) {
    super(name, seed, API_LAYOUT)
    this.protocol = config.ProtocolType
    const rest = config.ProtocolType === 'REST'
    this.stage = config.StageName ?? (rest ? 'prod' : '$default')
    this.apiId = resourceIdOf(name)
    this.domainName = `${this.apiId}.execute-api.${region}.amazonaws.com`
    this.routes = config.Routes.map((route) => this.routeOf(route, rest))
    const message = (text: string): string => JSON.stringify({ message: text })
    const internal = message(rest ? 'Internal server error' : 'Internal Server Error')
    this.answers = {
      noRoute: rest ? serviceResponse(REST_NO_ROUTE, message('Missing Authentication Token')) : serviceResponse(HTTP_API_NO_ROUTE, message('Not Found')),
      tooLarge: serviceResponse(API_TOO_LARGE, message(rest ? 'Request Too Long' : 'Request Entity Too Large')),
      rejected: serviceResponse(API_LAMBDA_REJECTED, internal),
      badGateway: serviceResponse(API_BAD_GATEWAY, internal),
      timeout: serviceResponse(API_TIMEOUT, message('Endpoint request timed out')),
    }
  }

  private routeOf(config: RouteConfig, rest: boolean): ApiRoute {
    const key = parseRouteKey(config.RouteKey)
    // The validator refuses malformed route keys.
    if (typeof key === 'string') throw new Error(`${this.name} ${config.RouteKey}: ${key}`)
    const timeoutMs = config.TimeoutInMillis ?? (rest ? REST_TIMEOUT_MAX_MS : HTTP_API_TIMEOUT_MAX_MS)
    return {
      key,
      routeKey: config.RouteKey,
      resourcePath: key.kind === 'default' ? DEFAULT_ROUTE : key.path,
      targetName: config.Target,
      target: null,
      payloadFormatVersion: rest ? '1.0' : (config.PayloadFormatVersion ?? '2.0'),
      waiting: new DeadlineQueue<ApiExchange>(timeoutMs, (world, exchange) => this.answer(world, exchange, this.answers.timeout, timeoutMs)),
    }
  }

  prepare(arrival: Arrival): ApiTraffic {
    const spec = httpRequestOf(arrival.traffic.request)
    const match = matchRoute(this.routes, spec.method, spec.path)
    const probe = new ApiExchange(this, match?.route ?? null, match?.pathParameters ?? null, spec, spec.body, 0, 0)
    return { api: this, spec, match, bodyBytes: bodyBytes(spec.body), eventBytes: utf8Length(JSON.stringify(probe)) }
  }

  receive(world: World, arrival: Arrival, traffic: ApiTraffic, serial: number): void {
    const now = world.nowMs
    this.received(now, F.Count)
    const body = bodyOf(arrival, traffic.spec)
    const sameBody = body === traffic.spec.body
    const match = traffic.match
    const exchange = new ApiExchange(this, match?.route ?? null, match?.pathParameters ?? null, traffic.spec, body, serial, now)
    if (match === null) return this.answer(world, exchange, this.answers.noRoute, null)
    if ((sameBody ? traffic.bodyBytes : bodyBytes(body)) > API_PAYLOAD_MAX_BYTES) return this.answer(world, exchange, this.answers.tooLarge, null)
    const route = match.route
    route.target ??= resolveTarget(world, route.targetName)
    if (route.target === null) return this.answer(world, exchange, this.answers.rejected, 0)
    const eventBytes = sameBody ? traffic.eventBytes : traffic.eventBytes + jsonBytes(body) - jsonBytes(traffic.spec.body)
    const status = invokeFollowed(world, route.target, exchange, eventBytes, 1, exchange)
    // 413 or 429: Lambda refused the invocation [D-apigw-errors].
    if (status !== 200) return this.answer(world, exchange, this.answers.rejected, 0)
    this.waiting(exchange)
    route.waiting.add(world, exchange)
  }

  /** The function's answer (its exchange follows the invocation); too late when the integration already timed out (the function ran on regardless). */
  integrated(world: World, exchange: ApiExchange, result: SyncResponse): void {
    if (!exchange.pending) return
    const route = exchange.route as ApiRoute
    const target = route.target as TargetRef
    const response = result.functionError !== null ? this.answers.badGateway
      : isModelled(target, result) ? MODELLED_RESPONSE
      : (route.payloadFormatVersion === '2.0' ? proxyResponseV2(result.payload) : proxyResponseV1(result.payload)) ?? this.answers.badGateway
    this.answer(world, exchange, response, world.nowMs - exchange.arrivalMs)
    route.waiting.settle()
  }

  /** Sends the response: `integrationMs` is null when the request never reached the integration. */
  private answer(world: World, exchange: ApiExchange, response: HttpResponse, integrationMs: number | null): void {
    const now = world.nowMs
    const at = exchange.arrivalMs
    this.sent(now, exchange, response)
    const latencyMs = exchange.latencyMs
    const m = this.cloudWatch
    if (response.statusCode >= 500) m.count(now, at, F['5XXError'])
    else if (response.statusCode >= 400) m.count(now, at, F['4XXError'])
    m.count(now, at, F.LatencySum, latencyMs)
    if (integrationMs !== null) m.count(now, at, F.IntegrationLatencySum, integrationMs)
    m.latencyOf(now, at, latencyMs)
  }
}
