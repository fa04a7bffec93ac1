/** The simulation-only settings of a function or version: random distributions and behaviour knobs. */
import { MAX_VCPU, MEMORY_MAX_MB, MEMORY_MIN_MB } from '../facts.ts'
import { field, type Checker, type Fields } from './check.ts'
import { formatNumber } from './describe.ts'
import type { Distribution, FunctionSimulation } from './types.ts'

type DistributionKind = Distribution['Distribution']

const DISTRIBUTION_FIELDS: { readonly [K in DistributionKind]: Fields<Extract<Distribution, { Distribution: K }>> } = {
  constant: { Distribution: 'required', Value: 'required' },
  exponential: { Distribution: 'required', Mean: 'required' },
  uniform: { Distribution: 'required', Min: 'required', Max: 'required' },
  normal: { Distribution: 'required', Mean: 'required', StdDev: 'required' },
  lognormal: { Distribution: 'required', Mean: 'required', StdDev: 'required' },
}
const DISTRIBUTION_KINDS = Object.keys(DISTRIBUTION_FIELDS) as DistributionKind[]

const SIMULATION_FIELDS: Fields<FunctionSimulation> = {
  DurationMs: 'optional',
  InitDurationMs: 'optional',
  ErrorRate: 'optional',
  IdleTimeoutSeconds: 'optional',
  MaxEnvironmentLifetimeSeconds: 'optional',
  CpuBoundShare: 'optional',
  ReferenceMemorySize: 'optional',
  Threads: 'optional',
  MemoryUsedMb: 'optional',
}

/** A duration (or memory) distribution: a known kind with its parameters, none negative. */
export function checkDistribution(c: Checker, value: unknown, at: string, unit: string): void {
  const raw = c.map(value, at)
  if (raw === undefined) return
  const kind = c.discriminant(raw, 'Distribution', at, DISTRIBUTION_KINDS)
  if (kind === undefined) return
  const fields = DISTRIBUTION_FIELDS[kind]
  c.object(raw, at, fields)
  // Draws are never negative (README: "all in milliseconds, never negative"), so neither are the parameters.
  const params = new Map<string, number>()
  for (const key of Object.keys(fields)) {
    if (key === 'Distribution') continue
    const n = c.number(raw[key], field(at, key), { min: 0, unit })
    if (n !== undefined) params.set(key, n)
  }
  const min = params.get('Min')
  const max = params.get('Max')
  if (min !== undefined && max !== undefined && min > max) {
    c.report(field(at, 'Min'), 'min-max', `A uniform distribution's Min must not exceed its Max (got Min ${formatNumber(min)}, Max ${formatNumber(max)})`)
  }
}

export function checkSimulation(c: Checker, value: unknown, at: string): void {
  const sim = c.object(value, at, SIMULATION_FIELDS)
  if (sim === undefined) return
  checkDistribution(c, sim.DurationMs, field(at, 'DurationMs'), 'ms')
  checkDistribution(c, sim.InitDurationMs, field(at, 'InitDurationMs'), 'ms')
  checkDistribution(c, sim.MemoryUsedMb, field(at, 'MemoryUsedMb'), 'MB')
  c.number(sim.ErrorRate, field(at, 'ErrorRate'), { min: 0, max: 1, why: 'it is the share of invocations that fail' })
  c.number(sim.IdleTimeoutSeconds, field(at, 'IdleTimeoutSeconds'), { min: 0, unit: 'seconds', orNull: 'never reclaimed' })
  c.number(sim.MaxEnvironmentLifetimeSeconds, field(at, 'MaxEnvironmentLifetimeSeconds'), { above: 0, unit: 'seconds', orNull: 'never recycled' })
  c.number(sim.CpuBoundShare, field(at, 'CpuBoundShare'), { min: 0, max: 1, why: 'it is the CPU-bound share of the duration' })
  c.integer(sim.ReferenceMemorySize, field(at, 'ReferenceMemorySize'), { min: MEMORY_MIN_MB, max: MEMORY_MAX_MB, unit: 'MB', why: "Lambda's memory range" })
  c.integer(sim.Threads, field(at, 'Threads'), { min: 1, max: MAX_VCPU, why: `Lambda gives a function at most ${MAX_VCPU} vCPUs` })
}
