/**
 * API Gateway APIs and Application Load Balancers: names, routes and their integration timeouts
 * [G-apigw-limits], listener rules [API_elbv2] [G-elb-limits], and the functions they invoke.
 */
import { HTTP_API_TIMEOUT_MAX_MS, INTEGRATION_TIMEOUT_MIN_MS, REST_TIMEOUT_MAX_MS } from '../sources/http/httpFacts.ts'
import { PATH_PATTERN_CHARACTERS, PATH_PATTERN_MAX_LENGTH, PATH_PATTERN_MAX_WILDCARDS } from '../sources/http/pathPatterns.ts'
import { DEFAULT_ROUTE, parseRouteKey } from '../sources/http/routes.ts'
import { field, item, type Fields } from './check.ts'
import type { ScenarioContext, TimelineCreations } from './context.ts'
import { describeValue, formatNumber } from './describe.ts'
import type { ApiConfig, LoadBalancerConfig, RouteConfig, TargetGroupConfig } from './types.ts'
import { checkFunctionReference } from './validateTrafficTarget.ts'

const API_FIELDS: Fields<ApiConfig> = { Name: 'required', ProtocolType: 'required', Routes: 'required', StageName: 'optional' }
const ROUTE_FIELDS: Fields<RouteConfig> = { RouteKey: 'required', Target: 'required', PayloadFormatVersion: 'optional', TimeoutInMillis: 'optional' }
const LB_FIELDS: Fields<LoadBalancerConfig> = { Name: 'required', TargetGroups: 'required', Rules: 'optional', DefaultTargetGroup: 'optional' }
const TG_FIELDS: Fields<TargetGroupConfig> = { Name: 'required', Target: 'required', MultiValueHeadersEnabled: 'optional' }
const RULE_FIELDS: Fields<{ PathPattern: string; TargetGroup: string }> = { PathPattern: 'required', TargetGroup: 'required' }
const PROTOCOLS: readonly ApiConfig['ProtocolType'][] = ['REST', 'HTTP']
const PAYLOAD_VERSIONS: readonly NonNullable<RouteConfig['PayloadFormatVersion']>[] = ['1.0', '2.0']

/** Ours: names that read well in `Api:<Name>` and in an ARN's path. */
const API_NAME = /^[A-Za-z0-9._-]{1,128}$/
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/
/** Load balancer and target group names: 1–32 letters, digits or hyphens, not starting or ending with a hyphen. [API_elbv2] */
const ELB_NAME = /^(?!-)[A-Za-z0-9-]{1,32}(?<!-)$/
/** Listener rules per load balancer, besides the default rule. [G-elb-limits] */
const RULES_MAX = 100

function unique(ctx: ScenarioContext, names: Set<string>, name: string | undefined, at: string, noun: string): void {
  if (name === undefined) return
  if (names.has(name)) ctx.c.report(at, 'duplicate', `There is already ${noun} named ${name}`)
  names.add(name)
}

export function checkApis(ctx: ScenarioContext, value: unknown, at: string, creations: TimelineCreations): void {
  const { c } = ctx
  const names = new Set<string>()
  c.array(value, at)?.forEach((raw, i) => {
    const apiAt = item(at, i)
    const api = c.object(raw, apiAt, API_FIELDS)
    if (api === undefined) return
    const name = c.string(api.Name, field(apiAt, 'Name'), { pattern: API_NAME, expected: '1 to 128 letters, digits, dots, hyphens or underscores' })
    unique(ctx, names, name, field(apiAt, 'Name'), 'an API')
    const protocol = c.oneOf(api.ProtocolType, field(apiAt, 'ProtocolType'), PROTOCOLS)
    if (api.StageName !== '$default' || protocol !== 'HTTP') {
      c.string(api.StageName, field(apiAt, 'StageName'), { pattern: STAGE_NAME, expected: `1 to 128 letters, digits, hyphens or underscores${protocol === 'HTTP' ? ', or $default' : ''}` })
    }
    const routesAt = field(apiAt, 'Routes')
    const routes = c.array(api.Routes, routesAt)
    if (routes?.length === 0) c.report(routesAt, 'length', 'Routes needs at least one route, such as { "RouteKey": "ANY /{proxy+}", "Target": "my-function" }')
    const keys = new Set<string>()
    routes?.forEach((rawRoute, r) => checkRoute(ctx, rawRoute, item(routesAt, r), protocol, keys, creations))
  })
}

function checkRoute(ctx: ScenarioContext, raw: unknown, at: string, protocol: ApiConfig['ProtocolType'] | undefined, keys: Set<string>, creations: TimelineCreations): void {
  const { c } = ctx
  const route = c.object(raw, at, ROUTE_FIELDS)
  if (route === undefined) return
  const keyAt = field(at, 'RouteKey')
  const key = c.string(route.RouteKey, keyAt)
  if (key !== undefined) {
    const parsed = parseRouteKey(key)
    if (typeof parsed === 'string') c.report(keyAt, 'route-key', `RouteKey: ${parsed}`)
    else if (key === DEFAULT_ROUTE && protocol === 'REST') c.report(keyAt, 'route-key', 'REST APIs have no $default route; use "ANY /{proxy+}" to catch every path')
    else unique(ctx, keys, key, keyAt, 'a route with the key')
  }
  const target = c.string(route.Target, field(at, 'Target'))
  if (target !== undefined) checkFunctionReference(ctx, target, field(at, 'Target'), creations)
  const version = c.oneOf(route.PayloadFormatVersion, field(at, 'PayloadFormatVersion'), PAYLOAD_VERSIONS)
  if (version === '2.0' && protocol === 'REST') c.report(field(at, 'PayloadFormatVersion'), 'enum', 'REST APIs always send payload format 1.0; 2.0 is for HTTP APIs')
  const max = protocol === 'HTTP' ? HTTP_API_TIMEOUT_MAX_MS : REST_TIMEOUT_MAX_MS
  c.integer(route.TimeoutInMillis, field(at, 'TimeoutInMillis'), {
    min: INTEGRATION_TIMEOUT_MIN_MS, max, unit: 'ms', why: `API Gateway's integration timeout for ${protocol ?? 'REST'} APIs is ${formatNumber(INTEGRATION_TIMEOUT_MIN_MS)} ms to ${formatNumber(max / 1000)} s`,
  })
}

export function checkLoadBalancers(ctx: ScenarioContext, value: unknown, at: string, creations: TimelineCreations): void {
  const { c } = ctx
  const names = new Set<string>()
  const nameRule = { pattern: ELB_NAME, expected: '1 to 32 letters, digits or hyphens, not starting or ending with a hyphen' }
  c.array(value, at)?.forEach((raw, i) => {
    const lbAt = item(at, i)
    const lb = c.object(raw, lbAt, LB_FIELDS)
    if (lb === undefined) return
    unique(ctx, names, c.string(lb.Name, field(lbAt, 'Name'), nameRule), field(lbAt, 'Name'), 'a load balancer')
    const groupsAt = field(lbAt, 'TargetGroups')
    const groups = c.array(lb.TargetGroups, groupsAt)
    if (groups?.length === 0) c.report(groupsAt, 'length', 'TargetGroups needs at least one { "Name", "Target" }')
    const groupNames = new Set<string>()
    groups?.forEach((rawGroup, g) => {
      const groupAt = item(groupsAt, g)
      const group = c.object(rawGroup, groupAt, TG_FIELDS)
      if (group === undefined) return
      unique(ctx, groupNames, c.string(group.Name, field(groupAt, 'Name'), nameRule), field(groupAt, 'Name'), 'a target group')
      const target = c.string(group.Target, field(groupAt, 'Target'))
      if (target !== undefined) checkFunctionReference(ctx, target, field(groupAt, 'Target'), creations)
      c.boolean(group.MultiValueHeadersEnabled, field(groupAt, 'MultiValueHeadersEnabled'))
    })
    const knownGroup = (name: unknown, groupAt: string): void => {
      const text = c.string(name, groupAt)
      if (text !== undefined && groups !== undefined && !groupNames.has(text)) {
        c.report(groupAt, 'reference', `${describeValue(text)} is not one of this load balancer's TargetGroups`)
      }
    }
    const rulesAt = field(lbAt, 'Rules')
    const rules = c.array(lb.Rules, rulesAt)
    if (rules !== undefined && rules.length > RULES_MAX) c.report(rulesAt, 'length', `A load balancer has at most ${RULES_MAX} listener rules besides its default (got ${rules.length})`)
    rules?.forEach((rawRule, r) => {
      const ruleAt = item(rulesAt, r)
      const rule = c.object(rawRule, ruleAt, RULE_FIELDS)
      if (rule === undefined) return
      const pattern = c.string(rule.PathPattern, field(ruleAt, 'PathPattern'), {
        maxLength: PATH_PATTERN_MAX_LENGTH, pattern: PATH_PATTERN_CHARACTERS,
        expected: `a path pattern of letters, digits and _-.$/~"'@:+& with the wildcards * and ?`,
      })
      const wildcards = pattern?.replace(/[^*?]/g, '').length ?? 0
      if (wildcards > PATH_PATTERN_MAX_WILDCARDS) {
        c.report(field(ruleAt, 'PathPattern'), 'length', `A rule has at most ${PATH_PATTERN_MAX_WILDCARDS} wildcards (* or ?) (got ${wildcards})`)
      }
      knownGroup(rule.TargetGroup, field(ruleAt, 'TargetGroup'))
    })
    if (lb.DefaultTargetGroup !== undefined) knownGroup(lb.DefaultTargetGroup, field(lbAt, 'DefaultTargetGroup'))
  })
}
