/**
 * What the checklist needs from outside React: the case store (IndexedDB, opened in the
 * extension's own page), the effective settings (asked of the background), today's date in
 * London, a way to tell the background that the store changed so it redraws the badge, and the
 * background's writing of a tick. Tests pass their own.
 */
import { openCaseDb, type CaseDb } from '@/lib/db';
import { todayInLondon } from '@/lib/dates';
import { changeFailureWords } from '@/lib/db/errors';
import { TickTaskReplySchema, parseMessage, type MessageOf } from '@/lib/messages';
import { parseTrackReply, type TrackStepReply } from '@/lib/steps/replies';
import { parseSettings, type Settings } from '@/lib/settings/schema';
import { downloadText } from '@/lib/download';

/** A tick saved, or not saved with the words to show. */
export type TickResult = { ok: true } | { ok: false; error: string };

export interface ChecklistServices {
  db: CaseDb;
  loadSettings(): Promise<Settings>;
  today(): string;
  /** Tells the background the store changed. */
  casesChanged(): Promise<void>;
  /**
   * Has the background tick a task done today, or untick it, and says whether it was saved. The
   * request leaves at once, so it is saved even if the checklist is closed straight after.
   */
  tick(caseId: string, taskId: string, done: boolean): Promise<TickResult>;
  /**
   * "Track" in Found in Mosaic: the background adds the case as a step's "Track this case" does
   * (`track-step-case`, with its checks), or finds the one already open.
   */
  track(input: Omit<MessageOf<'track-step-case'>, 'type'>): Promise<TrackStepReply>;
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

/** The background did not answer a tick (stopped, or a reply that does not parse). */
export const TICK_NO_ANSWER =
  'That change was not saved: Mosaic Companion did not answer. Try again. If it happens again, close and reopen the browser.';

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
    async tick(caseId, taskId, done) {
      let reply: unknown;
      try {
        reply = await browser.runtime.sendMessage({ type: 'tick-task', caseId, taskId, done });
      } catch {
        reply = undefined;
      }
      const parsed = TickTaskReplySchema.safeParse(reply);
      if (!parsed.success) return { ok: false, error: TICK_NO_ANSWER };
      return parsed.data.ok ? { ok: true } : { ok: false, error: changeFailureWords(parsed.data) };
    },
    async track({ personId, name, kind, allocated }) {
      let reply: unknown;
      try {
        reply = await browser.runtime.sendMessage({
          type: 'track-step-case',
          personId,
          name,
          kind,
          allocated,
        });
      } catch {
        reply = undefined;
      }
      return (
        parseTrackReply(reply) ?? { ok: false, errors: [{ field: '', message: TICK_NO_ANSWER }] }
      );
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
