import { expect, test } from '@playwright/test'
import { GraphPage } from '../pages/GraphPage.ts'
import { PlaygroundPage } from '../pages/PlaygroundPage.ts'

test('set reserved concurrency low and see throttles [D-reserved]', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  const graph = new GraphPage(playground)
  const orders = graph.node('Function orders')

  // Room for everything: ~9 requests per second of ~1.2 s work need about 11 environments.
  await graph.select('Function orders')
  await graph.setField('ReservedConcurrentExecutions', '100')
  await expect(page.getByTestId('unrun-edits')).toBeVisible()
  await playground.runEdited()
  await playground.playPast('600×', 120)
  await expect(orders.getByRole('meter', { name: 'Concurrency of orders' })).toHaveAttribute('aria-valuetext', / of 100 reserved$/)
  await expect(orders.getByText(/throttled$/)).toBeHidden()

  // One environment for ~11 requests in flight: most synchronous requests get 429 TooManyRequestsException.
  await graph.setField('ReservedConcurrentExecutions', '1')
  await playground.runEdited()
  await playground.setSpeed('60× (1 min/s)')
  await playground.play()
  await expect(orders.getByText(/^[\d,]+ throttled$/)).toBeVisible({ timeout: 20_000 })
  await playground.pause()
  await expect(orders.getByRole('meter', { name: 'Concurrency of orders' })).toHaveAttribute('aria-valuetext', /^[01] of 1 reserved$/)
  const monitor = await playground.openTab('Monitor')
  await expect(monitor.getByTestId('chart-errors-throttles')).toBeVisible()
})
