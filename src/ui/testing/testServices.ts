/**
 * A store and a bridge without a worker, for component tests: commands sent are recorded in
 * `sent`, `apply` answers with `applyResult`. Render a component under
 * `<AppServicesContext value={services}>` (see ./renderWithServices.tsx).
 */
import type { ActionResult, Scenario } from '../../engine/api.ts'
import type { SimulationBridge } from '../bridge/createSimulationBridge.ts'
import type { CommandBody } from '../../worker/protocol.ts'
import type { AppServices } from '../commands/command.ts'
import { createAppStore } from '../store/appStore.ts'

export interface TestServices extends AppServices {
  sent: CommandBody[]
  /** What the next `apply` answers. */
  applyResult: ActionResult
}

export function createTestServices(document: Scenario): TestServices {
  const store = createAppStore({ document, bundledId: null })
  let requests = 0
  const services: TestServices = {
    store,
    sent: [],
    applyResult: { ok: true },
    bridge: undefined as unknown as SimulationBridge,
  }
  const bridge: SimulationBridge = {
    send: (command) => services.sent.push(command),
    nextRequestId: () => `test-${++requests}`,
    watch: (view, request) => services.sent.push({ type: 'watch', views: { [view]: request ?? undefined } }),
    apply: (action) => {
      services.sent.push({ type: 'apply', requestId: `test-${++requests}`, action })
      return Promise.resolve(services.applyResult)
    },
    dispose: () => undefined,
  }
  services.bridge = bridge
  return services
}
