/**
 * The run's APIs and load balancers (`world.http`), and the feeders that hand them traffic.
 */
import type { Scenario } from '../../scenario/types.ts'
import type { World } from '../../world.ts'
import type { Arrival } from '../feeders.ts'
import { registerResource } from '../resources.ts'
import { ApiGateway, type ApiTraffic } from './apiGateway.ts'
import { LoadBalancer, type AlbTraffic } from './loadBalancer.ts'

export interface HttpState {
  readonly apis: ReadonlyMap<string, ApiGateway>
  readonly loadBalancers: ReadonlyMap<string, LoadBalancer>
  /** HTTP requests so far across the account, numbering request and trace ids. */
  serial: number
}

export function createHttpState(scenario: Scenario, region: string, seed: number): HttpState {
  return {
    apis: new Map((scenario.Apis ?? []).map((api) => [api.Name, new ApiGateway(api.Name, api, region, seed)])),
    loadBalancers: new Map((scenario.LoadBalancers ?? []).map((lb) => [lb.Name, new LoadBalancer(lb.Name, lb, region, seed)])),
    serial: 0,
  }
}

/** Registers every API and load balancer for `resourceMetrics` and `eventAccounting`. */
export function startHttp(world: World): void {
  for (const api of world.http.apis.values()) registerResource(world, api)
  for (const lb of world.http.loadBalancers.values()) registerResource(world, lb)
}

function known<T>(map: ReadonlyMap<string, T>, kind: string, name: string): T {
  const found = map.get(name)
  // The validator refuses traffic to resources the scenario does not define.
  if (found === undefined) throw new Error(`The scenario defines no ${kind} named ${name}`)
  return found
}

/** The API and what the entry sends are looked up once per Traffic entry, and kept in its memo. */
export function feedApi(world: World, name: string, arrival: Arrival): void {
  const traffic = (arrival.traffic.memo ??= known(world.http.apis, 'API', name).prepare(arrival)) as ApiTraffic
  traffic.api.receive(world, arrival, traffic, ++world.http.serial)
}

export function feedLoadBalancer(world: World, name: string, arrival: Arrival): void {
  const traffic = (arrival.traffic.memo ??= known(world.http.loadBalancers, 'load balancer', name).prepare(arrival)) as AlbTraffic
  traffic.lb.receive(world, arrival, traffic, ++world.http.serial)
}
