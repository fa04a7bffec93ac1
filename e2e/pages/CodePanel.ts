import { expect, type Locator, type Page } from '@playwright/test'
import type { PlaygroundPage } from './PlaygroundPage.ts'

/** The Code tab: Monaco, Deploy and Publish. */
export class CodePanel {
  readonly page: Page
  readonly panel: Locator
  readonly deploy: Locator
  readonly publish: Locator

  constructor(playground: PlaygroundPage) {
    this.page = playground.page
    this.panel = this.page.getByRole('tabpanel', { name: 'Code' })
    this.deploy = this.panel.getByRole('button', { name: 'Deploy', exact: true })
    this.publish = this.panel.getByRole('button', { name: 'Publish new version' })
  }

  /** Replaces the open file's text as pasting it would: typed, the editor would auto-indent and auto-close brackets. */
  async replaceCode(code: string): Promise<void> {
    const editor = this.panel.getByRole('textbox', { name: /^Code editor/ })
    await expect(editor).toBeAttached({ timeout: 20_000 })
    await editor.focus()
    await this.page.keyboard.press('ControlOrMeta+A')
    await editor.evaluate((element, text) => {
      const data = new DataTransfer()
      data.setData('text/plain', text)
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }, code)
    await expect(this.panel.getByText('Changes not deployed')).toBeVisible()
  }

  async expectDeployed(): Promise<void> {
    await expect(this.panel.getByText('$LATEST is up to date')).toBeVisible()
  }
}
