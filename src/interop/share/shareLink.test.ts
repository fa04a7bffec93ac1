import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../engine/scenario/types.ts'
import { decodeShareFragment, encodeShareFragment } from './shareLink.ts'

const canary = JSON.parse(readFileSync(new URL('../../../scenarios/canary-alias.json', import.meta.url), 'utf8')) as Scenario

describe('share links', () => {
  it('carry the whole scenario, code included, compressed in the fragment', async () => {
    const withCode: Scenario = { ...canary, Functions: canary.Functions.map((f) => ({ ...f, Code: { 'index.mjs': 'export const handler = async () => "héllo ✓"\n'.repeat(20) } })) }
    const fragment = await encodeShareFragment(withCode)
    expect(fragment).toMatch(/^scenario=[A-Za-z0-9_-]+$/)
    expect(fragment.length).toBeLessThan(JSON.stringify(withCode).length)
    expect(await decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, scenario: withCode })
  })

  it('are validated like any import: a tampered document is refused with the field and the rule', async () => {
    const fragment = await encodeShareFragment({ ...canary, Functions: [{ FunctionName: 'f', MemorySize: 64 }] })
    const decoded = await decodeShareFragment(fragment)
    expect(decoded?.ok).toBe(false)
    expect(decoded?.ok === false && decoded.errors).toContainEqual(expect.objectContaining({ path: 'Functions[0].MemorySize', rule: 'range' }))
  })

  it('say so when a link was cut short, and ignore fragments without a scenario', async () => {
    const fragment = await encodeShareFragment(canary)
    expect(await decodeShareFragment(fragment.slice(0, fragment.length / 2))).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/damaged/) }] })
    expect(await decodeShareFragment('#tab=logs')).toBeNull()
  })
})
