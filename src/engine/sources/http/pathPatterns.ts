/**
 * Listener rule path conditions (elbv2 `RuleCondition` [API_elbv2]): case-sensitive, up to 128
 * characters of A–Z a–z 0–9 _ - . $ / ~ " ' @ : + & and the wildcards `*` (any run of characters)
 * and `?` (exactly one), matched against the whole path, never the query string.
 */
export const PATH_PATTERN_MAX_LENGTH = 128
/** "Wildcards per rule: 5", a limit that cannot be increased. [G-elb-limits] */
export const PATH_PATTERN_MAX_WILDCARDS = 5
export const PATH_PATTERN_CHARACTERS = /^[A-Za-z0-9_\-.$/~"'@:+&*?]+$/

export function compilePathPattern(pattern: string): RegExp {
  let source = '^'
  for (const char of pattern) {
    if (char === '*') source += '.*'
    else if (char === '?') source += '.'
    else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  }
  return new RegExp(source + '$')
}
