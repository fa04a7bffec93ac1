import { expect, type Locator, type Page } from '@playwright/test'
import type { PlaygroundPage } from './PlaygroundPage.ts'

/** The Learn tab (lesson, challenges, quiz, progress) and presenter mode's step card. */
export class LearnPanel {
  readonly page: Page
  readonly playground: PlaygroundPage
  readonly panel: Locator
  readonly progress: Locator
  readonly presenterToggle: Locator
  readonly presenterCard: Locator
  readonly presenterCount: Locator

  constructor(playground: PlaygroundPage) {
    this.playground = playground
    this.page = playground.page
    this.panel = this.page.getByRole('tabpanel', { name: 'Learn' })
    this.progress = this.panel.getByTestId('learn-progress')
    this.presenterToggle = this.page.getByTestId('presenter-toggle')
    this.presenterCard = this.page.getByTestId('presenter-card')
    this.presenterCount = this.presenterCard.getByTestId('presenter-count')
  }

  async open(): Promise<void> {
    await this.playground.openTab('Learn')
    await expect(this.panel.getByTestId('learn-panel')).toBeVisible({ timeout: 20_000 })
  }

  /** A challenge card by its title. */
  challenge(title: string): Locator {
    return this.panel.getByRole('article', { name: title })
  }

  challengeStatus(title: string): Locator {
    return this.challenge(title).getByTestId('challenge-status')
  }

  /** A quiz question by words of its prompt. */
  question(prompt: string | RegExp): Locator {
    return this.panel.getByRole('form', { name: prompt })
  }

  async answer(prompt: string | RegExp, answers: readonly (string | RegExp)[]): Promise<void> {
    const question = this.question(prompt)
    for (const text of answers) await question.getByLabel(text).check()
    await question.getByRole('button', { name: 'Submit' }).click()
  }
}
