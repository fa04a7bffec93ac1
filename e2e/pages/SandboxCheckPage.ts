import { expect, type Locator, type Page } from '@playwright/test'

/** The sandbox check page (sandbox-check.html), through its `data-testid`s. */
export class SandboxCheckPage {
  private readonly page: Page
  readonly summary: Locator
  readonly counter: Locator
  readonly rows: Locator

  constructor(page: Page) {
    this.page = page
    this.summary = page.getByTestId('check-summary')
    this.counter = page.getByTestId('click-counter')
    this.rows = page.getByTestId('check-row')
  }

  async open(): Promise<void> {
    await this.page.goto('./sandbox-check.html')
    await expect(this.page).toHaveTitle('Sandbox check')
  }

  async running(): Promise<boolean> {
    return (await this.summary.getAttribute('data-state')) === 'running'
  }

  /** Each failed case's row: its name, what it expected and what it got. */
  async failures(): Promise<string[]> {
    return this.page.getByTestId('check-row').and(this.page.locator('[data-passed="false"]')).allInnerTexts()
  }
}
