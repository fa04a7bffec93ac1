/** The environment variables Lambda sets in a Node.js execution environment (lambda-facts §6.1, [D-envvars]). */
import { describe, expect, test } from 'vitest'
import { createFakeRuntime } from '../testing/fakeRuntime.ts'
import { burst, codeFunction, runToEnd } from '../testing/harness.ts'
import { lambdaEnvironmentVariables, type EnvironmentFacts } from './environmentVariables.ts'

const facts: EnvironmentFacts = {
  functionName: 'checkout', version: '3', memoryMb: 512, region: 'eu-west-1', handler: 'index.handler', runtime: 'nodejs20.x',
  logGroupName: '/aws/lambda/checkout', logStreamName: '2026/01/01/[3]0123456789abcdef0123456789abcdef', provisioned: false,
  userVariables: { STAGE: 'prod', TZ: 'Europe/Paris' },
}

describe('reserved and default environment variables', () => {
  test('Lambda\'s reserved variables describe the function, the version, its logs and the runtime', () => {
    expect(lambdaEnvironmentVariables(facts)).toMatchObject({
      _HANDLER: 'index.handler',
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x',
      AWS_LAMBDA_FUNCTION_NAME: 'checkout',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
      AWS_LAMBDA_FUNCTION_VERSION: '3',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/checkout',
      AWS_LAMBDA_LOG_STREAM_NAME: '2026/01/01/[3]0123456789abcdef0123456789abcdef',
      LAMBDA_TASK_ROOT: '/var/task',
      LAMBDA_RUNTIME_DIR: '/var/runtime',
      LANG: 'en_US.UTF-8',
      NODE_PATH: '/opt/nodejs/node20/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:/var/runtime:/var/task',
    })
  })

  test('credentials are present and obviously fake', () => {
    const env = lambdaEnvironmentVariables(facts)
    expect(env.AWS_ACCESS_KEY_ID).toMatch(/^ASIA.*EXAMPLE$/)
    expect(env.AWS_ACCESS_KEY).toBe(env.AWS_ACCESS_KEY_ID)
    expect(env.AWS_SECRET_ACCESS_KEY).toMatch(/EXAMPLEKEY$/)
    expect(env.AWS_SESSION_TOKEN).toMatch(/SIMULATED/)
  })

  test('the function\'s own variables are kept, and may override the unreserved defaults such as TZ (default :UTC)', () => {
    expect(lambdaEnvironmentVariables(facts)).toMatchObject({ STAGE: 'prod', TZ: 'Europe/Paris' })
    expect(lambdaEnvironmentVariables({ ...facts, userVariables: {} }).TZ).toBe(':UTC')
  })

  test('provisioned environments say so', () => {
    expect(lambdaEnvironmentVariables({ ...facts, provisioned: true }).AWS_LAMBDA_INITIALIZATION_TYPE).toBe('provisioned-concurrency')
  })
})

describe('what the runtime receives', () => {
  test('each environment gets its own log stream in AWS_LAMBDA_LOG_STREAM_NAME, and the function\'s variables', () => {
    const runtime = createFakeRuntime({ handler: ({ host, done }) => host.setTimer(100, () => done({ type: 'success', payload: 'null' })) })
    runToEnd(codeFunction({ Environment: { Variables: { STAGE: 'test' } } }, [burst('fn', 2)]), 'fn', { runtime })
    const variables = runtime.modules.map((m) => m.spec.environmentVariables)
    expect(variables.map((v) => v.STAGE)).toEqual(['test', 'test'])
    expect(variables.map((v) => v.AWS_LAMBDA_LOG_STREAM_NAME)).toEqual(runtime.modules.map((m) => m.spec.logStreamName))
    expect(new Set(variables.map((v) => v.AWS_LAMBDA_LOG_STREAM_NAME)).size).toBe(2)
  })

  test('layers reach the runtime in the function\'s order, with their files', () => {
    const runtime = createFakeRuntime()
    const layer = (LayerName: string, Version: number) => ({ LayerName, Version, Content: { [`nodejs/node_modules/${LayerName}/index.js`]: `module.exports = ${Version}` } })
    runToEnd(codeFunction({ Layers: ['zeta:2', 'arn:aws:lambda:us-east-1:123456789012:layer:alpha:1'] }, [burst('fn', 1)], {
      Layers: [layer('alpha', 1), layer('zeta', 1), layer('zeta', 2)],
    }), 'fn', { runtime })
    expect(runtime.modules[0]?.spec.layers).toEqual([
      { name: 'zeta', version: 2, files: { 'nodejs/node_modules/zeta/index.js': 'module.exports = 2' } },
      { name: 'alpha', version: 1, files: { 'nodejs/node_modules/alpha/index.js': 'module.exports = 1' } },
    ])
  })
})
