/**
 * Writes a scenario as an AWS SAM template: functions (inline code when it is one file), versions,
 * aliases, provisioned concurrency, async settings, queues, topics, buckets, tables, streams, APIs,
 * rules and event source mappings. What a template cannot carry (traffic, the timeline, the
 * simulation's models, account settings) is listed in `omitted`, never dropped silently.
 */
import { stringify } from 'yaml'
import type { FunctionConfig, Scenario } from '../../engine/scenario/types.ts'
import { LogicalIds } from './exportNames.ts'
import { exportSources } from './exportSources.ts'
import type { ImportFinding } from './props.ts'

export interface TemplateExport {
  /** The template as YAML. */
  readonly text: string
  readonly omitted: ImportFinding[]
}

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>

function functionResource(fn: FunctionConfig, at: string, ids: LogicalIds, omitted: ImportFinding[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    FunctionName: fn.FunctionName, Runtime: fn.Runtime ?? 'nodejs20.x', Handler: fn.Handler ?? 'index.handler',
    MemorySize: fn.MemorySize ?? 128, Timeout: fn.Timeout ?? 3,
  }
  const files = Object.entries(fn.Code ?? {})
  const [single] = files
  if (files.length === 1 && single) properties.InlineCode = single[1]
  else {
    properties.CodeUri = `src/${fn.FunctionName}/`
    omitted.push({ path: `${at}.Code`, message: files.length === 0
      ? `the function has no code (it runs from its model); CodeUri points at src/${fn.FunctionName}/ for yours`
      : `${files.length} files cannot be inline code; save them under src/${fn.FunctionName}/ (CodeUri)` })
  }
  if (fn.Description !== undefined) properties.Description = fn.Description
  if (fn.Architectures) properties.Architectures = fn.Architectures
  if (fn.Environment?.Variables) properties.Environment = { Variables: fn.Environment.Variables }
  if (fn.EphemeralStorage) properties.EphemeralStorage = fn.EphemeralStorage
  if (fn.ReservedConcurrentExecutions !== undefined) properties.ReservedConcurrentExecutions = fn.ReservedConcurrentExecutions
  if (fn.RecursiveLoop !== undefined) properties.RecursiveLoop = fn.RecursiveLoop
  if (fn.DeadLetterConfig) {
    const target = ids.resourceArn(fn.DeadLetterConfig.TargetArn)
    const type = ids.id('topic', fn.DeadLetterConfig.TargetArn.split(':').pop() ?? '') ? 'SNS' : 'SQS'
    properties.DeadLetterQueue = { Type: type, TargetArn: target ?? fn.DeadLetterConfig.TargetArn }
  }
  const invoke = fn.EventInvokeConfig
  if (invoke) {
    const destination = (d: { Destination: string } | undefined) => d && { Type: destinationType(ids, d.Destination), Destination: ids.resourceArn(d.Destination) ?? d.Destination }
    const onSuccess = destination(invoke.DestinationConfig?.OnSuccess)
    const onFailure = destination(invoke.DestinationConfig?.OnFailure)
    properties.EventInvokeConfig = {
      ...(invoke.MaximumRetryAttempts !== undefined ? { MaximumRetryAttempts: invoke.MaximumRetryAttempts } : {}),
      ...(invoke.MaximumEventAgeInSeconds !== undefined ? { MaximumEventAgeInSeconds: invoke.MaximumEventAgeInSeconds } : {}),
      ...(onSuccess || onFailure ? { DestinationConfig: { ...(onSuccess ? { OnSuccess: onSuccess } : {}), ...(onFailure ? { OnFailure: onFailure } : {}) } } : {}),
    }
  }
  if (fn.Layers?.length) omitted.push({ path: `${at}.Layers`, message: 'layers are published separately (AWS::Serverless::LayerVersion with a ContentUri); left out' })
  if (fn.Simulation) omitted.push({ path: `${at}.Simulation`, message: 'the simulation model (durations, error rate, idle timeout) has no place in a template' })
  return properties
}

function destinationType(ids: LogicalIds, reference: string): string {
  const name = reference.split(/[:/]/).pop() ?? reference
  if (ids.id('queue', name)) return 'SQS'
  if (ids.id('topic', name)) return 'SNS'
  if (ids.id('bucket', name)) return 'S3'
  return 'Lambda'
}

/** Published versions and aliases as AWS::Lambda::Version and AWS::Lambda::Alias resources, with provisioned concurrency. */
function versioning(fn: FunctionConfig, at: string, ids: LogicalIds, resources: Resources, omitted: ImportFinding[]): void {
  const fnId = ids.id('function', fn.FunctionName) ?? ''
  const pcFor = (qualifier: string) => {
    const pc = fn.ProvisionedConcurrencyConfigs?.find((p) => p.Qualifier === qualifier)
    return pc ? { ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: pc.ProvisionedConcurrentExecutions } } : {}
  }
  fn.Versions?.forEach((v, i) => {
    if (v.Version !== String(i + 1)) omitted.push({ path: `${at}.Versions[${i}]`, message: `CloudFormation numbers versions as it publishes them, so version ${v.Version} becomes ${i + 1}` })
    const overrides = Object.keys(v).filter((k) => k !== 'Version' && k !== 'Description')
    if (overrides.length > 0) omitted.push({ path: `${at}.Versions[${i}]`, message: `${overrides.join(', ')}: a version snapshots the function as deployed; per-version settings are left out` })
    resources[ids.id('version', `${fn.FunctionName}:${v.Version}`) ?? ''] = {
      Type: 'AWS::Lambda::Version',
      Properties: { FunctionName: { Ref: fnId }, ...(v.Description !== undefined ? { Description: v.Description } : {}), ...pcFor(v.Version) },
    }
  })
  const versionAttr = (version: string) => {
    const id = ids.id('version', `${fn.FunctionName}:${version}`)
    return id === undefined ? version : { 'Fn::GetAtt': [id, 'Version'] }
  }
  for (const alias of fn.Aliases ?? []) {
    const weights = Object.entries(alias.RoutingConfig?.AdditionalVersionWeights ?? {})
    resources[ids.id('alias', `${fn.FunctionName}:${alias.Name}`) ?? ''] = {
      Type: 'AWS::Lambda::Alias',
      Properties: {
        FunctionName: { Ref: fnId }, Name: alias.Name, FunctionVersion: versionAttr(alias.FunctionVersion),
        ...(alias.Description !== undefined ? { Description: alias.Description } : {}),
        ...(weights.length > 0 ? { RoutingConfig: { AdditionalVersionWeights: weights.map(([v, w]) => ({ FunctionVersion: versionAttr(v), FunctionWeight: w })) } } : {}),
        ...pcFor(alias.Name),
      },
    }
  }
}

export function exportTemplate(scenario: Scenario): TemplateExport {
  const ids = new LogicalIds(scenario)
  const omitted: ImportFinding[] = []
  const resources: Resources = {}
  scenario.Functions.forEach((fn, i) => {
    const at = `Functions[${i}]`
    resources[ids.id('function', fn.FunctionName) ?? fn.FunctionName] = { Type: 'AWS::Serverless::Function', Properties: functionResource(fn, at, ids, omitted) }
    versioning(fn, at, ids, resources, omitted)
  })
  exportSources(scenario, ids, resources, omitted)
  const simulationOnly = (['Account', 'Traffic', 'Timeline', 'Layers', 'LoadBalancers', 'Seed', 'DurationSeconds'] as const).filter((k) => scenario[k] !== undefined)
  for (const key of simulationOnly) {
    omitted.push({ path: key, message: key === 'LoadBalancers'
      ? 'an Application Load Balancer needs a VPC, subnets and listeners the scenario does not describe; left out'
      : 'exists only in the simulation; left out of the template' })
  }
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Description: scenario.Name,
    Resources: resources,
  }
  return { text: stringify(template, { lineWidth: 0 }), omitted }
}
