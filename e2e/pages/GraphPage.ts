import { expect, type Locator, type Page } from '@playwright/test'
import type { PlaygroundPage } from './PlaygroundPage.ts'

/** The graph, its palette and the inspector beside it, by the accessible names they give. */
export class GraphPage {
  readonly page: Page
  readonly graph: Locator
  readonly inspector: Locator
  readonly palette: Locator

  constructor(playground: PlaygroundPage) {
    this.page = playground.page
    this.graph = this.page.getByRole('region', { name: 'Graph' })
    this.inspector = this.page.getByRole('complementary', { name: 'Inspector' })
    this.palette = this.graph.getByRole('toolbar', { name: 'Add to the scenario' })
  }

  /** A node by its accessible name: `Function orders`, `SQS queue my-queue`, `Traffic 1`. */
  node(name: string): Locator {
    return this.graph.getByRole('group', { name, exact: true })
  }

  /** As a user would: a node outside the visible part of the graph is brought into view first (Fit View). */
  async select(name: string): Promise<void> {
    if (!(await this.node(name).isVisible())) await this.graph.getByRole('button', { name: 'Fit View', exact: true }).click()
    await this.node(name).click()
  }

  async add(label: string): Promise<void> {
    await this.palette.getByRole('button', { name: label, exact: true }).click()
  }

  /** An inspector field by its AWS name. */
  field(label: string): Locator {
    return this.inspector.getByLabel(label, { exact: true })
  }

  async setField(label: string, value: string): Promise<void> {
    await this.field(label).fill(value)
    await expect(this.field(label)).not.toHaveAttribute('aria-invalid', 'true')
  }

  /** Connects one node to another through the graph's "Connect … to" list (the keyboard's way to draw an edge). */
  async connect(from: string, to: string): Promise<void> {
    await this.select(from)
    await this.graph.getByRole('combobox', { name: `Connect ${from} to` }).selectOption({ label: to })
    await this.graph.getByRole('button', { name: 'Connect', exact: true }).click()
  }
}
