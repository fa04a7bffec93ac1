/**
 * The host half of the module system: which files an environment can load (the function's code
 * under /var/task, its layers merged into /opt in order, the built-in modules under
 * /var/runtime/node_modules), Node.js's resolution over them, and compiling a resolved module
 * into a wrapper function inside the environment's QuickJS context.
 *
 * Resolution answers the guest with a tagged string: `F<path>` a file, `C<name>` a core module,
 * `N<path or name>` not found, `B<message>` refused (network modules, URLs), `U<message>` an
 * unknown `node:` module.
 */
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core'
import { nodeMajorVersion } from '../engine/runtime/nodeRuntime.ts'
import type { EnvironmentSpec } from '../engine/runtime/types.ts'
import { sandboxMessage } from './errors.ts'
import { CORE_MODULES, INTERNAL_MODULES, REFUSED_MODULES } from './guest/coreModules.ts'
import { PRELUDE_FILE, PRELUDE_SOURCE } from './guest/prelude.ts'
import { type Evaluated, encodeUtf8 } from './fastCalls.ts'
import type { Transpiler } from './transpile.ts'

export const TASK_ROOT = '/var/task'
const OPT_ROOT = '/opt'
const RUNTIME_MODULES = '/var/runtime/node_modules'
/** Tried in this order after the exact path, as Lambda's runtime tries .js, .mjs, .cjs (TypeScript is ours). */
const EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.json']

/** Every file an environment can read or load, by absolute path. */
export type FileTable = ReadonlyMap<string, string>

function normalize(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return `/${out.join('/')}`
}

function dirname(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash <= 0 ? '/' : path.slice(0, slash)
}

/** Builds file tables, once per function code and layer list (environments of one version share them). */
export class ModuleFiles {
  private readonly tables = new WeakMap<object, { layers: EnvironmentSpec['layers']; table: FileTable }>()

  constructor(private readonly builtinModules: Readonly<Record<string, string>>) {}

  tableFor(spec: EnvironmentSpec): FileTable {
    const cached = this.tables.get(spec.code)
    if (cached !== undefined && cached.layers === spec.layers) return cached.table
    const table = new Map<string, string>()
    for (const [name, source] of Object.entries(this.builtinModules)) table.set(`${RUNTIME_MODULES}/${name}/index.js`, source)
    // Layers are extracted into /opt in order: a later layer's file replaces an earlier one's.
    for (const layer of spec.layers) {
      for (const [path, source] of Object.entries(layer.files)) table.set(normalize(`${OPT_ROOT}/${path}`), source)
    }
    for (const [path, source] of Object.entries(spec.code)) table.set(normalize(`${TASK_ROOT}/${path}`), source)
    this.tables.set(spec.code, { layers: spec.layers, table })
    return table
  }
}

/** The major Node.js version of a runtime identifier (`nodejs20.x` → 20), for /opt/nodejs/node20/node_modules. */
export function nodeMajor(runtime: string): number {
  return nodeMajorVersion(runtime) ?? 20
}

function packageEntry(pkg: unknown, subpath: string): string | undefined {
  if (typeof pkg !== 'object' || pkg === null) return undefined
  const record = pkg as Record<string, unknown>
  const exportsField = record.exports
  const pick = (target: unknown): string | undefined => {
    if (typeof target === 'string') return target
    if (typeof target !== 'object' || target === null) return undefined
    const conditions = target as Record<string, unknown>
    for (const condition of ['require', 'node', 'default', 'import']) {
      const chosen = pick(conditions[condition])
      if (chosen !== undefined) return chosen
    }
    return undefined
  }
  if (exportsField !== undefined) {
    const key = subpath === '' ? '.' : `./${subpath}`
    if (typeof exportsField === 'object' && exportsField !== null && Object.keys(exportsField).some((k) => k.startsWith('.'))) {
      return pick((exportsField as Record<string, unknown>)[key])
    }
    return subpath === '' ? pick(exportsField) : undefined
  }
  if (subpath !== '') return `./${subpath}`
  return typeof record.main === 'string' ? record.main : undefined
}

export class ModuleResolver {
  constructor(private readonly files: FileTable, private readonly major: number) {}

  /** Resolves `spec` required from a module in `fromDir` (see the file's header for the answer's tags). */
  resolve(fromDir: string, spec: string): string {
    if (spec.startsWith('node:')) {
      const name = spec.slice(5)
      return this.core(name) ?? `U${sandboxMessage('unknownBuiltin', spec)}`
    }
    if (/^[a-z][a-z\d+.-]*:/i.test(spec) && !spec.startsWith('file:')) return `B${sandboxMessage('urlImport', spec)}`
    const core = this.core(spec)
    if (core !== undefined) return core
    const local = spec.startsWith('file://') ? spec.slice(7) : spec
    if (local.startsWith('/') || local.startsWith('./') || local.startsWith('../') || local === '.' || local === '..') {
      const path = normalize(local.startsWith('/') ? local : `${fromDir}/${local}`)
      const found = this.file(path) ?? this.directory(path)
      return found === undefined ? `N${path}` : `F${found}`
    }
    const found = this.bare(fromDir, spec)
    return found === undefined ? `N${spec}` : `F${found}`
  }

  /** The text of a file the function can read (fs under /var/task and /opt), or undefined. */
  read(path: string): string | undefined {
    return this.files.get(normalize(path))
  }

  /** Whether the nearest package.json above a file says `"type": "module"`. */
  packageIsModule(path: string): boolean {
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      const pkg = this.files.get(`${dir === '/' ? '' : dir}/package.json`)
      if (pkg !== undefined) return parsePackage(pkg)?.type === 'module'
      if (dir === '/') return false
    }
  }

  private core(name: string): string | undefined {
    if (Object.hasOwn(CORE_MODULES, name)) return `C${name}`
    const refusal = Object.hasOwn(REFUSED_MODULES, name) ? REFUSED_MODULES[name] : undefined
    return refusal === undefined ? undefined : `B${sandboxMessage(refusal, name)}`
  }

  private file(path: string): string | undefined {
    if (this.files.has(path)) return path
    return EXTENSIONS.map((ext) => path + ext).find((candidate) => this.files.has(candidate))
  }

  private directory(path: string, subpath = ''): string | undefined {
    const pkgText = this.files.get(`${path}/package.json`)
    if (pkgText !== undefined) {
      const entry = packageEntry(parsePackage(pkgText), subpath)
      if (entry !== undefined) {
        const target = normalize(`${path}/${entry}`)
        const found = this.file(target) ?? (subpath === '' ? this.index(target) : this.directory(target))
        if (found !== undefined) return found
      }
    }
    if (subpath !== '') {
      const target = `${path}/${subpath}`
      return this.file(target) ?? this.directory(target)
    }
    return this.index(path)
  }

  private index(path: string): string | undefined {
    return this.file(`${path}/index`)
  }

  private bare(fromDir: string, spec: string): string | undefined {
    const parts = spec.split('/')
    const nameLength = spec.startsWith('@') ? 2 : 1
    const name = parts.slice(0, nameLength).join('/')
    const subpath = parts.slice(nameLength).join('/')
    const roots: string[] = []
    for (let dir = fromDir; ; dir = dirname(dir)) {
      if (!dir.endsWith('/node_modules')) roots.push(`${dir === '/' ? '' : dir}/node_modules`)
      if (dir === '/') break
    }
    // Lambda's NODE_PATH: layers for this Node.js version, layers, then the runtime's modules (the SDK).
    roots.push(`${OPT_ROOT}/nodejs/node${this.major}/node_modules`, `${OPT_ROOT}/nodejs/node_modules`, RUNTIME_MODULES)
    for (const root of roots) {
      const found = this.directory(`${root}/${name}`, subpath)
      if (found !== undefined) return found
    }
    return undefined
  }
}

function parsePackage(text: string): { type?: unknown } | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? (parsed as { type?: unknown }) : undefined
  } catch {
    return undefined
  }
}

const CORE_WRAPPER = '(function (exports, require, module, internals) {'
const CJS_WRAPPER = 'function (exports, require, module, __filename, __dirname, __dynamic_import) {'
const ESM_WRAPPER = 'function (exports, require, module, __filename, __dirname, __dynamic_import, __import_meta) {'

/** Evaluates global code in the environment's context: source text, or the runtime's own as UTF-8 bytes encoded once. */
export type Evaluate = (code: string | Uint8Array, fileName: string) => Evaluated

/** Guest sources without their comment lines and indentation: QuickJS compiles them faster (their line numbers matter to no one). */
function compact(source: string): string {
  return source.replace(/^[ \t]+/gm, '').replace(/^\/\/.*\n/gm, '')
}

/** Core modules and the prelude's parts, wrapped, compacted and encoded the first time an environment compiles each. */
const builtinCode = new Map<string, Uint8Array>()

function builtinBytes(id: string): Uint8Array | undefined {
  const cached = builtinCode.get(id)
  if (cached !== undefined) return cached
  const [scheme, name] = id.split(':')
  const table = scheme === 'node' ? CORE_MODULES : scheme === 'internal' ? INTERNAL_MODULES : undefined
  if (table === undefined || name === undefined || !Object.hasOwn(table, name)) return undefined
  const bytes = encodeUtf8(`${CORE_WRAPPER}\n${compact(table[name] ?? '')}\n})`)
  builtinCode.set(id, bytes)
  return bytes
}

/** The prelude, compacted and encoded once. */
export const PRELUDE_BYTES = encodeUtf8(compact(PRELUDE_SOURCE))

/**
 * The code an environment evaluated for each of the function's files, so an error report can read
 * the line a stack frame points at (QuickJS's columns count in the evaluated code, wrapper included).
 */
export class EvaluatedSources {
  private readonly files = new Map<string, { prefix: string; code: string }>()

  record(id: string, prefix: string, code: string): void {
    this.files.set(id, { prefix, code })
  }

  /** Line `line` (1-based) of the code evaluated for `id`; undefined when there is none. */
  line(id: string, line: number): string | undefined {
    const file = this.files.get(id)
    const text = file?.code.split('\n')[line - 1]
    return text === undefined || file === undefined ? undefined : line === 1 ? file.prefix + text : text
  }
}

/**
 * Compiles a resolved module in `ctx`: a core module, a part of the prelude or a file becomes a
 * wrapper function, a JSON file its text, a syntax error the SyntaxError object (the guest throws
 * it where it was required).
 */
export function compileModule(ctx: QuickJSContext, evaluate: Evaluate, resolver: ModuleResolver, transpiler: Transpiler, sources: EvaluatedSources, id: string): QuickJSHandle {
  if (id.startsWith('node:') || id.startsWith('internal:')) {
    const code = builtinBytes(id)
    if (code === undefined) return ctx.newError({ name: 'Error', message: sandboxMessage('unknownBuiltin', id) })
    // The prelude's parts are the runtime: their frames read like its own.
    return evaluate(code, id.startsWith('node:') ? id : PRELUDE_FILE).handle
  }
  const source = resolver.read(id)
  if (source === undefined) return ctx.newError({ name: 'Error', message: `Cannot find module '${id}'` })
  if (id.endsWith('.json')) return ctx.newString(source)
  // Node.js ignores a hashbang line; blank it so lines keep their numbers.
  const file = transpiler.transpile(id, source.replace(/^#!.*/, ''), resolver.packageIsModule(id))
  const fileName = file.ok && !file.esm ? id : `file://${id}`
  if (!file.ok) {
    const stack = `    at ${fileName}:${file.line}:${file.column}\n`
    return evaluate(`(function () { var e = new SyntaxError(${JSON.stringify(file.message)}); e.stack = ${JSON.stringify(stack)}; return e; })()`, fileName).handle
  }
  const wrapper = `(${file.esm ? ESM_WRAPPER : CJS_WRAPPER}`
  sources.record(id, wrapper, file.code)
  const first = evaluate(`${wrapper}${file.code}\n})`, fileName)
  // Top-level await needs an async wrapper; try it only when the plain one does not compile.
  if (!first.failed || !file.esm || !/\bawait\b/.test(file.code)) return first.handle
  const second = evaluate(`(async ${wrapper.slice(1)}${file.code}\n})`, fileName)
  if (second.failed) {
    second.handle.dispose()
    return first.handle
  }
  sources.record(id, `(async ${wrapper.slice(1)}`, file.code)
  first.handle.dispose()
  return second.handle
}
