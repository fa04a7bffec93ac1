import { describe, expect, test } from 'vitest'
import { functionNameOf } from './testInvocations.ts'

describe('the function a test invocation targets, for finding its log lines', () => {
  test.each([
    ['orders', 'orders'],
    ['orders:live', 'orders'],
    ['orders:$LATEST', 'orders'],
    ['arn:aws:lambda:us-east-1:123456789012:function:orders', 'orders'],
    ['arn:aws:lambda:us-east-1:123456789012:function:orders:2', 'orders'],
    ['123456789012:function:orders:live', 'orders'],
  ])('%s → %s [API]', (target, name) => {
    expect(functionNameOf(target)).toBe(name)
  })
})
