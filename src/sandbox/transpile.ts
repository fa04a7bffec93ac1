/**
 * The function's files become CommonJS that QuickJS can run: sucrase strips TypeScript and turns
 * ES module syntax into `require`/`exports`, keeping every line where it was so stack traces point
 * at the user's own lines; then guestRewrite.ts routes async functions and catch clauses through
 * the runtime. Results are shared by every environment of the runtime (keyed by path
 * and source), so a cold start of a known function transpiles nothing.
 */
import { transform } from '#sucrase/index.js'
import { rewriteGuestCode } from './guestRewrite.ts'
import { TRANSPILE_CACHE_ENTRIES } from './limits.ts'

/** One file ready to wrap: its code, and whether it was an ES module (wrapped with import.meta). */
export type TranspiledFile =
  | { ok: true; code: string; esm: boolean }
  /** Sucrase could not parse it: a SyntaxError at this line and column (1-based). */
  | { ok: false; message: string; line: number; column: number }

const TYPESCRIPT = /\.(ts|mts|cts|tsx)$/
/** `import x from`, `import {`, `import * as`, `import 'x'`, `export ...` at the start of a line: ES module syntax. */
const ESM_SYNTAX = /^[ \t]*(import[\s{*'"]|export[\s{*])/m
const DYNAMIC_IMPORT = /\bimport\s*\(/
/**
 * Sucrase's `import(x)`: `Promise.resolve().then(() => _interopRequireWildcard(require(x)))`. It
 * becomes `__dynamic_import(require, _interopRequireWildcard, ((x)))` (as many parentheses), which
 * also waits for the top-level awaits of what it loads.
 */
const SUCRASE_DYNAMIC_IMPORT = /Promise\.resolve\(\)\.then\(\(\) => (_interopRequireWildcard\d*)\(require\(/g
/** What sucrase puts first; CommonJS that did not ask for strict mode keeps sloppy mode, as in Node.js. */
const INJECTED_STRICT = '"use strict";'
const OWN_STRICT = /^\s*(["'])use strict\1/

/** Whether a file is an ES module: by extension, else by its package's `"type": "module"` or its own syntax (as Node.js 22 detects it). */
export function isEsModule(path: string, source: string, packageIsModule: boolean): boolean {
  if (/\.(mjs|mts)$/.test(path)) return true
  if (/\.(cjs|cts)$/.test(path)) return false
  return packageIsModule || ESM_SYNTAX.test(source)
}

interface SucraseError { message: string; loc?: { line: number; column: number } }

function isSucraseError(error: unknown): error is SucraseError {
  return error instanceof Error
}

export class Transpiler {
  private readonly cache = new Map<string, TranspiledFile>()

  transpile(path: string, source: string, packageIsModule: boolean): TranspiledFile {
    const key = `${path}\u0000${packageIsModule ? 1 : 0}\u0000${source}`
    const cached = this.cache.get(key)
    if (cached !== undefined) {
      // Least recently used goes first: re-insert on a hit.
      this.cache.delete(key)
      this.cache.set(key, cached)
      return cached
    }
    const file = this.run(path, source, packageIsModule)
    this.cache.set(key, file)
    if (this.cache.size > TRANSPILE_CACHE_ENTRIES) {
      const oldest = this.cache.keys().next()
      if (oldest.done !== true) this.cache.delete(oldest.value)
    }
    return file
  }

  private run(path: string, source: string, packageIsModule: boolean): TranspiledFile {
    const typescript = TYPESCRIPT.test(path)
    const esm = isEsModule(path, source, packageIsModule)
    // CommonJS needs sucrase only for import(), which becomes a require.
    if (!typescript && !esm && !DYNAMIC_IMPORT.test(source)) return { ok: true, code: rewriteGuestCode(source), esm: false }
    try {
      const { code } = transform(source, {
        transforms: typescript ? ['typescript', 'imports'] : ['imports'],
        // Keep ?. ?? and class fields as written: QuickJS runs ES2023.
        disableESTransforms: true,
        filePath: path,
      })
      const sloppy = !typescript && !esm && code.startsWith(INJECTED_STRICT) && !OWN_STRICT.test(source)
      const kept = (sloppy ? code.slice(INJECTED_STRICT.length) : code).replace(/\bimport\.meta\b/g, '__import_meta')
      return { ok: true, code: rewriteGuestCode(kept.replace(SUCRASE_DYNAMIC_IMPORT, '__dynamic_import(require, $1, ((')), esm }
    } catch (error) {
      if (!isSucraseError(error)) throw error
      const message = error.message.replace(/^Error transforming [^:]*: /, '').replace(/ \(\d+:\d+\)$/, '')
      // Sucrase's line and column are 1-based already.
      return { ok: false, message, line: error.loc?.line ?? 1, column: error.loc?.column ?? 1 }
    }
  }
}
