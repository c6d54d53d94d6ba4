/**
 * A mistake the user can fix (bad arguments, unreadable input). main() prints its message as one
 * `upstream: …` line and exits 2, never with a stack trace: the trace would only point at our
 * code, while the problem is in the command line or the file.
 */
export class UserError extends Error {
  override readonly name = 'UserError'
}

/** Exit codes, in one place so usage text, main() and tests agree. */
export const EXIT_OK = 0
export const EXIT_INTERNAL = 1
export const EXIT_USAGE = 2
