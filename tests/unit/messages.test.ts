/**
 * Messages: every message type of lib/messages.ts parses, bad shapes are refused, and the
 * background's router hands nothing to a handler unless it comes from this extension and parses.
 * The whole background (settings and deadlines) is wired up with a real case store
 * (fake-indexeddb): messages from another extension, a web page or a made-up sender store,
 * change and delete nothing.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_DB_NAME, openCaseDb, type CaseDb } from '@/lib/db';
import { listCases } from '@/lib/db/cases';
import { MessageSchema, parseMessage, type Message } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { handle, listen } from '@/entrypoints/background/router';
import { registerSettings } from '@/entrypoints/background/settings';
import {
  registerDeadlines,
  resetDeadlinesForTests,
  setSettingsSource,
  whenStarted,
} from '@/entrypoints/background/deadlines';

/** One good example of every message type. */
const GOOD: Message[] = [
  { type: 'inject-sidebar' },
  { type: 'get-settings' },
  { type: 'has-waiting-review', personId: '2204451' },
  {
    type: 'track-case',
    personId: '2204451',
    name: 'Dee Carer',
    kind: 'carers-assessment',
    allocated: '2026-11-02',
  },
  {
    type: 'track-case',
    personId: '2204451',
    name: 'Dee Carer',
    kind: 'carers-review',
    allocated: null,
  },
  {
    type: 'record-review',
    personId: '2204451',
    name: 'Dee Carer',
    scheduledDate: '2027-11-20',
    finishedOn: '2026-11-23',
  },
  {
    type: 'record-review',
    personId: '2204451',
    name: 'Dee Carer',
    scheduledDate: null,
    finishedOn: '2026-11-23',
  },
  {
    type: 'tick-task',
    caseId: '5f0c6a52-0d3e-4f4e-9d41-0b6f3c1d2e7a',
    taskId: 'initial-contact',
    done: true,
  },
  { type: 'cases-changed' },
  { type: 'toggle-sidebar' },
  { type: 'sidebar-shown', token: 'k3j9x0a1b2' },
  { type: 'settings-changed' },
  { type: 'get-settings-state' },
  { type: 'save-settings', settings: { retentionDays: 30 } },
  {
    type: 'preview-labels',
    labelOverrides: { adultsCaredFor: ['How many adults do you care for?'] },
  },
  { type: 'person-cases', personId: '3300202' },
  {
    type: 'step-seen',
    personId: '3300202',
    name: 'Bella Sample',
    kind: 'ras',
    stepName: 'RAS assessment',
    allocated: null,
  },
  {
    type: 'track-step-case',
    personId: '3300202',
    name: 'Bella Sample',
    kind: 'ras',
    allocated: '2026-11-24',
  },
  {
    type: 'tick-tasks',
    caseId: '5f0c6a52-0d3e-4f4e-9d41-0b6f3c1d2e7a',
    taskIds: ['initial-contact', 'record-assessment'],
    done: true,
  },
  {
    type: 'teach-label',
    field: 'gpKnows',
    text: 'Is your GP aware that you are a carer?',
    pageKind: 'carers-conversation',
  },
  { type: 'forget-taught-label', field: 'caredFor.relationship', text: 'Relation' },
  { type: 'get-taught-labels' },
];
const ticks = GOOD.find((m) => m.type === 'tick-tasks') as Extract<Message, { type: 'tick-tasks' }>;

const review = GOOD[5] as Extract<Message, { type: 'record-review' }>;
const track = GOOD[3] as Extract<Message, { type: 'track-case' }>;
const tick = GOOD[7] as Extract<Message, { type: 'tick-task' }>;
const seen = GOOD.find((m) => m.type === 'step-seen')!;

/** Bad shapes, each with what is wrong. */
const BAD: Array<[string, unknown]> = [
  ['nothing', undefined],
  ['null', null],
  ['a string', 'record-review'],
  ['a number', 42],
  ['an array', [review]],
  [
    'a taught label with no text',
    { type: 'teach-label', field: 'gpKnows', text: '', pageKind: 'carers-review' },
  ],
  [
    'a taught label for a field id that is a CSS path',
    { type: 'teach-label', field: 'div > label', text: 'Question', pageKind: 'carers-review' },
  ],
  [
    'a taught label of an unknown page kind',
    { type: 'teach-label', field: 'gpKnows', text: 'Question', pageKind: 'intranet' },
  ],
  ['no type', { personId: '1' }],
  ['an unknown type', { type: 'delete-all-cases' }],
  ['a type of the wrong case', { ...review, type: 'Record-Review' }],
  ['a person id with letters', { ...review, personId: '22a4451' }],
  ['a person id of 13 digits', { ...review, personId: '1234567890123' }],
  ['a person id as a number', { ...review, personId: 2204451 }],
  ['a name over 200 characters', { ...review, name: 'x'.repeat(201) }],
  ['a name that is not text', { ...review, name: { toString: 'Dee' } }],
  ['a date in UK order', { ...review, finishedOn: '23/11/2026' }],
  ['a missing finishing date', { ...review, finishedOn: undefined }],
  ['an unknown case kind', { ...track, kind: 'safeguarding' }],
  ['a missing allocation', (({ allocated: _a, ...rest }) => rest)(track)],
  ['a tick for no case', { ...tick, caseId: '' }],
  ['a tick for a case id that is not text', { ...tick, caseId: 7 }],
  ['a tick of a task id with spaces', { ...tick, taskId: 'initial contact' }],
  ['a tick of a task id in capitals', { ...tick, taskId: 'Initial-Contact' }],
  ['a tick of a task id of 61 characters', { ...tick, taskId: 'a'.repeat(61) }],
  ['a tick saying "yes" instead of true', { ...tick, done: 'yes' }],
  ['a tick without done', (({ done: _d, ...rest }) => rest)(tick)],
  ['ticks of no task', { ...ticks, taskIds: [] }],
  ['ticks of 21 tasks', { ...ticks, taskIds: Array(21).fill('initial-contact') }],
  ['ticks of a task id with spaces', { ...ticks, taskIds: ['record assessment'] }],
  ['cases of a person id with letters', { type: 'person-cases', personId: 'abc' }],
  ['a step seen without its name', { ...seen, stepName: '' }],
  ['a step seen with a name over 100 characters', { ...seen, stepName: 'x'.repeat(101) }],
  ['a step seen of an unknown case kind', { ...seen, kind: 'safeguarding' }],
  ['a step seen with a date in UK order', { ...seen, allocated: '24/11/2026' }],
  ['settings that are not an object', { type: 'save-settings', settings: 'retentionDays=1' }],
  ['settings missing', { type: 'save-settings' }],
  [
    'label overrides over 300 characters',
    { type: 'preview-labels', labelOverrides: { adultsCaredFor: ['x'.repeat(301)] } },
  ],
  [
    'label overrides of 51 texts',
    { type: 'preview-labels', labelOverrides: { adultsCaredFor: Array(51).fill('x') } },
  ],
];

describe('the message schema', () => {
  it('has an example here for every message type', () => {
    // zod/mini keeps a union's options and a literal's values in the schema's definition.
    const types = MessageSchema._zod.def.options
      .flatMap((o) => o.shape.type._zod.def.values)
      .sort();
    expect([...new Set(GOOD.map((m) => m.type))].sort()).toEqual(types);
  });

  it.each(GOOD.map((m) => [m.type, m] as const))('parses a good %s', (_type, m) => {
    expect(parseMessage(m)).toEqual(m);
    // Survives the structured clone a browser gives it.
    expect(parseMessage(structuredClone(m))).toEqual(m);
  });

  it.each(BAD)('refuses %s', (_what, m) => {
    expect(parseMessage(m)).toBeNull();
  });

  it('drops keys it does not know rather than passing them on', () => {
    const parsed = parseMessage({ ...review, __proto__: { admin: true }, deleteAll: true });
    expect(parsed).toEqual(review);
    expect(Object.keys(parsed!)).not.toContain('deleteAll');
  });
});

describe('the background router', () => {
  const OURS = () => ({ id: fakeBrowser.runtime.id });
  const SENDERS: Array<[string, () => Browser.runtime.MessageSender]> = [
    ['another extension', () => ({ id: 'abcdefghijklmnopabcdefghijklmnop' })],
    [
      'a web page (no id)',
      () => ({ url: 'https://mosaic.example.gov.uk/', origin: 'https://mosaic.example.gov.uk' }),
    ],
    ['an empty sender', () => ({})],
    ['an id that only looks like ours', () => ({ id: `${fakeBrowser.runtime.id} ` })],
  ];

  function trigger(
    message: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<{ replied: boolean; reply: unknown; kept: unknown }> {
    return new Promise((resolve) => {
      let replied = false;
      let reply: unknown;
      const results = (
        fakeBrowser.runtime.onMessage.trigger as (...a: unknown[]) => Promise<unknown[]>
      )(message, sender, (r: unknown) => {
        replied = true;
        reply = r;
      });
      void results.then((kept) => setTimeout(() => resolve({ replied, reply, kept }), 0));
    });
  }

  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('hands a message of ours to its handler, and ignores the same message from anyone else', async () => {
    const seen: string[] = [];
    for (const m of GOOD) handle(m.type, () => void seen.push(m.type));
    listen();
    for (const [, sender] of SENDERS) {
      for (const m of GOOD) {
        const r = await trigger(m, sender());
        expect(r.replied).toBe(false);
        expect(r.kept).toEqual([false]);
      }
    }
    expect(seen).toEqual([]);
    await trigger(review, OURS());
    expect(seen).toEqual(['record-review']);
  });

  it('ignores a bad shape even from ourselves', async () => {
    const seen: unknown[] = [];
    for (const m of GOOD) handle(m.type, (msg) => void seen.push(msg));
    listen();
    for (const [, m] of BAD) expect((await trigger(m, OURS())).replied).toBe(false);
    expect(seen).toEqual([]);
  });

  it('replies with a plain error, never throws, when a handler fails', async () => {
    handle('get-settings', () => {
      throw new Error('The settings could not be read.');
    });
    listen();
    expect((await trigger({ type: 'get-settings' }, OURS())).reply).toEqual({
      error: 'The settings could not be read.',
    });
  });
});

describe('the whole background, with a real case store', () => {
  let db: CaseDb;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
    fakeBrowser.reset();
    fakeBrowser.tabs.sendMessage = (async () =>
      undefined) as unknown as typeof fakeBrowser.tabs.sendMessage;
    fakeBrowser.runtime.getManifest = () => ({
      manifest_version: 3,
      name: 'Mosaic Companion',
      version: '0.1.0',
    });
    setSettingsSource(async () => ({ ...DEFAULT_SETTINGS }));
    db = openCaseDb();
    listen();
    registerSettings();
    registerDeadlines();
    await whenStarted();
  });

  afterEach(async () => {
    db.close();
    resetDeadlinesForTests();
    await Dexie.delete(DEFAULT_DB_NAME);
    vi.useRealTimers();
  });

  function send(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
    return new Promise((resolve) => {
      const results = (
        fakeBrowser.runtime.onMessage.trigger as (...a: unknown[]) => Promise<unknown[]>
      )(message, sender, resolve);
      void results.then((kept) => {
        if (!kept.includes(true)) resolve('ignored');
      });
    });
  }

  it('stores nothing and changes no setting for a message from anyone else', async () => {
    const strangers: Browser.runtime.MessageSender[] = [
      { id: 'abcdefghijklmnopabcdefghijklmnop' },
      { url: 'http://127.0.0.1/' },
      {},
    ];
    for (const sender of strangers) {
      expect(await send(review, sender)).toBe('ignored');
      expect(await send(track, sender)).toBe('ignored');
      expect(await send({ type: 'save-settings', settings: { retentionDays: 1 } }, sender)).toBe(
        'ignored',
      );
    }
    expect(await listCases(db)).toEqual({ records: [], corrupt: 0 });
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('settings');

    // The same messages from ourselves do what they say: the check above could fail.
    expect(await send(review, { id: fakeBrowser.runtime.id })).toMatchObject({ created: true });
    expect((await listCases(db)).records).toHaveLength(1);
  });

  it('ticks nothing for a tick from anyone else', async () => {
    const added = await send(track, { id: fakeBrowser.runtime.id });
    const caseId = (added as { caseId: string }).caseId;
    const strangers: Browser.runtime.MessageSender[] = [
      { id: 'abcdefghijklmnopabcdefghijklmnop' },
      { url: 'http://127.0.0.1/' },
      {},
    ];
    for (const sender of strangers) expect(await send({ ...tick, caseId }, sender)).toBe('ignored');
    expect((await listCases(db)).records[0].done).toEqual({});

    expect(await send({ ...tick, caseId }, { id: fakeBrowser.runtime.id })).toEqual({ ok: true });
    expect((await listCases(db)).records[0].done).toEqual({ 'initial-contact': '2026-11-23' });
  });
});
