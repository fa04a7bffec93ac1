import { describe, expect, test } from 'vitest'
import { payloadBytes, truncateUtf8 } from './payloadSize.ts'

describe('sizes in UTF-8 bytes, as Lambda measures payloads and the DLQ ErrorMessage', () => {
  test('a payload is the UTF-8 bytes of its JSON text', () => {
    expect(payloadBytes(undefined)).toBe(0)
    expect(payloadBytes('é')).toBe(4) // "é" with its quotes: 1 + 2 + 1
    expect(payloadBytes({ a: '😀' })).toBe(12) // {"a":"😀"}: 8 ASCII + 4
  })

  test('ErrorMessage keeps the first 1 KB without splitting a character', () => {
    expect(truncateUtf8('a'.repeat(2000), 1024)).toHaveLength(1024)
    const twoByte = 'é'.repeat(600) // 1,200 bytes
    expect(truncateUtf8(twoByte, 1024)).toBe('é'.repeat(512))
    expect(truncateUtf8('a😀', 4)).toBe('a')
    expect(truncateUtf8('short', 1024)).toBe('short')
  })
})
