/** Every example scenario must load: the shared contract's and the copy the app ships in scenarios/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { formatScenarioErrors } from './errors.ts'
import { parseScenario } from './load.ts'

const directories = [
  { label: 'shared/scenarios', url: new URL('../../../../shared/scenarios/', import.meta.url) },
  { label: 'scenarios (repo copy)', url: new URL('../../../scenarios/', import.meta.url) },
].filter(({ url }) => existsSync(fileURLToPath(url)))

test('finds the example scenarios', () => {
  expect(directories.length).toBeGreaterThan(0)
})

describe.each(directories)('examples in $label', ({ url }) => {
  const files = readdirSync(fileURLToPath(url)).filter((name) => name.endsWith('.json'))

  test('there are examples to check', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  test.each(files)('%s validates', (name) => {
    const result = parseScenario(readFileSync(new URL(name, url), 'utf8'))
    // The formatted errors make a failure readable in the test output.
    expect(result.ok ? '' : formatScenarioErrors(result.errors)).toBe('')
  })
})
