import { expect, type Locator, type Page } from '@playwright/test'

/** The playground as a user drives it, through its `data-testid`s. */
export class PlaygroundPage {
  private readonly page: Page
  readonly status: Locator
  readonly playPause: Locator
  readonly speed: Locator
  readonly clock: Locator

  constructor(page: Page) {
    this.page = page
    this.status = page.getByTestId('run-status')
    this.playPause = page.getByTestId('run-play-pause')
    this.speed = page.getByTestId('run-speed')
    this.clock = page.getByTestId('run-clock')
  }

  async open(): Promise<void> {
    await this.page.goto('./')
    await expect(this.status).toHaveText('Ready')
  }

  async runToEndAtMaxSpeed(): Promise<void> {
    await this.speed.selectOption('max')
    await this.playPause.click()
    await expect(this.status).toHaveText('Finished', { timeout: 60_000 })
  }

  summaryRow(functionName: string): Locator {
    return this.page.getByTestId(`summary-row-${functionName}`)
  }

  /** A summary cell as a number, e.g. `summaryValue('orders', 'invocations')`. */
  async summaryValue(functionName: string, column: string): Promise<number> {
    const text = await this.summaryRow(functionName).getByTestId(`summary-${column}`).innerText()
    return Number(text.replace(/[$,]/g, ''))
  }
}
