/** A function's own settings: name, memory, timeout, architecture, /tmp, environment, description, handler. */
import { describe, expect, test } from 'vitest'
import { onlyMessage, problems, scenario, withFunction } from './scenarioFixtures.ts'

describe('FunctionName', () => {
  test('pattern: 1 to 64 letters, digits, hyphens or underscores', () => {
    expect(problems(withFunction({ FunctionName: 'a' }))).toEqual([])
    expect(problems(withFunction({ FunctionName: 'x'.repeat(64) }))).toEqual([])
    expect(problems(withFunction({ FunctionName: 'x'.repeat(65) }))).toEqual(['Functions[0].FunctionName pattern'])
    expect(problems(withFunction({ FunctionName: 'my function' }))).toEqual(['Functions[0].FunctionName pattern'])
    expect(problems(withFunction({ FunctionName: '' }))).toEqual(['Functions[0].FunctionName pattern'])
  })

  test('required: a function needs a FunctionName', () => {
    expect(problems(scenario({ Functions: [{ MemorySize: 128 }] }))).toEqual(['Functions[0].FunctionName required'])
  })

  test('duplicate: function names are unique', () => {
    const doc = scenario({ Functions: [{ FunctionName: 'api' }, { FunctionName: 'worker' }, { FunctionName: 'api' }] })
    expect(problems(doc)).toEqual(['Functions[2].FunctionName duplicate'])
  })

  test('type: each function is an object', () => {
    expect(problems(scenario({ Functions: ['api'] }))).toEqual(['Functions[0] type'])
  })
})

describe('MemorySize is an integer from 128 to 10,240 MB', () => {
  test('range: 128 accepted, 127 refused', () => {
    expect(problems(withFunction({ MemorySize: 128 }))).toEqual([])
    expect(problems(withFunction({ MemorySize: 127 }))).toEqual(['Functions[0].MemorySize range'])
  })

  test('range: 10,240 accepted, 10,241 refused', () => {
    expect(problems(withFunction({ MemorySize: 10240 }))).toEqual([])
    expect(problems(withFunction({ MemorySize: 10241 }))).toEqual(['Functions[0].MemorySize range'])
  })

  test('integer: 1 MB steps, so 512.5 refused', () => {
    expect(problems(withFunction({ MemorySize: 512.5 }))).toEqual(['Functions[0].MemorySize integer'])
  })

  test('type: "512" refused', () => {
    expect(problems(withFunction({ MemorySize: '512' }))).toEqual(['Functions[0].MemorySize type'])
  })

  test('the message quotes the range and the value', () => {
    expect(onlyMessage(withFunction({ MemorySize: 64 }))).toBe('MemorySize must be an integer from 128 to 10,240 MB (got 64)')
  })
})

describe('Timeout is an integer from 1 to 900 seconds', () => {
  test('range: 1 accepted, 0 refused; 900 accepted, 901 refused', () => {
    expect(problems(withFunction({ Timeout: 1 }))).toEqual([])
    expect(problems(withFunction({ Timeout: 0 }))).toEqual(['Functions[0].Timeout range'])
    expect(problems(withFunction({ Timeout: 900 }))).toEqual([])
    expect(problems(withFunction({ Timeout: 901 }))).toEqual(['Functions[0].Timeout range'])
  })

  test('integer: 2.5 refused', () => {
    expect(problems(withFunction({ Timeout: 2.5 }))).toEqual(['Functions[0].Timeout integer'])
  })
})

describe('Architectures is exactly one of x86_64 and arm64', () => {
  test('accepts ["x86_64"] and ["arm64"]', () => {
    expect(problems(withFunction({ Architectures: ['x86_64'] }))).toEqual([])
    expect(problems(withFunction({ Architectures: ['arm64'] }))).toEqual([])
  })

  test('length: none or two refused', () => {
    expect(problems(withFunction({ Architectures: [] }))).toEqual(['Functions[0].Architectures length'])
    expect(problems(withFunction({ Architectures: ['x86_64', 'arm64'] }))).toEqual(['Functions[0].Architectures length'])
  })

  test('enum: "amd64" refused; type: a bare string refused', () => {
    expect(problems(withFunction({ Architectures: ['amd64'] }))).toEqual(['Functions[0].Architectures[0] enum'])
    expect(problems(withFunction({ Architectures: 'arm64' }))).toEqual(['Functions[0].Architectures type'])
  })
})

describe('EphemeralStorage.Size is an integer from 512 to 10,240 MB', () => {
  test('range: 512 accepted, 511 refused; 10,240 accepted, 10,241 refused', () => {
    expect(problems(withFunction({ EphemeralStorage: { Size: 512 } }))).toEqual([])
    expect(problems(withFunction({ EphemeralStorage: { Size: 511 } }))).toEqual(['Functions[0].EphemeralStorage.Size range'])
    expect(problems(withFunction({ EphemeralStorage: { Size: 10240 } }))).toEqual([])
    expect(problems(withFunction({ EphemeralStorage: { Size: 10241 } }))).toEqual(['Functions[0].EphemeralStorage.Size range'])
  })

  test('required: Size', () => {
    expect(problems(withFunction({ EphemeralStorage: {} }))).toEqual(['Functions[0].EphemeralStorage.Size required'])
  })
})

describe('Environment.Variables', () => {
  const variables = (vars: Record<string, unknown>) => withFunction({ Environment: { Variables: vars } })

  test('pattern: names start with a letter and have at least two characters', () => {
    expect(problems(variables({ STAGE: 'prod', a1: 'x', TZ: 'UTC' }))).toEqual([])
    expect(problems(variables({ '1STAGE': 'x' }))).toEqual(['Functions[0].Environment.Variables["1STAGE"] pattern'])
    expect(problems(variables({ 'MY-VAR': 'x' }))).toEqual(['Functions[0].Environment.Variables["MY-VAR"] pattern'])
    expect(problems(variables({ A: 'x' }))).toEqual(['Functions[0].Environment.Variables["A"] pattern'])
  })

  test('reserved-variable: refuses the names Lambda sets itself', () => {
    for (const name of ['AWS_REGION', 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', '_HANDLER', 'LAMBDA_TASK_ROOT', 'AWS_SECRET_ACCESS_KEY']) {
      expect(problems(variables({ [name]: 'x' }))).toEqual([`Functions[0].Environment.Variables[${JSON.stringify(name)}] reserved-variable`])
    }
  })

  test('type: values are strings', () => {
    expect(problems(variables({ RETRIES: 3 }))).toEqual(['Functions[0].Environment.Variables["RETRIES"] type'])
  })

  test('environment-size: 4,096 bytes of names and values accepted, 4,097 refused', () => {
    // "KEY" (3 bytes) + value
    expect(problems(variables({ KEY: 'v'.repeat(4093) }))).toEqual([])
    expect(problems(variables({ KEY: 'v'.repeat(4094) }))).toEqual(['Functions[0].Environment.Variables environment-size'])
  })

  test('environment-size: counts UTF-8 bytes, not characters', () => {
    // "é" is 2 bytes in UTF-8: 3 + 2 × 2047 = 4,097 bytes in 2,050 characters.
    expect(problems(variables({ KEY: 'é'.repeat(2046) }))).toEqual([])
    expect(problems(variables({ KEY: 'é'.repeat(2047) }))).toEqual(['Functions[0].Environment.Variables environment-size'])
  })

  test('environment-size: adds up every variable', () => {
    expect(problems(variables({ AA: 'x'.repeat(2046), BB: 'x'.repeat(2047) }))).toEqual(['Functions[0].Environment.Variables environment-size'])
  })

  test('unknown-field: Environment has only Variables', () => {
    expect(problems(withFunction({ Environment: { Vars: {} } }))).toEqual(['Functions[0].Environment.Vars unknown-field'])
  })
})

describe('free-form content', () => {
  test('Code, Environment.Variables and Payload may hold any keys', () => {
    const doc = withFunction(
      { Code: { 'index.mjs': 'export const handler = async () => 1', 'lib/util.js': '' }, Environment: { Variables: { AnyName: 'x' } } },
      { Traffic: [{ Target: 'api', Arrivals: { Process: 'constant', RatePerSecond: 1 }, Payload: { Weird: { Nested: [1, { Key: null }] } } }] },
    )
    expect(problems(doc)).toEqual([])
  })

  test('type: Code maps file names to source text', () => {
    expect(problems(withFunction({ Code: { 'index.mjs': 42 } }))).toEqual(['Functions[0].Code["index.mjs"] type'])
    expect(problems(withFunction({ Code: 'export const handler = 1' }))).toEqual(['Functions[0].Code type'])
  })
})

describe('other function fields', () => {
  test('unknown-field: catches MemorySise and suggests MemorySize', () => {
    const doc = withFunction({ MemorySise: 512 })
    expect(problems(doc)).toEqual(['Functions[0].MemorySise unknown-field'])
    expect(onlyMessage(doc)).toBe('Functions[0] has no field "MemorySise"; did you mean MemorySize?')
  })

  test('length: Description up to 256 characters', () => {
    expect(problems(withFunction({ Description: 'd'.repeat(256) }))).toEqual([])
    expect(problems(withFunction({ Description: 'd'.repeat(257) }))).toEqual(['Functions[0].Description length'])
  })

  test('pattern: Handler has no spaces and at most 128 characters', () => {
    expect(problems(withFunction({ Handler: 'src/index.handler' }))).toEqual([])
    expect(problems(withFunction({ Handler: 'index handler' }))).toEqual(['Functions[0].Handler pattern'])
    expect(problems(withFunction({ Handler: 'h'.repeat(129) }))).toEqual(['Functions[0].Handler pattern'])
  })

  test('type: Runtime is a string', () => {
    expect(problems(withFunction({ Runtime: 20 }))).toEqual(['Functions[0].Runtime type'])
  })
})
