/**
 * The options page's side of the taught labels (docs/label-overrides.md): the list the background
 * keeps, checked before use, and forgetting one. The background tells every page when it changes
 * (`settings-changed`).
 */
import { parseTaughtLabels, type TaughtLabel } from '@/lib/settings/taught-labels';

export async function loadTaughtLabels(): Promise<TaughtLabel[]> {
  try {
    return parseTaughtLabels(await browser.runtime.sendMessage({ type: 'get-taught-labels' }));
  } catch {
    return [];
  }
}

export async function removeTaughtLabel(label: TaughtLabel): Promise<boolean> {
  try {
    const reply = (await browser.runtime.sendMessage({
      type: 'forget-taught-label',
      field: label.field,
      text: label.text,
    })) as { ok?: unknown } | null;
    return reply?.ok === true;
  } catch {
    return false;
  }
}
