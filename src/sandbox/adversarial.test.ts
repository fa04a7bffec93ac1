/**
 * The adversarial cases (./adversarial/cases.ts) in Node: each of their checks becomes the Vitest
 * assertion it describes. The sandbox check page runs the same cases in Chromium (e2e/sandbox.spec.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ADVERSARIAL_CASES } from './adversarial/cases.ts'
import { isList, passes, type Check, type Shape } from './adversarial/expectations.ts'
import { openCaseSandbox, type CaseSandbox } from './adversarial/runner.ts'

let sandbox: CaseSandbox

beforeAll(async () => {
  sandbox = await openCaseSandbox(() => performance.now())
})
afterAll(() => sandbox.dispose())

/** A shape with its patterns as Vitest's asymmetric matchers. */
function forVitest(shape: Shape): unknown {
  if (shape instanceof RegExp) return expect.stringMatching(shape)
  if (isList(shape)) return shape.map(forVitest)
  if (shape === null || typeof shape !== 'object') return shape
  return Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, forVitest(value)]))
}

function assert({ what, got, expected }: Check): void {
  switch (expected.kind) {
    case 'equals': return expect(got, what).toEqual(forVitest(expected.shape))
    case 'matches': return expect(got, what).toMatchObject(forVitest(expected.shape) as object)
    case 'below': return expect(got, what).toBeLessThan(expected.limit)
    case 'lacks': return expect(got, what).not.toMatch(expected.pattern)
  }
}

for (const title of new Set(ADVERSARIAL_CASES.map((c) => c.group))) {
  describe(title, () => {
    for (const adversarialCase of ADVERSARIAL_CASES.filter((c) => c.group === title)) {
      test(adversarialCase.name, async () => {
        for (const check of await adversarialCase.run(sandbox)) {
          assert(check)
          // The sandbox check page judges with `passes`: it must agree with Vitest.
          expect(passes(check), `${check.what}: passes()`).toBe(true)
        }
      })
    }
  })
}
