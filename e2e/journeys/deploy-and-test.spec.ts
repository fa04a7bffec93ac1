import { expect, test } from '@playwright/test'
import { watchPage } from '../fixtures/watchPage.ts'
import { CodePanel } from '../pages/CodePanel.ts'
import { PlaygroundPage } from '../pages/PlaygroundPage.ts'
import { TestPanel } from '../pages/TestPanel.ts'

const HANDLER = `export const handler = async (event) => {
  console.log('hello from the edited handler', event.orderId);
  return { statusCode: 200, body: 'edited ' + event.orderId };
};
`

test('edit a handler, deploy it with Ctrl+S, invoke a test event, see its log line and REPORT', async ({ page, baseURL }) => {
  const { foreignRequests, pageErrors } = watchPage(page, baseURL)
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.openTab('Code')
  const code = new CodePanel(playground)
  await code.replaceCode(HANDLER)
  await page.keyboard.press('ControlOrMeta+S')
  await code.expectDeployed()

  await playground.openTab('Test')
  const testPanel = new TestPanel(playground)
  await testPanel.invokeWith({ orderId: 42 })
  await testPanel.expectSucceeded()
  await expect(testPanel.response).toContainText('"body": "edited 42"')
  // Node.js's console format: timestamp, request id, level, message [G-node-log].
  await expect(testPanel.log).toContainText(/\tINFO\thello from the edited handler 42/)
  // The deploy ended $LATEST's environments, so this invocation was a cold start.
  await expect(testPanel.report).toHaveText(/^REPORT RequestId: \S+\s+Duration: [\d.]+ ms\s+Billed Duration: \d+ ms\s+Memory Size: 512 MB\s+Max Memory Used: \d+ MB\s+Init Duration: [\d.]+ ms/)
  expect(foreignRequests).toEqual([])
  expect(pageErrors).toEqual([])
})
