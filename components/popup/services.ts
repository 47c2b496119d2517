/**
 * What the checklist needs from outside React: the case store (IndexedDB, opened in the
 * extension's own page), the effective settings (asked of the background), today's date in
 * London, and a way to tell the background that the store changed so it redraws the badge.
 * Tests pass their own.
 */
import { openCaseDb, type CaseDb } from '@/lib/db';
import { todayInLondon } from '@/lib/dates';
import { parseMessage } from '@/lib/messages';
import { parseSettings, type Settings } from '@/lib/settings/schema';
import { downloadText } from '@/components/shared/download';

export interface ChecklistServices {
  db: CaseDb;
  loadSettings(): Promise<Settings>;
  today(): string;
  /** Tells the background the store changed. */
  casesChanged(): Promise<void>;
  /** The checklist's own address opened in a tab, or null when already in one. */
  tabAddress: string | null;
  /** Saves a file the worker asked for (a blob URL on an <a download>: no network request). */
  download(fileName: string, mimeType: string, text: string): void;
  /**
   * Calls back when the settings or the cases were changed elsewhere (the options page, the
   * sidebar, another checklist tab). Returns the unsubscribe function.
   */
  subscribe?(onChange: (what: 'settings' | 'cases') => void): () => void;
}


/** Opened in a tab (not the toolbar popup)? */
async function openedInTab(): Promise<boolean> {
  if (new URLSearchParams(location.search).get('view') === 'tab') return true;
  try {
    return (await browser.tabs.getCurrent()) !== undefined;
  } catch {
    return false;
  }
}

export async function browserServices(): Promise<ChecklistServices> {
  const inTab = await openedInTab();
  return {
    db: openCaseDb(),
    async loadSettings() {
      try {
        return parseSettings(await browser.runtime.sendMessage({ type: 'get-settings' }));
      } catch {
        return parseSettings({});
      }
    },
    today: () => todayInLondon(),
    async casesChanged() {
      try {
        await browser.runtime.sendMessage({ type: 'cases-changed' });
      } catch {
        /* the background refreshes the badge within a minute anyway */
      }
    },
    tabAddress: inTab ? null : browser.runtime.getURL('/popup.html') + '?view=tab',
    download: downloadText,
    subscribe(onChange) {
      const listener = (raw: unknown) => {
        const msg = parseMessage(raw);
        if (msg?.type === 'settings-changed') onChange('settings');
        if (msg?.type === 'cases-changed') onChange('cases');
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  };
}
