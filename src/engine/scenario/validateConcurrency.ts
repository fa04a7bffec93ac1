/**
 * Account-wide concurrency arithmetic ([D-reserved], [D-pc], lambda-facts §1.2–1.4): Lambda always
 * keeps 100 units unreserved, so reservations add up to at most the limit − 100; provisioned
 * concurrency fits inside its function's reservation, or, for functions without one, inside the
 * unreserved pool less those 100. Each error lands on the entry that crosses the line.
 */
import { UNRESERVED_MINIMUM } from '../facts.ts'
import { field } from './check.ts'
import type { FunctionFacts, ScenarioContext } from './context.ts'
import { formatNumber as n } from './describe.ts'

export function checkAccountConcurrency(ctx: ScenarioContext, functions: readonly FunctionFacts[]): void {
  const account = ctx.accountConcurrency
  const reservationsFit = account === undefined || checkReservations(ctx, account, functions)
  for (const fn of functions) if (typeof fn.reserved === 'number') checkProvisionedWithinReserved(ctx, fn, fn.reserved)
  // Over-reserved accounts are already reported; the unreserved pool is then meaningless.
  if (account !== undefined && reservationsFit) checkProvisionedWithinUnreserved(ctx, account, functions)
}

function reservedTotal(functions: readonly FunctionFacts[]): number {
  return functions.reduce((sum, fn) => sum + (typeof fn.reserved === 'number' ? fn.reserved : 0), 0)
}

/** Returns whether the reservations fit. */
function checkReservations(ctx: ScenarioContext, account: number, functions: readonly FunctionFacts[]): boolean {
  const limit = account - UNRESERVED_MINIMUM
  const total = reservedTotal(functions)
  let running = 0
  for (const fn of functions) {
    if (typeof fn.reserved !== 'number') continue
    running += fn.reserved
    if (running > limit) {
      const all = total === running ? '' : ` (${n(total)} counting every function)`
      ctx.c.report(
        field(fn.at, 'ReservedConcurrentExecutions'), 'unreserved-minimum',
        `Reserving ${n(fn.reserved)} here brings the account's reserved concurrency to ${n(running)}${all} of its ${n(account)}; Lambda always keeps ${UNRESERVED_MINIMUM} unreserved, so reservations can add up to at most ${n(limit)}`,
      )
      return false
    }
  }
  return true
}

function checkProvisionedWithinReserved(ctx: ScenarioContext, fn: FunctionFacts, reserved: number): void {
  let running = 0
  for (const pc of fn.provisioned) {
    running += pc.amount
    if (running > reserved) {
      ctx.c.report(pc.at, 'provisioned-over-reserved', `Provisioned concurrency on this function adds up to ${n(running)}, above its ReservedConcurrentExecutions of ${n(reserved)}; provisioned environments count against the reservation`)
      return
    }
  }
}

function checkProvisionedWithinUnreserved(ctx: ScenarioContext, account: number, functions: readonly FunctionFacts[]): void {
  const reserved = reservedTotal(functions)
  const available = account - reserved - UNRESERVED_MINIMUM
  let running = 0
  for (const fn of functions) {
    if (fn.reserved !== 'unset') continue
    for (const pc of fn.provisioned) {
      running += pc.amount
      if (running > available) {
        ctx.c.report(pc.at, 'provisioned-over-unreserved', `Provisioned concurrency on functions without reserved concurrency adds up to ${n(running)}, but at most ${n(available)} is available: the account's ${n(account)}, less ${n(reserved)} reserved, less the ${UNRESERVED_MINIMUM} Lambda keeps unreserved`)
        return
      }
    }
  }
}
