import { expect, test } from '@playwright/test'
import { CodePanel } from '../pages/CodePanel.ts'
import { PlaygroundPage } from '../pages/PlaygroundPage.ts'
import { TestPanel } from '../pages/TestPanel.ts'

/**
 * The longest the page's main thread may go without running a timer while the worker spins. Were
 * the handler on the page's thread, the page would stall for the whole test invocation (the sandbox's
 * watchdog allows up to 1 s of real time per invocation, and the traffic's requests spin too); the
 * margin above 1 s is for this shared machine, where even an idle page sometimes waits ~1 s.
 */
const RESPONSIVE_MS = 2_000

test('a handler stuck in while(true){} times out at its Timeout and the page stays responsive', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.openTab('Code')
  const code = new CodePanel(playground)
  await code.replaceCode('export const handler = async () => { while (true) {} };\n')
  await code.deploy.click()
  await code.expectDeployed()

  await playground.openTab('Test')
  const testPanel = new TestPanel(playground)
  // A heartbeat in the page: the longest gap between its ticks is how long the main thread was blocked.
  await page.evaluate(() => {
    const beat = { last: performance.now(), longestGapMs: 0 }
    Object.assign(window, { heartbeat: beat })
    setInterval(() => {
      const now = performance.now()
      beat.longestGapMs = Math.max(beat.longestGapMs, now - beat.last)
      beat.last = now
    }, 20)
  })
  await testPanel.invokeWith({ orderId: 1 })
  // While the worker spins in the handler, the page still takes typing and clicks.
  await testPanel.eventName.fill('still responsive')
  await expect(testPanel.eventName).toHaveValue('still responsive')
  await page.getByTestId('shortcuts-button').click()
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('Escape')

  // `orders` has Timeout 10: the invocation ends at its deadline in virtual time [D-timeout].
  await expect(testPanel.resultStatus).toHaveText('Failed (200, FunctionError: Unhandled)', { timeout: 20_000 })
  await expect(testPanel.response).toContainText('Task timed out after 10.00 seconds')
  await expect(testPanel.log).toContainText('Task timed out after 10.00 seconds')
  await expect(testPanel.report).toHaveText(/Duration: 10000\.00 ms.*Status: timeout/)
  const longestGapMs = await page.evaluate(() => (window as unknown as { heartbeat: { longestGapMs: number } }).heartbeat.longestGapMs)
  expect(longestGapMs, 'longest main-thread stall (ms) while the handler spun').toBeLessThan(RESPONSIVE_MS)

  // Every request now spins until the sandbox's watchdog stops it (at most 1 s of real time each), so
  // the run crawls; it still obeys Pause, and Reset with the original document recovers it.
  await playground.play()
  await playground.pause()
  await page.getByRole('button', { name: 'Reset' }).click()
  await expect(playground.status).toHaveText('Ready')
})
