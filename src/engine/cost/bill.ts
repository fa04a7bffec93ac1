/**
 * Lambda's billing arithmetic: billed duration per invocation, a usage accumulator cheap enough to
 * feed on every invocation, and its price at us-east-1 list prices (./prices.ts, lambda-facts §9).
 */
import type { Architecture } from '../scenario/types.ts'
import {
  DURATION_TIERS, EPHEMERAL_FREE_MB, EPHEMERAL_USD_PER_GB_SECOND, FREE_TIER_GB_SECONDS, FREE_TIER_REQUESTS,
  EVENT_POLLER_MINIMUM_SECONDS, EVENT_POLLER_UNIT_USD_PER_HOUR, MB_PER_GB, PC_CONFIGURED_USD_PER_GB_SECOND, PC_DURATION_USD_PER_GB_SECOND,
  PC_METERING_INCREMENT_SECONDS, REQUEST_USD_PER_MILLION, type DurationTier,
} from './prices.ts'

/**
 * A fractional part this small is floating-point noise from virtual-time arithmetic
 * (4.4 − 1.4 = 3.0000000000000004), not time, and must not bill another unit.
 */
const NOISE = 1e-6

function ceilIgnoringNoise(value: number): number {
  const whole = Math.floor(value)
  return value - whole > NOISE ? whole + 1 : whole
}

/**
 * Billed duration in ms: rounded up to 1 ms since Dec 2020 [B-1ms], and never less than that 1 ms
 * unit (a handler that awaits nothing takes no virtual time, yet is billed); since 1 Aug 2025 the
 * Init phase of an on-demand cold start is billed too, as `ceil(Duration + Init Duration)`
 * [B-init-billing], [D-runtime-env]. Pass `initDurationMs` only when the REPORT line shows an Init Duration.
 */
export function billedDurationMs(durationMs: number, initDurationMs = 0): number {
  return Math.max(1, ceilIgnoringNoise(durationMs + initDurationMs))
}

/** Seconds of provisioned concurrency billed between enabling and disabling it: whole 5-minute increments. [P-pricing] */
export function pcMeteredSeconds(enabledMs: number, disabledMs: number): number {
  if (disabledMs < enabledMs) throw new RangeError(`disabledMs ${disabledMs} is before enabledMs ${enabledMs}`)
  const increments = ceilIgnoringNoise((disabledMs - enabledMs) / 1000 / PC_METERING_INCREMENT_SECONDS)
  return increments * PC_METERING_INCREMENT_SECONDS
}

/** Seconds billed for one event poller that ran from `startMs` to `endMs`: whole seconds, at least a minute. [P-pricing] */
export function eventPollerBilledSeconds(startMs: number, endMs: number): number {
  if (endMs < startMs) throw new RangeError(`endMs ${endMs} is before startMs ${startMs}`)
  return Math.max(EVENT_POLLER_MINIMUM_SECONDS, ceilIgnoringNoise((endMs - startMs) / 1000))
}

/** What one function version is billed by; build it once per configuration, not per invocation. */
export interface BillingProfile {
  readonly architecture: Architecture
  readonly memoryGB: number
  /** /tmp above the free 512 MB, in GB (0 at the default size). */
  readonly extraEphemeralGB: number
}

export function createBillingProfile(architecture: Architecture, memoryMB: number, ephemeralStorageMB: number): BillingProfile {
  return {
    architecture,
    memoryGB: memoryMB / MB_PER_GB,
    extraEphemeralGB: Math.max(0, ephemeralStorageMB - EPHEMERAL_FREE_MB) / MB_PER_GB,
  }
}

/**
 * In pricing order, x86 first: AWS grants the free GB-s "in aggregate" without saying how they
 * split between architectures, so we spend them where they save the most.
 */
const ARCHITECTURES: readonly Architecture[] = ['x86_64', 'arm64']

/** Billable quantities, summed over a run; plain mutable numbers so recording costs a few additions. */
export interface Usage {
  requests: number
  /** Invocations at on-demand rates, including provisioned-concurrency spillover. */
  onDemandGBSeconds: Record<Architecture, number>
  /** Invocations served by provisioned environments. */
  provisionedExecutionGBSeconds: Record<Architecture, number>
  /** Provisioned environments × memory × metered seconds, used or not. */
  provisionedConfiguredGBSeconds: Record<Architecture, number>
  /** /tmp above 512 MB × billed duration. */
  ephemeralGBSeconds: number
  /** Provisioned event pollers of the SQS mappings invoking the function, in billed poller-seconds (one EPU each). */
  eventPollerSeconds: number
}

export function createUsage(): Usage {
  return {
    requests: 0,
    onDemandGBSeconds: { x86_64: 0, arm64: 0 },
    provisionedExecutionGBSeconds: { x86_64: 0, arm64: 0 },
    provisionedConfiguredGBSeconds: { x86_64: 0, arm64: 0 },
    ephemeralGBSeconds: 0,
    eventPollerSeconds: 0,
  }
}

/** Records one invocation that ran (throttled requests are not billed); `billedMs` from `billedDurationMs`. */
export function recordInvocation(usage: Usage, profile: BillingProfile, billedMs: number, onProvisioned: boolean): void {
  const seconds = billedMs / 1000
  usage.requests += 1
  const gbSeconds = profile.memoryGB * seconds
  if (onProvisioned) usage.provisionedExecutionGBSeconds[profile.architecture] += gbSeconds
  else usage.onDemandGBSeconds[profile.architecture] += gbSeconds
  usage.ephemeralGBSeconds += profile.extraEphemeralGB * seconds
}

/** Records provisioned concurrency configured for `meteredSeconds` (from `pcMeteredSeconds`). */
export function recordProvisionedConcurrency(usage: Usage, profile: BillingProfile, environments: number, meteredSeconds: number): void {
  usage.provisionedConfiguredGBSeconds[profile.architecture] += environments * profile.memoryGB * meteredSeconds
}

/** Adds `from` into `into`: free tier and tiers are per account, so price the sum, never sum the prices. */
export function addUsage(into: Usage, from: Usage): void {
  into.requests += from.requests
  into.ephemeralGBSeconds += from.ephemeralGBSeconds
  into.eventPollerSeconds += from.eventPollerSeconds
  for (const architecture of ARCHITECTURES) {
    into.onDemandGBSeconds[architecture] += from.onDemandGBSeconds[architecture]
    into.provisionedExecutionGBSeconds[architecture] += from.provisionedExecutionGBSeconds[architecture]
    into.provisionedConfiguredGBSeconds[architecture] += from.provisionedConfiguredGBSeconds[architecture]
  }
}

export interface PriceOptions {
  /** Subtract the monthly free tier (1 M requests, 400,000 on-demand GB-s). */
  applyFreeTier: boolean
}

/**
 * Unrounded USD; `provisionedUSD` is configured concurrency plus duration on provisioned environments,
 * `eventPollersUSD` the provisioned pollers of the function's SQS mappings (no free tier applies to them).
 */
export interface Price {
  requestsUSD: number
  durationUSD: number
  provisionedUSD: number
  ephemeralUSD: number
  eventPollersUSD: number
  totalUSD: number
}

export function priceUsage(usage: Usage, { applyFreeTier }: PriceOptions): Price {
  const billableRequests = applyFreeTier ? Math.max(0, usage.requests - FREE_TIER_REQUESTS) : usage.requests
  const requestsUSD = (billableRequests * REQUEST_USD_PER_MILLION) / 1_000_000

  let freeGBSecondsLeft = applyFreeTier ? FREE_TIER_GB_SECONDS : 0
  let durationUSD = 0
  let provisionedUSD = 0
  for (const architecture of ARCHITECTURES) {
    const gbSeconds = usage.onDemandGBSeconds[architecture]
    // The free GB-s are the month's first GB-s, so tiers still count from zero.
    const free = Math.min(freeGBSecondsLeft, gbSeconds)
    freeGBSecondsLeft -= free
    durationUSD += tieredUSD(DURATION_TIERS[architecture], free, gbSeconds)
    provisionedUSD +=
      usage.provisionedConfiguredGBSeconds[architecture] * PC_CONFIGURED_USD_PER_GB_SECOND[architecture] +
      usage.provisionedExecutionGBSeconds[architecture] * PC_DURATION_USD_PER_GB_SECOND[architecture]
  }
  const ephemeralUSD = usage.ephemeralGBSeconds * EPHEMERAL_USD_PER_GB_SECOND
  const eventPollersUSD = (usage.eventPollerSeconds / 3600) * EVENT_POLLER_UNIT_USD_PER_HOUR
  return {
    requestsUSD, durationUSD, provisionedUSD, ephemeralUSD, eventPollersUSD,
    totalUSD: requestsUSD + durationUSD + provisionedUSD + ephemeralUSD + eventPollersUSD,
  }
}

/** Price of the cumulative GB-s between `fromGBSeconds` and `toGBSeconds`, band by band. */
function tieredUSD(tiers: readonly DurationTier[], fromGBSeconds: number, toGBSeconds: number): number {
  let usd = 0
  let tierStart = 0
  for (const tier of tiers) {
    const start = Math.max(fromGBSeconds, tierStart)
    const end = Math.min(toGBSeconds, tier.upToGBSeconds)
    if (end > start) usd += (end - start) * tier.usdPerGBSecond
    tierStart = tier.upToGBSeconds
  }
  return usd
}
