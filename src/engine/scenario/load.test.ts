/** Text to scenario: JSON syntax errors with line and column, then validation; the CLI's error listing. */
import { describe, expect, test } from 'vitest'
import { formatScenarioErrors } from './errors.ts'
import { locateJsonSyntaxError } from './jsonSyntax.ts'
import { parseScenario } from './load.ts'
import { scenario } from './scenarioFixtures.ts'

describe('parseScenario', () => {
  test('parses and validates a scenario', () => {
    const doc = scenario()
    expect(parseScenario(JSON.stringify(doc, null, 2))).toEqual({ ok: true, scenario: doc })
  })

  test('validation errors come through unchanged', () => {
    const result = parseScenario(JSON.stringify(scenario({ Seed: -1 })))
    expect(result.ok ? [] : result.errors.map((e) => `${e.path} ${e.rule}`)).toEqual(['Seed range'])
  })

  test('accepts a UTF-8 byte-order mark, as Windows editors write', () => {
    expect(parseScenario(`\uFEFF${JSON.stringify(scenario())}`).ok).toBe(true)
  })
})

describe('json: malformed text is one error at (document) with line and column', () => {
  const jsonError = (text: string) => {
    const result = parseScenario(text)
    if (result.ok) throw new Error('expected a JSON error')
    return result.errors
  }

  test('a missing comma (Node states the position)', () => {
    expect(jsonError('{\n  "Format": "x"\n  "Name": "y"\n}')).toEqual([{
      path: '(document)',
      rule: 'json',
      message: "The document is not valid JSON: Expected ',' or '}' after property value at line 3, column 3",
    }])
  })

  test('an unexpected token (Node gives no position, so the scanner finds it)', () => {
    expect(jsonError('{\n  "Seed": ,\n}')[0]?.message).toBe("The document is not valid JSON: Unexpected token ',' at line 2, column 11")
  })

  test('a trailing comma', () => {
    expect(jsonError('{"Functions": [1, 2,]}')[0]?.message).toBe("The document is not valid JSON: Unexpected token ']' at line 1, column 21")
  })

  test('an early error in a long text (Node quotes only its start)', () => {
    const text = `{"Functions": [,${' '.repeat(40)}]}`
    expect(jsonError(text)[0]?.message).toBe("The document is not valid JSON: Unexpected token ',' at line 1, column 16")
  })

  test('empty text', () => {
    expect(jsonError('')[0]?.message).toBe('The document is not valid JSON: Unexpected end of JSON input at line 1, column 1')
  })
})

describe('locateJsonSyntaxError finds the first character that breaks the grammar', () => {
  test.each([
    ['{"a": }', 6],
    ['{"a": tru}', 6],
    ['[1 2]', 3],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['01', 1],
    ['-', 1],
    ['1.', 2],
    ['1e+', 3],
    ['"\\x"', 2],
    ['"\\u12G4"', 2],
    ['"a\nb"', 2],
    ['"open', 5],
    ['{"a": [1, {"b": null}]} x', 24],
    ['  ', 2],
  ])('%j → %i', (text, offset) => {
    expect(locateJsonSyntaxError(text)).toBe(offset)
  })

  test('agrees with JSON.parse where Node states a position', () => {
    for (const text of ['{"a":1,}', '{"a" 1}', '[1 2]', '01', '{"a": 1} x', '{"a": -}', '{"a": 1.}']) {
      let stated = -1
      try {
        JSON.parse(text)
      } catch (error) {
        stated = Number(/at position (\d+)/.exec(String(error))?.[1])
      }
      expect(locateJsonSyntaxError(text), text).toBe(stated)
    }
  })
})

describe('formatScenarioErrors', () => {
  test('one line per error: path, message, rule', () => {
    expect(formatScenarioErrors([
      { path: 'Functions[0].MemorySize', rule: 'range', message: 'MemorySize must be an integer from 128 to 10,240 MB (got 64)' },
      { path: 'Traffic[0].Target', rule: 'reference', message: 'The scenario defines no function named x' },
    ])).toBe([
      'The scenario has 2 errors:',
      '  Functions[0].MemorySize: MemorySize must be an integer from 128 to 10,240 MB (got 64) [range]',
      '  Traffic[0].Target: The scenario defines no function named x [reference]',
    ].join('\n'))
  })

  test('says "1 error" for one', () => {
    expect(formatScenarioErrors([{ path: 'Seed', rule: 'range', message: 'm' }]).split('\n')[0]).toBe('The scenario has 1 error:')
  })
})
