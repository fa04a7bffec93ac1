/**
 * One request through an API: what the client sent, the route it matched, and, once answered, the
 * response and its latency. It is also the payload the function is invoked with, and what follows
 * that invocation: the event object is built from it only when a function with code serialises it
 * (`toJSON`), so modelled functions cost no event at all.
 */
import type { Invocation } from '../../invoke/invocation.ts'
import { syncResponseOf } from '../../invoke/results.ts'
import type { SyncWatcher } from '../../invoke/syncWatchers.ts'
import type { World } from '../../world.ts'
import type { ApiGateway, ApiRoute } from './apiGateway.ts'
import { httpApiEvent, restEvent } from './apiEvents.ts'
import type { Waiting } from './deadlines.ts'
import { httpRequestId } from './httpIds.ts'
import type { HttpRequestSpec } from './httpRequest.ts'
import type { HttpExchange } from './httpEndpoint.ts'
import type { HttpResponse } from './httpResponse.ts'

export class ApiExchange implements HttpExchange, Waiting, SyncWatcher {
  pending = true
  inFlight = false
  response: HttpResponse | null = null
  latencyMs = 0
  private id: string | null = null

  constructor(
    readonly api: ApiGateway,
    /** Null when no route matched. */
    readonly route: ApiRoute | null,
    readonly pathParameters: Readonly<Record<string, string>> | null,
    readonly spec: HttpRequestSpec,
    readonly body: string | undefined,
    readonly serial: number,
    readonly arrivalMs: number,
  ) {}

  get requestId(): string {
    return (this.id ??= httpRequestId(this.api.seed, this.serial))
  }

  /** The function it invoked has answered. */
  invocationEnded(world: World, invocation: Invocation): void {
    this.api.integrated(world, this, syncResponseOf(world, invocation))
  }

  toJSON(): Record<string, unknown> {
    const route = this.route
    if (route === null) return {}
    return route.payloadFormatVersion === '2.0' ? httpApiEvent(this, route) : restEvent(this, route)
  }
}
