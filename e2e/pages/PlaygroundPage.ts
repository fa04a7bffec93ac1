import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test'

export type PanelTabName = 'Code' | 'Test' | 'Monitor' | 'Environments' | 'Logs' | 'Learn'

/**
 * The playground as a user sees and drives it: its toolbar, its tabs and the Test panel, found by
 * accessible role and name where the page has them, by namespaced `data-testid`s otherwise.
 */
export class PlaygroundPage {
  readonly page: Page
  readonly status: Locator
  readonly playPause: Locator
  readonly step: Locator
  readonly reset: Locator
  readonly speed: Locator
  readonly seed: Locator
  readonly clock: Locator
  readonly notice: Locator
  readonly scenarioPicker: Locator

  /** `root`: where the run controls are, when not on the page itself (an embedded player's iframe, ./EmbedPlayer.ts). */
  constructor(page: Page, root: Page | FrameLocator = page) {
    this.page = page
    this.status = root.getByTestId('run-status')
    this.playPause = root.getByTestId('run-play-pause')
    this.step = root.getByTestId('run-step')
    this.reset = root.getByTestId('run-reset')
    this.speed = root.getByTestId('run-speed')
    this.seed = root.getByTestId('run-seed')
    this.clock = root.getByTestId('run-clock')
    this.notice = root.getByTestId('notice')
    this.scenarioPicker = root.getByTestId('scenario-picker')
  }

  /** Opens the app and waits until the run is ready at 0:00. */
  async open(): Promise<void> {
    await this.page.goto('./')
    await expect(this.status).toHaveText('Ready')
  }

  async openScenario(label: string): Promise<void> {
    await this.scenarioPicker.selectOption({ label })
    // The document is fetched when chosen: wait until it is the open one, not just the picker's choice.
    await expect(this.page.getByTestId('scenario-name')).toHaveText(label)
    await expect(this.scenarioPicker).not.toHaveAttribute('aria-busy', 'true')
    await expect(this.status).toHaveText('Ready')
  }

  tab(name: PanelTabName): Locator {
    return this.page.getByRole('tab', { name, exact: true })
  }

  async openTab(name: PanelTabName): Promise<Locator> {
    await this.tab(name).click()
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true')
    return this.page.getByRole('tabpanel', { name })
  }

  async setSpeed(label: string): Promise<void> {
    await this.speed.selectOption({ label })
  }

  async play(): Promise<void> {
    await expect(this.playPause).toHaveText('Play')
    await this.playPause.click()
    await expect(this.playPause).toHaveText('Pause')
  }

  async pause(): Promise<void> {
    await this.playPause.click()
    await expect(this.playPause).toHaveText('Play')
  }

  /** Reset: runs the document as edited from 0:00 (how edits the live run cannot take reach it). */
  async runEdited(): Promise<void> {
    await this.reset.click()
    await expect(this.status).toHaveText('Ready')
  }

  /** Plays at `speed` until the clock passes `virtualSeconds`, then pauses. */
  async playPast(speed: string, virtualSeconds: number): Promise<void> {
    await this.setSpeed(speed)
    await this.play()
    await expect.poll(() => this.clockSeconds(), { timeout: 30_000 }).toBeGreaterThan(virtualSeconds)
    await this.pause()
  }

  async runToEndAtMaxSpeed(): Promise<void> {
    await this.setSpeed('Max')
    await this.playPause.click()
    await expect(this.status).toHaveText('Finished', { timeout: 90_000 })
  }

  /** Virtual time in seconds, as the toolbar's clock reads. */
  async clockSeconds(): Promise<number> {
    const parts = (await this.clock.innerText()).split(':').map(Number)
    return parts.reduce((total, part) => total * 60 + part, 0)
  }
}
