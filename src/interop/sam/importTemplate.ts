/**
 * Imports an AWS SAM or CloudFormation template (YAML or JSON) as a scenario: functions with their
 * inline code, settings, versions, aliases, deployment preferences and events, and the queues,
 * topics, buckets, tables, streams, event buses, rules and mappings around them. Whatever the importer does not
 * understand is listed in `findings`, never dropped silently. The scenario still goes through the
 * one validator before it is used.
 */
import { DEFAULT_REGION } from '../../engine/facts.ts'
import type { Scenario } from '../../engine/scenario/types.ts'
import { applyDeployment, shiftOf } from './deployment.ts'
import { createDraft, scenarioOf, type Draft } from './draft.ts'
import { lambdaFunction, serverlessFunction, withGlobals } from './importFunctions.ts'
import { importEvents } from './importEvents.ts'
import { bucket, eventBus, eventSourceMapping, queue, rule, stream, subscription, table, topic } from './importResources.ts'
import type { IntrinsicContext, ResourceName } from './intrinsics.ts'
import { Props, type ImportFinding } from './props.ts'
import { readTemplate, type Template, type TemplateResource } from './template.ts'

export type { ImportFinding } from './props.ts'

export type TemplateImport =
  | { ok: true; scenario: Scenario; findings: ImportFinding[] }
  | { ok: false; message: string }

const FUNCTION_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Lambda::Function'])
/** Resource types that only matter to a real deployment (permissions, logs): listed once, together. */
const INERT_TYPES = new Set(['AWS::IAM::Role', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::Lambda::Permission', 'AWS::Logs::LogGroup',
  'AWS::SQS::QueuePolicy', 'AWS::SNS::TopicPolicy', 'AWS::S3::BucketPolicy', 'AWS::Lambda::EventInvokeConfig'])

const literal = (value: unknown, fallback: string): string => (typeof value === 'string' && value !== '' ? value : fallback)

/** What `Ref` and `GetAtt` give for each resource, in the names a scenario uses. */
function nameResources(template: Template): Map<string, ResourceName> {
  const names = new Map<string, ResourceName>()
  const entries = Object.entries(template.Resources)
  for (const [id, { Type: type, Properties: p = {} }] of entries) {
    const fifo = (name: string, flag: unknown) => (flag === true && !name.endsWith('.fifo') ? `${name}.fifo` : name)
    switch (type) {
      case 'AWS::Serverless::Function':
      case 'AWS::Lambda::Function': names.set(id, { type, ref: literal(p.FunctionName, id) }); break
      case 'AWS::SQS::Queue': names.set(id, { type, ref: fifo(literal(p.QueueName, id), p.FifoQueue) }); break
      case 'AWS::SNS::Topic': names.set(id, { type, ref: fifo(literal(p.TopicName, id), p.FifoTopic) }); break
      case 'AWS::S3::Bucket': names.set(id, { type, ref: literal(p.BucketName, id.toLowerCase()) }); break
      case 'AWS::DynamoDB::Table':
      case 'AWS::Serverless::SimpleTable': {
        const name = literal(p.TableName, id)
        names.set(id, { type, ref: name, attributes: { StreamArn: name } })
        break
      }
      case 'AWS::Kinesis::Stream': names.set(id, { type, ref: literal(p.Name, id) }); break
      case 'AWS::Events::Rule':
      case 'AWS::Events::EventBus': names.set(id, { type, ref: literal(p.Name, id) }); break
      case 'AWS::Serverless::Api':
      case 'AWS::Serverless::HttpApi': names.set(id, { type, ref: literal(p.Name, id) }); break
      default: break
    }
  }
  // Versions are numbered per function in template order, as successive publishes would be.
  const published = new Map<string, number>()
  for (const [id, { Type: type, Properties: p = {} }] of entries) {
    const fnRef = (p.FunctionName as { Ref?: string } | undefined)?.Ref
    const fn = fnRef === undefined ? literal(p.FunctionName, '') : names.get(fnRef)?.ref ?? ''
    if (type === 'AWS::Lambda::Version' && fn !== '') {
      const n = (published.get(fn) ?? 0) + 1
      published.set(fn, n)
      names.set(id, { type, ref: `${fn}:${n}`, attributes: { Version: String(n) } })
    }
    if (type === 'AWS::Lambda::Alias' && fn !== '') names.set(id, { type, ref: `${fn}:${literal(p.Name, id)}` })
  }
  return names
}

function contextOf(template: Template, names: Map<string, ResourceName>, region: string): IntrinsicContext {
  const parameters = new Map(Object.entries(template.Parameters ?? {}).map(([k, v]) => [k, v?.Default]))
  return { names, parameters, region, stackName: 'sam-app' }
}

/** Queues, topics and the rest first: functions' events and destinations refer to them. */
function importSupporting(draft: Draft, ctx: IntrinsicContext, id: string, resource: TemplateResource, props: Props): boolean {
  const name = ctx.names.get(id)?.ref ?? id
  switch (resource.Type) {
    case 'AWS::SQS::Queue': queue(draft, props, name); return true
    case 'AWS::SNS::Topic': topic(draft, props, name); return true
    case 'AWS::S3::Bucket': bucket(draft, props, name); return true
    case 'AWS::DynamoDB::Table': table(draft, props, name, false); return true
    case 'AWS::Serverless::SimpleTable': table(draft, props, name, true); return true
    case 'AWS::Kinesis::Stream': stream(draft, props, name); return true
    case 'AWS::Events::EventBus': eventBus(draft, props, name); return true
    default: return false
  }
}

function importFunction(draft: Draft, ctx: IntrinsicContext, template: Template, id: string, resource: TemplateResource): void {
  const at = `Resources.${id}.Properties`
  const serverless = resource.Type === 'AWS::Serverless::Function'
  const raw = serverless ? withGlobals(template.Globals?.Function, resource.Properties ?? {}) : resource.Properties ?? {}
  const props = new Props(raw, at, ctx, draft.findings)
  const name = ctx.names.get(id)?.ref ?? id
  props.value('FunctionName')
  const fn = serverless ? serverlessFunction(props, name) : lambdaFunction(props, name)
  draft.functions.set(name, fn)
  if (!serverless) return props.finish()
  const alias = props.string('AutoPublishAlias')
  const deployment = props.record('DeploymentPreference')
  const provisioned = props.record('ProvisionedConcurrencyConfig')
  const events = props.record('Events')
  props.inertKeys('AutoPublishAliasAllProperties')
  if (alias !== undefined) {
    fn.Versions = [{ Version: '1' }]
    fn.Aliases = [{ Name: alias, FunctionVersion: '1' }]
    const type = typeof deployment?.Type === 'string' ? deployment.Type : undefined
    const enabled = deployment?.Enabled !== false
    const shift = type === undefined ? undefined : shiftOf(type)
    if (type !== undefined && enabled && shift) draft.timeline.push(...applyDeployment(fn, alias, shift))
    else if (type !== undefined && enabled) props.note('DeploymentPreference.Type', `${type} is not a deployment type the importer knows; no traffic shift made`)
    if (deployment && (deployment.Hooks !== undefined || deployment.Alarms !== undefined)) {
      props.note('DeploymentPreference', 'Hooks and Alarms are not simulated (the shift always completes)')
    }
    if (typeof provisioned?.ProvisionedConcurrentExecutions === 'number') {
      fn.ProvisionedConcurrencyConfigs = [{ Qualifier: alias, ProvisionedConcurrentExecutions: provisioned.ProvisionedConcurrentExecutions }]
    }
  } else {
    if (deployment) props.note('DeploymentPreference', 'needs AutoPublishAlias; left out')
    if (provisioned) props.note('ProvisionedConcurrencyConfig', 'needs AutoPublishAlias (provisioned concurrency is never on $LATEST); left out')
  }
  props.finish()
  if (events) importEvents(draft, ctx, events, `${at}.Events`, alias === undefined ? name : `${name}:${alias}`)
}

/** `AWS::Lambda::Version` and `AWS::Lambda::Alias`, once their functions exist. */
function importVersioning(draft: Draft, ctx: IntrinsicContext, id: string, resource: TemplateResource, props: Props): void {
  const ref = ctx.names.get(id)?.ref
  const fn = ref === undefined ? undefined : draft.functions.get(ref.split(':')[0] ?? '')
  props.value('FunctionName')
  if (!fn || ref === undefined) return props.note('FunctionName', 'names no function of the template; left out')
  const qualifier = ref.split(':')[1] ?? ''
  const pc = props.record('ProvisionedConcurrencyConfig')?.ProvisionedConcurrentExecutions
  if (typeof pc === 'number') fn.ProvisionedConcurrencyConfigs = [...(fn.ProvisionedConcurrencyConfigs ?? []), { Qualifier: qualifier, ProvisionedConcurrentExecutions: pc }]
  const description = props.string('Description')
  if (resource.Type === 'AWS::Lambda::Version') {
    props.inertKeys('CodeSha256', 'RuntimePolicy')
    fn.Versions = [...(fn.Versions ?? []), { Version: qualifier, ...(description !== undefined ? { Description: description } : {}) }]
    return
  }
  const version = props.string('FunctionVersion')
  props.value('Name')
  const weights = (props.record('RoutingConfig')?.AdditionalVersionWeights ?? []) as { FunctionVersion?: unknown; FunctionWeight?: unknown }[]
  const additional = Object.fromEntries(weights.flatMap((w) => (w.FunctionVersion !== undefined && typeof w.FunctionWeight === 'number' ? [[String(w.FunctionVersion), w.FunctionWeight]] : [])))
  fn.Aliases = [...(fn.Aliases ?? []), {
    Name: qualifier, FunctionVersion: version ?? '$LATEST',
    ...(description !== undefined ? { Description: description } : {}),
    ...(Object.keys(additional).length > 0 ? { RoutingConfig: { AdditionalVersionWeights: additional } } : {}),
  }]
}

/** An explicit API's stage (its routes come from the functions' events); its other settings do not change a run. */
function apiResource(draft: Draft, props: Props, name: string, resource: TemplateResource): void {
  const stage = props.string('StageName')
  const api = draft.apis.get(name)
  if (api && stage !== undefined) api.StageName = stage
  props.inertKeys(...Object.keys(resource.Properties ?? {}).filter((key) => key !== 'StageName'))
}

export function importTemplate(text: string, options: { name?: string } = {}): TemplateImport {
  const read = readTemplate(text)
  if (!read.ok) return read
  const { template } = read
  const names = nameResources(template)
  const ctx = contextOf(template, names, DEFAULT_REGION)
  const draft = createDraft()
  const resources = Object.entries(template.Resources)
  const inert: string[] = []
  const propsOf = (id: string, r: TemplateResource) => new Props(r.Properties ?? {}, `Resources.${id}.Properties`, ctx, draft.findings)
  for (const [id, resource] of resources) {
    const props = propsOf(id, resource)
    if (importSupporting(draft, ctx, id, resource, props)) props.finish()
  }
  for (const [id, resource] of resources) if (FUNCTION_TYPES.has(resource.Type)) importFunction(draft, ctx, template, id, resource)
  for (const [id, resource] of resources) {
    const props = propsOf(id, resource)
    switch (resource.Type) {
      case 'AWS::Lambda::Version':
      case 'AWS::Lambda::Alias': importVersioning(draft, ctx, id, resource, props); break
      case 'AWS::Lambda::EventSourceMapping': eventSourceMapping(draft, props); break
      case 'AWS::SNS::Subscription': subscription(draft, props); break
      case 'AWS::Events::Rule': rule(draft, props, names.get(id)?.ref ?? id); break
      case 'AWS::Serverless::Api':
      case 'AWS::Serverless::HttpApi': apiResource(draft, props, names.get(id)?.ref ?? id, resource); break
      default:
        if (INERT_TYPES.has(resource.Type)) inert.push(id)
        else if (!FUNCTION_TYPES.has(resource.Type) && !names.has(id)) draft.findings.push({ path: `Resources.${id}`, message: `${resource.Type} is not simulated; left out` })
        continue
    }
    props.finish()
  }
  if (inert.length > 0) draft.findings.push({ path: 'Resources', message: `${inert.join(', ')}: permissions and logging have no effect in the simulation, left out` })
  draft.findings.push({ path: '(scenario).Traffic', message: 'a template describes no traffic: add a traffic generator (or invoke from the Test tab) to see the functions run' })
  if (draft.functions.size === 0) return { ok: false, message: 'The template has no AWS::Serverless::Function or AWS::Lambda::Function' }
  const description = typeof template.Description === 'string' ? template.Description : 'Imported from an AWS SAM / CloudFormation template.'
  return { ok: true, scenario: scenarioOf(draft, options.name ?? 'Imported template', description), findings: draft.findings }
}
