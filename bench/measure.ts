import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildSync } from 'esbuild'

export interface ProcessResult<T> {
  /** Wall seconds from spawn to exit: the whole process, start-up included. */
  wallSeconds: number
  output: T
}

/** `taskset -c 0` where available, so a run uses one core as the targets are stated. */
const PIN = existsSync('/usr/bin/taskset') ? ['taskset', '-c', '0'] : []

const OUT_DIR = new URL('../node_modules/.tmp/bench/', import.meta.url).pathname
const bundles = new Map<string, string>()

/**
 * Packages left out of bundles and loaded from node_modules: the QuickJS variant finds its .wasm
 * file next to its own module, and sucrase is plain JavaScript already.
 */
const EXTERNAL = ['quickjs-emscripten-core', '@jitl/quickjs-wasmfile-release-sync', 'sucrase']

/**
 * Bundles a TypeScript benchmark script to plain JavaScript once, so "whole process" measures the
 * engine and Node, not the TypeScript loader that development uses.
 */
function bundle(script: string): string {
  let out = bundles.get(script)
  if (!out) {
    out = `${OUT_DIR}${basename(script, '.ts')}.mjs`
    buildSync({ entryPoints: [script], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'error', external: EXTERNAL })
    bundles.set(script, out)
  }
  return out
}

/** Runs a benchmark script in a fresh Node process and parses its last stdout line as JSON. */
export function runScript<T>(script: string, args: readonly string[]): ProcessResult<T> {
  const command = [...PIN, process.execPath, bundle(script), ...args]
  const started = performance.now()
  const result = spawnSync(command[0] as string, command.slice(1), { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
  const wallSeconds = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`)
  const lines = result.stdout.trim().split('\n')
  return { wallSeconds, output: JSON.parse(lines[lines.length - 1] as string) as T }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

export const format = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
