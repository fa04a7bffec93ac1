import { expect, test } from '@playwright/test'
import { PlaygroundPage } from './pages/PlaygroundPage.ts'

test('runs the default scenario to the end without leaving its own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin
  const foreignRequests: string[] = []
  const pageErrors: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    // data: URLs (the inline favicon) never reach the network.
    if (url.protocol !== 'data:' && url.origin !== origin) foreignRequests.push(request.url())
  })
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })

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
