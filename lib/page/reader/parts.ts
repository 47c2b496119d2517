/**
 * Work taken in parts: a generator whose every `yield` is a pause in which whoever runs it may let
 * the page run (the sidebar's checker: entrypoints/sidebar/checker.ts), and which returns the
 * work's result.
 */

/** Runs work in parts without pausing. */
export function toEnd<T>(parts: Generator<void, T>): T {
  for (;;) {
    const part = parts.next();
    if (part.done) return part.value;
  }
}
