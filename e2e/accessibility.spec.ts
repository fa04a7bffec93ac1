import { expect, test } from '@playwright/test'
import { seriousViolations } from './fixtures/axe.ts'
import { watchPage } from './fixtures/watchPage.ts'
import { EmbedPlayer } from './pages/EmbedPlayer.ts'
import { PlaygroundPage, type PanelTabName } from './pages/PlaygroundPage.ts'

const TABS: readonly PanelTabName[] = ['Monitor', 'Environments', 'Logs', 'Test', 'Code', 'Learn']

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
    await page.getByTestId('presenter-toggle').click()
    await expect(page.getByTestId('presenter-card')).toBeVisible()
    found['presenter mode'] = await seriousViolations(page)
    await page.keyboard.press('Escape')
    await page.getByTestId('embed-code-button').click()
    await expect(page.getByTestId('embed-code-snippet')).toHaveValue(/<iframe/)
    found['embed code dialog'] = await seriousViolations(page)
    await page.keyboard.press('Escape')
    await page.keyboard.press('?')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    found['shortcuts dialog'] = await seriousViolations(page)
    expect(Object.fromEntries(Object.entries(found).filter(([, violations]) => violations.length > 0))).toEqual({})
    expect(foreignRequests).toEqual([])
    expect(pageErrors).toEqual([])
  })
}

for (const theme of ['light', 'dark'] as const) {
  test(`the embedded player in the ${theme} theme: no serious accessibility violations, before and while it runs, or when it cannot`, async ({ page, baseURL }) => {
    const { foreignRequests, pageErrors } = watchPage(page, baseURL)
    await page.emulateMedia({ colorScheme: theme })
    const player = new EmbedPlayer(page)
    const found: Record<string, string[]> = {}
    await page.goto('./embed.html?scenario=reserved-concurrency&editor=1')
    await expect(page.getByLabel('Scenario graph')).toBeVisible()
    found['player before play'] = await seriousViolations(page)
    await player.playPast('600×', 60)
    await expect(player.chart('invocations')).toBeVisible()
    found['player with charts'] = await seriousViolations(page)
    await page.goto('./embed.html?scenario=no-such-scenario')
    await expect(player.problem).toBeVisible()
    found['unknown scenario'] = await seriousViolations(page)
    expect(Object.fromEntries(Object.entries(found).filter(([, violations]) => violations.length > 0))).toEqual({})
    expect(foreignRequests).toEqual([])
    expect(pageErrors).toEqual([])
  })
}
