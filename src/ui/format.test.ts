import { expect, test } from 'vitest'
import { formatAverage, formatClock, formatCount, formatMs, formatUsd } from './format.ts'

test('counts and averages', () => {
  expect(formatCount(16234)).toBe('16,234')
  expect(formatAverage(3.14159)).toBe('3.14')
})

test('milliseconds keep a decimal only when small', () => {
  expect(formatMs(2.345)).toBe('2.3')
  expect(formatMs(1234.6)).toBe('1,235')
})

test('costs show fractions of a cent', () => {
  expect(formatUsd(0)).toBe('$0.00')
  expect(formatUsd(0.000123456)).toBe('$0.000123')
  expect(formatUsd(12.345)).toBe('$12.35')
})

test('the virtual clock', () => {
  expect(formatClock(0)).toBe('0:00')
  expect(formatClock(451_900)).toBe('7:31')
  expect(formatClock(3_723_000)).toBe('1:02:03')
})
