import { expect, test } from '@playwright/test'
import { GraphPage } from '../pages/GraphPage.ts'
import { PlaygroundPage } from '../pages/PlaygroundPage.ts'

/** "depth 1,234 · in flight 10" → 1234. */
function depthOf(text: string): number {
  return Number((/depth ([\d,]+)/.exec(text)?.[1] ?? 'NaN').replace(/,/g, ''))
}

test('wire an SQS queue to a function and watch the queue drain [G-esm]', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  const graph = new GraphPage(playground)

  await graph.add('Add SQS queue')
  const queue = graph.node('SQS queue my-queue')
  await expect(queue).toBeVisible()
  await graph.connect('SQS queue my-queue', 'Function orders')
  const menu = page.getByRole('dialog', { name: 'What should this connection create?' })
  if (await menu.isVisible()) await menu.getByRole('button', { name: 'Event source mapping' }).click()
  await expect(graph.graph.getByRole('group', { name: /from SQS queue my-queue to Function orders$/ })).toBeAttached()

  // A minute of 50 messages a second into the queue, one environment to work it off: a backlog, then the drain.
  await graph.select('Traffic 1')
  // InvocationType belongs to function targets: the queue is polled, not invoked.
  await graph.field('InvocationType').selectOption({ label: '(default: RequestResponse)' })
  await graph.setField('Target', 'Queue:my-queue')
  await graph.setField('Arrivals', '{"Process": "constant", "RatePerSecond": 50}')
  await graph.setField('EndSecond', '60')
  await graph.select('Function orders')
  await graph.setField('ReservedConcurrentExecutions', '1')
  await playground.runEdited()

  await playground.setSpeed('60× (1 min/s)')
  await playground.play()
  await expect.poll(async () => depthOf(await queue.innerText()), { timeout: 20_000 }).toBeGreaterThan(500)
  await expect.poll(async () => depthOf(await queue.innerText()), { timeout: 60_000 }).toBe(0)
  await playground.pause()
  expect(await playground.clockSeconds()).toBeGreaterThan(60)
  const monitor = await playground.openTab('Monitor')
  await expect(monitor.getByTestId('chart-queue-depth')).toBeVisible()
})
