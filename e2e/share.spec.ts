import { expect, test } from '@playwright/test'
import { watchPage } from './fixtures/watchPage.ts'
import { GraphPage } from './pages/GraphPage.ts'
import { PlaygroundPage } from './pages/PlaygroundPage.ts'
import { WorkspaceMenu } from './pages/WorkspaceMenu.ts'

test('a share link round trip: opened next to, not over, the work of whoever opens it', async ({ browser, baseURL }) => {
  // The sharer: the canary scenario with a seed of their own, shared through the clipboard.
  const sharer = await browser.newContext({ baseURL })
  await sharer.grantPermissions(['clipboard-read', 'clipboard-write'])
  const sharerPage = await sharer.newPage()
  const sharing = new PlaygroundPage(sharerPage)
  await sharing.open()
  await sharing.openScenario('Canary release through a weighted alias')
  await sharing.seed.fill('777')
  await sharing.seed.press('Enter')
  await expect(sharing.status).toHaveText('Ready')
  const { link, status } = await new WorkspaceMenu(sharing).share()
  expect(status).toBe('Link copied to the clipboard.')
  expect(await sharerPage.evaluate(() => navigator.clipboard.readText())).toBe(link)
  expect(new URL(link).hash).toMatch(/^#scenario=[A-Za-z0-9_-]+$/)
  await sharer.close()

  // The receiver has work of their own, saved in their browser.
  const receiver = await browser.newContext({ baseURL })
  const ownPage = await receiver.newPage()
  const own = new PlaygroundPage(ownPage)
  await own.open()
  await own.seed.fill('4242')
  await own.seed.press('Enter')
  await expect(own.status).toHaveText('Ready')
  await ownPage.close()

  // They open the link in a new tab.
  const page = await receiver.newPage()
  const { pageErrors, foreignRequests } = watchPage(page, baseURL)
  const playground = new PlaygroundPage(page)
  const graph = new GraphPage(playground)
  const menu = new WorkspaceMenu(playground)
  await page.goto(link)
  await expect(playground.status).toHaveText('Ready')
  await expect(graph.node('Function checkout')).toBeVisible()
  await expect(playground.seed).toHaveValue('777')
  expect(new URL(page.url()).hash).toBe('')
  expect(await menu.scenarioNames()).toEqual(['Reserved concurrency caps a busy function', 'Canary release through a weighted alias (shared)'])
  await menu.openScenario('Reserved concurrency caps a busy function')
  await expect(playground.seed).toHaveValue('4242')

  // A reload does not add the link's scenario again.
  await page.reload()
  await expect(playground.status).toHaveText('Ready')
  expect(await menu.scenarioNames()).toHaveLength(2)
  expect(pageErrors).toEqual([])
  expect(foreignRequests).toEqual([])
  await receiver.close()
})

test('a damaged share link shows its problem and loses nothing', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.seed.fill('31')
  await playground.seed.press('Enter')
  await expect(playground.status).toHaveText('Ready')
  // Pasted into the address bar of the open page: the same document, a new fragment.
  await page.goto('./#scenario=Zm9v')
  const report = new WorkspaceMenu(playground).report
  // The link's decoder and the report load on first use: on a busy machine that takes a moment.
  await expect(report).toContainText('Not imported: the share link', { timeout: 20_000 })
  await expect(report).toContainText('damaged')
  await report.getByRole('button', { name: 'Close' }).click()
  await expect(playground.seed).toHaveValue('31')
  expect(new URL(page.url()).hash).toBe('')
})
