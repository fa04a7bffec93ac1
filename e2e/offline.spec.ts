import { expect, test, type Page } from '@playwright/test'
import { serveFolder, type StaticSite } from './fixtures/staticServer.ts'
import { watchPage } from './fixtures/watchPage.ts'
import { EmbedPlayer } from './pages/EmbedPlayer.ts'
import { EmbedSamplePage } from './pages/EmbedSamplePage.ts'
import { PlaygroundPage } from './pages/PlaygroundPage.ts'

/**
 * The built site as a static host serves it from a sub-folder (`npm run build`, dist/ copied under
 * /some/sub/path/): no server logic, relative addresses only. Served by a plain file server here
 * rather than the preview server, which serves the site at its root.
 */
const SUB_PATH = '/some/sub/path/'
let site: StaticSite

test.beforeAll(async () => {
  site = await serveFolder(process.env.E2E_DIST ?? 'dist', SUB_PATH)
})
test.afterAll(async () => {
  await site.close()
})

/** The playground at the sub-folder's address, ready at 0:00. */
async function openApp(page: Page): Promise<PlaygroundPage> {
  const playground = new PlaygroundPage(page)
  await page.goto(site.url)
  await expect(playground.status).toHaveText('Ready', { timeout: 20_000 })
  return playground
}

test('from a sub-folder, the app runs a scenario and the sample page\'s players play', async ({ page }) => {
  const { foreignRequests, pageErrors } = watchPage(page, site.url)
  const playground = await openApp(page)
  await playground.step.click()
  await expect(playground.clock).toHaveText('0:01')

  const sample = new EmbedSamplePage(page)
  await sample.open(`${site.url}docs/embed-sample.html`)
  await sample.playBoth.click()
  await expect.poll(() => sample.reserved.clockSeconds(), { timeout: 30_000 }).toBeGreaterThan(3)
  await expect.poll(() => sample.canary.clockSeconds(), { timeout: 30_000 }).toBeGreaterThan(3)
  await sample.pauseBoth.click()
  expect(foreignRequests).toEqual([])
  expect(pageErrors).toEqual([])
})

test('after the first visit a service worker scoped to the folder serves the app offline: it loads, runs, and opens Monaco', async ({ page, context }) => {
  test.setTimeout(120_000)
  const { pageErrors } = watchPage(page, site.url)
  const playground = await openApp(page)
  // `ready` resolves once the worker is active, that is once it has precached every file of the build.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
  expect(scope).toBe(site.url)
  const manifest = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'))
  expect(manifest).toBe('./manifest.webmanifest')

  await context.setOffline(true)
  await page.reload()
  await expect(playground.status).toHaveText('Ready', { timeout: 20_000 })
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  await playground.playPast('600×', 30)
  // What loads on demand was precached too: the Monitor's charts (on Play), Monaco, another scenario's document.
  await expect(page.getByTestId('chart-invocations')).toBeVisible({ timeout: 30_000 })
  const code = await playground.openTab('Code')
  await expect(code.getByRole('textbox', { name: /^Code editor/ })).toBeAttached({ timeout: 30_000 })
  await playground.openScenario('Canary release through a weighted alias')
  await expect(page.getByTestId('scenario-name')).toHaveText('Canary release through a weighted alias')

  // The player, which this visit never opened, was precached too.
  await page.goto(`${site.url}embed.html?scenario=canary-alias`)
  const player = new EmbedPlayer(page)
  await player.playPast('60× (1 min/s)', 2)
  expect(pageErrors).toEqual([])
  // And the network really was gone: what the build did not precache cannot be fetched (last, as the browser logs the failure).
  expect(await page.evaluate(() => fetch('./not-in-the-build.txt').then(() => 'fetched', () => 'failed'))).toBe('failed')
  await context.setOffline(false)
})
