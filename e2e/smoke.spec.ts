import { expect, test } from '@playwright/test'
import { watchPage } from './fixtures/watchPage.ts'
import { PlaygroundPage } from './pages/PlaygroundPage.ts'

test('runs the default scenario to the end without leaving its own origin', async ({ page, baseURL }) => {
  const { foreignRequests, pageErrors } = watchPage(page, baseURL)

  const playground = new PlaygroundPage(page)
  await playground.open()
  await expect(playground.summaryRow('orders')).toBeVisible()
  expect(await playground.summaryValue('orders', 'invocations')).toBe(0)

  await playground.runToEndAtMaxSpeed()

  await expect(playground.clock).toHaveText('30:00')
  expect(await playground.summaryValue('orders', 'invocations')).toBeGreaterThan(0)
  expect(foreignRequests).toEqual([])
  expect(pageErrors).toEqual([])
})
