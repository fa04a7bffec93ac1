/**
 * The sandbox check's worker: runs every adversarial case, in order, and reports each as it ends.
 * Cases spin (while (true), memory bombs) for up to seconds at a time, which is why they run here
 * and never on the page's thread.
 */
import { ADVERSARIAL_CASES } from '../../sandbox/adversarial/cases.ts'
import { openCaseSandbox, runCase } from '../../sandbox/adversarial/runner.ts'
import type { CheckEvent } from './protocol.ts'

function post(event: CheckEvent): void {
  postMessage(event)
}

async function runAll(): Promise<void> {
  post({ type: 'planned', cases: ADVERSARIAL_CASES.map(({ group, name }) => ({ group, name })) })
  // The worker, unlike the sandbox, may read real time: the watchdog case measures how long it took.
  const sandbox = await openCaseSandbox(() => performance.now())
  try {
    for (const adversarialCase of ADVERSARIAL_CASES) post({ type: 'reported', report: await runCase(sandbox, adversarialCase) })
  } finally {
    sandbox.dispose()
  }
  post({ type: 'finished' })
}

runAll().catch((error: unknown) => post({ type: 'fatal', message: error instanceof Error ? error.message : String(error) }))
