/** `AWS::Serverless::Function` and `AWS::Lambda::Function` into scenario functions. */
import type { FunctionConfig } from '../../engine/scenario/types.ts'
import type { Props } from './props.ts'

/** Properties with no effect in the playground. */
const INERT = [
  'Role', 'Policies', 'PermissionsBoundary', 'RolePath', 'Tracing', 'TracingConfig', 'Tags', 'VpcConfig', 'KmsKeyArn',
  'CodeSigningConfigArn', 'FunctionUrlConfig', 'AssumeRolePolicyDocument', 'PropagateTags', 'LoggingConfig', 'SnapStart',
  'RuntimeManagementConfig', 'FileSystemConfigs', 'AutoPublishCodeSha256', 'VersionDescription', 'PackageType', 'ImageConfig',
]

/** Inline code lands in the file its handler names: `index.handler` → `index.js`, or `.mjs` for ES module syntax. */
function inlineCode(props: Props, handler: string, code: string): Record<string, string> {
  const module = handler.includes('.') ? handler.slice(0, handler.lastIndexOf('.')) : 'index'
  const esm = /^\s*export\s/m.test(code) || /^\s*import\s.+from\s/m.test(code)
  if (esm) props.note('InlineCode', `uses ES module syntax, so it is saved as ${module}.mjs (Lambda's inline code is ${module}.js, where that syntax fails)`)
  return { [`${module}.${esm ? 'mjs' : 'js'}`]: code }
}

/** The settings both function types share, under the same names. */
function commonSettings(props: Props, fn: FunctionConfig): void {
  const description = props.string('Description')
  if (description !== undefined) fn.Description = description
  const memory = props.number('MemorySize')
  if (memory !== undefined) fn.MemorySize = memory
  const timeout = props.number('Timeout')
  if (timeout !== undefined) fn.Timeout = timeout
  const variables = props.record('Environment')?.Variables
  if (variables && typeof variables === 'object') {
    fn.Environment = { Variables: Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, String(v)])) }
  }
  const reserved = props.number('ReservedConcurrentExecutions')
  if (reserved !== undefined) fn.ReservedConcurrentExecutions = reserved
  const architectures = props.list('Architectures')
  if (architectures) fn.Architectures = architectures.filter((a): a is 'x86_64' | 'arm64' => a === 'x86_64' || a === 'arm64')
  const storage = props.record('EphemeralStorage')?.Size
  if (typeof storage === 'number') fn.EphemeralStorage = { Size: storage }
  const recursive = props.string('RecursiveLoop')
  if (recursive === 'Allow' || recursive === 'Terminate') fn.RecursiveLoop = recursive
  const layers = props.list('Layers')
  if (layers && layers.length > 0) props.note('Layers', 'layer contents are not in the template; add them under Layers in the scenario')
  props.inertKeys(...INERT)
}

function runtimeAndCode(props: Props, fn: FunctionConfig, code: string | undefined): void {
  const runtime = props.string('Runtime')
  const handler = props.string('Handler')
  if (runtime !== undefined) fn.Runtime = runtime
  if (handler !== undefined) fn.Handler = handler
  if (code === undefined) return
  if (runtime !== undefined && !runtime.startsWith('nodejs')) {
    props.note('Runtime', `${runtime} code cannot run in the playground (Node.js only); the function runs from its model instead`)
    return
  }
  fn.Code = inlineCode(props, handler ?? 'index.handler', code)
}

/** `AWS::Serverless::Function`; its Events, alias and deployment are read by the caller. */
export function serverlessFunction(props: Props, name: string): FunctionConfig {
  const fn: FunctionConfig = { FunctionName: name }
  const inline = props.string('InlineCode')
  if (props.value('CodeUri') !== undefined && inline === undefined) {
    props.note('CodeUri', 'the code lives outside the template, so the function runs from its model (add Code in the playground to run real code)')
  }
  if (props.value('ImageUri') !== undefined) props.note('ImageUri', 'container images cannot run in the playground; the function runs from its model')
  runtimeAndCode(props, fn, inline)
  commonSettings(props, fn)
  const dlq = props.record('DeadLetterQueue')
  if (typeof dlq?.TargetArn === 'string') fn.DeadLetterConfig = { TargetArn: dlq.TargetArn }
  const invokeConfig = props.record('EventInvokeConfig')
  if (invokeConfig) {
    const { MaximumRetryAttempts, MaximumEventAgeInSeconds, DestinationConfig } = invokeConfig as Record<string, unknown>
    const destinations = DestinationConfig as Record<string, { Destination?: unknown } | undefined> | undefined
    const pick = (key: 'OnSuccess' | 'OnFailure') => {
      const destination = destinations?.[key]?.Destination
      return typeof destination === 'string' ? { Destination: destination } : undefined
    }
    const onSuccess = pick('OnSuccess')
    const onFailure = pick('OnFailure')
    fn.EventInvokeConfig = {
      ...(typeof MaximumRetryAttempts === 'number' ? { MaximumRetryAttempts } : {}),
      ...(typeof MaximumEventAgeInSeconds === 'number' ? { MaximumEventAgeInSeconds } : {}),
      ...(onSuccess || onFailure ? { DestinationConfig: { ...(onSuccess ? { OnSuccess: onSuccess } : {}), ...(onFailure ? { OnFailure: onFailure } : {}) } } : {}),
    }
  }
  return fn
}

/** `AWS::Lambda::Function`. */
export function lambdaFunction(props: Props, name: string): FunctionConfig {
  const fn: FunctionConfig = { FunctionName: name }
  const code = props.record('Code')
  const zipFile = typeof code?.ZipFile === 'string' ? code.ZipFile : undefined
  if (code && zipFile === undefined) props.note('Code', 'the code lives outside the template (S3 or an image), so the function runs from its model')
  runtimeAndCode(props, fn, zipFile)
  commonSettings(props, fn)
  const dlq = props.record('DeadLetterConfig')
  if (typeof dlq?.TargetArn === 'string') fn.DeadLetterConfig = { TargetArn: dlq.TargetArn }
  return fn
}

/** `Globals.Function` applies to every serverless function; a function's own value wins, and variables merge. */
export function withGlobals(globals: Record<string, unknown> | undefined, own: Record<string, unknown>): Record<string, unknown> {
  if (!globals) return own
  const merged: Record<string, unknown> = { ...globals, ...own }
  const globalVariables = (globals.Environment as { Variables?: object } | undefined)?.Variables
  const ownVariables = (own.Environment as { Variables?: object } | undefined)?.Variables
  if (globalVariables && ownVariables) merged.Environment = { ...(own.Environment as object), Variables: { ...globalVariables, ...ownVariables } }
  return merged
}
