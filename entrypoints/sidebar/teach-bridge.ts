/**
 * The sidebar's messages about taught labels (docs/label-overrides.md): keep one, or forget it
 * (Undo). The background checks them (lib/messages.ts), dates them and tells every tab.
 */
import type { MessageOf } from '@/lib/messages';

async function send(msg: MessageOf<'teach-label'> | MessageOf<'forget-taught-label'>) {
  try {
    const reply = (await browser.runtime.sendMessage(msg)) as { ok?: unknown } | null;
    return reply?.ok === true;
  } catch {
    return false;
  }
}

/** Keeps `text` as a label of `field`; false when the background could not be reached. */
export function teachLabel(msg: Omit<MessageOf<'teach-label'>, 'type'>): Promise<boolean> {
  return send({ type: 'teach-label', ...msg });
}

export function forgetTaughtLabel(field: string, text: string): Promise<boolean> {
  return send({ type: 'forget-taught-label', field, text });
}
