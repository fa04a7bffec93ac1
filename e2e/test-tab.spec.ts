import { expect, test } from '@playwright/test'
import { watchPage } from './fixtures/watchPage.ts'
import { PlaygroundPage } from './pages/PlaygroundPage.ts'
import { TestPanel } from './pages/TestPanel.ts'

test.describe('the Test tab', () => {
  test('a synchronous test event shows the response, the log and the REPORT line', async ({ page, baseURL }) => {
    const { pageErrors } = watchPage(page, baseURL)
    const playground = new PlaygroundPage(page)
    await playground.open()
    await playground.openTab('Test')
    const testPanel = new TestPanel(playground)
    await testPanel.invokeWith({ orderId: 42 })
    await testPanel.expectSucceeded()
    await expect(testPanel.resultStatus).toHaveText('Succeeded (200)')
    // The default scenario's handler answers { statusCode: 200, body: JSON.stringify({ received: event.orderId }) }.
    await expect(testPanel.response).toContainText('"statusCode": 200')
    await expect(testPanel.response).toContainText('{\\"received\\":42}')
    await expect(testPanel.report).toHaveText(/^REPORT RequestId: \S+\s+Duration: [\d.]+ ms\s+Billed Duration: \d+ ms\s+Memory Size: 512 MB\s+Max Memory Used: \d+ MB/)
    await expect(testPanel.log).toContainText('START RequestId:')
    await expect(testPanel.log).toContainText('END RequestId:')
    expect(pageErrors).toEqual([])
  })

  test('an asynchronous test event answers 202, then its REPORT line once it has run', async ({ page }) => {
    const playground = new PlaygroundPage(page)
    await playground.open()
    await playground.openTab('Test')
    const testPanel = new TestPanel(playground)
    await testPanel.invokeWith({ orderId: 7 }, 'Asynchronous')
    await expect(testPanel.resultStatus).toHaveText(/^Queued \(202\)/)
    // Paused, the event waits in Lambda's queue; it runs once virtual time moves.
    await playground.play()
    await expect(testPanel.resultStatus).toHaveText('Succeeded (202)', { timeout: 20_000 })
    await expect(testPanel.report).toHaveText(/^REPORT RequestId:/)
  })

  test('templates fill the event, a saved event survives a reload, and Ctrl+Enter invokes it', async ({ page }) => {
    const playground = new PlaygroundPage(page)
    await playground.open()
    await playground.openTab('Test')
    const testPanel = new TestPanel(playground)
    await testPanel.template.selectOption({ label: 'SQS receive message' })
    await expect(testPanel.eventJson).toHaveValue(/"eventSource": "aws:sqs"/)
    await testPanel.eventName.fill('my-sqs-event')
    await testPanel.save.click()

    await page.reload()
    await expect(playground.status).toHaveText('Ready')
    await playground.openTab('Test')
    await testPanel.template.selectOption({ label: 'my-sqs-event' })
    await expect(testPanel.eventJson).toHaveValue(/"eventSource": "aws:sqs"/)
    await testPanel.eventJson.focus()
    await page.keyboard.press('Control+Enter')
    await testPanel.expectSucceeded()
  })

  test('an event that is not JSON is flagged where it is typed and not sent', async ({ page }) => {
    const playground = new PlaygroundPage(page)
    await playground.open()
    await playground.openTab('Test')
    const testPanel = new TestPanel(playground)
    await testPanel.eventJson.fill('{ "orderId": ')
    await expect(testPanel.panel.getByText(/^Not valid JSON/)).toBeVisible()
    await testPanel.invoke.click()
    await expect(playground.notice).toHaveText(/^The test event is not valid JSON/)
    await expect(testPanel.resultStatus).toBeHidden()
  })
})
