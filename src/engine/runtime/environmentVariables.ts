/**
 * The environment variables of an execution environment: the function's own, plus what Lambda sets
 * in every Node.js environment (lambda-facts §6.1, [D-envvars]). Reserved variables always carry
 * Lambda's value (the validator refuses a function that defines one); the unreserved ones (`TZ`,
 * `LANG`, `PATH`, `NODE_PATH`, ...) are Lambda's defaults that a function may override.
 */
import { nodeMajorVersion } from './nodeRuntime.ts'

/** What differs between environments. */
export interface EnvironmentFacts {
  functionName: string
  /** `$LATEST` or a version number. */
  version: string
  memoryMb: number
  region: string
  handler: string
  /** The runtime identifier, e.g. `nodejs20.x`. */
  runtime: string
  logGroupName: string
  logStreamName: string
  /** Provisioned environments initialise ahead of requests. */
  provisioned: boolean
  userVariables: Readonly<Record<string, string>>
}

/**
 * Credentials of the execution role, obviously fake: AWS's documented example keys with the `ASIA`
 * prefix of temporary credentials. Nothing in the simulation checks them.
 */
export const SIMULATED_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'ASIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_SESSION_TOKEN: 'SIMULATED-SESSION-TOKEN-FOR-LAMBDA-PLAYGROUND',
} as const

/** `nodejs20.x` → `node20`, the directory a layer's version-specific modules go in (`/opt/nodejs/node20/node_modules`). */
function nodeMajor(runtime: string): string {
  return `node${nodeMajorVersion(runtime) ?? ''}`
}

/** The variables the Node.js runtime starts with. */
export function lambdaEnvironmentVariables(facts: EnvironmentFacts): Record<string, string> {
  const unreserved: Record<string, string> = {
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
    PATH: '/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin',
    LD_LIBRARY_PATH: '/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib',
    // Layers' modules resolve before the runtime's and the function's own (nodejs/node_modules in a layer).
    NODE_PATH: `/opt/nodejs/${nodeMajor(facts.runtime)}/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:/var/runtime:/var/task`,
    AWS_XRAY_CONTEXT_MISSING: 'LOG_ERROR',
    AWS_XRAY_DAEMON_ADDRESS: '169.254.79.129:2000',
  }
  const reserved: Record<string, string> = {
    _HANDLER: facts.handler,
    AWS_REGION: facts.region,
    AWS_DEFAULT_REGION: facts.region,
    AWS_EXECUTION_ENV: `AWS_Lambda_${facts.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: facts.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(facts.memoryMb),
    AWS_LAMBDA_FUNCTION_VERSION: facts.version,
    AWS_LAMBDA_INITIALIZATION_TYPE: facts.provisioned ? 'provisioned-concurrency' : 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: facts.logGroupName,
    AWS_LAMBDA_LOG_STREAM_NAME: facts.logStreamName,
    AWS_ACCESS_KEY: SIMULATED_CREDENTIALS.AWS_ACCESS_KEY_ID,
    ...SIMULATED_CREDENTIALS,
    LAMBDA_TASK_ROOT: '/var/task',
    LAMBDA_RUNTIME_DIR: '/var/runtime',
  }
  return { ...unreserved, ...facts.userVariables, ...reserved }
}
