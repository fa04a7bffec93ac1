import { expect, test } from '@playwright/test'
import { watchPage } from './fixtures/watchPage.ts'
import { GraphPage } from './pages/GraphPage.ts'
import { LearnPanel } from './pages/LearnPanel.ts'
import { PlaygroundPage } from './pages/PlaygroundPage.ts'

/** Opens a library scenario from the toolbar's picker, by its file name. */
async function openLibraryScenario(playground: PlaygroundPage, id: string): Promise<void> {
  const label = await playground.scenarioPicker.locator(`option[value="${id}"]`).textContent()
  await playground.openScenario(label ?? id)
}

test('a challenge solved: one setting changed in the inspector, the run checks it [D-reserved]', async ({ page, baseURL }) => {
  test.setTimeout(150_000)
  const { pageErrors } = watchPage(page, baseURL)
  const playground = new PlaygroundPage(page)
  await playground.open()
  await openLibraryScenario(playground, 'account-limit-contention')
  const learn = new LearnPanel(playground)
  await learn.open()
  await expect(learn.challengeStatus('Protect checkout')).toContainText('Not tried')

  // checkout needs about 10 concurrent executions; 30 reserved keeps them out of reports' reach.
  const graph = new GraphPage(playground)
  await graph.select('Function checkout')
  await graph.setField('ReservedConcurrentExecutions', '30')
  await expect(learn.panel.getByTestId('learn-unrun-edits')).toBeVisible()
  await playground.runEdited()
  await learn.challenge('Protect checkout').getByRole('button', { name: 'Check' }).click()
  await expect(learn.challengeStatus('Protect checkout')).toContainText('The run has covered 0:00 of 7:00')

  // Checked automatically when the run ends.
  await playground.runToEndAtMaxSpeed()
  await expect(learn.challengeStatus('Protect checkout')).toContainText('Solved', { timeout: 20_000 })
  await expect(learn.challengeStatus('Protect checkout')).toContainText('checkout throttled 0')
  expect(pageErrors).toEqual([])
})

test('a quiz answered: the explanations show, and the answer is still there after a reload', async ({ page, baseURL }) => {
  const { pageErrors } = watchPage(page, baseURL)
  const playground = new PlaygroundPage(page)
  await playground.open()
  const learn = new LearnPanel(playground)
  await learn.open()
  const prompt = /orders was throttled although its average concurrency/
  await learn.answer(prompt, [/^Lambda throttles a function when its average concurrency/])
  const question = learn.question(prompt)
  await expect(question.getByTestId('question-result')).toHaveText(/Not quite/)
  await expect(question.getByText('Wrong answer, your choice')).toBeVisible()
  await expect(question.getByText('Correct answer, not chosen')).toBeVisible()
  await expect(question.getByText(/There is no such margin/)).toBeVisible()

  await page.reload()
  await expect(playground.status).toHaveText('Ready')
  await learn.open()
  await expect(learn.question(prompt).getByTestId('question-result')).toHaveText(/Not quite/)
  await expect(learn.question(prompt).getByLabel(/^Lambda throttles a function when/)).toBeChecked()
  await expect(learn.question(prompt).getByText(/There is no such margin/)).toBeVisible()
  expect(pageErrors).toEqual([])
})

test('presenter mode: large type, → runs a step’s action (publish version 2) and the graph shows it; Esc leaves', async ({ page, baseURL }) => {
  const { pageErrors } = watchPage(page, baseURL)
  await page.setViewportSize({ width: 1280, height: 720 })
  const playground = new PlaygroundPage(page)
  await playground.open()
  await openLibraryScenario(playground, 'canary-by-hand')
  const learn = new LearnPanel(playground)
  const graph = new GraphPage(playground)
  const before = await page.evaluate(() => getComputedStyle(document.body).fontSize)

  await learn.presenterToggle.click()
  await expect(learn.presenterCard).toBeVisible()
  await expect(page.locator('html')).toHaveClass(/presenter/)
  expect(Number.parseFloat(await page.evaluate(() => getComputedStyle(document.body).fontSize))).toBeGreaterThan(Number.parseFloat(before))
  // The large type still fits a 1280×720 projector: nothing spills sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280)

  await page.keyboard.press('ArrowRight')
  await expect(learn.presenterCount).toHaveText('Step 1 of 8')
  await page.keyboard.press('ArrowRight')
  await expect(playground.playPause).toHaveText('Pause')
  await page.keyboard.press('ArrowRight')
  await expect(learn.presenterCount).toHaveText('Step 3 of 8')
  await expect(learn.presenterCard.getByText('Done: Published version 2')).toBeVisible()
  await graph.select('Version checkout:2')
  await expect(graph.inspector.getByRole('heading', { name: 'Version checkout:2' })).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(learn.presenterCard).toBeHidden()
  await expect(page.locator('html')).not.toHaveClass(/presenter/)
  expect(pageErrors).toEqual([])
})
