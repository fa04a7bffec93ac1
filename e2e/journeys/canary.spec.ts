import { expect, test } from '@playwright/test'
import { CodePanel } from '../pages/CodePanel.ts'
import { GraphPage } from '../pages/GraphPage.ts'
import { PlaygroundPage } from '../pages/PlaygroundPage.ts'

const VERSION_2 = `export const handler = async (event) => {
  return { statusCode: 200, body: JSON.stringify({ received: event.orderId, release: 2 }) };
};
`

/** "Version 1: latest 8, peak 12" in a chart's description → { 'Version 1': 12 } (peaks). */
function peaks(description: string): Record<string, number> {
  const found: Record<string, number> = {}
  for (const match of description.matchAll(/(Version \S+): latest [\d,]+, peak ([\d,]+)/g)) found[match[1] ?? ''] = Number((match[2] ?? '').replace(/,/g, ''))
  return found
}

test('publish two versions, route 10 % of an alias to the second, and see the split [D-alias-routing]', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  const graph = new GraphPage(playground)

  // Version 1: $LATEST as it ships. Version 2: after a deploy of new code.
  await playground.openTab('Code')
  const code = new CodePanel(playground)
  await code.publish.click()
  await expect(playground.notice).toHaveText('Published version 1')
  await code.replaceCode(VERSION_2)
  await code.deploy.click()
  await code.expectDeployed()
  await code.publish.click()
  await expect(playground.notice).toHaveText('Published version 2')
  await expect(graph.node('Version orders:1')).toBeVisible()
  await expect(graph.node('Version orders:2')).toBeVisible()

  // An alias on version 1 with 10 % to version 2, and the traffic sent to the alias.
  await graph.select('Function orders')
  await graph.add('Add alias')
  await expect(graph.node('Alias orders:live')).toBeVisible()
  await graph.select('Alias orders:live')
  await graph.setField('FunctionVersion', '1')
  await graph.setField('AdditionalVersionWeights', '{"2": 0.1}')
  await graph.select('Traffic 1')
  await graph.setField('Target', 'orders:live')

  await playground.runEdited()
  await playground.playPast('600×', 300)

  const monitor = await playground.openTab('Monitor')
  const chart = monitor.getByTestId('chart-executed-version')
  await expect(chart).toBeVisible()
  // The chart's accessible description: each line's latest and peak value.
  const plot = chart.getByRole('application', { name: /^Invocations by ExecutedVersion/ })
  const description = await plot.evaluate((svg) => svg.getAttribute('aria-label') ?? svg.getAttribute('title') ?? svg.querySelector('title')?.textContent ?? '')
  const split = peaks(description)
  expect(Object.keys(split).filter((version) => (split[version] ?? 0) > 0).sort()).toEqual(['Version 1', 'Version 2'])
  // About 9 requests a second: version 1 takes about 8 of them, version 2 about 1.
  expect(split['Version 2']).toBeGreaterThan(0)
  expect(split['Version 1']).toBeGreaterThan(split['Version 2'] ?? 0)
})
