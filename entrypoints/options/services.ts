/**
 * What the options page needs from the browser, in one place: the settings state from the
 * background, saving, host permissions for the Mosaic addresses, and the label preview on a
 * Mosaic tab. Replies are checked before use.
 */
import { z } from 'zod';
import { PreviewLabelsReplySchema, type PreviewLabelsReply } from '@/lib/messages';
import { addressPatterns } from '@/lib/settings/address';
import {
  parseSettings,
  SETTINGS_KEYS,
  type Settings,
  type SettingsKey,
} from '@/lib/settings/schema';
import type { EffectiveSettings } from '@/lib/settings/merge';

const StateReply = z.object({
  settings: z.record(z.string(), z.unknown()),
  locked: z.array(z.string()),
  problems: z.array(z.object({ layer: z.string(), key: z.string(), message: z.string() })),
});

export async function loadSettingsState(): Promise<EffectiveSettings> {
  const raw = await browser.runtime.sendMessage({ type: 'get-settings-state' });
  const r = StateReply.safeParse(raw);
  if (!r.success)
    throw new Error('The settings could not be read. Close this page and open it again.');
  return {
    settings: parseSettings(r.data.settings),
    locked: r.data.locked.filter((k): k is SettingsKey => (SETTINGS_KEYS as string[]).includes(k)),
    problems: r.data.problems.map((p) => ({
      layer: p.layer === 'policy' ? 'policy' : 'user',
      key: p.key,
      message: p.message,
    })),
  };
}

const SaveReply = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), problems: z.array(z.string()) }),
]);

export async function saveSettings(
  settings: Settings,
): Promise<{ ok: true } | { ok: false; problems: string[] }> {
  const raw = await browser.runtime.sendMessage({ type: 'save-settings', settings });
  const r = SaveReply.safeParse(raw);
  if (!r.success) return { ok: false, problems: ['The settings could not be saved. Try again.'] };
  return r.data;
}

/** Which of these addresses' match patterns the extension holds host permission for. */
export async function permissionStatus(
  addresses: readonly string[],
): Promise<Record<string, boolean>> {
  const out: Record<string, boolean> = {};
  for (const p of addressPatterns(addresses)) {
    out[p] = await browser.permissions.contains({ origins: [p] }).catch(() => false);
  }
  return out;
}

/**
 * Asks for host permission for these patterns. Must be called straight from a click or submit
 * handler (before any await), since the browser only asks during a user action.
 */
export function requestHostPermission(patterns: string[]): Promise<boolean> {
  if (patterns.length === 0) return Promise.resolve(true);
  return browser.permissions.request({ origins: patterns }).catch(() => false);
}

export function onPermissionsChanged(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}

export function onSettingsChanged(listener: () => void): () => void {
  const handler = (msg: unknown) => {
    if (msg && typeof msg === 'object' && (msg as { type?: unknown }).type === 'settings-changed')
      listener();
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

export type PreviewResult =
  { ok: true; reply: PreviewLabelsReply; tabTitle: string } | { ok: false; message: string };

const NO_SIDEBAR =
  'No Mosaic page with the Mosaic Companion sidebar is open. Open a Carers Conversation or Carers Review in Mosaic, wait for the sidebar, then press "Test on this page" again.';

/**
 * Asks the sidebar on the most recently used Mosaic tab which fields these label overrides would
 * find. Nothing on the page changes.
 */
export async function previewLabels(
  addresses: readonly string[],
  labelOverrides: Record<string, string[]>,
): Promise<PreviewResult> {
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[] };
  const patterns = [...addressPatterns(addresses), ...(manifest.host_permissions ?? [])];
  if (patterns.length === 0)
    return { ok: false, message: 'Set the Mosaic address first, then open a Mosaic page.' };
  let tabs: Browser.tabs.Tab[];
  try {
    tabs = await browser.tabs.query({ url: patterns });
  } catch {
    tabs = [];
  }
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    try {
      const raw = await browser.tabs.sendMessage(tab.id, {
        type: 'preview-labels',
        labelOverrides,
      });
      const r = PreviewLabelsReplySchema.safeParse(raw);
      if (r.success) return { ok: true, reply: r.data, tabTitle: tab.title ?? 'the Mosaic page' };
    } catch {
      // no sidebar in this tab: try the next one
    }
  }
  return { ok: false, message: NO_SIDEBAR };
}
