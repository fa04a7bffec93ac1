import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { AppServicesContext } from '../AppServicesContext.ts'
import type { AppServices } from '../commands/command.ts'

/** Renders `ui` with the app's services in context, as the page does. */
export function renderWithServices(ui: ReactElement, services: AppServices): RenderResult {
  return render(<AppServicesContext value={services}>{ui}</AppServicesContext>)
}
