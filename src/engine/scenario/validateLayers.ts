/**
 * Layers: the layer versions a scenario defines, and each function's (or version's) ordered list of
 * them, at most 5 [D-quotas] §5, each defined in the document, and no layer twice [API].
 */
import { LAYER_NAME_PATTERN, LAYERS_MAX } from '../facts.ts'
import { field, item, type Checker, type Fields } from './check.ts'
import { describeValue, formatNumber } from './describe.ts'
import { layerKey, parseLayerReference } from './references.ts'
import type { LayerConfig } from './types.ts'

const LAYER_FIELDS: Fields<LayerConfig> = { LayerName: 'required', Version: 'required', Description: 'optional', Content: 'required' }

/** The layer versions defined, by `name:version`; `complete` is false when an invalid definition was reported. */
export interface LayerIndex {
  readonly defined: Pick<ReadonlySet<string>, 'has'>
  readonly complete: boolean
}

export function checkLayers(c: Checker, value: unknown, at: string): LayerIndex {
  const defined = new Set<string>()
  let complete = true
  c.array(value, at)?.forEach((raw, i) => {
    const layerAt = item(at, i)
    const errorsBefore = c.errors.length
    const layer = c.object(raw, layerAt, LAYER_FIELDS)
    const name = c.string(layer?.LayerName, field(layerAt, 'LayerName'), {
      pattern: LAYER_NAME_PATTERN, expected: '1 to 140 letters, digits, hyphens or underscores',
    })
    const version = c.integer(layer?.Version, field(layerAt, 'Version'), { min: 1, why: 'layer versions are numbered from 1' })
    c.string(layer?.Description, field(layerAt, 'Description'))
    c.stringMap(layer?.Content, field(layerAt, 'Content'))
    if (c.errors.length > errorsBefore) complete = false
    if (name === undefined || version === undefined) return
    const key = layerKey(name, version)
    if (defined.has(key)) c.report(field(layerAt, 'Version'), 'duplicate', `Layer ${name} version ${version} is defined twice; a layer version is published once`)
    defined.add(key)
  })
  return { defined, complete }
}

/** A function's or version's `Layers`: `undefined` layers means the defined ones are not known here (nothing to check them against). */
export function checkLayerReferences(c: Checker, value: unknown, at: string, layers: LayerIndex | undefined): void {
  const list = c.array(value, at)
  if (list === undefined) return
  if (list.length > LAYERS_MAX) {
    c.report(at, 'layers-max', `A function can use at most ${LAYERS_MAX} layers (got ${formatNumber(list.length)})`)
  }
  const names = new Set<string>()
  list.forEach((raw, i) => {
    const refAt = item(at, i)
    const text = c.string(raw, refAt)
    if (text === undefined) return
    const ref = parseLayerReference(text)
    if (ref === undefined) {
      c.report(refAt, 'pattern', `A layer is "<LayerName>:<Version>" or a layer version ARN such as "arn:aws:lambda:us-east-1:123456789012:layer:my-layer:1" (got ${describeValue(text)})`)
      return
    }
    if (names.has(ref.name)) c.report(refAt, 'duplicate', `Layer ${ref.name} is listed twice; a function uses one version of each layer`)
    names.add(ref.name)
    if (layers?.complete && !layers.defined.has(layerKey(ref.name, ref.version))) {
      c.report(refAt, 'reference', `Layer ${ref.name} version ${ref.version} is not defined in the scenario's Layers`)
    }
  })
}
