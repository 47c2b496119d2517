import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createCalendar } from '@/lib/calendar';
import { DEFAULT_DB_NAME, openCaseDb, type CaseDb } from '@/lib/db';
import { addCase, listCases, tickTask, type StoreContext } from '@/lib/db/cases';
import { todayInLondon } from '@/lib/dates';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { listen } from '@/entrypoints/background/router';
import { registerSettings } from '@/entrypoints/background/settings';
import {
  ALARM_MIDNIGHT,
  ALARM_PURGE,
  ALARM_REFRESH,
  ALARM_REMINDER,
  REMINDER_NOTIFICATION,
  nextReminderTime,
  registerDeadlines,
  reminderMessage,
  resetDeadlinesForTests,
  setSettingsSource,
  whenStarted,
} from '@/entrypoints/background/deadlines';
import { registerCasePanel } from '@/entrypoints/background/steps';

const RED = [0xb3, 0x26, 0x1e, 255];
const AMBER = [0xa3, 0x52, 0x00, 255];
const cal = createCalendar();

let db: CaseDb;
let settings: Settings;

/** Sets the clock to a London wall-clock time (ISO with its offset). */
function at(instant: string) {
  vi.setSystemTime(new Date(instant));
}

function ctx(): StoreContext {
  return { today: todayInLondon(), cal, initialsOnly: false };
}

async function badge() {
  return {
    text: await fakeBrowser.action.getBadgeText({}),
    color: await fakeBrowser.action.getBadgeBackgroundColor({}),
    title: await fakeBrowser.action.getTitle({}),
  };
}

function send(message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const trigger = fakeBrowser.runtime.onMessage.trigger as (
      ...args: unknown[]
    ) => Promise<unknown>;
    void trigger(message, { id: fakeBrowser.runtime.id }, resolve);
  });
}

async function addReablement(personId: string, name: string, allocated: string) {
  const r = await addCase(db, { personId, name, kind: 'reablement', allocated }, ctx());
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.record;
}

function install() {
  return fakeBrowser.runtime.onInstalled.trigger({
    reason: 'install',
    temporary: false,
  } as unknown as Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0]);
}

async function start() {
  listen();
  registerDeadlines();
  await whenStarted();
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  fakeBrowser.reset();
  fakeBrowser.tabs.sendMessage = (async () =>
    undefined) as unknown as typeof fakeBrowser.tabs.sendMessage;
  fakeBrowser.runtime.getManifest = () => ({
    manifest_version: 3,
    name: 'Mosaic Companion',
    version: '0.1.0',
  });
  settings = { ...DEFAULT_SETTINGS };
  setSettingsSource(async () => settings);
  db = openCaseDb();
});

afterEach(async () => {
  db.close();
  resetDeadlinesForTests();
  await Dexie.delete(DEFAULT_DB_NAME);
  vi.useRealTimers();
});

describe('London times', () => {
  it('finds the next reminder time on the London clock', () => {
    expect(
      new Date(nextReminderTime('09:00', Date.parse('2026-06-01T07:00:00Z'))).toISOString(),
    ).toBe('2026-06-01T08:00:00.000Z');
    expect(
      new Date(nextReminderTime('09:00', Date.parse('2026-06-01T08:00:00Z'))).toISOString(),
    ).toBe('2026-06-02T08:00:00.000Z');
    expect(
      new Date(nextReminderTime('09:00', Date.parse('2026-12-01T08:30:00Z'))).toISOString(),
    ).toBe('2026-12-01T09:00:00.000Z');
    expect(
      new Date(nextReminderTime('17:45', Date.parse('2026-03-28T18:00:00Z'))).toISOString(),
    ).toBe('2026-03-29T16:45:00.000Z');
  });
});

describe('badge', () => {
  it('is red with the number of overdue cases after install, with the tooltip in words', async () => {
    at('2026-11-23T10:00:00Z'); // Monday
    await addReablement('1001', 'Ann Example', '2026-11-09'); // due 11 Nov: overdue
    await addReablement('1002', 'Bob Example', '2026-11-10'); // due 12 Nov: overdue
    await addReablement('1003', 'Cy Example', '2026-11-19'); // due Mon 23 Nov: today
    await start();
    await install();
    expect(await badge()).toEqual({
      text: '2',
      color: RED,
      title: '2 cases overdue · 1 due today',
    });
  });

  it('is amber when nothing is overdue but something is due today, and empty when neither', async () => {
    at('2026-11-23T10:00:00Z');
    await start();
    expect((await badge()).text).toBe('');
    expect((await badge()).title).toBe('Nothing overdue or due today');
    await addReablement('1003', 'Cy Example', '2026-11-19');
    await send({ type: 'cases-changed' });
    expect(await badge()).toEqual({ text: '1', color: AMBER, title: '1 case due today' });
  });

  it('is right when the worker wakes, without any event', async () => {
    at('2026-11-23T10:00:00Z');
    await addReablement('1001', 'Ann Example', '2026-11-09');
    await start();
    expect((await badge()).text).toBe('1');
  });

  it('turns red at midnight when a task due today becomes overdue, and re-arms the midnight alarm', async () => {
    at('2026-11-23T10:00:00Z');
    await addReablement('1003', 'Cy Example', '2026-11-19'); // due Mon 23 Nov
    await start();
    await install();
    expect(await badge()).toMatchObject({ text: '1', color: AMBER });
    const midnight = await fakeBrowser.alarms.get(ALARM_MIDNIGHT);
    expect(new Date(midnight!.scheduledTime).toISOString()).toBe('2026-11-24T00:00:00.000Z');

    at('2026-11-24T00:00:05Z');
    await fakeBrowser.alarms.onAlarm.trigger({
      name: ALARM_MIDNIGHT,
      scheduledTime: midnight!.scheduledTime,
    });
    expect(await badge()).toEqual({ text: '1', color: RED, title: '1 case overdue' });
    const again = await fakeBrowser.alarms.get(ALARM_MIDNIGHT);
    expect(new Date(again!.scheduledTime).toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('drops when the checklist ticks the overdue tasks and says so', async () => {
    at('2026-11-23T10:00:00Z');
    const record = await addReablement('1001', 'Ann Example', '2026-11-09');
    await start();
    expect((await badge()).text).toBe('1');
    await tickTask(db, record.id, 'initial-contact', '2026-11-23', ctx());
    await send({ type: 'cases-changed' });
    expect((await badge()).text).toBe('1'); // check-front-page is still overdue
    await tickTask(db, record.id, 'check-front-page', '2026-11-23', ctx());
    expect(await send({ type: 'cases-changed' })).toEqual({ ok: true });
    expect((await badge()).text).toBe('');
  });

  it('is refreshed by the periodic alarm too', async () => {
    at('2026-11-23T10:00:00Z');
    await start();
    await addReablement('1001', 'Ann Example', '2026-11-09');
    expect((await badge()).text).toBe('');
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_REFRESH, scheduledTime: Date.now() });
    expect((await badge()).text).toBe('1');
  });
});

describe('alarms', () => {
  it('sets the refresh, midnight, reminder and purge alarms on install', async () => {
    at('2026-06-01T10:00:00Z'); // Monday 11:00 BST
    await start();
    await install();
    expect((await fakeBrowser.alarms.get(ALARM_REFRESH))?.periodInMinutes).toBe(1);
    expect(
      new Date((await fakeBrowser.alarms.get(ALARM_MIDNIGHT))!.scheduledTime).toISOString(),
    ).toBe('2026-06-01T23:00:00.000Z');
    expect(
      new Date((await fakeBrowser.alarms.get(ALARM_REMINDER))!.scheduledTime).toISOString(),
    ).toBe('2026-06-02T08:00:00.000Z');
    expect((await fakeBrowser.alarms.get(ALARM_PURGE))?.periodInMinutes).toBe(24 * 60);
  });

  it('moves the reminder when the reminder time setting changes, and drops it when reminders are off', async () => {
    at('2026-06-01T10:00:00Z');
    setSettingsSource(null); // the settings module's own store
    registerSettings();
    await start();
    const reminderAt = async () => {
      const alarm = await fakeBrowser.alarms.get(ALARM_REMINDER);
      return alarm ? new Date(alarm.scheduledTime).toISOString() : 'none';
    };
    expect(await reminderAt()).toBe('2026-06-02T08:00:00.000Z');
    await fakeBrowser.storage.local.set({ settings: { reminderTime: '13:30' } });
    await vi.waitFor(async () => expect(await reminderAt()).toBe('2026-06-01T12:30:00.000Z'));
    await fakeBrowser.storage.local.set({
      settings: { reminderTime: '13:30', reminderEnabled: false },
    });
    await vi.waitFor(async () => expect(await reminderAt()).toBe('none'));
  });

  it('recomputes due dates when the council adds closure days', async () => {
    at('2026-11-23T10:00:00Z'); // Monday
    await addReablement('1003', 'Cy Example', '2026-11-19'); // Thu → due Mon 23 Nov
    setSettingsSource(null);
    registerSettings();
    await start();
    expect((await badge()).color).toEqual(AMBER);
    await fakeBrowser.storage.local.set({ settings: { closureDays: ['2026-11-20'] } }); // Friday closed → due Tue 24 Nov
    await vi.waitFor(async () =>
      expect((await listCases(db)).records[0].nextDue).toBe('2026-11-24'),
    );
    await vi.waitFor(async () => expect((await badge()).text).toBe(''));
  });

  it('deletes closed cases after the retention period on the purge alarm', async () => {
    at('2026-11-23T10:00:00Z');
    const record = await addReablement('1001', 'Ann Example', '2026-01-05');
    await db.cases.put({ ...record, closedOn: '2026-08-01' });
    await addReablement('1002', 'Bob Example', '2026-11-20');
    await start();
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_PURGE, scheduledTime: Date.now() });
    expect((await listCases(db)).records.map((r) => r.personId)).toEqual(['1002']);
  });
});

describe('steps seen (Found in Mosaic)', () => {
  const SEEN = {
    type: 'step-seen',
    personId: '3300202',
    name: 'Bella Sample',
    kind: 'ras',
    stepName: 'RAS assessment',
    allocated: null,
  };

  it('records a step seen as the names setting says, once per person and case type, and not once tracked', async () => {
    at('2026-11-23T10:00:00Z');
    settings = { ...settings, initialsOnly: true };
    await start();
    registerCasePanel();
    expect(await send(SEEN)).toEqual({ ok: true });
    expect(await send({ ...SEEN, allocated: '2026-11-20' })).toEqual({ ok: true });
    expect(await db.sightings.toArray()).toEqual([
      expect.objectContaining({ name: 'B. S.', seenOn: '2026-11-23', allocated: '2026-11-20' }),
    ]);
    // Tracked (the step's "Track this case", or Track in the checklist): the row goes.
    await send({ ...SEEN, type: 'track-step-case', allocated: '2026-11-20' });
    expect(await db.sightings.count()).toBe(0);
    await send(SEEN);
    expect(await db.sightings.count()).toBe(0);
  });

  it('deletes steps seen after 14 days, or after the retention setting when fewer, on the purge alarm', async () => {
    at('2026-11-23T10:00:00Z');
    const row = { name: 'Bella Sample', kind: 'ras', stepName: 'RAS assessment', allocated: null };
    await db.sightings.bulkPut([
      { ...row, personId: '1', seenOn: '2026-11-08', dismissedOn: null },
      { ...row, personId: '2', seenOn: '2026-11-10', dismissedOn: null },
      { ...row, personId: '3', seenOn: '2026-11-20', dismissedOn: null },
    ]);
    await start();
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_PURGE, scheduledTime: Date.now() });
    expect(await db.sightings.toCollection().primaryKeys()).toEqual([
      ['2', 'ras'],
      ['3', 'ras'],
    ]);
    settings = { ...settings, retentionDays: 2 };
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_PURGE, scheduledTime: Date.now() });
    expect(await db.sightings.count()).toBe(0);
  });
});

describe('reminder', () => {
  async function fireReminder() {
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_REMINDER, scheduledTime: Date.now() });
    return fakeBrowser.notifications.getAll();
  }

  it('shows counts only on a working day, once, and opens the checklist when clicked', async () => {
    at('2026-11-23T09:00:00Z'); // Monday 09:00 GMT
    await addReablement('1001', 'Ann Example', '2026-11-09');
    await addReablement('1003', 'Cy Example', '2026-11-19');
    await start();
    const shown = (await fireReminder()) as Record<string, { title: string; message: string }>;
    expect(Object.keys(shown)).toEqual([REMINDER_NOTIFICATION]);
    const { title, message } = shown[REMINDER_NOTIFICATION];
    expect(message).toBe('1 case overdue · 1 case due today. Open the checklist to see them.');
    for (const secret of ['Ann', 'Cy', '1001', '1003'])
      expect(`${title} ${message}`).not.toContain(secret);
    // re-armed for the next day
    expect(
      new Date((await fakeBrowser.alarms.get(ALARM_REMINDER))!.scheduledTime).toISOString(),
    ).toBe('2026-11-24T09:00:00.000Z');

    // Not twice the same day.
    await fakeBrowser.notifications.clear(REMINDER_NOTIFICATION);
    expect(Object.keys(await fireReminder())).toEqual([]);

    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.create(REMINDER_NOTIFICATION, {
      type: 'basic',
      title,
      message,
      iconUrl: '',
    });
    await fakeBrowser.notifications.onClicked.trigger(REMINDER_NOTIFICATION);
    expect(create).toHaveBeenCalledWith({
      url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
    });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('is not shown at the weekend or on a bank holiday', async () => {
    await addReablement('1001', 'Ann Example', '2026-11-09');
    at('2026-11-28T09:00:00Z'); // Saturday
    await start();
    expect(Object.keys(await fireReminder())).toEqual([]);
    at('2026-12-25T09:00:00Z'); // Christmas Day, a Friday
    expect(Object.keys(await fireReminder())).toEqual([]);
    at('2026-12-28T09:00:00Z'); // Boxing Day substitute, a Monday
    expect(Object.keys(await fireReminder())).toEqual([]);
    at('2026-12-29T09:00:00Z'); // Tuesday, a working day
    expect(Object.keys(await fireReminder())).toEqual([REMINDER_NOTIFICATION]);
  });

  it('is not shown on a council closure day, nor when nothing is overdue or due today', async () => {
    settings = { ...settings, closureDays: ['2026-11-23'] };
    at('2026-11-23T09:00:00Z');
    await addReablement('1001', 'Ann Example', '2026-11-09');
    await start();
    expect(Object.keys(await fireReminder())).toEqual([]);
    settings = { ...settings, closureDays: [] };
    at('2026-11-24T09:00:00Z');
    await db.cases.clear();
    expect(Object.keys(await fireReminder())).toEqual([]);
  });

  it("is shown at browser start-up if today's reminder time has passed without one", async () => {
    at('2026-11-23T11:00:00Z'); // Monday 11:00, after 09:00
    await addReablement('1001', 'Ann Example', '2026-11-09');
    await start();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]); // a mere wake shows nothing
    await fakeBrowser.runtime.onStartup.trigger();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([REMINDER_NOTIFICATION]);
    await fakeBrowser.notifications.clear(REMINDER_NOTIFICATION);
    await fakeBrowser.runtime.onStartup.trigger(); // started again the same day: not twice
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('is not shown at start-up before the reminder time', async () => {
    at('2026-11-23T08:00:00Z'); // Monday 08:00
    await addReablement('1001', 'Ann Example', '2026-11-09');
    await start();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    expect((await badge()).text).toBe('1');
  });

  it('words the counts', () => {
    expect(reminderMessage({ overdue: 3, dueToday: 0 })).toBe(
      '3 cases overdue. Open the checklist to see them.',
    );
    expect(reminderMessage({ overdue: 0, dueToday: 2 })).toBe(
      '2 cases due today. Open the checklist to see them.',
    );
  });
});

describe('messages from the sidebar', () => {
  it('records a Carers Review once, however often the step is finished', async () => {
    at('2026-11-23T10:00:00Z');
    await start();
    const msg = {
      type: 'record-review',
      personId: '2204451',
      name: 'Dee Carer',
      scheduledDate: '2027-11-20',
      finishedOn: '2026-11-23',
    };
    expect(await send({ type: 'has-waiting-review', personId: '2204451' })).toEqual({
      waiting: false,
    });
    expect(await send(msg)).toMatchObject({ created: true, reviewDate: '2027-11-20' });
    expect(await send(msg)).toMatchObject({ created: false });
    const { records } = await listCases(db);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      kind: 'carers-review',
      personId: '2204451',
      reviewDate: '2027-11-20',
    });
    expect(await send({ type: 'has-waiting-review', personId: '2204451' })).toEqual({
      waiting: true,
    });
    expect(await send({ type: 'has-waiting-review', personId: '999' })).toEqual({ waiting: false });
  });

  it('tracks a case from a Mosaic page and updates the badge', async () => {
    at('2026-11-23T10:00:00Z');
    await start();
    const reply = await send({
      type: 'track-case',
      personId: '2204451',
      name: 'Dee Carer',
      kind: 'carers-assessment',
      allocated: '2026-11-02',
    });
    expect(reply).toMatchObject({ ok: true });
    expect((await listCases(db)).records).toHaveLength(1);
    expect(await badge()).toMatchObject({ text: '1', color: RED });
  });

  it('refuses a track-case without a date of allocation with a plain message, saving nothing', async () => {
    at('2026-11-23T10:00:00Z');
    await start();
    const reply = await send({
      type: 'track-case',
      personId: '2204451',
      name: 'Dee Carer',
      kind: 'reablement',
      allocated: null,
    });
    expect(reply).toEqual({
      ok: false,
      errors: [{ field: 'allocated', message: 'Enter the date of allocation.' }],
    });
    expect((await listCases(db)).records).toHaveLength(0);
  });
});

describe('ticks from the checklist', () => {
  const tick = (caseId: string, taskId: string, done: boolean) =>
    send({ type: 'tick-task', caseId, taskId, done });
  const toldChecklists = (spy: { mock: { calls: unknown[][] } }) =>
    spy.mock.calls.filter(([m]) => (m as { type?: string }).type === 'cases-changed').length;

  it('writes a tick and an untick, refreshes the badge and tells the open checklists', async () => {
    at('2026-11-23T10:00:00Z');
    const record = await addReablement('1001', 'Ann Example', '2026-11-09'); // two tasks overdue
    await start();
    const told = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    expect((await badge()).text).toBe('1');

    expect(await tick(record.id, 'initial-contact', true)).toEqual({ ok: true });
    expect((await listCases(db)).records[0].done).toEqual({ 'initial-contact': '2026-11-23' });
    expect((await badge()).text).toBe('1'); // check-front-page is still overdue
    expect(await tick(record.id, 'check-front-page', true)).toEqual({ ok: true });
    expect((await listCases(db)).records[0].done).toEqual({
      'initial-contact': '2026-11-23',
      'check-front-page': '2026-11-23',
    });
    expect(await badge()).toEqual({
      text: '',
      color: expect.anything(),
      title: 'Nothing overdue or due today',
    });

    expect(await tick(record.id, 'check-front-page', false)).toEqual({ ok: true });
    expect((await listCases(db)).records[0].done).toEqual({ 'initial-contact': '2026-11-23' });
    expect(await badge()).toMatchObject({ text: '1', color: RED });
    expect(toldChecklists(told)).toBe(3);
  });

  it("tells the sidebars' case panels in every tab, after a tick and when the checklist wrote", async () => {
    at('2026-11-23T10:00:00Z');
    const record = await addReablement('1001', 'Ann Example', '2026-11-09');
    await start();
    await fakeBrowser.tabs.create({ url: 'https://mosaic.example.gov.uk/' });
    await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    const every = (await fakeBrowser.tabs.query({})).map((t) => t.id).sort();
    expect(every.length).toBeGreaterThanOrEqual(2);
    const toTabs = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const toldTabs = () =>
      toTabs.mock.calls
        .filter(([, m]) => (m as { type?: string }).type === 'cases-changed')
        .map(([id]) => id)
        .sort();

    expect(await tick(record.id, 'initial-contact', true)).toEqual({ ok: true });
    await vi.waitFor(() => expect(toldTabs()).toEqual(every));
    toTabs.mockClear();
    expect(await send({ type: 'cases-changed' })).toEqual({ ok: true });
    await vi.waitFor(() => expect(toldTabs()).toEqual(every));
    toTabs.mockClear();
    await tick('no-such-case', 'initial-contact', true);
    expect(toldTabs()).toEqual([]);
  });

  it('refuses a case that is gone or a task the case does not have, changing nothing', async () => {
    at('2026-11-23T10:00:00Z');
    const record = await addReablement('1001', 'Ann Example', '2026-11-09');
    await start();
    const told = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const before = await listCases(db);

    expect(await tick('no-such-case', 'initial-contact', true)).toEqual({
      ok: false,
      kind: 'refused',
      message:
        'That case is no longer in the checklist. It may have been deleted or closed and cleared.',
    });
    expect(await tick(record.id, 'carers-review', true)).toEqual({
      ok: false,
      kind: 'refused',
      message: 'A Reablement assessment case has no task "carers-review".',
    });
    expect(await listCases(db)).toEqual(before);
    expect((await badge()).text).toBe('1');
    expect(toldChecklists(told)).toBe(0);
  });

  it('says the storage is full when the write fails for want of space, changing nothing, and the next tick works', async () => {
    at('2026-11-23T10:00:00Z');
    const record = await addReablement('1001', 'Ann Example', '2026-11-09');
    await start();
    const before = await listCases(db);
    // Every connection's tables share the prototype of Dexie's Table: the background's own fails too.
    const put = vi
      .spyOn(
        Object.getPrototypeOf(Object.getPrototypeOf(db.cases)) as { put: () => Promise<unknown> },
        'put',
      )
      .mockImplementation(() =>
        Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
      );
    expect(await tick(record.id, 'initial-contact', true)).toMatchObject({
      ok: false,
      kind: 'full',
    });
    put.mockRestore();
    expect(await listCases(db)).toEqual(before);
    expect(await tick(record.id, 'initial-contact', true)).toEqual({ ok: true });
    expect((await listCases(db)).records[0].done).toEqual({ 'initial-contact': '2026-11-23' });
  });
});
