import { expect, test } from '@playwright/test'
import { seriousViolations } from './fixtures/axe.ts'
import { watchPage } from './fixtures/watchPage.ts'
import { GraphPage } from './pages/GraphPage.ts'
import { PlaygroundPage } from './pages/PlaygroundPage.ts'
import { WorkspaceMenu } from './pages/WorkspaceMenu.ts'

test('reload restores the workspace: every scenario with its edits, and the one that was open', async ({ page, baseURL }) => {
  const { pageErrors } = watchPage(page, baseURL)
  const playground = new PlaygroundPage(page)
  const graph = new GraphPage(playground)
  const menu = new WorkspaceMenu(playground)
  await playground.open()

  // The first scenario: a new queue on the graph and a new seed.
  await graph.add('Add SQS queue')
  await expect(graph.node('SQS queue my-queue')).toBeVisible()
  await playground.seed.fill('1234')
  await playground.seed.press('Enter')
  await expect(playground.status).toHaveText('Ready')

  // A second scenario next to it, edited too and left open.
  await playground.openScenario('Canary release through a weighted alias')
  await playground.seed.fill('99')
  await playground.seed.press('Enter')
  await expect(playground.status).toHaveText('Ready')
  expect(await menu.scenarioNames()).toEqual(['Reserved concurrency caps a busy function', 'Canary release through a weighted alias'])
  await menu.close()

  await page.reload()
  await expect(playground.status).toHaveText('Ready')
  await expect(playground.seed).toHaveValue('99')
  await expect(graph.node('Function checkout')).toBeVisible()
  expect(await menu.scenarioNames()).toEqual(['Reserved concurrency caps a busy function', 'Canary release through a weighted alias'])
  await menu.openScenario('Reserved concurrency caps a busy function')
  await expect(playground.status).toHaveText('Ready')
  await expect(playground.seed).toHaveValue('1234')
  await expect(graph.node('SQS queue my-queue')).toBeVisible()
  expect(pageErrors).toEqual([])
})

test('the workspace, share and import dialogs work from the keyboard, in both themes without serious accessibility violations', async ({ page }) => {
  test.setTimeout(90_000)
  await page.emulateMedia({ colorScheme: 'light' })
  const playground = new PlaygroundPage(page)
  const menu = new WorkspaceMenu(playground)
  await playground.open()
  const found: Record<string, string[]> = {}
  for (const theme of ['light', 'dark']) {
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await menu.button.focus()
    await page.keyboard.press('Enter')
    await expect(menu.dialog).toBeVisible()
    await expect(menu.dialog.getByRole('button', { name: 'Rename Reserved concurrency caps a busy function' })).toBeVisible()
    await page.keyboard.press('Tab')
    expect(await menu.dialog.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true)
    found[`workspace dialog (${theme})`] = await seriousViolations(page)
    await page.keyboard.press('Escape')
    await expect(menu.dialog).toBeHidden()
    await expect(menu.button).toBeFocused()

    await menu.shareButton.focus()
    await page.keyboard.press('Enter')
    const share = page.getByRole('dialog', { name: /^Share / })
    await expect(share.getByTestId('share-status')).not.toHaveText('Making the link…', { timeout: 20_000 })
    found[`share dialog (${theme})`] = await seriousViolations(page)
    await page.keyboard.press('Escape')
    await expect(share).toBeHidden()

    await menu.importFile({ name: 'broken.json', mimeType: 'application/json', text: '{ "Format": ' })
    await expect(menu.report).toContainText('at line 1, column 13', { timeout: 20_000 })
    found[`import report (${theme})`] = await seriousViolations(page)
    await page.keyboard.press('Escape')
    await expect(menu.report).toBeHidden()
    await page.getByTestId('theme-toggle').click()
  }
  expect(Object.fromEntries(Object.entries(found).filter(([, violations]) => violations.length > 0))).toEqual({})
})
