/**
 * The labels workers taught by pointing (lib/settings/taught-labels.ts), kept in storage.local
 * `taughtLabels` and written here only. The sidebar asks for them with its settings and adds them
 * to the label overrides it reads with (entrypoints/sidebar/bridge.ts); a change is told
 * to every tab like any settings change (entrypoints/background/settings.ts listens to this key).
 */
import { todayInLondon } from '@/lib/dates';
import {
  addTaughtLabel,
  parseTaughtLabels,
  removeTaughtLabel,
  type TaughtLabel,
} from '@/lib/settings/taught-labels';
import { handle } from './router';

export const TAUGHT_LABELS_KEY = 'taughtLabels';

/** The taught labels, each checked (a bad entry is dropped). */
export async function getTaughtLabels(): Promise<TaughtLabel[]> {
  return parseTaughtLabels((await browser.storage.local.get(TAUGHT_LABELS_KEY))[TAUGHT_LABELS_KEY]);
}

async function storeTaughtLabels(labels: TaughtLabel[]): Promise<void> {
  await browser.storage.local.set({ [TAUGHT_LABELS_KEY]: labels });
}

export function registerTaughtLabels(): void {
  handle('get-taught-labels', async () => getTaughtLabels());
  handle('teach-label', async (msg) => {
    const label = {
      field: msg.field,
      text: msg.text,
      pageKind: msg.pageKind,
      date: todayInLondon(),
    };
    await storeTaughtLabels(addTaughtLabel(await getTaughtLabels(), label));
    return { ok: true };
  });
  handle('forget-taught-label', async (msg) => {
    await storeTaughtLabels(removeTaughtLabel(await getTaughtLabels(), msg.field, msg.text));
    return { ok: true };
  });
}
