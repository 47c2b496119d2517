/**
 * The sidebar's messages to and from the background. Everything sent is a Message of
 * lib/messages.ts; everything received is checked to come from this extension and to parse
 * (lib/sidebar-messages.ts for messages, lib/settings/received.ts for the settings the background
 * has already checked: both with zod/mini, so that this script does not carry the full zod API).
 */
import type { Message, MessageOf } from '@/lib/messages';
import { receivedSettingsInParts } from '@/lib/settings/received';
import type { Settings } from '@/lib/settings/schema';
import { parseSidebarMessage, type SidebarMessage } from '@/lib/sidebar-messages';
import { parseTaughtLabels } from '@/lib/settings/taught-labels';
import { withTaughtLabels } from '@/lib/settings/taught-overrides';
import { nextTask, Slices } from './next-task';

export async function send(msg: Message): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(msg);
  } catch {
    return null;
  }
}

/**
 * The effective settings, with the labels workers taught by pointing added to the label overrides
 * (docs/label-overrides.md).
 */
export async function fetchSettings(): Promise<Settings> {
  const [received, stored] = await Promise.all([
    send({ type: 'get-settings' }),
    send({ type: 'get-taught-labels' }),
  ]);
  // The settings checked a key at a time, in short tasks, and the taught labels in a task of its
  // own: on a slow laptop, checked together they are a long task with whatever else runs with them.
  await nextTask();
  const settings = await new Slices().all(receivedSettingsInParts(received));
  await nextTask();
  const taught = parseTaughtLabels(stored);
  if (taught.length === 0) return settings;
  return { ...settings, labelOverrides: withTaughtLabels(settings.labelOverrides, taught) };
}

export async function hasWaitingReview(personId: string): Promise<boolean> {
  if (!/^\d{1,12}$/.test(personId)) return false;
  const reply = (await send({ type: 'has-waiting-review', personId })) as
    { waiting?: unknown } | boolean | null;
  return reply === true || (typeof reply === 'object' && reply !== null && reply.waiting === true);
}

export interface TrackReply {
  ok: boolean;
  errors: string[];
}

function errorTexts(e: unknown): string[] {
  if (Array.isArray(e))
    return e
      .map((x) => (typeof x === 'string' ? x : ((x as { message?: string })?.message ?? '')))
      .filter(Boolean);
  if (e && typeof e === 'object') return Object.values(e).flatMap(errorTexts);
  if (typeof e === 'string') return [e];
  return [];
}

export async function trackCase(msg: Omit<MessageOf<'track-case'>, 'type'>): Promise<TrackReply> {
  const reply = (await send({ type: 'track-case', ...msg })) as {
    ok?: boolean;
    errors?: unknown;
    error?: unknown;
  } | null;
  if (reply?.ok) return { ok: true, errors: [] };
  const errors = errorTexts(reply?.errors ?? reply?.error);
  return {
    ok: false,
    errors: errors.length ? errors : ['The checklist could not be reached. Try again.'],
  };
}

export function recordReview(msg: Omit<MessageOf<'record-review'>, 'type'>): void {
  void send({ type: 'record-review', ...msg });
}

/** Messages from the background to this page (the shortcut, settings changed). */
export function onBackgroundMessage(handler: (msg: SidebarMessage) => void): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return;
    const msg = parseSidebarMessage(raw);
    if (msg) handler(msg);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
