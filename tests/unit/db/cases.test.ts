import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { addCalendarDays, createCalendar } from '@/lib/calendar';
import {
  addCase,
  closeCase,
  countBadge,
  deleteCase,
  listCases,
  listCaseViews,
  recomputeAll,
  reopenCase,
  tickTask,
  updateCase,
  withNextDue,
} from '@/lib/db/cases';
import { hasWaitingReview, recordReview } from '@/lib/db/reviews';
import type { CaseDb } from '@/lib/db';
import { CASE_KINDS, type CaseRecord } from '@/lib/cases/types';
import { cal, ctx, dbPerTest, record } from './helpers';

/** A fresh database of its own on each call, closed after the test. */
const db = dbPerTest();

const TODAY = '2024-03-04';
const valid = {
  personId: '123456',
  name: 'Timothy Guide',
  kind: 'ras',
  allocated: '2024-03-01',
  homeVisit: '',
  serviceStart: '',
  ongoingCare: '',
  oneOffPayment: false,
  reviewDate: '',
};

describe('addCase', () => {
  it('stores a valid case with its next due date', async () => {
    const d = db();
    const res = await addCase(d, valid, ctx(TODAY));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.record).toMatchObject({
      personId: '123456',
      name: 'Timothy Guide',
      kind: 'ras',
      allocated: '2024-03-01',
      homeVisit: null,
      createdOn: TODAY,
      closedOn: null,
      done: {},
      nextDue: '2024-03-05',
    });
    expect((await listCases(d)).records).toEqual([res.record]);
  });

  it('stores initials only when the setting is on', async () => {
    const res = await addCase(
      db(),
      { ...valid, name: '  Timothy   Guide ' },
      ctx(TODAY, { initialsOnly: true }),
    );
    expect(res.ok && res.record.name).toBe('T. G.');
  });

  it('keeps only the fields the case type uses', async () => {
    const res = await addCase(
      db(),
      {
        ...valid,
        serviceStart: '2024-03-10',
        ongoingCare: 'yes',
        oneOffPayment: true,
        reviewDate: '2025-01-01',
      },
      ctx(TODAY),
    );
    expect(res.ok && res.record).toMatchObject({
      serviceStart: null,
      ongoingCare: null,
      oneOffPayment: false,
      reviewDate: null,
    });
  });

  it('reads yes/no answers from the form', async () => {
    const res = await addCase(
      db(),
      { ...valid, kind: 'reablement', ongoingCare: 'no', serviceStart: '2024-03-11' },
      ctx(TODAY),
    );
    expect(res.ok && res.record.ongoingCare).toBe(false);
  });

  it.each([
    [{ personId: 'abc' }, 'personId', 'The Mosaic ID must be digits only, up to 12 of them.'],
    [{ personId: '' }, 'personId', 'Enter the Mosaic ID.'],
    [{ name: '   ' }, 'name', "Enter the person's name as Mosaic shows it."],
    [{ name: 'x'.repeat(201) }, 'name', 'The name must be 200 characters or fewer.'],
    [{ kind: 'other' }, 'kind', /^Choose a case type/],
    [
      { allocated: '2023-02-30' },
      'allocated',
      'Date of allocation must be a real date (for example 2027-03-03).',
    ],
    [{ allocated: '' }, 'allocated', 'Enter the date of allocation.'],
    [
      { homeVisit: '2024-02-01' },
      'homeVisit',
      'The date of the home visit cannot be before the date of allocation.',
    ],
    [{ kind: 'carers-review', allocated: '' }, 'reviewDate', 'Enter the review date.'],
    [
      { kind: 'reablement', ongoingCare: 'perhaps' },
      'ongoingCare',
      'Ongoing care needed must be yes, no or not known yet.',
    ],
  ])('refuses %o with a plain message on %s, saving nothing', async (change, field, message) => {
    const d = db();
    const res = await addCase(d, { ...valid, ...change }, ctx(TODAY));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const err = res.errors.find((e) => e.field === field);
    expect(err, JSON.stringify(res.errors)).toBeDefined();
    if (typeof message === 'string') expect(err!.message).toBe(message);
    else expect(err!.message).toMatch(message);
    expect(await d.cases.count()).toBe(0);
  });

  it('refuses input that is not an object', async () => {
    const d = db();
    for (const input of [null, undefined, 'case', 42]) {
      const res = await addCase(d, input, ctx(TODAY));
      expect(res.ok).toBe(false);
    }
    expect(await d.cases.count()).toBe(0);
  });

  it('refuses a second open case of the same type for the same person', async () => {
    const d = db();
    expect((await addCase(d, valid, ctx(TODAY))).ok).toBe(true);
    const again = await addCase(d, valid, ctx(TODAY));
    expect(again).toEqual({
      ok: false,
      errors: [
        {
          field: 'personId',
          message: 'There is already an open RAS assessment case for Mosaic ID 123456.',
        },
      ],
    });
    expect((await addCase(d, { ...valid, kind: 'carers-assessment' }, ctx(TODAY))).ok).toBe(true);
    expect(await d.cases.count()).toBe(2);
  });
});

describe('reading rows back', () => {
  it('skips and counts corrupt rows, never throwing', async () => {
    const d = db();
    const good = withNextDue(record('ras', { allocated: '2024-03-01' }), cal);
    await d.cases.bulkPut([
      good,
      { id: 'bad-1', personId: 'not digits' },
      { ...good, id: 'bad-2', kind: 'unknown-kind' },
      { ...good, id: 'bad-3', done: { 'initial-contact': 5 } },
    ]);
    expect(await listCases(d)).toEqual({ records: [good], corrupt: 3 });
    const views = await listCaseViews(d, ctx(TODAY));
    expect(views.corrupt).toBe(3);
    expect(views.views.map((v) => v.record.id)).toEqual([good.id]);
  });

  it('refuses to change a corrupt row', async () => {
    const d = db();
    await d.cases.put({ id: 'bad', personId: 'x' });
    await expect(tickTask(d, 'bad', 'initial-contact', TODAY, ctx(TODAY))).rejects.toThrow(
      /could not be read back/,
    );
    expect(await d.cases.get('bad')).toEqual({ id: 'bad', personId: 'x' });
  });

  it('lists views most urgent first, closed cases last', async () => {
    const d = db();
    await d.cases.bulkPut([
      withNextDue(record('ras', { id: 'later', allocated: '2024-03-04' }), cal),
      withNextDue(
        record('ras', { id: 'closed', allocated: '2024-01-01', closedOn: '2024-02-01' }),
        cal,
      ),
      withNextDue(record('ras', { id: 'overdue', allocated: '2024-02-01' }), cal),
      withNextDue(record('carers-review', { id: 'waiting' }), cal),
    ]);
    const { views } = await listCaseViews(d, ctx(TODAY));
    expect(views.map((v) => [v.record.id, v.status])).toEqual([
      ['overdue', 'overdue'],
      ['later', 'due-soon'],
      ['waiting', 'waiting'],
      ['closed', 'done'],
    ]);
  });
});

describe('changing cases', () => {
  async function withCase(d: CaseDb) {
    const res = await addCase(d, valid, ctx(TODAY));
    if (!res.ok) throw new Error('not added');
    return res.record;
  }

  it('ticks and unticks a task, keeping nextDue right', async () => {
    const d = db();
    const r = await withCase(d);
    await tickTask(d, r.id, 'initial-contact', TODAY, ctx(TODAY));
    const both = await tickTask(d, r.id, 'check-front-page', TODAY, ctx(TODAY));
    expect(both.done).toEqual({ 'initial-contact': TODAY, 'check-front-page': TODAY });
    expect(both.nextDue).toBe('2024-03-29'); // A + 28
    expect(await d.cases.get(r.id)).toEqual(both);
    const un = await tickTask(d, r.id, 'check-front-page', null, ctx(TODAY));
    expect(un.done).toEqual({ 'initial-contact': TODAY });
    expect(un.nextDue).toBe('2024-03-05');
  });

  it('refuses an unknown task, an unknown case or a bad date, changing nothing', async () => {
    const d = db();
    const r = await withCase(d);
    await expect(tickTask(d, r.id, 'touch-point', TODAY, ctx(TODAY))).rejects.toThrow(
      'A RAS assessment case has no task "touch-point".',
    );
    await expect(tickTask(d, 'nope', 'initial-contact', TODAY, ctx(TODAY))).rejects.toThrow(
      /no longer in the checklist/,
    );
    await expect(tickTask(d, r.id, 'initial-contact', '2024-02-30', ctx(TODAY))).rejects.toThrow(
      /real date/,
    );
    expect(await d.cases.get(r.id)).toEqual(r);
  });

  it('sets the home visit date, and only the fields given', async () => {
    const d = db();
    const r = await withCase(d);
    const res = await updateCase(d, r.id, { homeVisit: '2024-03-06' }, ctx(TODAY));
    expect(res.ok).toBe(true);
    const stored = (await d.cases.get(r.id)) as CaseRecord;
    expect(stored).toEqual({ ...r, homeVisit: '2024-03-06' });
    const view = (await listCaseViews(d, ctx(TODAY))).views[0];
    expect(view.tasks.find((t) => t.id === 'record-assessment')?.due).toBe('2024-03-11');
  });

  it('sets ongoing care on a Reablement case', async () => {
    const d = db();
    const res = await addCase(
      d,
      { ...valid, kind: 'reablement', serviceStart: '2024-03-11' },
      ctx(TODAY),
    );
    if (!res.ok) throw new Error('not added');
    const changed = await updateCase(d, res.record.id, { ongoingCare: true }, ctx(TODAY));
    expect(changed.ok && changed.record.ongoingCare).toBe(true);
  });

  it('refuses a bad change with a message for the field, changing nothing', async () => {
    const d = db();
    const r = await withCase(d);
    const res = await updateCase(
      d,
      r.id,
      { homeVisit: '2024-02-01', name: 'New Name' },
      ctx(TODAY),
    );
    expect(res).toEqual({
      ok: false,
      errors: [
        {
          field: 'homeVisit',
          message: 'The date of the home visit cannot be before the date of allocation.',
        },
      ],
    });
    expect(await d.cases.get(r.id)).toEqual(r);
    expect((await updateCase(d, r.id, 'nonsense', ctx(TODAY))).ok).toBe(false);
  });

  it('closes and reopens a case', async () => {
    const d = db();
    const r = await withCase(d);
    await closeCase(d, r.id, ctx('2024-03-10'));
    expect(await d.cases.get(r.id)).toMatchObject({ closedOn: '2024-03-10', nextDue: null });
    await reopenCase(d, r.id, ctx('2024-03-11'));
    expect(await d.cases.get(r.id)).toEqual(r);
  });

  it('deletes a case', async () => {
    const d = db();
    const r = await withCase(d);
    await deleteCase(d, r.id);
    expect(await d.cases.count()).toBe(0);
  });
});

describe('countBadge', () => {
  it('counts overdue and due-today cases from the nextDue index without loading records', async () => {
    const d = db();
    const today = '2024-03-06';
    await d.cases.bulkPut([
      withNextDue(record('ras', { allocated: '2024-02-01' }), cal), // overdue
      withNextDue(record('ras', { allocated: '2024-03-01' }), cal), // overdue (due 5 Mar)
      withNextDue(record('ras', { allocated: '2024-03-04' }), cal), // due today
      withNextDue(record('ras', { allocated: '2024-03-05' }), cal), // due soon
      withNextDue(record('ras', { allocated: '2024-01-01', closedOn: '2024-01-02' }), cal), // closed
      withNextDue(record('carers-review'), cal), // waiting
    ]);
    const toArray = vi.spyOn(d.cases, 'toArray');
    const each = vi.spyOn(d.cases, 'each');
    const get = vi.spyOn(d.cases, 'get');
    expect(await countBadge(d, today)).toEqual({ overdue: 2, dueToday: 1 });
    expect(toArray).not.toHaveBeenCalled();
    expect(each).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
  });

  it('agrees with the case statuses for any caseload and any day', async () => {
    const dateArb = fc.integer({ min: 0, max: 120 }).map((n) => addCalendarDays('2026-11-01', n));
    const caseArb = fc.record({
      kind: fc.constantFrom(...CASE_KINDS),
      allocated: fc.option(dateArb, { nil: null }),
      homeVisit: fc.option(dateArb, { nil: null }),
      serviceStart: fc.option(dateArb, { nil: null }),
      ongoingCare: fc.constantFrom(true, false, null),
      reviewDate: fc.option(dateArb, { nil: null }),
      closed: fc.boolean(),
      tickFirst: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(caseArb, { maxLength: 12 }), dateArb, async (cases, today) => {
        const d = db();
        const c = ctx(today);
        for (const x of cases) {
          const kind = x.kind;
          const base = record(kind, {
            allocated: x.allocated,
            homeVisit: x.homeVisit,
            serviceStart: x.serviceStart,
            ongoingCare: kind === 'reablement' ? x.ongoingCare : null,
            reviewDate: x.reviewDate,
            closedOn: x.closed ? '2026-11-01' : null,
          });
          await d.cases.put(withNextDue(base, cal));
          if (x.tickFirst)
            await tickTask(
              d,
              base.id,
              kind === 'carers-review' ? 'carers-review' : 'initial-contact',
              today,
              c,
            );
        }
        const { views } = await listCaseViews(d, c);
        expect(await countBadge(d, today)).toEqual({
          overdue: views.filter((v) => v.status === 'overdue').length,
          dueToday: views.filter((v) => v.status === 'due-today').length,
        });
        d.close();
      }),
      { numRuns: 40 },
    );
  });
});

describe('Carers Review from a finished step', () => {
  const input = {
    personId: '555',
    name: 'Carol Carer',
    scheduledDate: '2027-03-03',
    finishedOn: '2026-03-03',
  };

  it('is recorded once per person and date, however often it is finished', async () => {
    const d = db();
    const first = await recordReview(d, input, ctx('2026-03-03'));
    expect(first.created).toBe(true);
    expect(first.record).toMatchObject({
      kind: 'carers-review',
      personId: '555',
      reviewDate: '2027-03-03',
      nextDue: '2027-03-03',
    });
    for (let i = 0; i < 3; i++) {
      const again = await recordReview(d, input, ctx('2026-03-04'));
      expect(again).toEqual({ created: false, record: first.record });
    }
    expect(await d.cases.count()).toBe(1);
  });

  it('moves the review when the same step is finished again with a new date', async () => {
    const d = db();
    const first = await recordReview(d, input, ctx('2026-03-03'));
    const moved = await recordReview(
      d,
      { ...input, scheduledDate: '2027-04-01' },
      ctx('2026-03-03'),
    );
    expect(moved.created).toBe(false);
    expect(moved.record).toMatchObject({
      id: first.record.id,
      reviewDate: '2027-04-01',
      nextDue: '2027-04-01',
    });
    expect(await d.cases.count()).toBe(1);
  });

  it('uses the finishing date + 12 months when no date is scheduled, and initials by the setting', async () => {
    const d = db();
    const res = await recordReview(
      d,
      { ...input, scheduledDate: null },
      ctx('2026-03-03', { initialsOnly: true }),
    );
    expect(res.record).toMatchObject({ nextDue: '2027-03-03', name: 'C. C.' });
    expect(
      (await recordReview(d, { ...input, scheduledDate: null }, ctx('2026-03-03'))).created,
    ).toBe(false);
  });

  it('tells whether a review is waiting for a person', async () => {
    const d = db();
    expect(await hasWaitingReview(d, '555')).toBe(false);
    const { record: r } = await recordReview(d, input, ctx('2026-03-03'));
    expect(await hasWaitingReview(d, '555')).toBe(true);
    expect(await hasWaitingReview(d, '556')).toBe(false);
    expect(await hasWaitingReview(d, 'not an id')).toBe(false);
    await tickTask(d, r.id, 'carers-review', '2027-03-01', ctx('2027-03-01'));
    expect(await hasWaitingReview(d, '555')).toBe(false);
  });

  it('refuses bad input, storing nothing', async () => {
    const d = db();
    await expect(
      recordReview(d, { ...input, finishedOn: '2026-02-30' }, ctx('2026-03-03')),
    ).rejects.toThrow(/real date/);
    await expect(recordReview(d, { ...input, personId: 'x' }, ctx('2026-03-03'))).rejects.toThrow(
      /Mosaic ID/,
    );
    expect(await d.cases.count()).toBe(0);
  });
});

describe('recomputeAll', () => {
  it('moves nextDue when the council closure days change', async () => {
    const d = db();
    const r = withNextDue(record('ras', { allocated: '2023-12-22' }), cal);
    await d.cases.put(r);
    expect(r.nextDue).toBe('2023-12-28');
    await recomputeAll(
      d,
      ctx('2023-12-22', { cal: createCalendar(['2023-12-27', '2023-12-28', '2023-12-29']) }),
    );
    expect(await d.cases.get(r.id)).toEqual({ ...r, nextDue: '2024-01-03' });
    expect(await countBadge(d, '2023-12-29')).toEqual({ overdue: 0, dueToday: 0 });
  });
});
