/**
 * An Application Load Balancer with Lambda target groups [G-elb] [D-elb]: listener rules (path
 * patterns, in order) pick the target group, whose function is invoked synchronously. A request
 * body over 1 MB is refused with 413 and a response over 1 MB is 502; a function error, a timeout
 * and a response the load balancer cannot read are 502, a throttle 503 (httpFacts.ts). Those count
 * as LambdaUserError and HTTPCode_ELB_*; the function's own status codes as HTTPCode_Target_*.
 * There is no integration timeout: the load balancer waits for the function's own timeout.
 */
import { ACCOUNT_ID } from '../../facts.ts'
import { invokeFollowed } from '../../invoke/awsPort.ts'
import type { SyncResponse } from '../../invoke/results.ts'
import { resolveTarget, type TargetRef } from '../../invoke/targets.ts'
import type { LoadBalancerConfig } from '../../scenario/types.ts'
import { utf8Length } from '../../traffic/payloadSize.ts'
import type { World } from '../../world.ts'
import type { Arrival } from '../feeders.ts'
import { albBody } from './albEvents.ts'
import { AlbExchange } from './albExchange.ts'
import { albResponse } from './albResponses.ts'
import { ALB_BAD_GATEWAY, ALB_LAMBDA_MAX_BYTES, ALB_NO_RULE, ALB_THROTTLED, ALB_TOO_LARGE } from './httpFacts.ts'
import { resourceIdOf } from './httpIds.ts'
import { HttpEndpoint } from './httpEndpoint.ts'
import { fieldIndex } from '../../metrics/rolledSeries.ts'
import { bodyBytes, bodyOf, httpRequestOf, type HttpRequestSpec } from './httpRequest.ts'
import { serviceResponse, type HttpResponse } from './httpResponse.ts'
import { isModelled, MODELLED_RESPONSE } from './modelled.ts'
import { compilePathPattern } from './pathPatterns.ts'

/** AWS/ApplicationELB metric names; TargetResponseTime in ms (CloudWatch reports seconds). */
const ALB_LAYOUT = {
  RequestCount: 'sum', HTTPCode_ELB_4XX_Count: 'sum', HTTPCode_ELB_5XX_Count: 'sum',
  HTTPCode_Target_2XX_Count: 'sum', HTTPCode_Target_3XX_Count: 'sum', HTTPCode_Target_4XX_Count: 'sum', HTTPCode_Target_5XX_Count: 'sum',
  LambdaUserError: 'sum', LambdaTargetProcessedBytes: 'sum',
  TargetResponseTimeSum: 'sum', TargetResponseTimeP50: 'p50', TargetResponseTimeP90: 'p90', TargetResponseTimeP99: 'p99',
} as const
type AlbField = keyof typeof ALB_LAYOUT
const F = fieldIndex(ALB_LAYOUT)
/** HTTPCode_Target_nXX_Count by the status code's first digit. */
const TARGET_FIELDS: readonly (number | undefined)[] = [
  undefined, undefined, F.HTTPCode_Target_2XX_Count, F.HTTPCode_Target_3XX_Count, F.HTTPCode_Target_4XX_Count, F.HTTPCode_Target_5XX_Count,
]

export interface TargetGroup {
  readonly name: string
  readonly arn: string
  readonly targetName: string
  /** Resolved on first use: a target may name an alias that the timeline creates later. */
  target: TargetRef | null
  /** `lambda.multi_value_headers.enabled`. */
  readonly multiValueHeaders: boolean
}

/** What one Traffic entry sends, prepared once: the load balancer, the request, its target group, the event's body and size. */
export interface AlbTraffic {
  readonly lb: LoadBalancer
  readonly spec: HttpRequestSpec
  readonly group: TargetGroup | null
  readonly bodyBytes: number
  readonly eventBody: { body: string; isBase64Encoded: boolean }
  readonly eventBytes: number
}

const html = (statusCode: number, reason: string): HttpResponse =>
  serviceResponse(statusCode, `<html>\r\n<head><title>${statusCode} ${reason}</title></head>\r\n<body>\r\n<center><h1>${statusCode} ${reason}</h1></center>\r\n</body>\r\n</html>\r\n`, 'text/html')
const BAD_GATEWAY = html(ALB_BAD_GATEWAY, 'Bad Gateway')
const THROTTLED = html(ALB_THROTTLED, 'Service Temporarily Unavailable')
const TOO_LARGE = html(ALB_TOO_LARGE, 'Request Entity Too Large')
const NO_RULE = serviceResponse(ALB_NO_RULE, 'Not Found', 'text/plain')

export class LoadBalancer extends HttpEndpoint<AlbField, AlbExchange> {
  readonly kind = 'LoadBalancer'
  readonly dnsName: string
  private readonly groups: ReadonlyMap<string, TargetGroup>
  private readonly rules: readonly { readonly pattern: RegExp; readonly group: TargetGroup }[]
  private readonly defaultGroup: TargetGroup | null

  constructor(name: string, config: LoadBalancerConfig, region: string, seed: number) {
    super(name, seed, ALB_LAYOUT)
    this.dnsName = `${name}-${resourceIdOf(name, 9, 10)}.${region}.elb.amazonaws.com`
    this.groups = new Map(config.TargetGroups.map((tg) => [tg.Name, {
      name: tg.Name,
      arn: `arn:aws:elasticloadbalancing:${region}:${ACCOUNT_ID}:targetgroup/${tg.Name}/${resourceIdOf(tg.Name, 16, 16)}`,
      targetName: tg.Target,
      target: null,
      multiValueHeaders: tg.MultiValueHeadersEnabled ?? false,
    }]))
    this.rules = (config.Rules ?? []).map((rule) => ({ pattern: compilePathPattern(rule.PathPattern), group: this.group(rule.TargetGroup) }))
    this.defaultGroup = config.DefaultTargetGroup === undefined ? null : this.group(config.DefaultTargetGroup)
  }

  private group(name: string): TargetGroup {
    const group = this.groups.get(name)
    // The validator refuses rules naming a target group the load balancer does not have.
    if (group === undefined) throw new Error(`${this.name} has no target group ${name}`)
    return group
  }

  prepare(arrival: Arrival): AlbTraffic {
    const spec = httpRequestOf(arrival.traffic.request)
    const group = this.rules.find((rule) => rule.pattern.test(spec.path))?.group ?? this.defaultGroup
    const eventBody = albBody(spec.body, spec.headers)
    const probe = new AlbExchange(this, group, spec, eventBody.body, eventBody.isBase64Encoded, 0, 0)
    return { lb: this, spec, group, bodyBytes: bodyBytes(spec.body), eventBody, eventBytes: utf8Length(JSON.stringify(probe)) }
  }

  receive(world: World, arrival: Arrival, traffic: AlbTraffic, serial: number): void {
    const now = world.nowMs
    this.received(now, F.RequestCount)
    const body = bodyOf(arrival, traffic.spec)
    const sameBody = body === traffic.spec.body
    const eventBody = sameBody ? traffic.eventBody : albBody(body, traffic.spec.headers)
    const group = traffic.group
    const exchange = new AlbExchange(this, group, traffic.spec, eventBody.body, eventBody.isBase64Encoded, serial, now)
    if (group === null) return this.answer(world, exchange, NO_RULE, false)
    if ((sameBody ? traffic.bodyBytes : bodyBytes(body)) > ALB_LAMBDA_MAX_BYTES) return this.answer(world, exchange, TOO_LARGE, true)
    group.target ??= resolveTarget(world, group.targetName)
    if (group.target === null) return this.answer(world, exchange, BAD_GATEWAY, true)
    const eventBytes = sameBody ? traffic.eventBytes : traffic.eventBytes + utf8Length(eventBody.body) - utf8Length(traffic.eventBody.body)
    this.cloudWatch.count(now, now, F.LambdaTargetProcessedBytes, eventBytes)
    const status = invokeFollowed(world, group.target, exchange, eventBytes, 1, exchange)
    if (status !== 200) return this.answer(world, exchange, status === 429 ? THROTTLED : BAD_GATEWAY, true)
    this.waiting(exchange)
  }

  /** The function's answer (its exchange follows the invocation). */
  responded(world: World, exchange: AlbExchange, result: SyncResponse): void {
    const group = exchange.group as TargetGroup
    const target = group.target as TargetRef
    const bytes = utf8Length(result.payload)
    this.cloudWatch.count(world.nowMs, exchange.arrivalMs, F.LambdaTargetProcessedBytes, bytes)
    const response = result.functionError !== null || bytes > ALB_LAMBDA_MAX_BYTES ? BAD_GATEWAY
      : isModelled(target, result) ? MODELLED_RESPONSE
      : albResponse(result.payload, group.multiValueHeaders) ?? BAD_GATEWAY
    this.answer(world, exchange, response, response === BAD_GATEWAY)
  }

  /** Sends the response; `userError` when the load balancer wrote it because of the function (LambdaUserError). */
  private answer(world: World, exchange: AlbExchange, response: HttpResponse, userError: boolean): void {
    const now = world.nowMs
    const at = exchange.arrivalMs
    const forwarded = exchange.inFlight || response === THROTTLED
    this.sent(now, exchange, response)
    const m = this.cloudWatch
    const elb = response === BAD_GATEWAY || response === THROTTLED || response === TOO_LARGE || response === NO_RULE
    if (elb) m.count(now, at, response.statusCode >= 500 ? F.HTTPCode_ELB_5XX_Count : F.HTTPCode_ELB_4XX_Count)
    else {
      const field = TARGET_FIELDS[Math.floor(response.statusCode / 100)]
      if (field !== undefined) m.count(now, at, field)
    }
    if (userError) m.count(now, at, F.LambdaUserError)
    if (forwarded) {
      m.count(now, at, F.TargetResponseTimeSum, exchange.latencyMs)
      m.latencyOf(now, at, exchange.latencyMs)
    }
  }
}
