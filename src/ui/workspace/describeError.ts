/** What went wrong, in words, whatever was thrown (storage and clipboard errors are DOMExceptions). */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
