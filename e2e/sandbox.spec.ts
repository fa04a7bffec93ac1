import { expect, test } from '@playwright/test'
import { watchPage } from './fixtures/watchPage.ts'
import { SandboxCheckPage } from './pages/SandboxCheckPage.ts'

/**
 * How soon a click must show while the worker spins in runaway user code. A page whose main thread ran user code would never answer while a case loops forever; a slow,
 * shared CI machine answers late. So the bound separates "frozen" from "busy machine", not a speed target.
 */
const RESPONSIVE_MS = 5000

test('every sandbox escape attempt fails in Chromium, the page stays responsive, and nothing leaves the origin', async ({ page, baseURL }) => {
  test.setTimeout(120_000)
  const { foreignRequests, pageErrors } = watchPage(page, baseURL)

  const check = new SandboxCheckPage(page)
  await check.open()

  // Click while the worker runs the cases (endless loops, memory bombs): each click shows at once.
  let clicksWhileRunning = 0
  while (await check.running()) {
    await check.counter.click({ timeout: RESPONSIVE_MS })
    const stillRunning = await check.running()
    await expect(check.counter).toHaveText(new RegExp(`^Clicked ${clicksWhileRunning + 1} times?$`), { timeout: RESPONSIVE_MS })
    if (stillRunning) clicksWhileRunning++
    else break
  }
  expect(clicksWhileRunning, 'clicks answered while the checks ran').toBeGreaterThanOrEqual(3)

  await expect(check.summary).toHaveAttribute('data-state', 'finished')
  expect(await check.failures(), 'failed checks').toEqual([])
  const rows = await check.rows.count()
  expect(rows).toBeGreaterThan(40)
  await expect(check.summary).toHaveText(`${rows} of ${rows} checks passed`)
  expect(foreignRequests).toEqual([])
  expect(pageErrors).toEqual([])
})
