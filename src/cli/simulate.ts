/**
 * `npm run simulate -- <file> [--seed N] [--duration S] [--json]`: runs a scenario (or a SAM /
 * CloudFormation template, imported first) headless.
 * With --json, stdout carries the summary object alone; otherwise a readable report, with a
 * progress bar on a terminal for long runs. A bad document is refused with the field and the rule
 * on stderr and exit code 1; bad arguments exit with 2.
 */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { formatScenarioErrors } from '../engine/scenario/errors.ts'
import { openSimulation } from '../host/openSimulation.ts'
import { loadDocument } from '../interop/loadDocument.ts'
import { parseArgs, USAGE } from './args.ts'
import { formatReport, progressBar } from './report.ts'

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`)
  process.exit(code)
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  if ('error' in args) fail(`${args.error}\n${USAGE}`, 2)
  let text: string
  try {
    text = readFileSync(args.file, 'utf8')
  } catch (error) {
    fail(`Cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, 1)
  }
  const loaded = loadDocument(text, args.file)
  if (!loaded.ok) fail(`${args.file}\n${formatScenarioErrors(loaded.errors)}`, 1)
  // A template's parts the scenario cannot carry are listed, never dropped silently.
  if (loaded.findings.length > 0) {
    process.stderr.write(`${args.file}: imported from a template; left out or approximated:\n${loaded.findings.map((f) => `  ${f.path}: ${f.message}`).join('\n')}\n`)
  }

  const started = performance.now()
  const sim = await openSimulation(loaded.scenario, {
    ...(args.seed === undefined ? {} : { seed: args.seed }),
    ...(args.durationSeconds === undefined ? {} : { durationSeconds: args.durationSeconds }),
  })
  const showProgress = !args.json && process.stderr.isTTY === true
  const steps = 100
  for (let step = 1; step <= steps; step++) {
    sim.runUntil((sim.durationMs * step) / steps)
    // Only worth drawing when the run is long enough to wait for.
    if (showProgress && performance.now() - started > 500) process.stderr.write(`\r${progressBar(step / steps)}`)
  }
  if (showProgress && performance.now() - started > 500) process.stderr.write('\r\x1b[K')
  const summary = sim.summary()
  sim.dispose()
  if (args.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
  else process.stdout.write(`${formatReport(loaded.scenario.Name, summary, (performance.now() - started) / 1000)}\n`)
}

await main()
