// @vitest-environment happy-dom
/**
 * The checklist's "Found in Mosaic": steps seen untracked are listed with Track and Dismiss; Track
 * adds the case through the background's `track-step-case` (here played against the test's store),
 * with the step's date of allocation or the one date asked for; Dismiss takes the row away.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCalendar } from '@/lib/calendar';
import type { CaseDb } from '@/lib/db';
import { listCases } from '@/lib/db/cases';
import { recordSighting } from '@/lib/db/sightings';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { Checklist } from '@/components/popup/Checklist';
import type { ChecklistServices } from '@/entrypoints/popup/services';
import { backgroundTick, backgroundTrack } from './background-stub';
import { freshDb } from '../../db/helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TODAY = '2026-11-26';
const ctx = { today: TODAY, cal: createCalendar(), initialsOnly: false };

let db: CaseDb;
let root: Root;
let host: HTMLElement;
let services: ChecklistServices & { track: ReturnType<typeof backgroundTrack> };
let n = 0;

beforeEach(async () => {
  // A factory of its own: Dexie may have been loaded before any global indexedDB was set.
  db = freshDb(`found-test-${++n}`).db;
  services = {
    db,
    loadSettings: async () => ({ ...DEFAULT_SETTINGS }),
    today: () => TODAY,
    casesChanged: vi.fn(async () => undefined),
    tick: backgroundTick(db, TODAY),
    track: backgroundTrack(db, TODAY),
    tabAddress: null,
    download: () => undefined,
  };
  await recordSighting(
    db,
    {
      personId: '3300202',
      name: 'Bella Sample',
      kind: 'ras',
      stepName: 'RAS assessment',
      allocated: '2026-11-24',
    },
    ctx,
  );
  await recordSighting(
    db,
    {
      personId: '2204451',
      name: 'Dee Carer',
      kind: 'carers-assessment',
      stepName: 'Carers assessment',
      allocated: null,
    },
    ctx,
  );
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(async () => {
  await act(async () => root?.unmount());
  host.remove();
  db.close();
});

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
  await settle(() => rows().length > 0);
}

const rows = () => [...host.querySelectorAll<HTMLElement>('[data-testid="mc-found"]')];
const row = (personId: string) =>
  host.querySelector<HTMLElement>(`[data-testid="mc-found"][data-person-id="${personId}"]`)!;
const button = (el: HTMLElement, name: string) =>
  [...el.querySelectorAll('button')].find((b) => b.textContent!.startsWith(name))!;
const status = () => host.querySelector('[role="status"]')!.textContent;

describe('Found in Mosaic', () => {
  it('lists each step seen, with the date the step showed or a date to give', async () => {
    await render();
    const title = host.querySelector('#mc-found-title')!;
    expect(title.textContent).toBe('Found in Mosaic (2)');
    expect(rows().map((r) => [r.dataset.personId, r.dataset.kind])).toEqual([
      ['3300202', 'ras'],
      ['2204451', 'carers-assessment'],
    ]);
    expect(row('3300202').textContent).toContain(
      'RAS assessment: you opened the RAS assessment step on 26 Nov 2026.',
    );
    expect(row('3300202').textContent).toContain('Date of allocation: 24 Nov 2026');
    expect(row('2204451').querySelector('input[type="date"]')).not.toBeNull();
    // Each button names its case for screen readers.
    expect(button(row('3300202'), 'Track').textContent).toBe(
      'Track RAS assessment for Bella Sample',
    );
  });

  it('Track adds the case with the step’s date of allocation and takes the row away', async () => {
    await render();
    await act(async () => button(row('3300202'), 'Track').click());
    await settle(() => rows().length === 1);
    expect(services.track).toHaveBeenCalledWith(
      expect.objectContaining({
        personId: '3300202',
        name: 'Bella Sample',
        kind: 'ras',
        allocated: '2026-11-24',
      }),
    );
    const { records } = await listCases(db);
    expect(records.map((r) => [r.personId, r.kind, r.allocated])).toEqual([
      ['3300202', 'ras', '2026-11-24'],
    ]);
    expect(status()).toBe('Added to your checklist: RAS assessment for Bella Sample.');
    expect(host.querySelector('[data-testid="mc-case"][data-person-id="3300202"]')).not.toBeNull();
  });

  it('asks for the date when the step showed none, with a clear message, and adds nothing until given', async () => {
    await render();
    const carer = row('2204451');
    await act(async () => button(carer, 'Track').click());
    const input = carer.querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(carer.querySelector('.mc-error-message')!.textContent).toBe(
      'Error: Enter the date it was allocated, as the step shows it in Mosaic.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(`${input.id}-error`);
    expect(document.activeElement).toBe(input);
    expect(services.track).not.toHaveBeenCalled();

    input.value = '2026-11-25';
    await act(async () => button(carer, 'Track').click());
    await settle(() => rows().length === 1);
    const { records } = await listCases(db);
    expect(records.map((r) => [r.personId, r.kind, r.allocated])).toEqual([
      ['2204451', 'carers-assessment', '2026-11-25'],
    ]);
  });

  it('shows the background’s message when it refuses the date', async () => {
    await render();
    const carer = row('2204451');
    carer.querySelector<HTMLInputElement>('input[type="date"]')!.value = '2026-12-25';
    services.track.mockResolvedValueOnce({
      ok: false,
      errors: [{ field: 'allocated', message: 'The date of allocation cannot be in the future.' }],
    });
    await act(async () => button(carer, 'Track').click());
    await settle(() => carer.querySelector('.mc-error-message') !== null);
    expect(carer.querySelector('.mc-error-message')!.textContent).toContain(
      'cannot be in the future',
    );
    expect(rows()).toHaveLength(2);
  });

  it('Dismiss takes the row away and says for how long', async () => {
    await render();
    await act(async () => button(row('2204451'), 'Dismiss').click());
    await settle(() => rows().length === 1);
    expect(rows()[0].dataset.personId).toBe('3300202');
    expect(status()).toBe(
      "Dismissed: Carer's assessment for Dee Carer. It is not offered again for 14 days.",
    );
    expect((await listCases(db)).records).toEqual([]);
    expect(document.activeElement?.id).toBe('mc-checklist-title');
  });
});
