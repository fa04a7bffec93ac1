/**
 * The UI benchmark, in one process: Debian's Chromium against the preview server at the origin given.
 * Prints one JSON line (UiBenchResult) for bench/ui.ts to report.
 *   tsx bench/ui/run.ts <origin> <repeats> [loads]
 * With `loads`, only the first loads and the embedded player's are measured (no runs under load):
 * what a change to the bundles needs, at a fraction of the machine's time.
 */
import { chromium, type Browser, type Page } from '@playwright/test'
import { gzipSync } from 'node:zlib'
import { LEGACY_SESSION_KEY } from '../../src/ui/workspace/legacySession.ts'
import { recordFrames, timeToInteractive, type FrameStats } from './page.ts'
import { UI_BENCH_SCENARIO } from './scenario.ts'

export interface FirstLoad {
  /** Gzipped bytes of the scripts the page and the simulation worker fetched, before the Code tab opened. */
  pageJsGzip: number
  workerJsGzip: number
  /** Whether any Monaco chunk was fetched before the Code tab opened (it must not be). */
  monacoBeforeCode: boolean
  /** Gzipped bytes of the scripts fetched when the Code tab opened. */
  codeTabJsGzip: number
  /** Gzipped bytes of the page's scripts fetched when Play was then pressed with the Monitor open (the charts). */
  playPageJsGzip: number
  interactiveMs: number
}

/** The embedded player (embed.html): what it fetches before its Play is pressed, and what Play adds. */
export interface EmbedLoad {
  /** Gzipped bytes of the scripts fetched until the player shows its scenario, ready to play. */
  beforePlayJsGzip: number
  /** Gzipped bytes fetched once Play was pressed and the charts drew: the page's, and the simulation worker's. */
  afterPlayPageJsGzip: number
  afterPlayWorkerJsGzip: number
}

export interface UiBenchResult {
  firstLoads: FirstLoad[]
  embedLoads: EmbedLoad[]
  /** Frames while the run plays at Max with the Monitor tab open, then with the Environments tab open. */
  monitorFrames: FrameStats[]
  environmentsFrames: FrameStats[]
  /** Live environments (initializing, busy, idle) the Environments view showed at the end of each loaded run. */
  liveEnvironments: number[]
}

const [origin = 'http://127.0.0.1:4174', repeatsArg = '5', part] = process.argv.slice(2)
const repeats = Number(repeatsArg)
/** Virtual time to reach the steady state (1,000 environments) before frames are measured. */
const WARM_UP_REAL_MS = 4_000
const MEASURE_REAL_MS = 10_000
const FRAME_RUNS = part === 'loads' ? 0 : Math.min(repeats, 3)

interface Fetched { url: string; gzip: number; worker: boolean }

/** Scripts the page fetches, with their gzipped size (the preview server sends them uncompressed). */
function recordScripts(page: Page): { fetched: Fetched[]; settled(): Promise<void> } {
  const fetched: Fetched[] = []
  const reading: Promise<void>[] = []
  page.on('response', (response) => {
    const url = response.url()
    if (!url.endsWith('.js') && !url.endsWith('.mjs')) return
    reading.push(response.body().then((body) => {
      fetched.push({ url, gzip: gzipSync(body, { level: 9 }).length, worker: response.request().frame() === null || /worker/i.test(url) })
    }, () => undefined))
  })
  return { fetched, settled: async () => void (await Promise.all(reading)) }
}

const sum = (items: readonly Fetched[]) => items.reduce((total, item) => total + item.gzip, 0)

async function firstLoad(browser: Browser): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  const { fetched, settled } = recordScripts(page)
  await page.goto(origin)
  const interactiveMs = await timeToInteractive(page)
  await page.waitForLoadState('networkidle')
  await settled()
  const beforeCode = [...fetched]
  await page.getByRole('tab', { name: 'Code', exact: true }).click()
  await page.getByRole('textbox', { name: /^Code editor/ }).waitFor({ state: 'attached', timeout: 30_000 })
  // The TypeScript worker (the largest file) starts after the editor, sometimes after the network looks idle.
  for (const deadline = Date.now() + 30_000; !fetched.some((f) => /ts\.worker/.test(f.url)) && Date.now() < deadline;) await page.waitForTimeout(100)
  await page.waitForLoadState('networkidle')
  await settled()
  const codeTab = fetched.slice(beforeCode.length)
  await page.getByRole('tab', { name: 'Monitor', exact: true }).click()
  await page.getByTestId('run-play-pause').click()
  await page.getByTestId('chart-invocations').waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await settled()
  const play = fetched.slice(beforeCode.length + codeTab.length)
  await context.close()
  return {
    pageJsGzip: sum(beforeCode.filter((f) => !f.worker)),
    workerJsGzip: sum(beforeCode.filter((f) => f.worker)),
    monacoBeforeCode: beforeCode.some((f) => /monaco|editor\.(api|main)/i.test(f.url)),
    codeTabJsGzip: sum(codeTab),
    playPageJsGzip: sum(play.filter((f) => !f.worker)),
    interactiveMs,
  }
}

/** The player opened as a docs page's iframe would open it, then played until its charts draw. */
async function embedLoad(browser: Browser): Promise<EmbedLoad> {
  const context = await browser.newContext({ viewport: { width: 800, height: 520 } })
  const page = await context.newPage()
  const { fetched, settled } = recordScripts(page)
  await page.goto(`${origin}/embed.html?scenario=reserved-concurrency`)
  const play = page.getByTestId('run-play-pause')
  await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('[data-testid="run-play-pause"]')?.disabled === false, null, { timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await settled()
  const beforePlay = [...fetched]
  await play.click()
  await page.getByTestId('chart-invocations').waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await settled()
  const afterPlay = fetched.slice(beforePlay.length)
  await context.close()
  return {
    beforePlayJsGzip: sum(beforePlay),
    afterPlayPageJsGzip: sum(afterPlay.filter((f) => !f.worker)),
    afterPlayWorkerJsGzip: sum(afterPlay.filter((f) => f.worker)),
  }
}

/** Live environments (initializing + busy + idle), from the Environments view's legend. */
async function liveEnvironments(page: Page): Promise<number> {
  let live = 0
  for (const state of ['initializing', 'busy', 'idle']) {
    const text = await page.getByTestId(`count-${state}`).innerText({ timeout: 5_000 })
    live += Number((/([\d,]+)\s*$/.exec(text)?.[1] ?? 'NaN').replace(/,/g, ''))
  }
  return live
}

async function framesUnderLoad(browser: Browser): Promise<{ monitor: FrameStats; environments: FrameStats; live: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  // The bench scenario arrives the way an earlier version's saved session does: moved into the workspace on load.
  await context.addInitScript(([key, session]) => localStorage.setItem(key, session), [
    LEGACY_SESSION_KEY, JSON.stringify({ document: UI_BENCH_SCENARIO, bundledId: null, theme: 'light', savedTestEvents: [] }),
  ] as const)
  const page = await context.newPage()
  await page.goto(origin)
  await timeToInteractive(page)
  await page.getByTestId('run-speed').selectOption({ label: 'Max' })
  await page.getByTestId('run-play-pause').click()
  await page.waitForTimeout(WARM_UP_REAL_MS)
  const monitor = await recordFrames(page, MEASURE_REAL_MS)
  await page.getByRole('tab', { name: 'Environments', exact: true }).click()
  await page.waitForTimeout(1_000)
  const environments = await recordFrames(page, MEASURE_REAL_MS)
  const live = await liveEnvironments(page)
  await context.close()
  return { monitor, environments, live }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
})
try {
  const result: UiBenchResult = { firstLoads: [], embedLoads: [], monitorFrames: [], environmentsFrames: [], liveEnvironments: [] }
  for (let i = 0; i < repeats; i++) result.firstLoads.push(await firstLoad(browser))
  for (let i = 0; i < repeats; i++) result.embedLoads.push(await embedLoad(browser))
  for (let i = 0; i < FRAME_RUNS; i++) {
    const { monitor, environments, live } = await framesUnderLoad(browser)
    result.monitorFrames.push(monitor)
    result.environmentsFrames.push(environments)
    result.liveEnvironments.push(live)
  }
  console.log(JSON.stringify(result))
} finally {
  await browser.close()
}
