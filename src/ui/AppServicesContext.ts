import { createContext, useContext } from 'react'
import type { AppServices } from './commands/command.ts'

export const AppServicesContext = createContext<AppServices | null>(null)

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext)
  if (!services) throw new Error('useAppServices needs an <AppServicesContext> above it')
  return services
}
