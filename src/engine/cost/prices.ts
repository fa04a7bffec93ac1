/**
 * us-east-1 list prices for Lambda, each with its source tag from shared/reference/lambda-facts.md §9
 * (§14 resolves the tags). Monthly allowances and tier thresholds apply to one simulation run as if
 * it were one month: a run lasts minutes to days, so it never crosses a billing month.
 */
import type { Architecture } from '../scenario/types.ts'

/** $0.20 per 1 M requests, x86 and Arm alike. [D-pricing-wp], [S-pricelist] */
export const REQUEST_USD_PER_MILLION = 0.2

/** One price band of monthly on-demand duration: applies to cumulative GB-s below `upToGBSeconds`. */
export interface DurationTier {
  readonly upToGBSeconds: number
  readonly usdPerGBSecond: number
}

/**
 * On-demand duration, tiered by cumulative monthly GB-s per architecture (−10 % in tier 2,
 * −20 % in tier 3); tiers aggregate per architecture, Region and account. [B-tiers], [S-pricelist]
 */
export const DURATION_TIERS: Readonly<Record<Architecture, readonly DurationTier[]>> = {
  x86_64: [
    { upToGBSeconds: 6e9, usdPerGBSecond: 0.0000166667 },
    { upToGBSeconds: 15e9, usdPerGBSecond: 0.000015 },
    { upToGBSeconds: Infinity, usdPerGBSecond: 0.0000133334 },
  ],
  arm64: [
    { upToGBSeconds: 7.5e9, usdPerGBSecond: 0.0000133334 },
    { upToGBSeconds: 18.75e9, usdPerGBSecond: 0.0000120001 },
    { upToGBSeconds: Infinity, usdPerGBSecond: 0.0000106667 },
  ],
}

/** Provisioned concurrency, per GB-s configured, whether used or not. [S-pricelist], [P-pricing] */
export const PC_CONFIGURED_USD_PER_GB_SECOND: Readonly<Record<Architecture, number>> = {
  x86_64: 0.0000041667,
  arm64: 0.0000033334,
}

/** Duration of invocations served by provisioned environments; spillover pays on-demand rates. [S-pricelist], [P-pricing] */
export const PC_DURATION_USD_PER_GB_SECOND: Readonly<Record<Architecture, number>> = {
  x86_64: 0.0000097222,
  arm64: 0.0000077778,
}

/** Provisioned concurrency is metered from enable to disable, rounded up to 5 minutes. [P-pricing], [S-pricing-copy] */
export const PC_METERING_INCREMENT_SECONDS = 300

/** Ephemeral storage, per GB-s configured above the free 512 MB. [S-pricelist], [P-pricing] */
export const EPHEMERAL_USD_PER_GB_SECOND = 0.0000000309
export const EPHEMERAL_FREE_MB = 512

/** Monthly free tier, x86 and Arm together; provisioned concurrency gets none. [D-pricing-wp], [S-pricelist], [S-pricing-copy] */
export const FREE_TIER_REQUESTS = 1_000_000
export const FREE_TIER_GB_SECONDS = 400_000

/**
 * SQS event source mappings in provisioned mode: per Event Poller Unit-hour, where "an EPU supports
 * one event poller" for SQS; the pricing page's SQS example prices it at $0.00925 [P-pricing]. The
 * $0.185 EPU-hour of the price list [S-pricelist] is Kafka's EPU, which carries 10 pollers (not modelled).
 */
export const EVENT_POLLER_UNIT_USD_PER_HOUR = 0.00925

/** EPUs are billed "per second, with a 1-minute minimum". [P-pricing] */
export const EVENT_POLLER_MINIMUM_SECONDS = 60

/** Lambda bills memory in GB of 1,024 MB. [P-pricing] */
export const MB_PER_GB = 1024
