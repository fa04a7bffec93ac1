/**
 * One request through a load balancer to a Lambda target group; also the invocation's payload,
 * whose event is built only when a function with code serialises it (`toJSON`), and what follows
 * that invocation.
 */
import type { Invocation } from '../../invoke/invocation.ts'
import { syncResponseOf } from '../../invoke/results.ts'
import type { SyncWatcher } from '../../invoke/syncWatchers.ts'
import type { World } from '../../world.ts'
import { albEvent } from './albEvents.ts'
import type { LoadBalancer, TargetGroup } from './loadBalancer.ts'
import type { HttpRequestSpec } from './httpRequest.ts'
import type { HttpExchange } from './httpEndpoint.ts'
import type { HttpResponse } from './httpResponse.ts'

export class AlbExchange implements HttpExchange, SyncWatcher {
  pending = true
  inFlight = false
  response: HttpResponse | null = null
  latencyMs = 0

  constructor(
    readonly lb: LoadBalancer,
    /** Null when no rule matched and there is no default target group. */
    readonly group: TargetGroup | null,
    readonly spec: HttpRequestSpec,
    /** The body as the event carries it (base64 for binary content types). */
    readonly body: string,
    readonly isBase64Encoded: boolean,
    readonly serial: number,
    readonly arrivalMs: number,
  ) {}

  /** The function it invoked has answered. */
  invocationEnded(world: World, invocation: Invocation): void {
    this.lb.responded(world, this, syncResponseOf(world, invocation))
  }

  toJSON(): Record<string, unknown> {
    return this.group === null ? {} : albEvent(this, this.group)
  }
}
