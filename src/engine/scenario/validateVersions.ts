/** Published versions and aliases of one function, and alias routing (also used by Timeline actions). */
import {
  ALIAS_NAME_PATTERN, LATEST_VERSION, PUBLISHED_VERSION_PATTERN, ROUTING_MAX_ADDITIONAL_VERSIONS,
} from '../facts.ts'
import { entry, field, item, type Checker, type Fields } from './check.ts'
import type { AliasFacts } from './context.ts'
import { describeValue, listChoices } from './describe.ts'
import type { AliasConfig, VersionConfig } from './types.ts'
import { CONFIG_FIELDS, checkConfig, checkDescription } from './validateConfig.ts'
import type { LayerIndex } from './validateLayers.ts'

const VERSION_FIELDS: Fields<VersionConfig> = { Version: 'required', ...CONFIG_FIELDS }
const ALIAS_FIELDS: Fields<AliasConfig> = {
  Name: 'required', FunctionVersion: 'required', Description: 'optional', RoutingConfig: 'optional',
}
type RoutingConfig = NonNullable<AliasConfig['RoutingConfig']>
const ROUTING_FIELDS: Fields<RoutingConfig> = { AdditionalVersionWeights: 'optional' }

export function checkAliasName(c: Checker, value: unknown, at: string): string | undefined {
  return c.string(value, at, {
    pattern: ALIAS_NAME_PATTERN,
    expected: '1 to 128 letters, digits, hyphens or underscores, and not only digits (a number would read as a version)',
  })
}

/** Versions are published snapshots numbered 1, 2, 3, ...: strictly increasing, never reused, never `$LATEST`. */
export function checkVersions(c: Checker, value: unknown, at: string, layers: LayerIndex): ReadonlySet<string> {
  const versions = new Set<string>()
  let highest = 0
  c.array(value, at)?.forEach((raw, i) => {
    const versionAt = item(at, i)
    const version = c.object(raw, versionAt, VERSION_FIELDS)
    if (version === undefined) return
    checkConfig(c, version, versionAt, layers)
    const numberAt = field(versionAt, 'Version')
    if (version.Version === LATEST_VERSION) {
      c.report(numberAt, 'pattern', '$LATEST is the unpublished version; Versions lists published versions, numbered from "1"')
      return
    }
    const number = c.string(version.Version, numberAt, {
      pattern: PUBLISHED_VERSION_PATTERN,
      expected: 'a published version number written as a string: "1", "2", ...',
    })
    if (number === undefined) return
    if (versions.has(number)) {
      c.report(numberAt, 'duplicate', `Version ${number} is listed twice; each publish creates a new version number`)
    } else if (Number(number) < highest) {
      c.report(numberAt, 'version-order', `Version ${number} comes after version ${highest}; Lambda numbers versions in increasing order and never reuses a number, so list them oldest first`)
    }
    versions.add(number)
    highest = Math.max(highest, Number(number))
  })
  return versions
}

export function checkAliases(c: Checker, value: unknown, at: string, versions: ReadonlySet<string>): ReadonlyMap<string, AliasFacts> {
  const aliases = new Map<string, AliasFacts>()
  c.array(value, at)?.forEach((raw, i) => {
    const aliasAt = item(at, i)
    const alias = c.object(raw, aliasAt, ALIAS_FIELDS)
    if (alias === undefined) return
    const name = checkAliasName(c, alias.Name, field(aliasAt, 'Name'))
    checkDescription(c, alias.Description, field(aliasAt, 'Description'))
    const primaryAt = field(aliasAt, 'FunctionVersion')
    const primary = checkVersionReference(c, alias.FunctionVersion, primaryAt, versions)
    const routed = checkRouting(c, alias.RoutingConfig, field(aliasAt, 'RoutingConfig'), { version: primary, at: primaryAt }, versions)
    if (name === undefined) return
    if (aliases.has(name)) c.report(field(aliasAt, 'Name'), 'duplicate', `Alias ${name} is defined twice; alias names are unique within a function`)
    else aliases.set(name, { version: primary, routed })
  })
  return aliases
}

/** `$LATEST` or one of the function's published versions. */
function checkVersionReference(c: Checker, value: unknown, at: string, versions: ReadonlySet<string>): string | undefined {
  const version = c.string(value, at)
  if (version === undefined || version === LATEST_VERSION || versions.has(version)) return version
  const known = [LATEST_VERSION, ...versions]
  c.report(at, 'reference', `FunctionVersion ${describeValue(version)} is not a version of this function; an alias points to ${listChoices(known)}`)
  return undefined
}

/**
 * AdditionalVersionWeights: at most one more version, published, other than the primary, with a
 * weight from 0.0 to 1.0 (the primary gets the rest). `known` is omitted where the versions that
 * will exist are not known in advance (Timeline actions). Returns whether the alias routes.
 */
export function checkRouting(
  c: Checker, value: unknown, at: string,
  primary: { version: string | undefined; at: string }, known?: ReadonlySet<string>,
): boolean {
  const routing = c.object(value, at, ROUTING_FIELDS)
  if (routing === undefined) return false
  const weightsAt = field(at, 'AdditionalVersionWeights')
  const weights = c.map(routing.AdditionalVersionWeights, weightsAt)
  if (weights === undefined) return false
  const entries = Object.entries(weights)
  if (entries.length > ROUTING_MAX_ADDITIONAL_VERSIONS) {
    c.report(weightsAt, 'routing-one-version', `An alias can route to at most one additional version besides its primary (got ${entries.length}: ${Object.keys(weights).map((v) => JSON.stringify(v)).join(', ')})`)
  }
  for (const [version, weight] of entries) {
    const versionAt = entry(weightsAt, version)
    checkWeight(c, weight, versionAt, version)
    if (version === LATEST_VERSION) {
      c.report(versionAt, 'routing-on-latest', 'Alias routing needs two published versions; $LATEST cannot receive routed traffic')
    } else if (!PUBLISHED_VERSION_PATTERN.test(version)) {
      c.report(versionAt, 'pattern', `Routing keys are published version numbers such as "2" (got ${describeValue(version)})`)
    } else if (known !== undefined && !known.has(version)) {
      c.report(versionAt, 'reference', `Version ${version} is not a published version of this function`)
    } else if (version === primary.version) {
      c.report(versionAt, 'routing-same-version', `Version ${version} is already the alias's primary version; the additional version must be another one`)
    }
  }
  const routed = entries.length > 0
  if (routed && primary.version === LATEST_VERSION) {
    c.report(primary.at, 'routing-on-latest', 'An alias with a routing configuration cannot point to $LATEST; both of its versions must be published')
  }
  return routed
}

function checkWeight(c: Checker, weight: unknown, at: string, version: string): void {
  const message = `The weight of version ${version} must be a number from 0.0 to 1.0, the share of the alias's traffic it receives (got ${describeValue(weight)})`
  if (typeof weight !== 'number' || !Number.isFinite(weight)) c.report(at, 'type', message)
  else if (weight < 0 || weight > 1) c.report(at, 'weight-range', message)
}
