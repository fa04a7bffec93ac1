/**
 * `npm run bench`: prints the figures the issues ask for, measured on this machine now. Targets are
 * reported as met or not, never asserted in tests: these machines are shared and noisy.
 */
import { cpus } from 'node:os'
import { benchEngine } from './engine.ts'
import { benchHandler } from './handler.ts'
import { benchMixed } from './mixed.ts'
import { benchSandbox } from './sandbox.ts'
import { benchUi } from './ui.ts'

const repeats = Number(process.env.BENCH_REPEATS ?? 5)
const cpu = cpus()[0]
console.log(`Lambda Playground benchmarks — Node ${process.version}, ${cpus().length} × ${cpu?.model ?? 'unknown CPU'}`)
console.log('')
for (const line of benchEngine(repeats)) console.log(line)
console.log('')
for (const line of benchMixed(repeats)) console.log(line)
console.log('')
for (const line of benchSandbox(repeats)) console.log(line)
console.log('')
for (const line of benchHandler(repeats)) console.log(line)
console.log('')
for (const line of await benchUi(repeats)) console.log(line)
