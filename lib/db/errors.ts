/**
 * What went wrong in the case store, in plain English, for the checklist to show. The browser's
 * own errors ("QuotaExceededError", "Transaction aborted") say nothing a social worker can act on.
 * Every message says that nothing was changed: a failed IndexedDB transaction stores nothing.
 */

/** Shown while opening the store waits for another open copy of it to let go (IndexedDB `blocked`). */
export const STORE_BLOCKED =
  'Your cases cannot be opened yet: another Mosaic Companion page or window still has an older copy of them open. ' +
  'Close the other checklist tabs and settings pages, or close and reopen the browser. Your cases are safe, ' +
  'and the checklist opens by itself once the other copy is closed.';

export const STORE_FULL =
  'The browser’s storage on this computer is full, so this was not saved. Nothing was changed and your other cases ' +
  'are safe. Free some space on the computer (or ask your IT service desk), then try again.';

export const STORE_UNAVAILABLE =
  'The browser’s storage could not be opened, so this was not saved. Nothing was changed. Close and reopen the ' +
  'browser, then try again.';

/** The names of an error and of the errors it wraps (Dexie keeps the browser's error as `inner`). */
function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return names;
}

/**
 * What went wrong in the case store, without the words: a refusal of the store's own (the case is
 * gone, no such task; `message` says which), storage full, storage unavailable, or something else
 * (`message` is the browser's). The background sends this to the checklist, which words it.
 */
export interface StoreFailure {
  kind: 'refused' | 'full' | 'unavailable' | 'other';
  message: string;
}

export function storeFailure(error: unknown): StoreFailure {
  const names = namesOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (names.includes('QuotaExceededError')) return { kind: 'full', message };
  if (names[0] === 'CaseStoreError' && error instanceof Error) return { kind: 'refused', message };
  if (
    names.some((n) =>
      ['DatabaseClosedError', 'OpenFailedError', 'MissingAPIError', 'InvalidStateError'].includes(
        n,
      ),
    )
  ) {
    return { kind: 'unavailable', message };
  }
  return { kind: 'other', message };
}

/** A plain-English sentence (or two) for a failure of the case store. */
export function storeFailureWords({ kind, message }: StoreFailure): string {
  if (kind === 'full') return STORE_FULL;
  if (kind === 'refused') return message;
  if (kind === 'unavailable') return STORE_UNAVAILABLE;
  return `The browser could not save this (${message}). Nothing was changed. Try again.`;
}

/** A plain-English sentence (or two) for an error from the case store. */
export function storeErrorMessage(error: unknown): string {
  return storeFailureWords(storeFailure(error));
}

/** What the checklist shows when a change was not saved: a refusal after "That change was not saved:". */
export function changeFailureWords(failure: StoreFailure): string {
  const words = storeFailureWords(failure);
  return failure.kind === 'refused' ? `That change was not saved: ${words}` : words;
}

export function changeErrorMessage(error: unknown): string {
  return changeFailureWords(storeFailure(error));
}
