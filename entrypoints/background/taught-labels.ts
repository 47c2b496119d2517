/**
 * The labels workers taught by pointing (lib/settings/taught-labels.ts), kept in storage.local
 * `taughtLabels` and written here only. The sidebar asks for them with its settings and adds them
 * to the label overrides it reads with (entrypoints/sidebar.content/bridge.ts); a change is told
 * to every tab like any settings change (entrypoints/background/settings.ts listens to this key).
 */
import { storage } from 'wxt/utils/storage';
import { todayInLondon } from '@/lib/dates';
import {
  addTaughtLabel,
  parseTaughtLabels,
  removeTaughtLabel,
  type TaughtLabel,
} from '@/lib/settings/taught-labels';
import { handle } from './router';

export const TAUGHT_LABELS_KEY = 'taughtLabels';

const taughtLabelsItem = storage.defineItem<unknown>(`local:${TAUGHT_LABELS_KEY}`, {
  fallback: [],
});

/** The taught labels, each checked (a bad entry is dropped). */
export async function getTaughtLabels(): Promise<TaughtLabel[]> {
  return parseTaughtLabels(await taughtLabelsItem.getValue());
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
    await taughtLabelsItem.setValue(addTaughtLabel(await getTaughtLabels(), label));
    return { ok: true };
  });
  handle('forget-taught-label', async (msg) => {
    await taughtLabelsItem.setValue(
      removeTaughtLabel(await getTaughtLabels(), msg.field, msg.text),
    );
    return { ok: true };
  });
}
