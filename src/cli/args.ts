/** `simulate <file> [--seed N] [--duration S] [--json]`, parsed without a library so errors read like the rest of the CLI. */
export interface CliArgs {
  file: string
  seed?: number
  durationSeconds?: number
  json: boolean
}

export const USAGE = 'Usage: npm run simulate -- <scenario.json> [--seed N] [--duration SECONDS] [--json]'

export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  let file: string | undefined
  let seed: number | undefined
  let durationSeconds: number | undefined
  let json = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--json') json = true
    else if (arg === '--seed' || arg === '--duration') {
      const raw = argv[++i]
      const value = Number(raw)
      if (raw === undefined || raw.trim() === '' || !Number.isFinite(value)) return { error: `${arg} needs a number (got ${raw === undefined ? 'nothing' : JSON.stringify(raw)})` }
      if (arg === '--seed') {
        if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) return { error: `--seed must be an integer from 0 to 4294967295 (got ${raw})` }
        seed = value
      } else {
        if (value <= 0 || value > 30 * 86400) return { error: `--duration must be more than 0 and at most 2592000 seconds (30 days) (got ${raw})` }
        durationSeconds = value
      }
    } else if (arg.startsWith('--')) return { error: `Unknown option ${arg}` }
    else if (file === undefined) file = arg
    else return { error: `Only one scenario file can be given (got ${JSON.stringify(file)} and ${JSON.stringify(arg)})` }
  }
  if (file === undefined) return { error: 'No scenario file given' }
  return { file, json, ...(seed === undefined ? {} : { seed }), ...(durationSeconds === undefined ? {} : { durationSeconds }) }
}
