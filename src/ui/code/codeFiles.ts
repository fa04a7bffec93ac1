/**
 * The files the Code tab edits for a function: its own `Code` files, then those of the layers it
 * uses, in extraction order. Each file knows where it lives in the document (the source of truth),
 * its editor model URI and language, and what the run has deployed, so unsaved edits show.
 */
import type { Scenario } from '../../engine/api.ts'
import { parseLayerReference } from '../../engine/scenario/references.ts'
import type { FunctionConfig, LayerConfig } from '../../engine/scenario/types.ts'

export type FileOwner =
  | { kind: 'function'; functionName: string }
  | { kind: 'layer'; layerName: string; version: number }

export type EditorLanguage = 'typescript' | 'javascript' | 'plaintext'

export interface EditorFile {
  /** Stable across renders: owner and path. */
  id: string
  owner: FileOwner
  /** The path in the function's `Code` or the layer's `Content`. */
  path: string
  /** What the tab says: the path, or for a layer file where Lambda puts it (`/opt/...`). */
  label: string
  /** The editor model's URI; layer modules sit where a handler's bare `import` finds them. */
  uri: string
  language: EditorLanguage
  value: string
  /** What the run has, or null when the run has no such file (not deployed yet). */
  deployedValue: string | null
}

/** Node.js resolves a bare import in /opt/nodejs/node_modules (the NODE_PATH of Lambda's Node.js runtimes). */
const LAYER_MODULES = 'nodejs/node_modules/'

export function languageOf(path: string): EditorLanguage {
  if (/\.[cm]?ts$/.test(path)) return 'typescript'
  if (/\.[cm]?js$/.test(path)) return 'javascript'
  return 'plaintext'
}

function layerUri(path: string): string {
  // The editor's TypeScript resolves `import 'utils'` by walking up to /node_modules, so layer
  // modules are placed there, as Lambda's NODE_PATH makes them importable by bare name.
  return path.startsWith(LAYER_MODULES) ? `file:///node_modules/${path.slice(LAYER_MODULES.length)}` : `file:///opt/${path}`
}

function findLayer(document: Scenario | null, name: string, version: number): LayerConfig | undefined {
  return document?.Layers?.find((layer) => layer.LayerName === name && layer.Version === version)
}

function layersOf(fn: FunctionConfig): { name: string; version: number }[] {
  return (fn.Layers ?? []).flatMap((reference) => parseLayerReference(reference) ?? [])
}

/** Every file of `functionName` and its layers, as edited in `document` and as `runDocument` has them. */
export function editorFiles(document: Scenario, runDocument: Scenario | null, functionName: string): EditorFile[] {
  const fn = document.Functions.find((f) => f.FunctionName === functionName)
  if (!fn) return []
  const deployedFn = runDocument?.Functions.find((f) => f.FunctionName === functionName)
  const files: EditorFile[] = Object.entries(fn.Code ?? {}).map(([path, value]) => ({
    id: `function:${functionName}:${path}`,
    owner: { kind: 'function', functionName },
    path,
    label: path,
    uri: `file:///functions/${functionName}/${path}`,
    language: languageOf(path),
    value,
    deployedValue: deployedFn?.Code?.[path] ?? null,
  }))
  for (const { name, version } of layersOf(fn)) {
    const layer = findLayer(document, name, version)
    const deployed = findLayer(runDocument, name, version)
    for (const [path, value] of Object.entries(layer?.Content ?? {})) {
      files.push({
        id: `layer:${name}:${version}:${path}`,
        owner: { kind: 'layer', layerName: name, version },
        path,
        label: `${name}:${version} /opt/${path}`,
        uri: layerUri(path),
        language: languageOf(path),
        value,
        deployedValue: deployed?.Content[path] ?? null,
      })
    }
  }
  return files
}

/** The document with one file's text replaced (a new object: the store compares by reference). */
export function withFileText(document: Scenario, owner: FileOwner, path: string, text: string): Scenario {
  if (owner.kind === 'function') {
    return {
      ...document,
      Functions: document.Functions.map((fn) => (fn.FunctionName === owner.functionName ? { ...fn, Code: { ...fn.Code, [path]: text } } : fn)),
    }
  }
  return {
    ...document,
    Layers: (document.Layers ?? []).map((layer) =>
      (layer.LayerName === owner.layerName && layer.Version === owner.version ? { ...layer, Content: { ...layer.Content, [path]: text } } : layer)),
  }
}

/** A first handler for a modelled function, typed through JSDoc so the editor offers `aws-lambda`'s types. */
export const STARTER_HANDLER = `/** @type {import('aws-lambda').Handler} */
export const handler = async (event, context) => {
  console.log('Received event', JSON.stringify(event))
  return { statusCode: 200, body: JSON.stringify({ requestId: context.awsRequestId }) }
}
`

/** The document with `functionName` given a handler (`index.mjs`, `index.handler`), so it runs code instead of its model. */
export function withStarterHandler(document: Scenario, functionName: string): Scenario {
  return {
    ...document,
    Functions: document.Functions.map((fn) =>
      (fn.FunctionName === functionName ? { ...fn, Handler: fn.Handler ?? 'index.handler', Code: { 'index.mjs': STARTER_HANDLER } } : fn)),
  }
}
