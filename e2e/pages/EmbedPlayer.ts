import type { FrameLocator, Locator, Page } from '@playwright/test'
import { PlaygroundPage } from './PlaygroundPage.ts'

/**
 * One embedded player, opened on its own or inside a host page's iframe (`root`): the run controls
 * and clock it shares with the playground (same testids, so PlaygroundPage drives them), plus its
 * scenario's title, its charts and the message it shows when it cannot play.
 */
export class EmbedPlayer extends PlaygroundPage {
  readonly root: Page | FrameLocator
  readonly title: Locator
  readonly problem: Locator

  constructor(page: Page, root: Page | FrameLocator = page) {
    super(page, root)
    this.root = root
    this.title = root.getByRole('heading', { level: 1 })
    this.problem = root.getByTestId('embed-problem')
  }

  chart(id: string): Locator {
    return this.root.getByTestId(`chart-${id}`)
  }
}
