/** Exit codes, documented in docs/cli.md. */
export const EXIT = {
  /** Done; some inputs may have been skipped with a message. */
  ok: 0,
  /** Nothing could be done: every input failed, or the id named was not found. */
  failed: 1,
  /** The command line was wrong. */
  usage: 2,
  /** The store could not be opened or written. */
  store: 3,
} as const;
