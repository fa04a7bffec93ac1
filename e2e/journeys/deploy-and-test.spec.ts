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

test('edit a handler, deploy it with Ctrl+S and invoke it with Ctrl+Enter without leaving the editor, see its log line and REPORT', async ({ page, baseURL }) => {
  const { foreignRequests, pageErrors } = watchPage(page, baseURL)
  const playground = new PlaygroundPage(page)
  await playground.open()
  // Ctrl/Cmd+Enter sends the Test tab's event.
  await playground.openTab('Test')
  const testPanel = new TestPanel(playground)
  await testPanel.fillEvent({ orderId: 42 })

  await playground.openTab('Code')
  const code = new CodePanel(playground)
  await code.replaceCode(HANDLER)
  await code.pressInEditor('ControlOrMeta+S')
  await code.expectDeployed()
  // Monaco's own Ctrl+Enter inserts a line; here it is Test, as everywhere on the page.
  await code.pressInEditor('ControlOrMeta+Enter')
  await expect(playground.tab('Test')).toHaveAttribute('aria-selected', 'true')
  await testPanel.expectSucceeded()
  await expect(testPanel.response).toContainText('"body": "edited 42"')
  // Node.js's console format: timestamp, request id, level, message [G-node-log].
  await expect(testPanel.log).toContainText(/\tINFO\thello from the edited handler 42/)
  // The deploy ended $LATEST's environments, so this invocation was a cold start.
  await expect(testPanel.report).toHaveText(/^REPORT RequestId: \S+\s+Duration: [\d.]+ ms\s+Billed Duration: \d+ ms\s+Memory Size: 512 MB\s+Max Memory Used: \d+ MB\s+Init Duration: [\d.]+ ms/)
  // The keys edited nothing: the code is still what was deployed.
  await playground.openTab('Code')
  await code.expectDeployed()

  // The Test button does the same.
  await playground.openTab('Test')
  await testPanel.invokeWith({ orderId: 43 })
  await expect(testPanel.response).toContainText('"body": "edited 43"')
  expect(foreignRequests).toEqual([])
  expect(pageErrors).toEqual([])
})
