import { expect, test } from '@playwright/test'
import { watchPage } from './fixtures/watchPage.ts'
import { PlaygroundPage } from './pages/PlaygroundPage.ts'

test('opens on the default scenario and runs it: charts fill, environments appear, nothing leaves the origin', async ({ page, baseURL }) => {
  const { foreignRequests, pageErrors } = watchPage(page, baseURL)
  const playground = new PlaygroundPage(page)
  await playground.open()
  await expect(playground.clock).toHaveText('0:00')
  await expect(page.getByTestId('run-duration')).toHaveText('30:00')

  // Monitor is the tab the app opens on; a few virtual minutes at 3600× fill its charts.
  const monitor = page.getByRole('tabpanel', { name: 'Monitor' })
  await playground.playPast('3600× (1 h/s)', 120)
  const invocations = monitor.getByTestId('chart-invocations')
  await expect(invocations).toBeVisible()
  await expect(invocations.locator('.recharts-line-curve').first()).toHaveAttribute('d', /L/)

  const environments = await playground.openTab('Environments')
  await expect(environments.getByRole('img', { name: /^orders: \d+ execution environments/ })).toBeVisible()
  const label = await environments.getByRole('img', { name: /^orders:/ }).getAttribute('aria-label')
  expect(Number(/(\d+) execution environments/.exec(label ?? '')?.[1])).toBeGreaterThan(0)

  await playground.runToEndAtMaxSpeed()
  await expect(playground.clock).toHaveText('30:00')
  expect(foreignRequests).toEqual([])
  expect(pageErrors).toEqual([])
})
