import { expect, type Locator, type Page } from '@playwright/test'
import type { PlaygroundPage } from './PlaygroundPage.ts'

/** The Test tab: the target, the event, the Test button and the answer. */
export class TestPanel {
  readonly page: Page
  readonly panel: Locator
  readonly functionSelect: Locator
  readonly qualifier: Locator
  readonly template: Locator
  readonly eventName: Locator
  readonly eventJson: Locator
  readonly save: Locator
  readonly invoke: Locator
  readonly resultStatus: Locator
  readonly response: Locator
  readonly report: Locator
  readonly log: Locator

  constructor(playground: PlaygroundPage) {
    this.page = playground.page
    this.panel = this.page.getByRole('tabpanel', { name: 'Test' })
    this.functionSelect = this.panel.getByLabel('Function')
    this.qualifier = this.panel.getByLabel('Qualifier')
    this.template = this.panel.getByLabel('Start from')
    this.eventName = this.panel.getByLabel('Event name')
    this.eventJson = this.panel.getByLabel('Event JSON')
    this.save = this.panel.getByTestId('test-save')
    this.invoke = this.panel.getByTestId('test-invoke')
    this.resultStatus = this.panel.getByTestId('test-result-status')
    this.response = this.panel.getByTestId('test-response')
    this.report = this.panel.getByTestId('test-report')
    this.log = this.panel.getByTestId('test-log')
  }

  async invokeWith(payload: unknown, type: 'Synchronous' | 'Asynchronous' = 'Synchronous'): Promise<void> {
    await this.panel.getByRole('radio', { name: type, exact: true }).check()
    await this.fillEvent(payload)
    await this.invoke.click()
  }

  /** Types the event that Test (the button, or Ctrl/Cmd+Enter anywhere) sends. */
  async fillEvent(payload: unknown): Promise<void> {
    await this.eventJson.fill(JSON.stringify(payload))
  }

  async expectSucceeded(): Promise<void> {
    await expect(this.resultStatus).toHaveText(/^Succeeded/, { timeout: 20_000 })
  }
}
