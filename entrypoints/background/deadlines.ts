/**
 * Casework deadlines in the background: the toolbar badge, its alarms, the daily reminder and the
 * messages that read or write cases for the sidebar. Every listener is registered synchronously
 * when `registerDeadlines()` runs at the top level of the worker's start, and the badge is
 * refreshed there too, so a worker woken by any event shows the right count.
 *
 * The badge counts come from the case store's index (countBadge), never from the page.
 */
import { addCalendarDays, createCalendar, isoWeekday } from '@/lib/calendar';
import { badgeFor } from '@/lib/deadlines';
import { openCaseDb, type CaseDb } from '@/lib/db';
import {
  addCase,
  countBadge,
  purgeClosed,
  recomputeAll,
  tickTask,
  type StoreContext,
} from '@/lib/db/cases';
import { hasWaitingReview, recordReview } from '@/lib/db/reviews';
import { storeFailure } from '@/lib/db/errors';
import { FOUND_DAYS, purgeSightings } from '@/lib/db/sightings';
import type { MessageOf, TickTaskReply } from '@/lib/messages';
import { londonTimeOn, nextLondonMidnight, todayInLondon } from '@/lib/dates';
import type { Settings } from '@/lib/settings/schema';
import { handle } from './router';
import { tellTabs } from './tell-tabs';
import { getEffectiveSettings, onSettingsChanged } from './settings';

export const ALARM_REFRESH = 'mc-deadlines-refresh';
export const ALARM_MIDNIGHT = 'mc-deadlines-midnight';
export const ALARM_REMINDER = 'mc-deadlines-reminder';
export const ALARM_PURGE = 'mc-deadlines-purge';
export const REMINDER_NOTIFICATION = 'mc-deadlines-reminder';
/** storage.local key: the date (yyyy-mm-dd) the reminder was last shown, so it shows once a day. */
export const LAST_REMINDER_KEY = 'deadlines.lastReminderOn';

/** A plain 16 × 16 dark-blue square: the notification icon when the manifest declares none. */
const FALLBACK_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGElEQVR42mNkYGD4z0ABYBzVMKphVAMEAAAx9AH/2rQm5gAAAABJRU5ErkJggg==';

// ---------------------------------------------------------------------------------------------
// Time: the reminder on the London clock (lib/dates.ts has the London dates and times).

/** The next instant strictly after `now` at which the clock in London shows `hhmm`. */
export function nextReminderTime(hhmm: string, now: number = Date.now()): number {
  let date = todayInLondon(new Date(now));
  for (let i = 0; i < 3; i++) {
    const at = londonTimeOn(date, hhmm);
    if (at > now) return at;
    date = addCalendarDays(date, 1);
  }
  return londonTimeOn(date, hhmm);
}

// ---------------------------------------------------------------------------------------------
// Settings and the store.

let settingsOverride: (() => Promise<Settings>) | null = null;

/** The effective settings (policy over the user's choices over the defaults). */
export async function loadSettings(): Promise<Settings> {
  return settingsOverride ? settingsOverride() : getEffectiveSettings();
}

/** Lets a test supply the effective settings. */
export function setSettingsSource(source: (() => Promise<Settings>) | null): void {
  settingsOverride = source;
}

let dbInstance: CaseDb | null = null;
export function db(): CaseDb {
  dbInstance ??= openCaseDb();
  return dbInstance;
}

/** For tests: forget the open database (a fresh fake IndexedDB is used next). */
export function resetDeadlinesForTests(): void {
  const open = dbInstance as unknown as { close?: () => void } | null;
  open?.close?.();
  dbInstance = null;
  settingsOverride = null;
}

export async function storeContext(settings?: Settings): Promise<StoreContext> {
  const s = settings ?? (await loadSettings());
  return {
    today: todayInLondon(),
    cal: createCalendar(s.closureDays),
    initialsOnly: s.initialsOnly,
  };
}

// ---------------------------------------------------------------------------------------------
// Badge, alarms, reminder.

/** Sets the badge text, colour and tooltip from the store, per deadlines.md. */
export async function refreshBadge(): Promise<{ overdue: number; dueToday: number }> {
  const counts = await countBadge(db(), todayInLondon());
  const badge = badgeFor(counts);
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setTitle({ title: badge.title }),
  ]);
  return counts;
}

/**
 * Puts the alarms in place. `rearm`: set the timed ones afresh (install, start-up, settings
 * changed); otherwise only create those that are missing (a woken worker: Chrome may drop alarms
 * on restart, and re-creating a periodic alarm on every wake would keep postponing it).
 */
export async function armAlarms(settings?: Settings, rearm = true): Promise<void> {
  const s = settings ?? (await loadSettings());
  const existing = new Set((await browser.alarms.getAll()).map((a) => a.name));
  if (!existing.has(ALARM_REFRESH))
    await browser.alarms.create(ALARM_REFRESH, { periodInMinutes: 1 });
  if (rearm || !existing.has(ALARM_MIDNIGHT))
    await browser.alarms.create(ALARM_MIDNIGHT, { when: nextLondonMidnight() });
  if (!s.reminderEnabled) await browser.alarms.clear(ALARM_REMINDER);
  else if (rearm || !existing.has(ALARM_REMINDER))
    await browser.alarms.create(ALARM_REMINDER, { when: nextReminderTime(s.reminderTime) });
  if (!existing.has(ALARM_PURGE))
    await browser.alarms.create(ALARM_PURGE, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
}

/** The reminder's words: counts only (a notification can show on a locked screen). */
export function reminderMessage(counts: { overdue: number; dueToday: number }): string {
  const parts: string[] = [];
  if (counts.overdue > 0)
    parts.push(`${counts.overdue} ${counts.overdue === 1 ? 'case' : 'cases'} overdue`);
  if (counts.dueToday > 0)
    parts.push(`${counts.dueToday} ${counts.dueToday === 1 ? 'case' : 'cases'} due today`);
  return `${parts.join(' · ')}. Open the checklist to see them.`;
}

/**
 * Shows the daily reminder if today is a working day the council allows reminders on, it has not
 * been shown today, and something is overdue or due today. Returns whether it was shown.
 */
export async function remind(settings?: Settings): Promise<boolean> {
  const s = settings ?? (await loadSettings());
  if (!s.reminderEnabled) return false;
  const today = todayInLondon();
  const cal = createCalendar(s.closureDays);
  if (!cal.isWorkingDay(today) || !s.reminderDays.includes(isoWeekday(today))) return false;
  const last = (await browser.storage.local.get(LAST_REMINDER_KEY))[LAST_REMINDER_KEY];
  if (last === today) return false;
  const counts = await countBadge(db(), today);
  if (counts.overdue === 0 && counts.dueToday === 0) {
    await browser.storage.local.set({ [LAST_REMINDER_KEY]: today });
    return false;
  }
  const icon = browser.runtime.getManifest().icons?.['128'];
  await browser.notifications.create(REMINDER_NOTIFICATION, {
    type: 'basic',
    iconUrl: icon ? browser.runtime.getURL(`/${icon.replace(/^\//, '')}` as '/') : FALLBACK_ICON,
    title: 'Mosaic Companion: deadlines',
    message: reminderMessage(counts),
  });
  await browser.storage.local.set({ [LAST_REMINDER_KEY]: today });
  return true;
}

/** After start-up: if today's reminder time has passed and it was not shown, show it now. */
async function catchUpReminder(settings: Settings): Promise<void> {
  const today = todayInLondon();
  if (Date.now() >= londonTimeOn(today, settings.reminderTime)) await remind(settings);
}

/** Closed cases after the retention setting; steps seen after FOUND_DAYS (or that, if fewer). */
export async function purge(settings?: Settings): Promise<number> {
  const s = settings ?? (await loadSettings());
  const today = todayInLondon();
  await purgeSightings(db(), Math.min(FOUND_DAYS, s.retentionDays), today);
  return purgeClosed(db(), s.retentionDays, today);
}

/** Opens the checklist in a tab. */
async function openChecklist(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
}

/**
 * Tells open checklists and the sidebars' case panels that the cases changed (none open: nobody to
 * tell).
 */
export function tellCasesChanged(): void {
  browser.runtime.sendMessage({ type: 'cases-changed' }).catch(() => undefined);
  void tellTabs({ type: 'cases-changed' }).catch(() => undefined);
}

/** Logs and swallows: a failed refresh must never stop the other listeners. */
function quietly(work: () => Promise<unknown>): Promise<void> {
  return work().then(
    () => undefined,
    (error: unknown) => console.error('Mosaic Companion deadlines:', error),
  );
}

/** Install and browser start-up: alarms set, badge right, old closed cases gone. */
async function startUp(catchUp: boolean): Promise<void> {
  const settings = await loadSettings();
  await armAlarms(settings);
  await refreshBadge();
  if ((await purge(settings)) > 0) await refreshBadge();
  if (catchUp) await catchUpReminder(settings);
}

/** The worker woken by any event: badge right, missing alarms back. */
async function wake(): Promise<void> {
  await refreshBadge();
  await armAlarms(await loadSettings(), false);
}

/**
 * A checklist's tick (or untick), written here in one transaction, so that it is saved even when the
 * checklist is closed straight after the click. Then the badge and the other checklists are told.
 * A failure (the case gone, storage full) changes nothing; the checklist words it.
 */
async function tickFromChecklist(msg: MessageOf<'tick-task'>): Promise<TickTaskReply> {
  try {
    const ctx = await storeContext();
    await tickTask(db(), msg.caseId, msg.taskId, msg.done ? ctx.today : null, ctx);
  } catch (error) {
    return { ok: false, ...storeFailure(error) };
  }
  tellCasesChanged();
  await quietly(refreshBadge);
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------

let started: Promise<void> = Promise.resolve();
/** The work started when the worker woke, for tests to await. */
export function whenStarted(): Promise<void> {
  return started;
}

export function registerDeadlines(): void {
  browser.runtime.onInstalled.addListener(() => quietly(() => startUp(false)));
  browser.runtime.onStartup.addListener(() => quietly(() => startUp(true)));

  browser.alarms.onAlarm.addListener((alarm) =>
    quietly(async () => {
      switch (alarm.name) {
        case ALARM_REFRESH:
          await refreshBadge();
          break;
        case ALARM_MIDNIGHT:
          await browser.alarms.create(ALARM_MIDNIGHT, { when: nextLondonMidnight() });
          await refreshBadge();
          break;
        case ALARM_REMINDER: {
          const settings = await loadSettings();
          if (settings.reminderEnabled)
            await browser.alarms.create(ALARM_REMINDER, {
              when: nextReminderTime(settings.reminderTime),
            });
          await remind(settings);
          break;
        }
        case ALARM_PURGE:
          if ((await purge()) > 0) await refreshBadge();
          break;
      }
    }),
  );

  browser.notifications.onClicked.addListener((id) =>
    quietly(async () => {
      if (id !== REMINDER_NOTIFICATION) return;
      await browser.notifications.clear(id);
      await openChecklist();
    }),
  );

  // Settings changed (closure days move due dates; the reminder time moves its alarm).
  onSettingsChanged(() =>
    quietly(async () => {
      const settings = await loadSettings();
      await recomputeAll(db(), await storeContext(settings));
      await armAlarms(settings);
      await refreshBadge();
    }),
  );

  handle('has-waiting-review', async (msg) => ({
    waiting: await hasWaitingReview(db(), msg.personId),
  }));

  handle('track-case', async (msg) => {
    const result = await addCase(
      db(),
      { personId: msg.personId, name: msg.name, kind: msg.kind, allocated: msg.allocated },
      await storeContext(),
    );
    if (result.ok) tellCasesChanged();
    await refreshBadge();
    return result.ok
      ? { ok: true, caseId: result.record.id }
      : { ok: false, errors: result.errors };
  });

  handle('record-review', async (msg) => {
    const { created, record } = await recordReview(
      db(),
      {
        personId: msg.personId,
        name: msg.name,
        scheduledDate: msg.scheduledDate,
        finishedOn: msg.finishedOn,
      },
      await storeContext(),
    );
    tellCasesChanged();
    await refreshBadge();
    return { created, caseId: record.id, reviewDate: record.reviewDate };
  });

  handle('tick-task', tickFromChecklist);

  // The checklist wrote to the case store: the badge, and the sidebars' case panels.
  handle('cases-changed', async () => {
    void tellTabs({ type: 'cases-changed' }).catch(() => undefined);
    await refreshBadge();
    return { ok: true };
  });

  // The worker has just started (or been woken): the badge and alarms must be right now.
  started = quietly(wake);
}
