/**
 * Reads one resource's properties for the importer: evaluates intrinsics, checks types, and
 * remembers what was read, so that every property the importer does not use is reported
 * (an import never drops part of a template silently).
 */
import { resolve, Unresolved, type IntrinsicContext } from './intrinsics.ts'

/** Something in the template the scenario does not carry, or carries approximately. */
export interface ImportFinding {
  /** Where in the template: `Resources.Orders.Properties.Tracing`. */
  readonly path: string
  readonly message: string
}

export class Props {
  private readonly read = new Set<string>()
  private readonly inert: string[] = []

  constructor(
    private readonly raw: Readonly<Record<string, unknown>>,
    readonly at: string,
    private readonly ctx: IntrinsicContext,
    private readonly findings: ImportFinding[],
  ) {}

  /** The property with intrinsics evaluated; undefined (and a finding) when they cannot be. */
  value(key: string): unknown {
    this.read.add(key)
    const raw = this.raw[key]
    if (raw === undefined) return undefined
    try {
      return resolve(this.ctx, raw)
    } catch (error) {
      if (!(error instanceof Unresolved)) throw error
      this.note(key, `left out: ${error.message}`)
      return undefined
    }
  }

  string(key: string): string | undefined {
    const value = this.value(key)
    if (value === undefined || typeof value === 'string') return value
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    this.note(key, `left out: expected a string, got ${JSON.stringify(value)}`)
    return undefined
  }

  /** CloudFormation accepts numbers written as strings ("512"). */
  number(key: string): number | undefined {
    const value = this.value(key)
    if (value === undefined) return undefined
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
    if (typeof n === 'number' && Number.isFinite(n)) return n
    this.note(key, `left out: expected a number, got ${JSON.stringify(value)}`)
    return undefined
  }

  boolean(key: string): boolean | undefined {
    const value = this.value(key)
    if (value === undefined || typeof value === 'boolean') return value
    if (value === 'true' || value === 'false') return value === 'true'
    this.note(key, `left out: expected true or false, got ${JSON.stringify(value)}`)
    return undefined
  }

  record(key: string): Record<string, unknown> | undefined {
    const value = this.value(key)
    if (value === undefined) return undefined
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>
    this.note(key, `left out: expected a map, got ${JSON.stringify(value)}`)
    return undefined
  }

  list(key: string): unknown[] | undefined {
    const value = this.value(key)
    if (value === undefined) return undefined
    return Array.isArray(value) ? value : [value]
  }

  /** Properties with no effect on a simulation (IAM, networking, tags): consumed, and listed together once. */
  inertKeys(...keys: string[]): void {
    for (const key of keys) {
      if (this.raw[key] === undefined) continue
      this.read.add(key)
      this.inert.push(key)
    }
  }

  note(key: string, message: string): void {
    this.findings.push({ path: `${this.at}.${key}`, message })
  }

  /** Reports what was not read, and the inert properties. */
  finish(): void {
    const unread = Object.keys(this.raw).filter((key) => !this.read.has(key))
    for (const key of unread) this.note(key, 'not simulated: the playground has no equivalent, so it was left out')
    if (this.inert.length > 0) {
      this.findings.push({ path: this.at, message: `${this.inert.join(', ')}: no effect in the simulation (IAM, networking, tags and the like), left out` })
    }
  }
}
