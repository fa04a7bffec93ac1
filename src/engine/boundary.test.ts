/**
 * The engine stands alone (STYLE.md §1) and runs on injected time and a seeded generator (§3).
 * This reads every engine source file as text (importing it could hide what it reaches) and fails
 * on UI libraries and on real-time, randomness or browser globals. It mirrors the ESLint rules for
 * src/engine, so the boundary holds even where lint is skipped.
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { findViolations, sourceFiles } from './testing/sourceBoundary.ts'

describe('the engine stands alone', () => {
  const engineDir = fileURLToPath(new URL('.', import.meta.url))
  const files = sourceFiles(engineDir)

  test("the compiler refuses browser globals: the engine's tsconfig has no DOM library", () => {
    const config = readFileSync(fileURLToPath(new URL('../../tsconfig.engine.json', import.meta.url)), 'utf8')
    const lib = JSON.parse(config.replace(/^\s*\/\/.*$/gm, '')) as { compilerOptions: { lib: string[]; types: string[] } }
    expect(lib.compilerOptions.lib.filter((l) => /dom|webworker/i.test(l))).toEqual([])
    expect(lib.compilerOptions.types).toEqual(['node'])
  })

  test('the scan sees the engine sources', () => {
    expect(files.map((f) => relative(engineDir, f))).toContain('api.ts')
  })

  test('no engine source imports a UI library or reaches real time, randomness or the browser', () => {
    const found = files.flatMap((file) =>
      findViolations(readFileSync(file, 'utf8')).map((v) => `src/engine/${relative(engineDir, file)}:${v.line}: ${v.found}`),
    )
    expect(found).toEqual([])
  })
})

describe('the boundary scanner', () => {
  test('finds UI imports and banned globals, with their lines', () => {
    const bad = [
      "import React from 'react'",
      'import { createStore } from "zustand/vanilla"',
      "export * from '@xyflow/system'",
      "const editor = await import('monaco-editor')",
      'const started = Date.now()',
      'const today = new Date()',
      'const roll = Math.random()',
      'setTimeout(tick, 10); setInterval(tick, 10)',
      'const t = globalThis.performance.now() + performance.now()',
      'const id = crypto.randomUUID()',
      'const s = `${Date.now()}`',
    ].join('\n')
    expect(findViolations(bad)).toEqual([
      { line: 1, found: "import of 'react'" },
      { line: 2, found: "import of 'zustand/vanilla'" },
      { line: 3, found: "import of '@xyflow/system'" },
      { line: 4, found: "import of 'monaco-editor'" },
      { line: 5, found: 'Date' },
      { line: 6, found: 'Date' },
      { line: 7, found: 'Math.random' },
      { line: 8, found: 'setTimeout' },
      { line: 8, found: 'setInterval' },
      { line: 9, found: 'globalThis.performance' },
      { line: 9, found: 'performance' },
      { line: 10, found: 'crypto' },
      { line: 11, found: 'Date' },
    ])
  })

  test('ignores comments, strings, templates, regexes, properties and keys', () => {
    const fine = [
      '/** Unlike Date.now(), the clock is virtual; never touch window or document. */',
      '// Math.random() would break replay',
      "const label = 'Date.now() and react'",
      'const tip = `setTimeout is banned ${label} in window`',
      'const pattern = /Date|window|performance/g',
      'const ratio = total / count / 2',
      'const ms = stats.performance + config.windowMs',
      'const scaling = { window: 10, performance: 1 }',
      "import type { Snapshot } from './react.ts'",
      "const name = 'react'",
    ].join('\n')
    expect(findViolations(fine)).toEqual([])
  })
})
