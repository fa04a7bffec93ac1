import { expect, type Locator, type Page } from '@playwright/test'
import type { PlaygroundPage } from './PlaygroundPage.ts'

/** The toolbar's Workspace and Share buttons and their dialogs, by the names they give. */
export class WorkspaceMenu {
  readonly page: Page
  readonly button: Locator
  readonly shareButton: Locator
  readonly dialog: Locator
  readonly scenarios: Locator
  readonly workspaces: Locator
  /** What an import, a share link or a SAM export did. */
  readonly report: Locator
  /** The alerts for scenarios edited in this tab and another at once. */
  readonly conflicts: Locator

  constructor(playground: PlaygroundPage) {
    this.page = playground.page
    this.button = this.page.getByTestId('workspace-button')
    this.shareButton = this.page.getByTestId('share-button')
    this.dialog = this.page.getByRole('dialog', { name: /^Workspace: / })
    this.scenarios = this.dialog.getByRole('list', { name: 'Scenarios' })
    this.workspaces = this.dialog.getByRole('list', { name: 'Workspaces' })
    this.report = this.page.getByTestId('transfer-report')
    this.conflicts = this.page.getByTestId('tab-conflict')
  }

  async open(): Promise<void> {
    if (!(await this.dialog.isVisible())) await this.button.click()
    await expect(this.dialog).toBeVisible()
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).click()
    await expect(this.dialog).toBeHidden()
  }

  /** The names of the open workspace's scenarios, in order. */
  async scenarioNames(): Promise<string[]> {
    await this.open()
    return this.scenarios.locator('.item-name').allInnerTexts()
  }

  /** Opens one of the workspace's scenarios (the dialog closes). */
  async openScenario(name: string): Promise<void> {
    await this.open()
    await this.scenarios.getByRole('button', { name: `Open ${name}`, exact: true }).click()
    await expect(this.dialog).toBeHidden()
  }

  /** Imports a file through the dialog's file picker. */
  async importFile(file: { name: string; mimeType: string; text: string }): Promise<void> {
    await this.open()
    await this.dialog.getByTestId('workspace-import-input').setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.text) })
  }

  /** Shares the open scenario: returns the link the dialog shows (and copied, when the browser allowed it). */
  async share(): Promise<{ link: string; status: string }> {
    await this.shareButton.click()
    const dialog = this.page.getByRole('dialog', { name: /^Share / })
    const status = dialog.getByTestId('share-status')
    // The encoder loads on first use.
    await expect(status).not.toHaveText('Making the link…', { timeout: 20_000 })
    const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue()
    const text = await status.innerText()
    await dialog.getByRole('button', { name: 'Close', exact: true }).click()
    return { link, status: text }
  }
}
