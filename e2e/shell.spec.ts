import { expect, test } from '@playwright/test'
import { watchPage } from './fixtures/watchPage.ts'
import { PlaygroundPage } from './pages/PlaygroundPage.ts'

test.describe('the shell', () => {
  test('fits a 1280×720 projector: nothing scrolls but the panels, the toolbar is on one line', async ({ page }) => {
    const playground = new PlaygroundPage(page)
    await playground.open()
    expect(page.viewportSize()).toEqual({ width: 1280, height: 720 })
    const overflow = await page.evaluate(() => ({
      page: document.scrollingElement ? document.scrollingElement.scrollHeight - window.innerHeight : 0,
      pageWidth: document.scrollingElement ? document.scrollingElement.scrollWidth - window.innerWidth : 0,
      // The toolbar grows with its content, so its own scroll width says nothing: its last item must be on screen.
      toolbar: (() => {
        const last = document.querySelector('.toolbar')?.lastElementChild
        return last ? Math.max(0, Math.ceil(last.getBoundingClientRect().right - window.innerWidth)) : 0
      })(),
    }))
    expect(overflow).toEqual({ page: 0, pageWidth: 0, toolbar: 0 })
    await expect(page.getByRole('region', { name: 'Graph', exact: true })).toBeVisible()
    await expect(page.getByRole('complementary', { name: 'Inspector', exact: true })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Panels', exact: true })).toBeVisible()
  })

  test('run controls: Space plays and pauses, Step moves one virtual second, Reset returns to 0:00', async ({ page }) => {
    const playground = new PlaygroundPage(page)
    await playground.open()
    await playground.step.click()
    await expect(playground.clock).toHaveText('0:01')
    await expect(playground.status).toHaveText('Paused')
    await page.getByRole('region', { name: 'Graph' }).click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Space')
    await expect(playground.status).toHaveText('Running')
    await page.keyboard.press('Space')
    await expect(playground.status).toHaveText('Paused')
    await playground.reset.click()
    await expect(playground.status).toHaveText('Ready')
    await expect(playground.clock).toHaveText('0:00')
  })

  test('? lists the keyboard shortcuts, Escape closes the list', async ({ page }) => {
    const playground = new PlaygroundPage(page)
    await playground.open()
    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(dialog).toBeVisible()
    for (const row of [/Space\s*Play \/ pause/, /Ctrl\+S\s*Deploy/, /Ctrl\+Enter\s*Test/, /\?\s*Keyboard shortcuts/]) await expect(dialog.getByRole('row', { name: row })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })

  test('the theme, the seed and the edited scenario survive a reload', async ({ page, baseURL }) => {
    const { pageErrors } = watchPage(page, baseURL)
    const playground = new PlaygroundPage(page)
    await playground.open()
    await page.getByTestId('theme-toggle').click()
    const theme = await page.locator('html').getAttribute('data-theme')
    expect(theme === 'dark' || theme === 'light').toBe(true)
    await playground.seed.fill('1234')
    await playground.seed.press('Enter')
    await expect(playground.status).toHaveText('Ready')
    await expect(page.getByTestId('unrun-edits')).toBeHidden()
    // The session is written a moment after the last change, and at once when the page is hidden.
    await page.reload()
    await expect(playground.status).toHaveText('Ready')
    await expect(playground.seed).toHaveValue('1234')
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme ?? '')
    expect(pageErrors).toEqual([])
  })

  test('a scenario the engine refuses shows each problem with its field, and opening another recovers', async ({ page }) => {
    const playground = new PlaygroundPage(page)
    await page.addInitScript(() => localStorage.setItem('lambda-playground/session@1', JSON.stringify({
      document: { Format: 'lambda-playground/scenario@1', Name: 'Broken', Functions: [{ FunctionName: 'fn', MemorySize: 64 }] },
      bundledId: null, theme: 'light', savedTestEvents: [],
    })))
    await page.goto('./')
    const problems = page.getByRole('alert').filter({ hasText: 'This scenario cannot run' })
    await expect(problems).toContainText('Functions[0].MemorySize')
    await playground.openScenario('Reserved concurrency caps a busy function')
    await expect(problems).toBeHidden()
  })
})
