import { describe, expect, test } from 'vitest'
import { awsAccount, errorOf, outputOf } from '../testing/awsHarness.ts'
import { STORE_MAX_ENTRIES } from './limits.ts'

const BUCKETS = { Buckets: [{ BucketName: 'reports' }] }

describe('S3 PutObject, GetObject, DeleteObject and DeleteObjects', () => {
  test('an object written is read back with its ETag, length and time, 20 ms per call', () => {
    const account = awsAccount(BUCKETS)
    const put = account.send('s3', 'PutObject', { Bucket: 'reports', Key: 'a/b.txt', Body: 'héllo', ContentType: 'text/plain' })
    expect(put.atMs).toBe(20)
    const eTag = outputOf(put).ETag
    expect(eTag).toMatch(/^"[0-9a-f]{32}"$/)
    const get = account.send('s3', 'GetObject', { Bucket: 'reports', Key: 'a/b.txt' })
    expect(get.atMs).toBe(40)
    expect(outputOf(get)).toEqual({
      Body: 'héllo', ContentLength: 6, ContentType: 'text/plain', ETag: eTag, LastModified: '2026-01-01T00:00:00.020Z',
    })
  })

  test('writing a key again replaces the object', () => {
    const account = awsAccount(BUCKETS)
    account.send('s3', 'PutObject', { Bucket: 'reports', Key: 'k', Body: 'one' })
    account.send('s3', 'PutObject', { Bucket: 'reports', Key: 'k', Body: 'three' })
    expect(outputOf(account.send('s3', 'GetObject', { Bucket: 'reports', Key: 'k' })).Body).toBe('three')
    const bucket = account.world.aws.buckets.get('reports')
    expect({ objects: bucket?.objects.size, bytes: bucket?.bytes }).toEqual({ objects: 1, bytes: 5 })
  })

  test('a missing key fails with NoSuchKey, a missing bucket with NoSuchBucket', () => {
    const account = awsAccount(BUCKETS)
    expect(errorOf(account.send('s3', 'GetObject', { Bucket: 'reports', Key: 'none' }))).toEqual({
      name: 'NoSuchKey', message: 'The specified key does not exist.',
    })
    expect(errorOf(account.send('s3', 'PutObject', { Bucket: 'other', Key: 'k', Body: '' })).name).toBe('NoSuchBucket')
    expect(errorOf(account.send('s3', 'GetObject', { Bucket: 'other', Key: 'k' })).name).toBe('NoSuchBucket')
  })

  test('a key over 1,024 bytes fails with KeyTooLongError', () => {
    const account = awsAccount(BUCKETS)
    expect(errorOf(account.send('s3', 'PutObject', { Bucket: 'reports', Key: 'k'.repeat(1025), Body: '' })).name).toBe('KeyTooLongError')
  })

  test('a full bucket refuses new objects with the simulator\'s own SimulationLimitExceeded', () => {
    const account = awsAccount(BUCKETS)
    for (let i = 0; i < STORE_MAX_ENTRIES; i++) account.send('s3', 'PutObject', { Bucket: 'reports', Key: `k${i}`, Body: '' })
    const answer = account.send('s3', 'PutObject', { Bucket: 'reports', Key: 'one-more', Body: '' })
    expect(errorOf(answer).name).toBe('SimulationLimitExceeded')
    expect(errorOf(answer).message).toContain('at most 10,000 objects and 64 MB per bucket')
    // Replacing an existing object is still allowed.
    outputOf(account.send('s3', 'PutObject', { Bucket: 'reports', Key: 'k0', Body: 'new' }))
  })

  test('DeleteObject removes the object and its bytes; a missing key still answers success, as S3 does', () => {
    const account = awsAccount(BUCKETS)
    account.send('s3', 'PutObject', { Bucket: 'reports', Key: 'k', Body: 'four' })
    const deleted = account.send('s3', 'DeleteObject', { Bucket: 'reports', Key: 'k' })
    expect(outputOf(deleted)).toEqual({})
    expect(deleted.atMs).toBe(40)
    const bucket = account.world.aws.buckets.get('reports')
    expect({ objects: bucket?.objects.size, bytes: bucket?.bytes }).toEqual({ objects: 0, bytes: 0 })
    expect(errorOf(account.send('s3', 'GetObject', { Bucket: 'reports', Key: 'k' })).name).toBe('NoSuchKey')
    expect(outputOf(account.send('s3', 'DeleteObject', { Bucket: 'reports', Key: 'never-there' }))).toEqual({})
    expect(errorOf(account.send('s3', 'DeleteObject', { Bucket: 'other', Key: 'k' })).name).toBe('NoSuchBucket')
  })

  test('DeleteObjects deletes each key and lists them (none with Quiet); 1 to 1,000 keys, else MalformedXML', () => {
    const account = awsAccount(BUCKETS)
    for (const key of ['a', 'b']) account.send('s3', 'PutObject', { Bucket: 'reports', Key: key, Body: 'x' })
    const answer = account.send('s3', 'DeleteObjects', { Bucket: 'reports', Delete: { Objects: [{ Key: 'a' }, { Key: 'b' }, { Key: 'c' }] } })
    expect(outputOf(answer)).toEqual({ Deleted: [{ Key: 'a' }, { Key: 'b' }, { Key: 'c' }], Errors: [] })
    expect(account.world.aws.buckets.get('reports')?.objects.size).toBe(0)
    expect(outputOf(account.send('s3', 'DeleteObjects', { Bucket: 'reports', Delete: { Objects: [{ Key: 'a' }], Quiet: true } }))).toEqual({ Errors: [] })
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ Key: `k${i}` }))
    expect(errorOf(account.send('s3', 'DeleteObjects', { Bucket: 'reports', Delete: { Objects: tooMany } })).name).toBe('MalformedXML')
    expect(errorOf(account.send('s3', 'DeleteObjects', { Bucket: 'reports', Delete: { Objects: [] } })).name).toBe('MalformedXML')
    expect(outputOf(account.send('s3', 'DeleteObjects', { Bucket: 'reports', Delete: { Objects: tooMany.slice(0, 1000) } })).Deleted).toHaveLength(1000)
  })
})
