/**
 * What the summary and the live snapshot show of APIs and load balancers: requests by status class
 * and code, latency percentiles, requests in flight and the last few requests answered.
 */
import type { DistributionSummary } from '../../api.ts'
import type { Histogram } from '../../metrics/histogram.ts'
import type { ApiGateway } from './apiGateway.ts'
import type { HttpState } from './httpState.ts'
import type { HttpMetrics } from './httpMetrics.ts'
import type { LoadBalancer } from './loadBalancer.ts'
import { statusClass } from './httpResponse.ts'

export type StatusClasses = Record<'2XX' | '3XX' | '4XX' | '5XX', number>

export interface ApiSummary {
  ProtocolType: 'REST' | 'HTTP'
  /** AWS/ApiGateway Count: every request received. */
  Count: number
  StatusClasses: StatusClasses
  /** Responses by status code, e.g. `{ "200": 95, "504": 5 }`. */
  StatusCodes: Record<string, number>
  /** AWS/ApiGateway Latency, ms from request to response. */
  Latency: DistributionSummary
}

export interface LoadBalancerSummary {
  RequestCount: number
  StatusClasses: StatusClasses
  StatusCodes: Record<string, number>
  /** Responses the load balancer wrote itself (no rule, body too large, throttle, function error). */
  HTTPCode_ELB_4XX_Count: number
  HTTPCode_ELB_5XX_Count: number
  LambdaUserError: number
  /** ms from forwarding a request to the function's answer. */
  TargetResponseTime: DistributionSummary
}

/** One answered request, for the live view. */
export interface ExchangeView {
  atMs: number
  method: string
  path: string
  statusCode: number
  latencyMs: number
}

export interface HttpEndpointView {
  name: string
  /** `REST` or `HTTP` for an API; `ALB` for a load balancer. */
  type: 'REST' | 'HTTP' | 'ALB'
  inFlight: number
  requests: number
  statusClasses: StatusClasses
  /** The last answered requests, oldest first. */
  recent: ExchangeView[]
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000

function distribution(histogram: Histogram): DistributionSummary {
  return { Average: round3(histogram.average()), p50: round3(histogram.percentile(0.5)), p99: round3(histogram.percentile(0.99)) }
}

function byStatus(metrics: HttpMetrics<string>): { StatusClasses: StatusClasses; StatusCodes: Record<string, number> } {
  const classes: StatusClasses = { '2XX': 0, '3XX': 0, '4XX': 0, '5XX': 0 }
  const codes = metrics.statusCodes()
  for (const [code, count] of codes) {
    const key = statusClass(code)
    if (key in classes) classes[key as keyof StatusClasses] += count
  }
  return { StatusClasses: classes, StatusCodes: Object.fromEntries(codes.map(([code, count]) => [String(code), count])) }
}

export function apiSummary(api: ApiGateway): ApiSummary {
  const m = api.cloudWatch
  return { ProtocolType: api.protocol, Count: m.total('Count'), ...byStatus(m), Latency: distribution(m.latency) }
}

export function loadBalancerSummary(lb: LoadBalancer): LoadBalancerSummary {
  const m = lb.cloudWatch
  return {
    RequestCount: m.total('RequestCount'),
    ...byStatus(m),
    HTTPCode_ELB_4XX_Count: m.total('HTTPCode_ELB_4XX_Count'),
    HTTPCode_ELB_5XX_Count: m.total('HTTPCode_ELB_5XX_Count'),
    LambdaUserError: m.total('LambdaUserError'),
    TargetResponseTime: distribution(m.latency),
  }
}

/** The summary's `Apis` and `LoadBalancers`, each present only when the scenario has some. */
export function httpSummaries(http: HttpState): { Apis?: Record<string, ApiSummary>; LoadBalancers?: Record<string, LoadBalancerSummary> } {
  return {
    ...(http.apis.size === 0 ? {} : { Apis: Object.fromEntries([...http.apis].map(([name, api]) => [name, apiSummary(api)])) }),
    ...(http.loadBalancers.size === 0 ? {} : { LoadBalancers: Object.fromEntries([...http.loadBalancers].map(([name, lb]) => [name, loadBalancerSummary(lb)])) }),
  }
}

interface Answered {
  readonly arrivalMs: number
  readonly spec: { readonly method: string; readonly path: string }
  readonly response: { readonly statusCode: number } | null
  readonly latencyMs: number
}

const exchangeView = (exchange: Answered): ExchangeView => ({
  atMs: exchange.arrivalMs, method: exchange.spec.method, path: exchange.spec.path, statusCode: exchange.response?.statusCode ?? 0, latencyMs: exchange.latencyMs,
})

/** The snapshot's `httpEndpoints`: every API, then every load balancer; absent when there are none. */
export function httpEndpointViews(http: HttpState): HttpEndpointView[] | undefined {
  if (http.apis.size === 0 && http.loadBalancers.size === 0) return undefined
  const view = (name: string, type: HttpEndpointView['type'], inFlight: number, metrics: HttpMetrics<string>, requests: number, recent: Answered[]): HttpEndpointView =>
    ({ name, type, inFlight, requests, statusClasses: byStatus(metrics).StatusClasses, recent: recent.map(exchangeView) })
  return [
    ...[...http.apis.values()].map((api) => view(api.name, api.protocol, api.inFlight, api.cloudWatch, api.cloudWatch.total('Count'), api.recent.items())),
    ...[...http.loadBalancers.values()].map((lb) => view(lb.name, 'ALB', lb.inFlight, lb.cloudWatch, lb.cloudWatch.total('RequestCount'), lb.recent.items())),
  ]
}
