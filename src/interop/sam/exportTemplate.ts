/**
 * Writes a scenario as an AWS SAM template: functions (inline code when it is one CommonJS index.js),
 * versions, aliases, provisioned concurrency, async settings, queues, topics, buckets, tables,
 * streams, event buses, APIs, rules and event source mappings, and the permissions a deployment
 * needs between them. What a template cannot carry (traffic, the timeline, the simulation's models,
 * account settings) is listed in `omitted`, never dropped silently. `exportValidity.test.ts` checks
 * every library scenario's template with the SAM translator and cfn-lint.
 */
import { stringify } from 'yaml'
import type { FunctionConfig, Scenario } from '../../engine/scenario/types.ts'
import { LogicalIds } from './exportNames.ts'
import { exportPermissions } from './exportPermissions.ts'
import { exportSources, type Resources } from './exportSources.ts'
import type { ImportFinding } from './props.ts'

export interface TemplateExport {
  /** The template as YAML. */
  readonly text: string
  readonly omitted: ImportFinding[]
}


/**
 * The file CloudFormation writes inline code to: "a file named index", so the handler must be
 * `index.<function>`; for Node.js that file is index.js, a CommonJS module, where ES module syntax fails.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-code.html (ZipFile)
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html#designate-es-module
 */
const INLINE_FILE = 'index.js'

/** `InlineCode` when the code is one index.js its handler names; otherwise `CodeUri`, and why. */
function codeProperties(fn: FunctionConfig, handler: string, at: string, omitted: ImportFinding[]): Record<string, unknown> {
  const files = Object.entries(fn.Code ?? {})
  const [single] = files
  if (files.length === 1 && single?.[0] === INLINE_FILE && handler.startsWith('index.')) return { InlineCode: single[1] }
  const folder = `src/${fn.FunctionName}/`
  const why = files.length === 0 ? `the function has no code (it runs from its model); CodeUri points at ${folder} for yours`
    : files.length > 1 ? `${files.length} files cannot be inline code; save them under ${folder} (CodeUri)`
      : single?.[0] !== INLINE_FILE ? `${single?.[0]} cannot be inline code (CloudFormation saves inline code as ${INLINE_FILE}, a CommonJS module); save it under ${folder} (CodeUri)`
        : `the handler ${handler} is not in ${INLINE_FILE}, the one file inline code makes; save the code under ${folder} (CodeUri)`
  omitted.push({ path: `${at}.Code`, message: why })
  return { CodeUri: folder }
}

function functionResource(fn: FunctionConfig, at: string, ids: LogicalIds, omitted: ImportFinding[]): Record<string, unknown> {
  const handler = fn.Handler ?? 'index.handler'
  const properties: Record<string, unknown> = {
    FunctionName: fn.FunctionName, Runtime: fn.Runtime ?? 'nodejs20.x', Handler: handler,
    MemorySize: fn.MemorySize ?? 128, Timeout: fn.Timeout ?? 3, ...codeProperties(fn, handler, at, omitted),
  }
  if (fn.Description !== undefined) properties.Description = fn.Description
  if (fn.Architectures) properties.Architectures = fn.Architectures
  if (fn.Environment?.Variables) properties.Environment = { Variables: fn.Environment.Variables }
  if (fn.EphemeralStorage) properties.EphemeralStorage = fn.EphemeralStorage
  if (fn.ReservedConcurrentExecutions !== undefined) properties.ReservedConcurrentExecutions = fn.ReservedConcurrentExecutions
  if (fn.RecursiveLoop !== undefined) properties.RecursiveLoop = fn.RecursiveLoop
  if (fn.DeadLetterConfig) {
    const target = ids.resourceArn(fn.DeadLetterConfig.TargetArn)
    const type = ids.resource(fn.DeadLetterConfig.TargetArn)?.kind === 'topic' ? 'SNS' : 'SQS'
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
  const kind = ids.resource(reference)?.kind
  return kind === 'queue' ? 'SQS' : kind === 'topic' ? 'SNS' : kind === 'bucket' ? 'S3' : 'Lambda'
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

/** The parts of a scenario a template has no place for: left out, and listed in `omitted`. */
export const SIMULATION_ONLY = ['Account', 'Traffic', 'Timeline', 'Layers', 'LoadBalancers', 'Seed', 'DurationSeconds'] as const

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
  exportPermissions(scenario, ids, resources)
  const simulationOnly = SIMULATION_ONLY.filter((k) => scenario[k] !== undefined)
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
  return { text: stringify(template, { lineWidth: 0, aliasDuplicateObjects: false }), omitted }
}
