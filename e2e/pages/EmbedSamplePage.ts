import { expect, type Locator, type Page } from '@playwright/test'
import { EmbedPlayer } from './EmbedPlayer.ts'

/** docs/embed-sample.html: a documentation page with two players and buttons that drive both through postMessage. */
export class EmbedSamplePage {
  readonly page: Page
  readonly reserved: EmbedPlayer
  readonly canary: EmbedPlayer
  readonly playBoth: Locator
  readonly pauseBoth: Locator
  readonly seekBoth: Locator
  /** The events the players sent back, a line per player. */
  readonly events: Locator

  constructor(page: Page) {
    this.page = page
    this.reserved = new EmbedPlayer(page, page.frameLocator('#player-reserved'))
    this.canary = new EmbedPlayer(page, page.frameLocator('#player-canary'))
    this.playBoth = page.getByRole('button', { name: 'Play both' })
    this.pauseBoth = page.getByRole('button', { name: 'Pause both' })
    this.seekBoth = page.getByRole('button', { name: 'Jump both to 5:00' })
    this.events = page.locator('#player-events')
  }

  /** Opens the page (relative to the base URL, or at `url`) and waits until both players have said they are ready. */
  async open(url = './docs/embed-sample.html'): Promise<void> {
    await this.page.goto(url)
    await expect(this.playBoth).toBeEnabled({ timeout: 20_000 })
  }

  /** Posts a message to one player's window, as the host page's own script would. */
  async post(frameId: 'player-reserved' | 'player-canary', message: object): Promise<void> {
    await this.page.evaluate(([id, body]) => {
      const frame = document.getElementById(id) as HTMLIFrameElement
      frame.contentWindow?.postMessage({ source: 'lambda-playground', v: 1, ...body }, new URL(frame.src).origin)
    }, [frameId, message] as const)
  }
}
