/**
 * Measurements taken inside the page (these functions run in the browser through page.evaluate):
 * when the app became interactive, and how long frames and main-thread tasks took while it ran.
 */
import type { Page } from '@playwright/test'

/** The run can start: Play is enabled because the worker has loaded the scenario. Milliseconds since navigation. */
export async function timeToInteractive(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => {
    const play = document.querySelector<HTMLButtonElement>('[data-testid="run-play-pause"]')
    return play && !play.disabled ? performance.now() : false
  }, null, { polling: 'raf', timeout: 30_000 })
  return (await handle.jsonValue()) as number
}

export interface FrameStats {
  frames: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  longTasks: number
  longestTaskMs: number
}

/**
 * Runs in the page, so it is sent as source text: the TypeScript loader that runs the benchmark
 * (tsx) would otherwise wrap named functions in a helper that exists only in Node.
 */
const RECORD_FRAMES = `(async (duration) => {
  const intervals = []
  const tasks = []
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) tasks.push(entry.duration) })
  observer.observe({ type: 'longtask' })
  await new Promise((resolve) => {
    let last = performance.now()
    const end = last + duration
    requestAnimationFrame(function frame(now) {
      intervals.push(now - last)
      last = now
      if (now < end) requestAnimationFrame(frame)
      else resolve()
    })
  })
  observer.disconnect()
  const sorted = [...intervals].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { frames: intervals.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1) ?? 0, longTasks: tasks.length, longestTaskMs: Math.max(0, ...tasks) }
})`

/** Records every animation frame's interval and every long task (> 50 ms) for `durationMs` of real time. */
export async function recordFrames(page: Page, durationMs: number): Promise<FrameStats> {
  return page.evaluate(`${RECORD_FRAMES}(${durationMs})`) as Promise<FrameStats>
}
