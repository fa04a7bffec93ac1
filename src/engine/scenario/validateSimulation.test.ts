/** Simulation-only settings: distributions, error rate, idle timeout, lifetime, CPU share, threads. */
import { describe, expect, test } from 'vitest'
import { problems, withFunction } from './scenarioFixtures.ts'

const simulation = (fields: Record<string, unknown>) => withFunction({ Simulation: fields })

describe('distributions', () => {
  test('accepts each documented kind', () => {
    for (const DurationMs of [
      { Distribution: 'constant', Value: 0 },
      { Distribution: 'exponential', Mean: 100 },
      { Distribution: 'uniform', Min: 10, Max: 10 },
      { Distribution: 'normal', Mean: 100, StdDev: 0 },
      { Distribution: 'lognormal', Mean: 100, StdDev: 30 },
    ]) {
      expect(problems(simulation({ DurationMs }))).toEqual([])
    }
  })

  test('enum: an unknown kind refused', () => {
    expect(problems(simulation({ DurationMs: { Distribution: 'gamma', Mean: 1 } }))).toEqual(['Functions[0].Simulation.DurationMs.Distribution enum'])
  })

  test('required: the kind and its parameters', () => {
    expect(problems(simulation({ DurationMs: { Mean: 1 } }))).toEqual(['Functions[0].Simulation.DurationMs.Distribution required'])
    expect(problems(simulation({ DurationMs: { Distribution: 'normal', Mean: 1 } }))).toEqual(['Functions[0].Simulation.DurationMs.StdDev required'])
  })

  test('unknown-field: a parameter of another kind', () => {
    expect(problems(simulation({ DurationMs: { Distribution: 'constant', Value: 5, Mean: 5 } }))).toEqual(['Functions[0].Simulation.DurationMs.Mean unknown-field'])
  })

  test('range: parameters are never negative (0 accepted, -1 refused)', () => {
    expect(problems(simulation({ InitDurationMs: { Distribution: 'constant', Value: 0 } }))).toEqual([])
    expect(problems(simulation({ InitDurationMs: { Distribution: 'constant', Value: -1 } }))).toEqual(['Functions[0].Simulation.InitDurationMs.Value range'])
    expect(problems(simulation({ MemoryUsedMb: { Distribution: 'normal', Mean: 70, StdDev: -5 } }))).toEqual(['Functions[0].Simulation.MemoryUsedMb.StdDev range'])
  })

  test('min-max: a uniform Min above its Max refused', () => {
    expect(problems(simulation({ DurationMs: { Distribution: 'uniform', Min: 11, Max: 10 } }))).toEqual(['Functions[0].Simulation.DurationMs.Min min-max'])
  })

  test('type: a distribution is an object of numbers', () => {
    expect(problems(simulation({ DurationMs: 100 }))).toEqual(['Functions[0].Simulation.DurationMs type'])
    expect(problems(simulation({ DurationMs: { Distribution: 'constant', Value: '100' } }))).toEqual(['Functions[0].Simulation.DurationMs.Value type'])
  })
})

describe('behaviour settings', () => {
  test('range: ErrorRate from 0 to 1 (1 accepted, 1.01 and -0.01 refused)', () => {
    expect(problems(simulation({ ErrorRate: 0 }))).toEqual([])
    expect(problems(simulation({ ErrorRate: 1 }))).toEqual([])
    expect(problems(simulation({ ErrorRate: 1.01 }))).toEqual(['Functions[0].Simulation.ErrorRate range'])
    expect(problems(simulation({ ErrorRate: -0.01 }))).toEqual(['Functions[0].Simulation.ErrorRate range'])
  })

  test('range: IdleTimeoutSeconds 0 (reclaim at once) or null (never) accepted, -1 refused', () => {
    expect(problems(simulation({ IdleTimeoutSeconds: 0 }))).toEqual([])
    expect(problems(simulation({ IdleTimeoutSeconds: null }))).toEqual([])
    expect(problems(simulation({ IdleTimeoutSeconds: -1 }))).toEqual(['Functions[0].Simulation.IdleTimeoutSeconds range'])
  })

  test('range: MaxEnvironmentLifetimeSeconds above 0 or null; 0 refused', () => {
    expect(problems(simulation({ MaxEnvironmentLifetimeSeconds: 0.5 }))).toEqual([])
    expect(problems(simulation({ MaxEnvironmentLifetimeSeconds: null }))).toEqual([])
    expect(problems(simulation({ MaxEnvironmentLifetimeSeconds: 0 }))).toEqual(['Functions[0].Simulation.MaxEnvironmentLifetimeSeconds range'])
  })

  test('range: CpuBoundShare from 0 to 1', () => {
    expect(problems(simulation({ CpuBoundShare: 1 }))).toEqual([])
    expect(problems(simulation({ CpuBoundShare: 1.5 }))).toEqual(['Functions[0].Simulation.CpuBoundShare range'])
  })

  test('range: Threads from 1 to 6 (the most vCPUs Lambda gives); integer', () => {
    expect(problems(simulation({ Threads: 1 }))).toEqual([])
    expect(problems(simulation({ Threads: 6 }))).toEqual([])
    expect(problems(simulation({ Threads: 0 }))).toEqual(['Functions[0].Simulation.Threads range'])
    expect(problems(simulation({ Threads: 7 }))).toEqual(['Functions[0].Simulation.Threads range'])
    expect(problems(simulation({ Threads: 1.5 }))).toEqual(['Functions[0].Simulation.Threads integer'])
  })

  test('range: ReferenceMemorySize from 128 to 10,240 MB', () => {
    expect(problems(simulation({ ReferenceMemorySize: 128 }))).toEqual([])
    expect(problems(simulation({ ReferenceMemorySize: 127 }))).toEqual(['Functions[0].Simulation.ReferenceMemorySize range'])
    expect(problems(simulation({ ReferenceMemorySize: 10240 }))).toEqual([])
    expect(problems(simulation({ ReferenceMemorySize: 10241 }))).toEqual(['Functions[0].Simulation.ReferenceMemorySize range'])
  })

  test('unknown-field: a misspelt simulation setting', () => {
    expect(problems(simulation({ ErrorRatio: 0.1 }))).toEqual(['Functions[0].Simulation.ErrorRatio unknown-field'])
  })
})
