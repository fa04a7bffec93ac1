/** Scenario text (a file, a paste, a share link) to a validated scenario or a list of errors. */
import type { ScenarioError } from './errors.ts'
import { locateJsonSyntaxError } from './jsonSyntax.ts'
import { DOCUMENT_PATH, validateScenario, type ScenarioResult } from './validate.ts'

const BYTE_ORDER_MARK = '\uFEFF'

export function parseScenario(text: string): ScenarioResult {
  const parsed = parseJsonText(text)
  return parsed.ok ? validateScenario(parsed.value) : parsed
}

export type JsonText = { ok: true; value: unknown } | { ok: false; errors: [ScenarioError] }

/** JSON text to a value, or the error naming the line and column where it breaks. */
export function parseJsonText(text: string): JsonText {
  // Editors on Windows may save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text
  try {
    return { ok: true, value: JSON.parse(source) }
  } catch (error) {
    return { ok: false, errors: [jsonError(source, error)] }
  }
}

function jsonError(source: string, error: unknown): ScenarioError {
  const message = error instanceof Error ? error.message : String(error)
  const stated = /at position (\d+)/.exec(message)?.[1]
  const offset = stated === undefined ? locateJsonSyntaxError(source) : Number(stated)
  const { line, column } = lineAndColumn(source, offset)
  return { path: DOCUMENT_PATH, rule: 'json', message: `The document is not valid JSON: ${reason(message)} at line ${line}, column ${column}` }
}

/** V8's wording without the parts this message states its own way (position, a quote of the text). */
function reason(message: string): string {
  return message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '')
    .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '')
}

/** 1-based, as editors number them. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: offset - lineStart + 1 }
}
