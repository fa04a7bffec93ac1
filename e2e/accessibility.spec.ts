import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { watchPage } from './fixtures/watchPage.ts'
import { PlaygroundPage, type PanelTabName } from './pages/PlaygroundPage.ts'

/** Violations an assistive-technology user would hit hard: axe's "serious" and "critical". */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`)
}

const TABS: readonly PanelTabName[] = ['Monitor', 'Environments', 'Logs', 'Test', 'Code']

for (const theme of ['light', 'dark'] as const) {
  test(`every view in the ${theme} theme: no serious accessibility violations, no request outside the origin`, async ({ page, baseURL }) => {
    test.setTimeout(120_000)
    const { foreignRequests, pageErrors } = watchPage(page, baseURL)
    await page.emulateMedia({ colorScheme: theme })
    const playground = new PlaygroundPage(page)
    await playground.open()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    // A few seconds of the run, so charts, environments and logs have something to show.
    await playground.step.click()
    for (let i = 0; i < 4; i++) await playground.step.click()
    await expect(playground.clock).toHaveText('0:05')
    // Every view is checked before the verdict, so one failure lists them all.
    const found: Record<string, string[]> = {}
    for (const tab of TABS) {
      await playground.openTab(tab)
      await expect(page.getByRole('tabpanel', { name: tab }).getByText(/^Loading/)).toBeHidden({ timeout: 20_000 })
      found[`${tab} tab`] = await seriousViolations(page)
    }
    await page.keyboard.press('?')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    found['shortcuts dialog'] = await seriousViolations(page)
    expect(Object.fromEntries(Object.entries(found).filter(([, violations]) => violations.length > 0))).toEqual({})
    expect(foreignRequests).toEqual([])
    expect(pageErrors).toEqual([])
  })
}
