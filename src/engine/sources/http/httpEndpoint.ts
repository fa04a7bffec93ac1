/**
 * What an API and a load balancer share: one request in flight is an exchange; each endpoint counts
 * what it received, answered and still waits on (its event accounting), keeps its CloudWatch
 * metrics and the last few answers for the live view.
 */
import type { ResourceAccounting, ResourceKind } from '../../api.ts'
import type { FieldKind, SeriesPoint } from '../../metrics/series.ts'
import { emptyAccounting, type ResourceHandle } from '../resources.ts'
import { HttpMetrics } from './httpMetrics.ts'
import type { HttpRequestSpec } from './httpRequest.ts'
import type { HttpResponse } from './httpResponse.ts'
import { RecentRing } from './recent.ts'

/**
 * One request from arrival to response. API and load balancer exchanges implement it with fields of
 * their own rather than extending a base class: V8's optimizing compiler does not inline a derived
 * constructor's `super()`, so a busy endpoint would build every request through its generic construct path.
 */
export interface HttpExchange {
  /** True until answered. */
  pending: boolean
  /** Waiting on the function (counted in the endpoint's Pending). */
  inFlight: boolean
  response: HttpResponse | null
  latencyMs: number
  readonly spec: HttpRequestSpec
  readonly serial: number
  readonly arrivalMs: number
}

export abstract class HttpEndpoint<Field extends string, Exchange extends HttpExchange> implements ResourceHandle {
  abstract readonly kind: ResourceKind
  readonly cloudWatch: HttpMetrics<Field>
  readonly recent = new RecentRing<Exchange>()
  /** Requests waiting on their function now. */
  inFlight = 0
  private readonly counts = emptyAccounting()

  constructor(readonly name: string, readonly seed: number, layout: Readonly<Record<Field, FieldKind>>) {
    this.cloudWatch = new HttpMetrics(layout)
  }

  metrics(resolution: 'second' | 'minute', nowMs: number, points?: number): SeriesPoint[] {
    return this.cloudWatch.points(resolution, nowMs, points)
  }

  accounting(): ResourceAccounting {
    return { ...this.counts, Dropped: { ...this.counts.Dropped } }
  }

  /** A request arrives: counted as received, and under its count metric (`Count`, `RequestCount`). */
  protected received(nowMs: number, countField: number): void {
    this.counts.Received++
    this.cloudWatch.count(nowMs, nowMs, countField)
  }

  /** The function was invoked and the request now waits on it. */
  protected waiting(exchange: Exchange): void {
    exchange.inFlight = true
    this.counts.Pending++
    this.inFlight++
  }

  /** The client gets `response`, whatever its status: processed, no longer pending. */
  protected sent(nowMs: number, exchange: Exchange, response: HttpResponse): void {
    if (exchange.inFlight) {
      exchange.inFlight = false
      this.counts.Pending--
      this.inFlight--
    }
    exchange.pending = false
    exchange.response = response
    exchange.latencyMs = nowMs - exchange.arrivalMs
    this.counts.Processed++
    this.cloudWatch.status(response.statusCode)
    this.recent.add(exchange)
  }
}
