import { compilePattern, type CompiledPattern } from '../patterns.ts'

/** A pattern of a validated scenario, compiled; a problem here means the validator let one through. */
export function compiledOrThrow(pattern: unknown, at: string): CompiledPattern {
  const result = compilePattern(pattern)
  if (!result.ok) throw new Error(`${at}: ${result.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`)
  return result.pattern
}
