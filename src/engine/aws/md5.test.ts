import { describe, expect, test } from 'vitest'
import { md5Hex } from './md5.ts'

describe('md5Hex', () => {
  test('matches RFC 1321 test suite vectors', () => {
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e')
    expect(md5Hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72')
    expect(md5Hex('12345678901234567890123456789012345678901234567890123456789012345678901234567890')).toBe('57edf4a22be3c955ac49da2e2107b67a')
  })

  test("gives the MD5OfMessageBody of AWS's sample SQS event", () => {
    expect(md5Hex('Test message.')).toBe('e4e68fb7bd0e697a0ae8f1bb342846b3')
  })

  test('hashes UTF-8 bytes, across a padding boundary', () => {
    // 56 bytes: the length no longer fits beside the padding, so a second block follows (value from Node's crypto).
    expect(md5Hex('é'.repeat(28))).toBe('20b0102488adc14d6375a20e9e1ed8b3')
  })
})
