/**
 * The study library is DOM-free and React-free, like the engine (STYLE.md §1): the Learn UI renders
 * it, and its challenge checks run in Node. The engine's source scan checks it for UI libraries, the
 * playground's own UI and worker layers, and real time or randomness (a check must be pure).
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { findViolations, sourceFiles, UI_LIBRARY } from '../engine/testing/sourceBoundary.ts'

/** UI libraries, and the page's and worker's folders reached by a relative path. */
const BANNED = new RegExp(`${UI_LIBRARY.source}|(^|/)(ui|worker|sandbox|host)/`)

describe('the study library stands alone', () => {
  const learnDir = fileURLToPath(new URL('.', import.meta.url))
  // Test support (./testing) runs scenarios through src/host; the library never does.
  const files = sourceFiles(learnDir).filter((file) => !relative(learnDir, file).startsWith('testing'))

  test("its tsconfig has no DOM library", () => {
    const config = readFileSync(fileURLToPath(new URL('../../tsconfig.learn.json', import.meta.url)), 'utf8')
    const parsed = JSON.parse(config.replace(/^\s*\/\/.*$/gm, '')) as { compilerOptions: { lib: string[] } }
    expect(parsed.compilerOptions.lib.filter((lib) => /dom|webworker/i.test(lib))).toEqual([])
  })

  test('the scan sees the library', () => {
    expect(files.map((file) => relative(learnDir, file))).toContain('library.ts')
  })

  test('no library source imports a UI library, the page, the worker or the sandbox, or reads real time or randomness', () => {
    const found = files.flatMap((file) =>
      findViolations(readFileSync(file, 'utf8'), BANNED).map((v) => `src/learn/${relative(learnDir, file)}:${v.line}: ${v.found}`))
    expect(found).toEqual([])
  })

  test('the scan refuses the page and the worker', () => {
    const bad = "import { COMMANDS } from '../ui/commands/registry.ts'\nimport type { Frame } from '../../worker/protocol.ts'\nimport { create } from 'zustand'"
    expect(findViolations(bad, BANNED).map((v) => v.line)).toEqual([1, 2, 3])
  })
})
