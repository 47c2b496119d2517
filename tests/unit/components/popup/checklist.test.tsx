// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createCalendar } from '@/lib/calendar';
import type { CaseDb } from '@/lib/db';
import { addCase, closeCase, listCases, type StoreContext } from '@/lib/db/cases';
import { STORE_FULL } from '@/lib/db/errors';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { Checklist } from '@/components/popup/Checklist';
import { personAddress } from '@/components/popup/CaseItem';
import {
  TICK_NO_ANSWER,
  browserServices,
  type ChecklistServices,
} from '@/entrypoints/popup/services';
import { backgroundTick, backgroundTrack } from './background-stub';
import { freshDb } from '../../db/helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TODAY = '2026-11-23'; // a Monday
const cal = createCalendar();
const ctx: StoreContext = { today: TODAY, cal, initialsOnly: false };

let db: CaseDb;
let root: Root;
let host: HTMLElement;
let services: ChecklistServices & {
  casesChanged: ReturnType<typeof vi.fn<() => Promise<void>>>;
  tick: ReturnType<typeof backgroundTick>;
  download: ReturnType<typeof vi.fn<(fileName: string, mimeType: string, text: string) => void>>;
};
let settings: Settings;
let n = 0;

beforeEach(() => {
  // A factory of its own: Dexie may have been loaded before any global indexedDB was set.
  db = freshDb(`checklist-test-${++n}`).db;
  settings = { ...DEFAULT_SETTINGS };
  services = {
    db,
    loadSettings: async () => settings,
    today: () => TODAY,
    casesChanged: vi.fn<() => Promise<void>>(async () => undefined),
    tick: backgroundTick(db, TODAY),
    track: backgroundTrack(db, TODAY),
    tabAddress: 'chrome-extension://test/popup.html?view=tab',
    download: vi.fn<(fileName: string, mimeType: string, text: string) => void>(),
  };
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(async () => {
  await act(async () => root?.unmount());
  host.remove();
  db.close();
});

/** Waits for the checklist to settle (IndexedDB work happens outside React). */
async function settle(until: () => boolean) {
  for (let i = 0; i < 100 && !until(); i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 5));
    });
  }
  expect(until()).toBe(true);
}

async function render() {
  root = createRoot(host);
  await act(async () => root.render(<Checklist services={services} />));
  await settle(() => host.querySelector('main')?.getAttribute('aria-busy') === 'false');
}

const cases = () => [...host.querySelectorAll<HTMLElement>('[data-testid="mc-case"]')];
const caseOf = (id: string) =>
  host.querySelector<HTMLElement>(`[data-testid="mc-case"][data-person-id="${id}"]`)!;
const byLabel = <T extends HTMLElement>(text: string) => {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent === text)!;
  return host.querySelector<T>(`#${CSS.escape(label.htmlFor)}`)!;
};
function setValue(el: HTMLInputElement | HTMLSelectElement, value: string) {
  el.value = value;
}

async function add(input: Record<string, unknown>) {
  const r = await addCase(db, input, ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.record;
}

describe('checklist', () => {
  it('tells a new user what to do when there are no cases', async () => {
    await render();
    expect(host.textContent).toContain('No open cases');
    expect(host.textContent).toContain('Add a case below');
    expect(cases()).toHaveLength(0);
  });

  it('groups cases by their most urgent task, with the due date in words', async () => {
    await add({
      personId: '1001',
      name: 'Ann Example',
      kind: 'reablement',
      allocated: '2026-11-09',
    }); // due 11 Nov
    await add({ personId: '1002', name: 'Bea Carer', kind: 'carers-review', reviewDate: TODAY });
    await add({ personId: '1003', name: 'Cy Example', kind: 'ras', allocated: '2026-11-20' }); // due Tue 24 Nov
    await add({
      personId: '1004',
      name: 'Dee Carer',
      kind: 'carers-review',
      reviewDate: '2027-05-01',
    });
    const closed = await add({
      personId: '1005',
      name: 'Eve Closed',
      kind: 'ras',
      allocated: '2026-11-01',
    });
    await closeCase(db, closed.id, ctx);
    await render();

    const groups = [...host.querySelectorAll('section.mc-group')].map((s) => [
      s.querySelector('h2')!.textContent,
      [...s.querySelectorAll('[data-testid="mc-case"]')].map((c) =>
        c.getAttribute('data-person-id'),
      ),
    ]);
    expect(groups).toEqual([
      ['Overdue (1)', ['1001']],
      ['Due today (1)', ['1002']],
      ['Due soon (1)', ['1003']],
      ['Upcoming (1)', ['1004']],
    ]);
    expect(caseOf('1001').dataset).toMatchObject({ kind: 'reablement', status: 'overdue' });
    expect(caseOf('1001').textContent).toContain('8 working days overdue');
    expect(caseOf('1002').textContent).toContain('Due today');
    const closedGroup = host.querySelector('details.mc-group-closed')!;
    expect(closedGroup.hasAttribute('open')).toBe(false);
    expect(closedGroup.querySelector('[data-person-id="1005"]')!.getAttribute('data-status')).toBe(
      'done',
    );
  });

  it('expands a case with a real button to show its tasks, and ticking records today', async () => {
    await add({
      personId: '1001',
      name: 'Ann Example',
      kind: 'reablement',
      allocated: '2026-11-09',
    });
    await render();
    const toggle = caseOf('1001').querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(caseOf('1001').querySelector('[data-testid="mc-task"]')).toBeNull();
    await act(async () => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(
      host.querySelector(`#${CSS.escape(toggle.getAttribute('aria-controls')!)}`),
    ).not.toBeNull();

    const task = caseOf('1001').querySelector<HTMLElement>('[data-task="initial-contact"]')!;
    expect(task.dataset).toMatchObject({ status: 'overdue', due: '2026-11-11' });
    const waiting = caseOf('1001').querySelector<HTMLElement>('[data-task="record-assessment"]')!;
    expect([waiting.getAttribute('data-status'), waiting.getAttribute('data-due')]).toEqual([
      'waiting',
      '',
    ]);
    const box = task.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(host.querySelector(`label[for="${CSS.escape(box.id)}"]`)!.textContent).toMatch(
      /^Make initial contact/,
    );

    await act(async () => box.click());
    await settle(
      () =>
        caseOf('1001').querySelector<HTMLElement>('[data-task="initial-contact"]')?.dataset
          .status === 'done',
    );
    expect(caseOf('1001').querySelector('[data-task="initial-contact"]')!.textContent).toContain(
      'done on 23 Nov 2026',
    );
    expect((await listCases(db)).records[0].done).toEqual({ 'initial-contact': TODAY });
  });

  it('has the background write a tick or an untick, and says when it is saved', async () => {
    const record = await add({
      personId: '1001',
      name: 'Ann Example',
      kind: 'reablement',
      allocated: '2026-11-09',
    });
    await render();
    await act(async () =>
      caseOf('1001').querySelector<HTMLButtonElement>('button[aria-expanded]')!.click(),
    );
    const box = () =>
      caseOf('1001').querySelector<HTMLInputElement>(
        '[data-task="initial-contact"] input[type="checkbox"]',
      )!;
    const status = () => host.querySelector('[role="status"]')!.textContent;

    await act(async () => box().click());
    expect(services.tick).toHaveBeenCalledWith(record.id, 'initial-contact', true);
    await settle(() => status() === 'Ticked for Ann Example.');
    expect(box().checked).toBe(true);
    expect((await listCases(db)).records[0].done).toEqual({ 'initial-contact': TODAY });

    await act(async () => box().click());
    expect(services.tick).toHaveBeenLastCalledWith(record.id, 'initial-contact', false);
    await settle(() => status() === 'Unticked for Ann Example.');
    expect(box().checked).toBe(false);
    expect((await listCases(db)).records[0].done).toEqual({});
    // The background refreshed the badge itself; the checklist sends nothing more.
    expect(services.tick).toHaveBeenCalledTimes(2);
    expect(services.casesChanged).not.toHaveBeenCalled();
  });

  it('puts the box back and says why when the background does not save the tick, changing nothing else', async () => {
    await add({
      personId: '1001',
      name: 'Ann Example',
      kind: 'reablement',
      allocated: '2026-11-09',
    });
    await render();
    await act(async () =>
      caseOf('1001').querySelector<HTMLButtonElement>('button[aria-expanded]')!.click(),
    );
    const before = await listCases(db);
    const box = () =>
      caseOf('1001').querySelector<HTMLInputElement>(
        '[data-task="initial-contact"] input[type="checkbox"]',
      )!;
    const alerts = () => [...host.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
    services.tick.mockResolvedValueOnce({ ok: false, error: TICK_NO_ANSWER });

    await act(async () => box().click());
    await settle(() => alerts().includes(TICK_NO_ANSWER));
    await settle(() => !box().checked);
    expect(
      caseOf('1001').querySelector<HTMLElement>('[data-task="initial-contact"]')!.dataset.status,
    ).toBe('overdue');
    expect(host.querySelector('[role="status"]')!.textContent).toBe('');
    expect(await listCases(db)).toEqual(before);

    // The next tick is saved, and the message goes.
    await act(async () => box().click());
    await settle(
      () => host.querySelector('[role="status"]')!.textContent === 'Ticked for Ann Example.',
    );
    expect(alerts()).toEqual([]);
    expect((await listCases(db)).records[0].done).toEqual({ 'initial-contact': TODAY });
  });

  it('sends a tick at once when the checklist comes back to view, without waiting for the settings', async () => {
    await add({
      personId: '1001',
      name: 'Ann Example',
      kind: 'reablement',
      allocated: '2026-11-09',
    });
    await render();
    await act(async () =>
      caseOf('1001').querySelector<HTMLButtonElement>('button[aria-expanded]')!.click(),
    );
    // Back to the checklist: the settings are asked for again, and the background is slow to answer.
    let answer: (s: Settings) => void = () => {};
    services.loadSettings = () => new Promise<Settings>((resolve) => (answer = resolve));
    await act(async () => window.dispatchEvent(new Event('focus')));
    const box = caseOf('1001').querySelector<HTMLInputElement>(
      '[data-task="initial-contact"] input[type="checkbox"]',
    )!;
    await act(async () => box.click());
    expect(services.tick).toHaveBeenCalledTimes(1);
    await settle(
      () => host.querySelector('[role="status"]')!.textContent === 'Ticked for Ann Example.',
    );
    expect((await listCases(db)).records[0].done).toEqual({ 'initial-contact': TODAY });
    await act(async () => answer(settings));
  });

  it('sets the visit date of a case and shows the new due date', async () => {
    await add({ personId: '1001', name: 'Ann Example', kind: 'ras', allocated: '2026-11-09' });
    await render();
    await act(async () =>
      caseOf('1001').querySelector<HTMLButtonElement>('button[aria-expanded]')!.click(),
    );
    setValue(byLabel<HTMLInputElement>('Home visit on'), '2026-11-19');
    await act(async () => caseOf('1001').querySelector<HTMLFormElement>('form')!.requestSubmit());
    await settle(
      () =>
        caseOf('1001').querySelector<HTMLElement>('[data-task="record-assessment"]')?.dataset
          .due === '2026-11-24',
    );
    expect((await listCases(db)).records[0].homeVisit).toBe('2026-11-19');
  });

  it('refuses bad input with a summary and inline messages, saving nothing', async () => {
    await render();
    setValue(byLabel<HTMLInputElement>('Mosaic ID'), 'abc');
    await act(async () => host.querySelector<HTMLFormElement>('form.mc-add-form')!.requestSubmit());
    await settle(() => host.querySelector('.mc-error-summary') !== null);
    const summary = host.querySelector<HTMLElement>('.mc-error-summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.textContent).toContain('The Mosaic ID must be digits only');
    expect(summary.textContent).toContain("Enter the person's name as Mosaic shows it.");
    expect(summary.querySelector('a')!.getAttribute('href')).toBe('#mc-add-personId');
    const id = byLabel<HTMLInputElement>('Mosaic ID');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(
      host.querySelector(`#${id.getAttribute('aria-describedby')!.split(' ').pop()}`)!.textContent,
    ).toContain('digits only');
    expect((await listCases(db)).records).toHaveLength(0);
    expect(services.casesChanged).not.toHaveBeenCalled();
  });

  it('adds a case from the form, with the labels of the contract', async () => {
    await render();
    for (const label of [
      'Mosaic ID',
      'Name',
      'Case type',
      'Date of allocation',
      'Date of home visit',
      'Date the service starts',
      'Ongoing care needed',
      "One-off carer's payment",
      'Review date',
    ]) {
      expect(byLabel(label), label).toBeTruthy();
    }
    expect(
      [...byLabel<HTMLSelectElement>('Case type').options].map((o) => o.text).slice(1),
    ).toEqual(['Reablement assessment', 'RAS assessment', "Carer's assessment", 'Carers Review']);
    setValue(byLabel<HTMLInputElement>('Mosaic ID'), '2204451');
    setValue(byLabel<HTMLInputElement>('Name'), 'Dee Carer');
    setValue(byLabel<HTMLSelectElement>('Case type'), 'carers-assessment');
    setValue(byLabel<HTMLInputElement>('Date of allocation'), '2026-10-01');
    byLabel<HTMLInputElement>("One-off carer's payment").checked = true;
    await act(async () => host.querySelector<HTMLFormElement>('form.mc-add-form')!.requestSubmit());
    await settle(() => cases().length === 1);
    expect(caseOf('2204451').dataset).toMatchObject({
      kind: 'carers-assessment',
      status: 'overdue',
    });
    const [stored] = (await listCases(db)).records;
    expect(stored).toMatchObject({
      personId: '2204451',
      name: 'Dee Carer',
      allocated: '2026-10-01',
      oneOffPayment: true,
    });
    expect(host.querySelector('[role="status"]')!.textContent).toBe(
      "Added a Carer's assessment case for Dee Carer.",
    );
    expect(byLabel<HTMLInputElement>('Mosaic ID').value).toBe('');
  });

  it('links to the person in Mosaic only when the council set the address', async () => {
    await add({ personId: '1001', name: 'Ann Example', kind: 'ras', allocated: '2026-11-09' });
    await render();
    await act(async () =>
      caseOf('1001').querySelector<HTMLButtonElement>('button[aria-expanded]')!.click(),
    );
    expect(caseOf('1001').querySelector('a')).toBeNull();
    expect(personAddress('https://mosaic.example.gov.uk/person/{id}', '1001')).toBe(
      'https://mosaic.example.gov.uk/person/1001',
    );
    expect(personAddress('javascript:alert({id})', '1001')).toBeNull();
    expect(personAddress('https://mosaic.example.gov.uk/', '1001')).toBeNull();
  });

  it('shows the link when set', async () => {
    settings = { ...settings, personAddressPattern: 'https://mosaic.example.gov.uk/person/{id}' };
    await add({ personId: '1001', name: 'Ann Example', kind: 'ras', allocated: '2026-11-09' });
    await render();
    await act(async () =>
      caseOf('1001').querySelector<HTMLButtonElement>('button[aria-expanded]')!.click(),
    );
    const link = caseOf('1001').querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://mosaic.example.gov.uk/person/1001');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('closes and reopens a case', async () => {
    await add({ personId: '1001', name: 'Ann Example', kind: 'ras', allocated: '2026-11-09' });
    await render();
    await act(async () =>
      caseOf('1001').querySelector<HTMLButtonElement>('button[aria-expanded]')!.click(),
    );
    const button = (name: string) =>
      [...caseOf('1001').querySelectorAll('button')].find((b) => b.textContent === name)!;
    await act(async () => button('Close case').click());
    await settle(() => caseOf('1001')?.closest('details') !== null);
    expect((await listCases(db)).records[0].closedOn).toBe(TODAY);
    await act(async () => button('Reopen case').click());
    await settle(() => caseOf('1001')?.closest('details') === null);
    expect(caseOf('1001').dataset.status).toBe('overdue');
  });

  it('moves the statuses on when left open past midnight', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let today = TODAY;
      services.today = () => today;
      await add({ personId: '1002', name: 'Bea Carer', kind: 'carers-review', reviewDate: TODAY });
      await render();
      expect(caseOf('1002').dataset.status).toBe('due-today');
      today = '2026-11-24';
      await act(async () => vi.advanceTimersByTime(60_000));
      await settle(() => caseOf('1002').dataset.status === 'overdue');
      expect(caseOf('1002').textContent).toContain('1 working day overdue');
    } finally {
      vi.useRealTimers();
    }
  });

  it('exports a backup through a download, and refuses a bad file changing nothing', async () => {
    await add({ personId: '1001', name: 'Ann Example', kind: 'ras', allocated: '2026-11-09' });
    await render();
    const button = (text: string) =>
      [...host.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text))!;
    await act(async () => button('Save a backup').click());
    await settle(() => services.download.mock.calls.length === 1);
    const [fileName, type, text] = services.download.mock.calls[0];
    expect(fileName).toBe('mosaic-companion-cases-2026-11-23.json');
    expect(type).toBe('application/json');
    expect(text).toContain('"1001"');

    const input = host.querySelector<HTMLInputElement>('#mc-import-file')!;
    const file = new File(['{"format":"something else"}'], 'backup.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle(() => host.textContent!.includes('was not imported'));
    expect(host.textContent).toContain('“backup.json” was not imported');
    expect((await listCases(db)).records.map((r) => r.personId)).toEqual(['1001']);
  });
});

describe('the checklist in the browser', () => {
  it('sends a tick to the background at once, takes only a reply that parses as saved, and words a failure', async () => {
    const replies: unknown[] = [
      { ok: true },
      { ok: false, kind: 'refused', message: 'That case is no longer in the checklist.' },
      { ok: false, kind: 'full', message: 'The quota has been exceeded.' },
    ];
    const sent = vi.fn(async () => replies.shift());
    fakeBrowser.runtime.sendMessage = sent as unknown as typeof fakeBrowser.runtime.sendMessage;
    const real = await browserServices();
    try {
      const reply = real.tick('case-1', 'initial-contact', true);
      // Sent before the first await: a checklist closed straight after the click has sent it.
      expect(sent).toHaveBeenCalledWith({
        type: 'tick-task',
        caseId: 'case-1',
        taskId: 'initial-contact',
        done: true,
      });
      expect(await reply).toEqual({ ok: true });
      expect(await real.tick('case-1', 'initial-contact', false)).toEqual({
        ok: false,
        error: 'That change was not saved: That case is no longer in the checklist.',
      });
      expect(sent).toHaveBeenLastCalledWith({
        type: 'tick-task',
        caseId: 'case-1',
        taskId: 'initial-contact',
        done: false,
      });
      expect(await real.tick('case-1', 'initial-contact', true)).toEqual({
        ok: false,
        error: STORE_FULL,
      });

      // No answer, the router's error, or a reply of another shape: not saved, and said so.
      const odd = [
        undefined,
        null,
        { error: 'The settings could not be read.' },
        { ok: 'yes' },
        { ok: false },
        { ok: false, kind: 'gone', message: 'x' },
      ];
      for (const answer of odd) {
        sent.mockResolvedValueOnce(answer);
        expect(await real.tick('case-1', 'initial-contact', true)).toEqual({
          ok: false,
          error: TICK_NO_ANSWER,
        });
      }
      sent.mockRejectedValueOnce(
        new Error('Could not establish connection. Receiving end does not exist.'),
      );
      expect(await real.tick('case-1', 'initial-contact', true)).toEqual({
        ok: false,
        error: TICK_NO_ANSWER,
      });
    } finally {
      real.db.close();
    }
  });
});
