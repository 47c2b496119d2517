/**
 * The case store's side of casework steps: tracking from a step is idempotent (twice, or from two
 * windows at once, leaves one case), ticks offered by a step are written once and undone exactly.
 */
import { describe, expect, it } from 'vitest';
import { listCases } from '@/lib/db/cases';
import { casesForPanel, tickTasks, trackFromStep } from '@/lib/db/steps';
import { ctx, dbPerTest } from './helpers';

/** A fresh database of its own on each call, closed after the test. */
const db = dbPerTest();

const TODAY = '2026-11-26';
const RAS = {
  personId: '3300202',
  name: 'Bella Sample',
  kind: 'ras' as const,
  allocated: '2026-11-24',
};

describe('tracking a case from its step', () => {
  it('adds the case once: a second track, or two at once, finds the first', async () => {
    const d = db();
    const first = await trackFromStep(d, RAS, ctx(TODAY));
    expect(first).toMatchObject({ ok: true, existed: false });
    const again = await trackFromStep(d, RAS, ctx(TODAY));
    expect(again).toEqual({ ok: true, existed: true, caseId: first.ok ? first.caseId : '' });

    const other = db();
    const both = await Promise.all([
      trackFromStep(other, RAS, ctx(TODAY)),
      trackFromStep(other, RAS, ctx(TODAY)),
    ]);
    expect(both.every((r) => r.ok)).toBe(true);
    expect((await listCases(other)).records).toHaveLength(1);
    expect(both.filter((r) => r.ok && !r.existed)).toHaveLength(1);
  });

  it('refuses bad input with the add-case form’s messages and stores nothing', async () => {
    const d = db();
    const r = await trackFromStep(d, { ...RAS, allocated: null }, ctx(TODAY));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/allocation/i);
    expect((await listCases(d)).records).toHaveLength(0);
  });

  it('shows the open tasks in the checklist’s words', async () => {
    const d = db();
    await trackFromStep(d, RAS, ctx(TODAY));
    const [c] = await casesForPanel(d, RAS.personId, ctx(TODAY));
    expect(c.kind).toBe('ras');
    const contact = c.tasks.find((t) => t.id === 'initial-contact')!;
    // Allocated Tuesday 24 Nov 2026: due Thursday 26 Nov, today.
    expect(contact).toMatchObject({ status: 'due-today', due: '2026-11-26', dueText: 'Due today' });
    expect(c.status).toBe('due-today');
    expect(c.tasks.find((t) => t.id === 'record-assessment')?.dueText).toBe(
      'Waiting for the home visit date',
    );
  });
});

describe('ticking what a step did', () => {
  it('ticks once, keeps the first date, and Undo unticks only what it ticked', async () => {
    const d = db();
    const t = await trackFromStep(d, RAS, ctx(TODAY));
    if (!t.ok) throw new Error('not tracked');
    expect(await tickTasks(d, t.caseId, ['initial-contact'], true, ctx('2026-11-25'))).toEqual([
      'initial-contact',
    ]);
    const ids = ['initial-contact', 'check-front-page', 'record-assessment'];
    expect(await tickTasks(d, t.caseId, ids, true, ctx(TODAY))).toEqual([
      'check-front-page',
      'record-assessment',
    ]);
    // Finishing again, or in a second window: nothing changes.
    expect(await tickTasks(d, t.caseId, ids, true, ctx(TODAY))).toEqual([]);
    let [row] = (await listCases(d)).records;
    expect(row.done).toEqual({
      'initial-contact': '2026-11-25',
      'check-front-page': TODAY,
      'record-assessment': TODAY,
    });
    expect(
      await tickTasks(d, t.caseId, ['check-front-page', 'record-assessment'], false, ctx(TODAY)),
    ).toEqual(['check-front-page', 'record-assessment']);
    [row] = (await listCases(d)).records;
    expect(row.done).toEqual({ 'initial-contact': '2026-11-25' });
  });

  it('refuses a task the case type does not have, or a case that is gone, changing nothing', async () => {
    const d = db();
    const t = await trackFromStep(d, RAS, ctx(TODAY));
    if (!t.ok) throw new Error('not tracked');
    await expect(
      tickTasks(d, t.caseId, ['record-assessment', 'brokerage'], true, ctx(TODAY)),
    ).rejects.toThrow('This case has no task "brokerage".');
    expect((await listCases(d)).records[0].done).toEqual({});
    await expect(tickTasks(d, 'gone', ['record-assessment'], true, ctx(TODAY))).rejects.toThrow(
      /no longer in the checklist/,
    );
  });
});
