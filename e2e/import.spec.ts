import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { GraphPage } from './pages/GraphPage.ts'
import { PlaygroundPage } from './pages/PlaygroundPage.ts'
import { WorkspaceMenu } from './pages/WorkspaceMenu.ts'

const invalid = {
  Format: 'lambda-playground/scenario@1', Name: 'Too little memory',
  Functions: [{ FunctionName: 'tiny', MemorySize: 64 }],
}

test('a bad import is refused with the field and the rule, and the current work is intact', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  const graph = new GraphPage(playground)
  const menu = new WorkspaceMenu(playground)
  await playground.open()
  await playground.seed.fill('555')
  await playground.seed.press('Enter')
  await expect(playground.status).toHaveText('Ready')

  await menu.importFile({ name: 'tiny.json', mimeType: 'application/json', text: JSON.stringify(invalid) })
  // The importer and the report load on first use: on a busy machine that takes a moment.
  await expect(menu.report).toContainText('Not imported: tiny.json', { timeout: 20_000 })
  await expect(menu.report.getByRole('listitem')).toHaveText(/^Functions\[0\]\.MemorySize: .*\(range\)$/)
  await menu.report.getByRole('button', { name: 'Close' }).click()

  await expect(graph.node('Function orders')).toBeVisible()
  await expect(graph.node('Function tiny')).toHaveCount(0)
  await expect(playground.seed).toHaveValue('555')
  expect(await menu.scenarioNames()).toEqual(['Reserved concurrency caps a busy function'])
})

test('a SAM template is imported next to the work, and what it could not carry is listed', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  const graph = new GraphPage(playground)
  const menu = new WorkspaceMenu(playground)
  await playground.open()
  const template = readFileSync(new URL('../src/interop/sam/fixtures/orders.yaml', import.meta.url), 'utf8')
  await menu.importFile({ name: 'orders.yaml', mimeType: 'application/yaml', text: template })
  await expect(menu.report).toContainText('Imported "orders" from orders.yaml', { timeout: 20_000 })
  await expect(menu.report.getByTestId('transfer-findings').getByRole('listitem').first()).toContainText('Resources.')
  await menu.report.getByRole('button', { name: 'Close' }).click()
  await expect(playground.status).toHaveText('Ready')
  await expect(graph.node('Function Worker')).toBeVisible()
  expect(await menu.scenarioNames()).toEqual(['Reserved concurrency caps a busy function', 'orders'])
})
