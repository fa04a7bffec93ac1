/**
 * The settings a version snapshots (memory, timeout, environment, ...), checked the same way on a
 * function's `$LATEST`, on each published version's overrides and on UpdateFunctionConfiguration.
 */
import {
  DESCRIPTION_MAX_LENGTH, ENVIRONMENT_VARIABLE_NAME_PATTERN, ENVIRONMENT_VARIABLES_MAX_BYTES, EPHEMERAL_STORAGE_MAX_MB,
  EPHEMERAL_STORAGE_MIN_MB, HANDLER_PATTERN, MEMORY_MAX_MB, MEMORY_MIN_MB, RESERVED_ENVIRONMENT_VARIABLES,
  TIMEOUT_MAX_SECONDS, TIMEOUT_MIN_SECONDS,
} from '../facts.ts'
import { entry, field, item, type Checker, type Fields, type Raw } from './check.ts'
import { formatNumber, utf8ByteLength } from './describe.ts'
import type { Architecture, VersionConfig } from './types.ts'
import { checkLayerReferences, type LayerIndex } from './validateLayers.ts'
import { checkSimulation } from './validateSimulation.ts'

export type ConfigFields = Omit<VersionConfig, 'Version'>

export const CONFIG_FIELDS: Fields<ConfigFields> = {
  Description: 'optional',
  Code: 'optional',
  Handler: 'optional',
  Runtime: 'optional',
  MemorySize: 'optional',
  Timeout: 'optional',
  Architectures: 'optional',
  Environment: 'optional',
  EphemeralStorage: 'optional',
  Layers: 'optional',
  Simulation: 'optional',
}

const ARCHITECTURES: readonly Architecture[] = ['x86_64', 'arm64']
const ENVIRONMENT_FIELDS: Fields<NonNullable<ConfigFields['Environment']>> = { Variables: 'optional' }
const EPHEMERAL_STORAGE_FIELDS: Fields<NonNullable<ConfigFields['EphemeralStorage']>> = { Size: 'required' }

export function checkDescription(c: Checker, value: unknown, at: string): void {
  c.string(value, at, { maxLength: DESCRIPTION_MAX_LENGTH })
}

/**
 * The fields of `ConfigFields` in `raw`; the caller has already checked which fields `raw` may have.
 * `layers` are the layer versions the scenario defines, to check `Layers` against.
 */
export function checkConfig(c: Checker, raw: Raw<ConfigFields>, at: string, layers: LayerIndex | undefined): void {
  checkDescription(c, raw.Description, field(at, 'Description'))
  c.stringMap(raw.Code, field(at, 'Code'))
  c.string(raw.Handler, field(at, 'Handler'), {
    pattern: HANDLER_PATTERN,
    expected: 'up to 128 characters without spaces, such as "index.handler"',
  })
  c.string(raw.Runtime, field(at, 'Runtime'))
  c.integer(raw.MemorySize, field(at, 'MemorySize'), { min: MEMORY_MIN_MB, max: MEMORY_MAX_MB, unit: 'MB' })
  c.integer(raw.Timeout, field(at, 'Timeout'), { min: TIMEOUT_MIN_SECONDS, max: TIMEOUT_MAX_SECONDS, unit: 'seconds' })
  checkArchitectures(c, raw.Architectures, field(at, 'Architectures'))
  checkEnvironment(c, raw.Environment, field(at, 'Environment'))
  const storageAt = field(at, 'EphemeralStorage')
  const storage = c.object(raw.EphemeralStorage, storageAt, EPHEMERAL_STORAGE_FIELDS)
  if (storage !== undefined) {
    c.integer(storage.Size, field(storageAt, 'Size'), {
      min: EPHEMERAL_STORAGE_MIN_MB, max: EPHEMERAL_STORAGE_MAX_MB, unit: 'MB', why: 'the size of /tmp',
    })
  }
  checkLayerReferences(c, raw.Layers, field(at, 'Layers'), layers)
  checkSimulation(c, raw.Simulation, field(at, 'Simulation'))
}

/** The API takes a list, but a function has exactly one architecture. */
function checkArchitectures(c: Checker, value: unknown, at: string): void {
  const list = c.array(value, at)
  if (list === undefined) return
  if (list.length !== 1) {
    c.report(at, 'length', `Architectures must list exactly one architecture, "x86_64" or "arm64" (got ${list.length})`)
  }
  list.forEach((arch, i) => c.oneOf(arch, item(at, i), ARCHITECTURES))
}

function checkEnvironment(c: Checker, value: unknown, at: string): void {
  const environment = c.object(value, at, ENVIRONMENT_FIELDS)
  if (environment === undefined) return
  const variablesAt = field(at, 'Variables')
  const variables = c.stringMap(environment.Variables, variablesAt)
  if (variables === undefined) return
  let bytes = 0
  for (const [name, text] of variables) {
    bytes += utf8ByteLength(name) + utf8ByteLength(text)
    if (RESERVED_ENVIRONMENT_VARIABLES.includes(name)) {
      c.report(entry(variablesAt, name), 'reserved-variable', `${name} is reserved: Lambda sets it in every execution environment, so a function cannot define it`)
    } else if (!ENVIRONMENT_VARIABLE_NAME_PATTERN.test(name)) {
      c.report(entry(variablesAt, name), 'pattern', `Environment variable names must start with a letter and continue with at least one letter, digit or underscore (got ${JSON.stringify(name)})`)
    }
  }
  if (bytes > ENVIRONMENT_VARIABLES_MAX_BYTES) {
    c.report(variablesAt, 'environment-size', `Environment variables take ${formatNumber(bytes)} bytes (names and values in UTF-8); Lambda allows 4 KB (${formatNumber(ENVIRONMENT_VARIABLES_MAX_BYTES)} bytes) for all of them together`)
  }
}
