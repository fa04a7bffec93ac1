import { expect, type Locator, type Page } from '@playwright/test'
import type { PlaygroundPage } from './PlaygroundPage.ts'

/** The Code tab: Monaco, Deploy and Publish. */
export class CodePanel {
  readonly page: Page
  readonly panel: Locator
  readonly deploy: Locator
  readonly publish: Locator
  /** Monaco's input: the text area that has focus while the user types in the editor. */
  readonly editor: Locator

  constructor(playground: PlaygroundPage) {
    this.page = playground.page
    this.panel = this.page.getByRole('tabpanel', { name: 'Code' })
    this.editor = this.panel.getByRole('textbox', { name: /^Code editor/ })
    this.deploy = this.panel.getByRole('button', { name: 'Deploy', exact: true })
    this.publish = this.panel.getByRole('button', { name: 'Publish new version' })
  }

  /** Replaces the open file's text as pasting it would: typed, the editor would auto-indent and auto-close brackets. */
  async replaceCode(code: string): Promise<void> {
    const editor = this.editor
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

  /** Presses keys as the user does while typing: with focus in the editor, where Monaco sees them first. */
  async pressInEditor(keys: string): Promise<void> {
    await expect(this.editor).toBeFocused()
    await this.page.keyboard.press(keys)
  }

  async expectDeployed(): Promise<void> {
    await expect(this.panel.getByText('$LATEST is up to date')).toBeVisible()
  }
}
