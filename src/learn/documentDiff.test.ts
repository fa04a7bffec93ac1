import { expect, test } from 'vitest'
import type { Scenario } from '../engine/api.ts'
import { changedSettings } from './documentDiff.ts'

const BASE: Scenario = {
  Format: 'lambda-playground/scenario@1',
  Name: 'base',
  Functions: [
    { FunctionName: 'checkout', MemorySize: 512, Aliases: [{ Name: 'live', FunctionVersion: '1' }] },
    { FunctionName: 'reports', ReservedConcurrentExecutions: 10 },
  ],
  EventSourceMappings: [{ EventSourceArn: 'orders', FunctionName: 'checkout', BatchSize: 10 }],
  Traffic: [{ Target: 'checkout', Arrivals: { Process: 'constant', RatePerSecond: 5 } }],
}

const edit = (change: (d: Scenario) => void): Scenario => {
  const copy = structuredClone(BASE)
  change(copy)
  return copy
}

test('an unchanged document has no changes', () => {
  expect(changedSettings(BASE, structuredClone(BASE))).toEqual([])
})

test('names lists by their items\' names, so a setting reads as its place in the console', () => {
  expect(changedSettings(BASE, edit((d) => { d.Functions[0]!.ReservedConcurrentExecutions = 30 }))).toEqual(['Functions[checkout].ReservedConcurrentExecutions'])
  expect(changedSettings(BASE, edit((d) => { d.EventSourceMappings![0]!.BatchSize = 500 }))).toEqual(['EventSourceMappings[checkout].BatchSize'])
})

test('a setting added with its whole object counts once; a changed value inside one counts once', () => {
  const routed = edit((d) => { d.Functions[0]!.Aliases![0]!.RoutingConfig = { AdditionalVersionWeights: { 2: 0.1 } } })
  expect(changedSettings(BASE, routed)).toEqual(['Functions[checkout].Aliases[live].RoutingConfig'])
  const shifted = structuredClone(routed)
  shifted.Functions[0]!.Aliases![0]!.RoutingConfig = { AdditionalVersionWeights: { 2: 0.25 } }
  expect(changedSettings(routed, shifted)).toEqual(['Functions[checkout].Aliases[live].RoutingConfig.AdditionalVersionWeights.2'])
})

test('reordering named items changes nothing; removing one is one change', () => {
  expect(changedSettings(BASE, edit((d) => { d.Functions.reverse() }))).toEqual([])
  expect(changedSettings(BASE, edit((d) => { d.Functions.splice(1, 1) }))).toEqual(['Functions[reports]'])
})

test('lists without names are compared by position', () => {
  expect(changedSettings(BASE, edit((d) => { d.Traffic = [] }))).toEqual(['Traffic[0]'])
})

test('ignores the layout, the name and the description, and counts every other change', () => {
  const cosmetic = edit((d) => {
    d.Layout = { 'function:checkout': { x: 1, y: 2 } }
    d.Name = 'renamed'
    d.Description = 'notes'
  })
  expect(changedSettings(BASE, cosmetic)).toEqual([])
  const two = edit((d) => {
    d.Functions[0]!.MemorySize = 1024
    d.Functions[1]!.ReservedConcurrentExecutions = 20
  })
  expect(changedSettings(BASE, two)).toEqual(['Functions[checkout].MemorySize', 'Functions[reports].ReservedConcurrentExecutions'])
})
