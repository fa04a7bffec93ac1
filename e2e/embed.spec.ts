import { expect, test } from '@playwright/test'
import { watchPage } from './fixtures/watchPage.ts'
import { EmbedPlayer } from './pages/EmbedPlayer.ts'
import { EmbedSamplePage } from './pages/EmbedSamplePage.ts'

test.describe('the embedded player', () => {
  test('the sample page: two players become ready, play independently, follow the page\'s buttons and a postMessage seek', async ({ page, baseURL }) => {
    test.setTimeout(120_000)
    const { foreignRequests, pageErrors } = watchPage(page, baseURL)
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    const sample = new EmbedSamplePage(page)
    await sample.open()
    await expect(sample.reserved.title).toHaveText('Reserved concurrency caps a busy function')
    await expect(sample.canary.title).toHaveText('Canary release through a weighted alias')
    await expect(sample.reserved.clock).toHaveText('0:00')
    await expect(sample.reserved.root.getByTestId('run-duration')).toHaveText('30:00')
    // Before a play, neither player has fetched the engine's worker or the charts.
    expect(requested.filter((url) => /simulation\.worker|EmbedCharts/.test(url))).toEqual([])

    // One player plays; the other stays at 0:00.
    await sample.reserved.playPast('600×', 90)
    await expect(sample.canary.clock).toHaveText('0:00')
    await expect(sample.canary.status).toHaveText('Ready: press Play to run the scenario')
    await expect(sample.reserved.root.getByText(/^[1-9][\d,]* throttled$/)).toBeVisible()
    const throttles = sample.reserved.chart('errors-throttles')
    await expect(throttles).toBeVisible()
    await expect(throttles.locator('svg > title')).toHaveText(/Throttles: latest \d+, peak [1-9]/)

    // The page's own button plays both (the first back at a minute a second, so it does not finish meanwhile).
    await sample.reserved.speed.selectOption({ label: '60× (1 min/s)' })
    await sample.playBoth.click()
    await expect(sample.reserved.status).toHaveText('Running')
    await expect.poll(() => sample.canary.clockSeconds(), { timeout: 30_000 }).toBeGreaterThan(3)
    await sample.pauseBoth.click()
    await expect(sample.reserved.status).toHaveText('Paused')
    await expect(sample.canary.status).toHaveText('Paused')

    // seek runs one player to a virtual time and pauses it there; the page hears where it landed.
    await sample.post('player-canary', { type: 'seek', virtualMs: 420_000 })
    await expect(sample.canary.clock).toHaveText('7:00', { timeout: 30_000 })
    await expect(sample.events).toContainText('Canary release: paused at 7:00')
    // Charts scrolled out of view wait to be seen before they redraw.
    const versions = sample.canary.chart('executed-version')
    await versions.scrollIntoViewIfNeeded()
    await expect(versions.locator('svg > title')).toHaveText(/Version 2: latest \d+, peak [1-9]/)
    // A message of ours that is not a command is answered with an error, and changes nothing.
    await sample.post('player-reserved', { type: 'jump' })
    await expect(sample.events).toContainText('Reserved concurrency: error (bad-message): Unknown command "jump"')
    await expect(sample.reserved.status).toHaveText('Paused')

    expect(foreignRequests).toEqual([])
    expect(pageErrors).toEqual([])
  })

  test('an unknown scenario shows its message with the bundled ids; a damaged link says so', async ({ page, baseURL }) => {
    const { foreignRequests, pageErrors } = watchPage(page, baseURL)
    const player = new EmbedPlayer(page)
    await page.goto('./embed.html?scenario=reserved-concurency')
    await expect(player.problem).toContainText('Unknown scenario')
    await expect(player.problem).toContainText('There is no bundled scenario "reserved-concurency".')
    await expect(player.problem.getByRole('listitem').filter({ hasText: /^reserved-concurrency$/ })).toBeVisible()
    await expect(player.playPause).toHaveCount(0)
    await page.goto('./embed.html#scenario=AAAA')
    await expect(player.problem).toContainText('Damaged scenario link')
    expect(foreignRequests).toEqual([])
    expect(pageErrors).toEqual([])
  })

  test('autoplay=1 starts the run; editor=1 adds a Code tab that loads Monaco when opened', async ({ page, baseURL }) => {
    const { foreignRequests, pageErrors } = watchPage(page, baseURL)
    const player = new EmbedPlayer(page)
    await page.goto('./embed.html?scenario=reserved-concurrency&editor=1&autoplay=1')
    await expect(player.status).toHaveText('Running', { timeout: 20_000 })
    await player.playPause.click()
    await page.getByRole('tab', { name: 'Code' }).click()
    await expect(page.getByRole('tabpanel', { name: 'Code' }).getByRole('textbox', { name: /^Code editor/ })).toBeAttached({ timeout: 30_000 })
    await expect(page.getByRole('heading', { name: 'Code: orders' })).toBeVisible()
    expect(foreignRequests).toEqual([])
    expect(pageErrors).toEqual([])
  })

  test('"Copy embed code" in the app writes an iframe whose address opens the same scenario in a player', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const { pageErrors } = watchPage(page, baseURL)
    await page.goto('./')
    await expect(page.getByTestId('run-status')).toHaveText('Ready')
    await page.getByTestId('embed-code-button').click()
    const dialog = page.getByRole('dialog', { name: /^Embed "/ })
    const snippet = dialog.getByTestId('embed-code-snippet')
    await expect(snippet).toHaveValue(/^<iframe src="[^"]*\/embed\.html\?scenario=reserved-concurrency" .*height="480".*><\/iframe>$/)
    await dialog.getByLabel('Show the code editor').check()
    await dialog.getByLabel('Height (px)').fill('600')
    await expect(snippet).toHaveValue(/embed\.html\?scenario=reserved-concurrency&amp;editor=1" .*height="600"/)
    await dialog.getByRole('button', { name: 'Copy embed code' }).click()
    await expect(dialog.getByTestId('embed-code-status')).toHaveText('Copied to the clipboard.')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(await snippet.inputValue())

    const src = /src="([^"]*)"/.exec(copied)?.[1]?.replace(/&amp;/g, '&') ?? ''
    await page.goto(src)
    const player = new EmbedPlayer(page)
    await expect(player.title).toHaveText('Reserved concurrency caps a busy function')
    await expect(page.getByRole('tab', { name: 'Code' })).toBeVisible()
    expect(pageErrors).toEqual([])
  })
})
