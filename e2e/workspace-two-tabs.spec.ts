import { expect, test, type BrowserContext } from '@playwright/test'
import { seriousViolations } from './fixtures/axe.ts'
import { watchPage } from './fixtures/watchPage.ts'
import { PlaygroundPage } from './pages/PlaygroundPage.ts'
import { WorkspaceMenu } from './pages/WorkspaceMenu.ts'

const SCENARIO = 'Reserved concurrency caps a busy function'
const COPY = `${SCENARIO} (conflicting copy)`

/** A tab of the browser: its playground, its workspace menu, and the errors it throws. */
async function openTab(context: BrowserContext, baseURL: string | undefined) {
  const page = await context.newPage()
  const { pageErrors } = watchPage(page, baseURL)
  const playground = new PlaygroundPage(page)
  await playground.open()
  return { page, playground, menu: new WorkspaceMenu(playground), pageErrors }
}

type Tab = Awaited<ReturnType<typeof openTab>>

async function setSeed(tab: Tab, seed: string) {
  await tab.playground.seed.fill(seed)
  await tab.playground.seed.press('Enter')
}

/** The seed of the workspace's scenario `name`, as the tab shows it once open. */
async function seedOf(tab: Tab, name: string): Promise<string> {
  await tab.menu.open()
  // The open one has no Open button.
  if (await tab.menu.scenarios.getByRole('button', { name: `Open ${name}`, exact: true }).count() > 0) await tab.menu.openScenario(name)
  else await tab.menu.close()
  await expect(tab.playground.status).toHaveText('Ready')
  return tab.playground.seed.inputValue()
}

test('a tab without edits of its own takes what another tab saved, at once, and says so', async ({ context, baseURL }) => {
  // The first tab makes the workspace; the second opens the same one.
  const a = await openTab(context, baseURL)
  const b = await openTab(context, baseURL)
  await setSeed(a, '1234')
  await expect(b.playground.seed).toHaveValue('1234')
  await expect(b.playground.notice).toHaveText(`Updated from another tab: "${SCENARIO}"`)
  await expect(b.menu.conflicts).toHaveCount(0)
  expect([...a.pageErrors, ...b.pageErrors]).toEqual([])
})

test('two tabs edit the same scenario at once: both edits are kept, and the tab that saved second says where', async ({ context, baseURL }) => {
  const a = await openTab(context, baseURL)
  const b = await openTab(context, baseURL)
  // Both edits land before either tab's save (400 ms after the edit), so neither tab has seen the other's.
  await Promise.all([setSeed(a, '111'), setSeed(b, '222')])

  // Exactly one save finds the other already stored: that tab keeps its edits as a copy and tells the user.
  await expect.poll(async () => (await a.menu.conflicts.count()) + (await b.menu.conflicts.count()), { timeout: 10_000 }).toBe(1)
  const [second, first, firstSeed, secondSeed] = (await b.menu.conflicts.count()) === 1 ? [b, a, '111', '222'] : [a, b, '222', '111']
  await expect(second.menu.conflicts).toHaveText(new RegExp(
    `"${SCENARIO}" was changed in another tab while you were editing it here`
    + `Both versions are kept\\. Your changes from this tab are saved as "${COPY.replace(/[()]/g, '\\$&')}", open now\\.`,
  ))
  await expect(second.playground.seed).toHaveValue(secondSeed)
  expect(await seriousViolations(second.page)).toEqual([])
  await expect(first.playground.notice).toHaveText(`Added in another tab: "${COPY}"`)

  // Both edits are reachable from both tabs, and after a reload.
  for (const tab of [first, second]) {
    expect(await tab.menu.scenarioNames()).toEqual([SCENARIO, COPY])
    await tab.menu.close()
  }
  expect(await seedOf(first, COPY)).toBe(secondSeed)
  await second.menu.conflicts.getByRole('button', { name: `Open "${SCENARIO}"` }).click()
  await expect(second.playground.status).toHaveText('Ready')
  await expect(second.playground.seed).toHaveValue(firstSeed)
  await second.menu.conflicts.getByRole('button', { name: `Dismiss the message about "${SCENARIO}"` }).click()
  await expect(second.menu.conflicts).toHaveCount(0)

  await first.page.reload()
  await expect(first.playground.status).toHaveText('Ready')
  expect(await seedOf(first, SCENARIO)).toBe(firstSeed)
  expect(await seedOf(first, COPY)).toBe(secondSeed)
  expect([...a.pageErrors, ...b.pageErrors]).toEqual([])
})
