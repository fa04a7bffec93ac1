/**
 * Virtual time 0 as a wall-clock instant, for log timestamps, stream names and records:
 * 2026-01-01T00:00:00.000Z. Fixed, so the same scenario and seed give byte-identical logs.
 */
export const VIRTUAL_EPOCH_MS = 1_767_225_600_000
