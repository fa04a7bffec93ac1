/** Buckets, Tables and EventBuses: the data stores handler code reaches through the SDK. */
import { describe, expect, test } from 'vitest'
import { onlyMessage, problems, scenario } from './scenarioFixtures.ts'

const hash = (AttributeName: string) => ({ AttributeName, KeyType: 'HASH' })
const range = (AttributeName: string) => ({ AttributeName, KeyType: 'RANGE' })

describe('Buckets', () => {
  test('accepts valid, distinct names', () => {
    expect(problems(scenario({ Buckets: [{ BucketName: 'reports' }, { BucketName: 'my.bucket-2' }] }))).toEqual([])
  })

  test('pattern: 3 to 63 lowercase letters, digits, dots or hyphens, no two dots in a row', () => {
    for (const name of ['ab', 'Reports', '-reports', 'reports-', 'a..b', 'x'.repeat(64)]) {
      expect(problems(scenario({ Buckets: [{ BucketName: name }] })), name).toEqual(['Buckets[0].BucketName pattern'])
    }
  })

  test('duplicate and unknown fields', () => {
    expect(problems(scenario({ Buckets: [{ BucketName: 'b-1' }, { BucketName: 'b-1' }] }))).toEqual(['Buckets[1].BucketName duplicate'])
    expect(problems(scenario({ Buckets: [{ Name: 'b-1' }] }))).toEqual(['Buckets[0].Name unknown-field', 'Buckets[0].BucketName required'])
  })
})

describe('Tables', () => {
  test('accepts a partition key, or a partition key and a sort key', () => {
    expect(problems(scenario({
      Tables: [{ TableName: 'users', KeySchema: [hash('id')] }, { TableName: 'orders', KeySchema: [hash('customer'), range('at')] }],
    }))).toEqual([])
  })

  test('key-schema: the HASH key first, then at most one RANGE key, on different attributes', () => {
    expect(problems(scenario({ Tables: [{ TableName: 'users', KeySchema: [range('id')] }] }))).toEqual(['Tables[0].KeySchema[0].KeyType key-schema'])
    expect(problems(scenario({ Tables: [{ TableName: 'users', KeySchema: [hash('id'), hash('at')] }] }))).toEqual(['Tables[0].KeySchema[1].KeyType key-schema'])
    expect(problems(scenario({ Tables: [{ TableName: 'users', KeySchema: [hash('id'), range('id')] }] }))).toEqual(['Tables[0].KeySchema[1].AttributeName key-schema'])
  })

  test('length: 1 or 2 key elements', () => {
    expect(onlyMessage(scenario({ Tables: [{ TableName: 'users', KeySchema: [] }] }))).toContain('KeySchema must have 1 or 2 elements')
  })

  test('pattern, enum and duplicate', () => {
    expect(problems(scenario({ Tables: [{ TableName: 'ab', KeySchema: [hash('id')] }] }))).toEqual(['Tables[0].TableName pattern'])
    expect(problems(scenario({ Tables: [{ TableName: 'users', KeySchema: [{ AttributeName: 'id', KeyType: 'PARTITION' }] }] })))
      .toEqual(['Tables[0].KeySchema[0].KeyType enum'])
    expect(problems(scenario({ Tables: [{ TableName: 'users', KeySchema: [hash('id')] }, { TableName: 'users', KeySchema: [hash('id')] }] })))
      .toEqual(['Tables[1].TableName duplicate'])
  })
})

describe('EventBuses', () => {
  test('accepts custom buses', () => {
    expect(problems(scenario({ EventBuses: [{ Name: 'orders' }, { Name: 'partner/acme' }] }))).toEqual([])
  })

  test('duplicate: the default bus always exists', () => {
    expect(onlyMessage(scenario({ EventBuses: [{ Name: 'default' }] }))).toContain('the default event bus always exists')
  })
})
